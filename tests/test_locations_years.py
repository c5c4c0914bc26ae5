"""The locations file on a site of several years (issue 15 points 1 and 3 on top of issue 14): the
file beside the year folders serves every year. The fixture site's 2024 with a synthetic 2025
after it, and tests/fixtures/plaatsen/locaties.csv beside both."""

from __future__ import annotations

import csv
import io
import json
import shutil
from pathlib import Path

import pytest

from generator.dataset.dataset import load_dataset
from generator.site.generate import render_docs
from generator.synth import write_year_folder
from generator.synth.following import following_year
from generator.view.load import load_site, sites_folders_state

FIXTURES = Path(__file__).parent / "fixtures"
YEARS = (2024, 2025)


def data_root(folder: Path, with_locations: bool) -> Path:
    root = folder / "data"
    shutil.copytree(FIXTURES / "site" / "data" / "2024", root / "2024")
    write_year_folder(following_year(load_dataset(root / "2024"), 1), root / "2025")
    if with_locations:
        shutil.copy(FIXTURES / "plaatsen" / "locaties.csv", root / "locaties.csv")
    return root


@pytest.fixture(scope="module")
def root(tmp_path_factory) -> Path:
    return data_root(tmp_path_factory.mktemp("plaatsen-jaren"), with_locations=True)


@pytest.fixture(scope="module")
def site(root: Path):
    return load_site([root / str(year) for year in YEARS], check_privacy=False)


@pytest.fixture(scope="module")
def files(site) -> dict[str, str]:
    return render_docs(site)


def complaints_of(root: Path, year: int) -> dict[tuple[str, str], int]:
    """Per location name and label, its complaints in that year's table; a location renamed in
    that year's hernoemd.csv also under its former name, which a row of the locations file may
    still have."""
    dataset = load_dataset(root / str(year))
    counts: dict[tuple[str, str], int] = {}
    for row in dataset.complaints.to_dict("records"):
        key = (row["locatie"], row.get("label") or "")
        counts[key] = counts.get(key, 0) + 1
    for rename in dataset.renames:
        counts[rename.old] = counts.get(rename.new, 0)
    return counts


def csv_rows(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text.lstrip("\ufeff")), delimiter=";"))


def test_the_municipality_csvs_count_each_year_as_the_data(root: Path, files: dict[str, str]) -> None:
    rows = csv_rows(files["data/gemeenten.csv"])
    assert list(rows[0])[-4:] == ["klachten_2025", "klachten_2024", "klachten_per_100_kindplaatsen_2025", "pagina"]
    counted = {year: complaints_of(root, year) for year in YEARS}
    assert len(rows) == 6
    for row in rows:
        key = (row["actuele_naam_oko"], row["label"])
        for year in YEARS:
            assert int(row[f"klachten_{year}"]) == counted[year].get(key, 0), (key, year)
        if row["aantal_kindplaatsen"]:
            expected = 100 * counted[2025].get(key, 0) / int(row["aantal_kindplaatsen"])
            assert row["klachten_per_100_kindplaatsen_2025"] == f"{expected:.1f}".replace(".", ",")


def test_the_place_pages_list_the_complaints_of_every_year(root: Path, files: dict[str, str]) -> None:
    page = files["plaatsen/enschede.md"]
    assert "| Klachten in 2025 | Klachten in 2024 | Per 100 kindplaatsen in 2025 |" in page
    assert "Het aantal klachten per 100 kindplaatsen is dat van 2025, het nieuwste jaar" in page
    counted = {year: complaints_of(root, year) for year in YEARS}
    enschede = [("De Klaver", "Partou B.V."), ("De Zonnebloem", "Partou B.V.")]
    totals = " | ".join(f"**{sum(counted[year].get(key, 0) for key in enschede)}**" for year in (2025, 2024))
    assert f"| **Totaal** | | | | {totals} | | |" in page
    assert "| Plaats | Locaties | Klachten in 2025 | Klachten in 2024 |" in files["plaatsen/index.md"]


def test_a_location_through_the_years_has_its_register_block_once(root: Path, files: dict[str, str]) -> None:
    page = files["locaties/de-klaver-partou.md"]
    assert page.count("**Kindplaatsen:** 40") == 1
    assert page.count("Landelijk Register Kinderopvang:") == 1
    count = complaints_of(root, 2025)[("De Klaver", "Partou B.V.")]
    rate = f"{100 * count / 40:.1f}".replace(".", ",")
    assert f"**Klachten per 100 kindplaatsen in 2025:** {rate} bij deze locatie" in page
    assert "We rekenen alleen met de klachten van 2025, het nieuwste jaar" in page
    assert page.index("Landelijk Register Kinderopvang:") < page.index("## Per jaar")


def test_a_renamed_location_has_the_row_of_its_former_name(files: dict[str, str]) -> None:
    page = files["locaties/kids-club-b-ster-b.md"]
    assert page.count("Landelijk Register Kinderopvang:") == 1
    assert "registratienummer 444444444" in page


def test_the_a_to_z_list_of_all_years_shows_place_and_type(files: dict[str, str]) -> None:
    listing = files["locaties/index.md"]
    assert "| Locatie | Label | Plaats | Soort opvang | 2025 | 2024 |" in listing
    assert "| Enschede | kinderdagverblijf (KDV) |" in listing
    assert "[per plaats](../plaatsen/index.md) of [per gemeente](../gemeenten/index.md)" in listing


def test_the_locations_file_is_with_the_files_of_all_years_together(files: dict[str, str]) -> None:
    assert "data/locaties.csv" in files and "data/locaties.json" in files
    assert not [path for path in files if path.startswith(("data/2024/", "data/2025/")) and ("locaties" in path or "gemeenten" in path)]
    package = json.loads(files["data/datapackage.json"])
    assert [resource["name"] for resource in package["resources"]] == [
        "klachten", "geschillen", "klachten-2025", "geschillen-2025", "klachten-2024", "geschillen-2024", "locaties",
    ]
    assert "`klachten_2025`, `klachten_2024`" in files["data/index.md"]


def test_without_a_locations_file_a_site_of_several_years_has_nothing_of_it(tmp_path: Path, files: dict[str, str]) -> None:
    root = data_root(tmp_path, with_locations=False)
    plain = render_docs(load_site([root / str(year) for year in YEARS], check_privacy=False))
    assert not [path for path in plain if path.startswith(("plaatsen/", "gemeenten/")) or path in ("data/locaties.csv", "data/gemeenten.csv")]
    assert "Landelijk Register" not in plain["locaties/de-klaver-partou.md"]
    assert "| Locatie | Label | 2025 | 2024 |" in plain["locaties/index.md"]
    # Only the pages and files the locations file adds or changes differ.
    changed = {path for path in plain if plain[path] != files.get(path)}
    assert changed <= {"data/index.md", "data/datapackage.json", "locaties/index.md"} | {path for path in plain if path.startswith("locaties/") and path.endswith(".md")}


def test_mkdocs_serve_sees_a_changed_locations_file_beside_several_years(root: Path) -> None:
    folders = [root / str(year) for year in YEARS]
    before = sites_folders_state(folders)
    path = root / "locaties.csv"
    path.write_text(path.read_text(encoding="utf-8") + "Nieuw;Partou B.V.;;;;;;;\n", encoding="utf-8")
    assert sites_folders_state(folders) != before
