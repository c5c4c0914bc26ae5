"""The printed report of each year of a site of several years: `site` puts every year's PDF in
the downloads and the page Open data links to each, and `rapport --jaar N` prints any year of a
data folder with several years."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from pypdf import PdfReader

from generator.cli import main
from generator.dataset.dataset import load_dataset
from generator.site.downloads import pdf_name
from generator.synth import write_year_folder
from generator.synth.following import following_year
from site_builder import ROOT, mkdocs_config, run_site_command

pytestmark = [pytest.mark.slow, pytest.mark.browser]  # whole builds, PDFs printed by Chromium

FIRST_YEAR = ROOT / "tests" / "fixtures" / "site" / "data" / "2024"
YEARS = (2024, 2025)


@pytest.fixture(scope="module")
def data(tmp_path_factory) -> Path:
    from test_rapport import require_chromium

    require_chromium()
    root = tmp_path_factory.mktemp("pdf-jaren") / "data"
    shutil.copytree(FIRST_YEAR, root / "2024")
    write_year_folder(following_year(load_dataset(root / "2024"), 1), root / "2025")
    return root


def pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def titles(data: Path) -> dict[int, str]:
    return {year: load_dataset(data / str(year)).report.title for year in YEARS}


def test_the_site_carries_the_pdf_of_every_year_and_open_data_links_to_each(data: Path, tmp_path: Path) -> None:
    run = run_site_command(mkdocs_config(data, tmp_path / "project"), data, tmp_path / "site")
    page = BeautifulSoup(run.files["data/index.html"].decode("utf-8"), "html.parser")
    links = {anchor["href"] for anchor in page.select("article a[href$='.pdf']")}

    for year, title in titles(data).items():
        assert f"data/{pdf_name(year)}" in run.files
        text = pdf_text(run.folder / "data" / pdf_name(year))
        assert title in text
        assert [other for number, other in titles(data).items() if number != year and other in text] == []
        assert pdf_name(year) in links


@pytest.mark.parametrize("year", YEARS)
def test_rapport_prints_any_year_of_a_data_folder_with_several(data: Path, tmp_path: Path, capsys, year: int) -> None:
    target = tmp_path / f"verslag-{year}.pdf"

    assert main(["rapport", "--data", str(data), "--jaar", str(year), "--uit", str(target)]) == 0

    title = titles(data)[year]
    pages = len(PdfReader(target).pages)
    assert re.fullmatch(rf"{re.escape(title)}: {re.escape(str(target))} \({pages} pagina's, [\d.]+ kB\)\n", capsys.readouterr().out)
    text = pdf_text(target)
    assert title in text
    assert f"De cijfers van {year}" in text
