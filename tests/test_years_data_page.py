"""The page Open data of a site of several years: the files of all years together and each
year's own, with the counts of the data, and the words of every year (a year without labels or
judgements said so)."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from generator.dutch import format_number
from generator.site.generate import render_docs
from generator.view.load import load_site
from site_builder import ROOT

WITH_LABELS = ROOT / "tests" / "fixtures" / "site" / "data" / "2024"  # labels, gegrond, Partou's categories
SIX_CATEGORIES = ROOT / "tests" / "fixtures" / "zes-soorten" / "data" / "2025"  # no labels, no gegrond
LINK = re.compile(r"\]\(([^)#]+)\)")


@pytest.fixture(scope="module")
def two_years(tmp_path_factory):
    data = tmp_path_factory.mktemp("twee-jaren") / "data"
    shutil.copytree(WITH_LABELS, data / "2024")
    shutil.copytree(SIX_CATEGORIES, data / "2025")
    site = load_site([data / "2024", data / "2025"])
    return site, render_docs(site, with_pdf=True)


def section(page: str, heading: str) -> str:
    return page.split(f"\n{heading}\n", 1)[1].split("\n#", 1)[0]


def test_the_files_of_all_years_together_count_every_year(two_years) -> None:
    site, files = two_years
    together = section(files["data/index.md"], "### Alle jaren samen")

    assert f"| Alle {format_number(site.complaint_count)} klachten van 2024 tot en met 2025, één rij per klacht" in together
    assert f"| De {sum(len(year.disputes) for year in site.years)} zaken bij de Geschillencommissie van 2024 tot en met 2025 |" in together
    assert "Het veld `jaar` zegt uit welk jaar een klacht of geschil komt." in together


def test_each_year_has_a_row_with_its_counts_and_files(two_years) -> None:
    site, files = two_years
    rows = [line for line in section(files["data/index.md"], "### Per jaar").splitlines() if re.match(r"\| \d{4} \|", line)]

    assert [row.split(" | ")[:3] for row in rows] == [
        [f"| {year.report.year}", str(len(year.complaints)), str(len(year.disputes))] for year in site.newest_first
    ]
    for row, year in zip(rows, site.newest_first):
        number = year.report.year
        assert LINK.findall(row) == [f"{number}/{name}" for name in ("klachten-excel.csv", "klachten.csv", "klachten.json", "geschillen.csv", "geschillen.json")]
        assert f'<a href="klachtenjaarverslag-{number}.pdf">' in row


def test_every_download_the_page_links_to_is_generated(two_years) -> None:
    _, files = two_years
    page = files["data/index.md"]
    downloads = [target for target in LINK.findall(page) if not target.startswith(("http", "..")) and not target.endswith(".pdf")]

    assert len(downloads) == 6 + 2 * 5
    assert [target for target in downloads if f"data/{target}" not in files] == []


def test_the_words_of_every_year_and_the_years_without_labels_or_judgements(two_years) -> None:
    site, files = two_years
    fields = section(files["data/index.md"], "## De velden van de klachten")
    first, second = site.years

    assert "| `jaar` | Het jaar van het verslag waarin de klacht of het geschil staat. | ja |" in fields
    assert f"- De {len(first.categories) + len(second.categories)} soorten klachten (`categorie`) zijn: " in fields
    assert f"- Alleen in 2024: {'; '.join(first.vocabulary.category_names)}." in fields
    assert f"- Alleen in 2025: {'; '.join(second.vocabulary.category_names)}." in fields
    assert "Het verslag van 2025 noemt geen oordelen: daar is `gegrond` altijd leeg, en de bestanden van dat jaar hebben dit veld niet." in fields
    assert "Het verslag van 2025 heeft geen labels: daar is `label` altijd leeg, en de bestanden van dat jaar hebben dit veld niet." in fields


def test_each_years_report_is_a_source(two_years) -> None:
    site, files = two_years
    source = section(files["data/index.md"], "## Bron")

    for year in site.years:
        assert f"- {year.report.year}: het **{year.report.title}**" in source
        assert f"(../jaren/{year.report.year}/verslag/afstemming.md)" in source


def test_a_site_of_one_year_has_no_files_per_year(two_years) -> None:
    page = render_docs(load_site([WITH_LABELS]))["data/index.md"]

    assert "### Per jaar" not in page and "`jaar`" not in page
    assert "| Alle 8 klachten, één rij per klacht" in page


def test_the_source_names_bijlage_1_only_for_the_years_read_from_the_report_text(tmp_path: Path) -> None:
    # Bijlage 1 is where the importer read 2024's complaints; a year filled in as a spreadsheet
    # has no report text this tool read, so the page cannot say which annex holds them.
    data = tmp_path / "data"
    shutil.copytree(ROOT / "data" / "2024", data / "2024")
    shutil.copytree(ROOT / "data" / "bron", data / "bron")
    shutil.copytree(SIX_CATEGORIES, data / "2025")
    files = render_docs(load_site([data / "2024", data / "2025"]), with_pdf=False)
    source = section(files["data/index.md"], "## Bron")

    assert "In 2024 staan de klachten in bijlage 1 van het verslag, de geschillen in de bijlagen daarna; in de andere jaren staan ze in de bijlagen van het verslag van dat jaar." in source
    assert "`bron_regel`" in source


def test_a_site_of_years_without_report_text_names_no_annex_number(two_years) -> None:
    _, files = two_years
    source = section(files["data/index.md"], "## Bron")

    assert "De klachten en geschillen staan in de bijlagen van elk verslag." in source
    assert "bijlage 1" not in source
    assert "`bron_regel`" not in source
