"""The place view of a site of several organisations (issue 15, point 3): per municipality and per
place every location of every organisation whose locations file puts it there, with its complaints
per year, as pages and as CSV at the root of the site.

The expected rows and counts are read from the files fed in (each organisation's locaties.csv,
klachten.csv, hernoemd.csv and verslag.yaml) with the csv and yaml modules, never through the
generator's own loading or counting. The site: tests/conftest.py write_place_organisations_data().
"""

from __future__ import annotations

import csv
import io
import posixpath
import re
import shutil
from collections import Counter
from pathlib import Path

import markdown
import pytest
import yaml
from bs4 import BeautifulSoup

from generator.dataset.site_layout import organisation_folders
from generator.site.generate import render_docs
from generator.site.organisation_pages import generate_organisations_pages
from generator.view.load import load_organisations

FIXTURES = Path(__file__).parent / "fixtures"
# Makes three synthetic organisations and renders two sites (some 10 seconds on a shared machine).
pytestmark = pytest.mark.slow

NO_REPORT = "geen verslag"
GROUPINGS = {"gemeenten": "verantwoordelijke_gemeente", "plaatsen": "opvanglocatie_woonplaats"}


@pytest.fixture(scope="module")
def site(place_organisations_data):
    return load_organisations(organisation_folders(place_organisations_data))


@pytest.fixture(scope="module")
def files(site) -> dict[str, str]:
    return render_docs(site)


# What the files fed in say --------------------------------------------------------------------


def read_csv(path: Path) -> list[dict[str, str]]:
    text = path.read_text(encoding="utf-8-sig")
    dialect = ";" if text.splitlines()[0].count(";") > text.splitlines()[0].count(",") else ","
    return list(csv.DictReader(io.StringIO(text), delimiter=dialect))


def year_folders(organisation: Path) -> dict[int, Path]:
    return {int(folder.name): folder for folder in organisation.iterdir() if folder.is_dir() and folder.name.isdigit()}


def complaints_per_location(folder: Path) -> Counter:
    """The complaints of a year per (locatie, label) as klachten.csv has them; those of a location
    renamed that year (hernoemd.csv) counted under its former name, the name of its row in the
    locations file."""
    counts = Counter((row["locatie"], row.get("label") or "") for row in read_csv(folder / "klachten.csv"))
    renames = folder / "hernoemd.csv"
    if renames.exists():
        for row in read_csv(renames):
            counts[(row["oude_naam"], row["oud_label"])] += counts.pop((row["nieuwe_naam"], row["nieuw_label"]), 0)
    return counts


def fed_rows(data_root: Path) -> list[dict]:
    """Every row of every organisation's locations file, with its organisation's name, the name the
    site shows (with the label's short name from verslag.yaml) and its complaints per year (None:
    no report of that year)."""
    rows = []
    for organisation in sorted(data_root.iterdir()):
        locations = organisation / "locaties.csv"
        if not locations.exists():
            continue
        years = year_folders(organisation)
        report = yaml.safe_load((years[max(years)] / "verslag.yaml").read_text(encoding="utf-8"))
        labels = report.get("labels") or {}
        counts = {year: complaints_per_location(folder) for year, folder in years.items()}
        for row in read_csv(locations):
            name, label = row["actuele_naam_oko"], row.get("label") or ""
            rows.append(row | {
                "organisation": report["organisatie"],
                "shown": f"{name} ({labels[label]})" if label else name,
                "per_year": {year: counts[year][(name, label)] for year in counts},
            })
    return rows


def every_year(rows: list[dict]) -> list[int]:
    return sorted({year for row in rows for year in row["per_year"]}, reverse=True)


def count_text(row: dict, year: int) -> str:
    return str(row["per_year"][year]) if year in row["per_year"] else NO_REPORT


# What the site shows --------------------------------------------------------------------------


def page_html(text: str) -> BeautifulSoup:
    body = text.split("\n---\n", 1)[1] if text.startswith("---\n") else text
    return BeautifulSoup(markdown.markdown(body, extensions=["tables"]), "html.parser")


def shown_groups(files: dict[str, str], folder: str) -> dict[str, list[list[str]]]:
    """Each page of the folder at the root by the name in its heading, with the cells of its rows."""
    groups = {}
    for path, text in files.items():
        if posixpath.dirname(path) == folder and path.endswith(".md") and path != f"{folder}/index.md":
            html = page_html(text)
            name = re.sub(r"^Locaties in (gemeente )?", "", html.h1.get_text())
            assert name not in groups, (name, path)
            groups[name] = [[cell.get_text().strip() for cell in row.find_all("td")] for row in html.find("table").find_all("tr")[1:]]
    return groups


def test_two_organisations_share_a_municipality_and_one_organisation_has_no_locations_file(place_organisations_data) -> None:
    rows = fed_rows(place_organisations_data)
    organisations_per_municipality = {}
    for row in rows:
        organisations_per_municipality.setdefault(row["verantwoordelijke_gemeente"], set()).add(row["organisation"])
    assert [name for name, organisations in organisations_per_municipality.items() if len(organisations) >= 2]
    assert not (place_organisations_data / "zonnebloem" / "locaties.csv").exists()
    assert len({row["organisation"] for row in rows}) == 3


@pytest.mark.parametrize("folder", GROUPINGS)
def test_each_page_lists_exactly_the_locations_the_files_put_there_with_the_complaints_of_each_year(files, place_organisations_data, folder) -> None:
    rows = fed_rows(place_organisations_data)
    years = every_year(rows)
    column = GROUPINGS[folder]
    shown = shown_groups(files, folder)
    assert set(shown) == {row[column] for row in rows if row[column]}
    other_column = GROUPINGS["plaatsen" if folder == "gemeenten" else "gemeenten"]
    for name, cells in shown.items():
        here = [row for row in rows if row[column] == name]
        expected = sorted(
            [row["shown"], row["organisation"], row[other_column], *(count_text(row, year) for year in years), row["lrk_id"] or ""]
            for row in here
        )
        *locations, total = cells
        assert sorted([cell[0], cell[1], cell[2], *cell[5:5 + len(years)], cell[-1]] for cell in locations) == expected, name
        totals = []
        for year in years:
            reported = [row["per_year"][year] for row in here if year in row["per_year"]]
            totals.append(str(sum(reported)) if reported else NO_REPORT)
        assert total[0] == "Totaal" and total[5:5 + len(years)] == totals, name


def test_an_organisation_without_a_report_of_a_year_shows_no_count_and_the_page_says_why(files, place_organisations_data) -> None:
    rows = fed_rows(place_organisations_data)
    shared = next(
        name for name in {row["verantwoordelijke_gemeente"] for row in rows}
        if len({row["organisation"] for row in rows if row["verantwoordelijke_gemeente"] == name}) >= 2
    )
    text = next(text for path, text in files.items() if path.startswith("gemeenten/") and f"# Locaties in gemeente {shared}\n" in text)
    assert f"*{NO_REPORT}* in plaats van een aantal" in text and "dus het is geen 0" in text
    overview = page_html(files["gemeenten/index.md"]).get_text()
    assert "Van Kinderopvang De Zonnebloem is er geen locatiebestand" in overview


def spreadsheet_rows(text: str) -> list[dict[str, str]]:
    assert text.startswith("\ufeff")
    return list(csv.DictReader(io.StringIO(text.removeprefix("\ufeff")), delimiter=";"))


def test_the_csv_has_every_row_of_every_locations_file_with_its_organisation_and_complaints_per_year(files, place_organisations_data) -> None:
    rows = fed_rows(place_organisations_data)
    years = every_year(rows)
    csv_rows = spreadsheet_rows(files["data/gemeenten.csv"])
    assert list(csv_rows[0])[:4] == ["verantwoordelijke_gemeente", "opvanglocatie_woonplaats", "organisatie", "actuele_naam_oko"]

    def neutral(value: str) -> str:
        # A cell a spreadsheet would run as a formula gets a "'" in front (OWASP).
        return "'" + value if value.startswith(("=", "+", "-", "@", "\t", "\r")) else value

    def key(row: dict, counts: list[str]) -> tuple:
        return (neutral(row["verantwoordelijke_gemeente"]), neutral(row["opvanglocatie_woonplaats"]), row["organisation"], neutral(row["actuele_naam_oko"]), neutral(row.get("label") or ""), row["lrk_id"], *counts)

    expected = sorted(
        key(row, ["" if count_text(row, year) == NO_REPORT else count_text(row, year) for year in years])
        for row in rows if row["verantwoordelijke_gemeente"]
    )
    got = sorted(
        (row["verantwoordelijke_gemeente"], row["opvanglocatie_woonplaats"], row["organisatie"], row["actuele_naam_oko"], row["label"], row["lrk_id"], *(row[f"klachten_{year}"] for year in years))
        for row in csv_rows
    )
    assert got == expected
    assert "'=HYPERLINK(\"http://x\")" in {row["opvanglocatie_woonplaats"] for row in csv_rows}
    # Each municipality's own file: its rows of the file of all, no other.
    own = {path: spreadsheet_rows(text) for path, text in files.items() if path.startswith("gemeenten/") and path.endswith(".csv")}
    assert len(own) == len({row["verantwoordelijke_gemeente"] for row in csv_rows})
    assert sorted(row for rows_of_one in own.values() for row in map(tuple, (r.values() for r in rows_of_one))) == sorted(tuple(row.values()) for row in csv_rows)
    for rows_of_one in own.values():
        assert len({row["verantwoordelijke_gemeente"] for row in rows_of_one}) == 1


def test_every_location_link_of_the_place_view_is_its_page_on_this_site(files) -> None:
    linked = 0
    for path, text in files.items():
        if path.startswith(tuple(f"{folder}/" for folder in GROUPINGS)) and path.endswith(".md"):
            for target in re.findall(r"\]\(([^)#]+\.md)\)", text):
                resolved = posixpath.normpath(posixpath.join(posixpath.dirname(path), target))
                assert resolved in files, (path, target)
                linked += resolved.startswith("locaties/")
    assert linked
    for row in spreadsheet_rows(files["data/gemeenten.csv"]):
        if row["pagina"]:
            assert row["pagina"].removesuffix("/") + ".md" in files, row


def test_hostile_names_of_a_locations_file_stay_text(files) -> None:
    for path in ("gemeenten/index.md", "plaatsen/index.md"):
        html = page_html(files[path])
        assert not html.find_all("script"), path
        assert not [link for link in html.find_all("a") if link["href"].startswith("javascript:")], path
    assert "<script>alert(1)</script> [a](javascript:x)" in page_html(files["gemeenten/index.md"]).get_text()
    assert "=HYPERLINK(\"http://x\")" in page_html(files["plaatsen/index.md"]).get_text()


def test_no_path_is_made_twice_and_the_place_view_replaces_the_page_that_named_the_organisations(site, files) -> None:
    paths = [page.path for page in generate_organisations_pages(site)]
    assert len(paths) == len(set(paths))
    for path in ("gemeenten/index.md", "plaatsen/index.md"):
        assert "# Kies een organisatie" not in files[path]
    # Each organisation's own place pages stay, and the view links to them.
    for organisation in ("voorbeeld", "kindgroei", "zonnetje"):
        assert f"organisaties/{organisation}/gemeenten/index.md" in files
        assert f"](../organisaties/{organisation}/gemeenten/index.md)" in files["gemeenten/index.md"]
    assert not [path for path in files if path.startswith("organisaties/zonnebloem/") and "gemeenten" in path]


def test_the_home_page_the_a_z_list_and_each_organisation_link_to_the_place_view(files) -> None:
    def links_to(path: str, target: str) -> bool:
        return f"]({posixpath.relpath(target, posixpath.dirname(path))})" in files[path]

    for path in ("index.md", "organisaties/index.md", "locaties/index.md", *(f"organisaties/{name}/index.md" for name in ("voorbeeld", "kindgroei", "zonnetje", "zonnebloem"))):
        assert links_to(path, "gemeenten/index.md") and links_to(path, "plaatsen/index.md"), path
    for name in ("voorbeeld", "zonnebloem"):
        assert links_to(f"organisaties/{name}/data/index.md", "data/gemeenten.csv"), name


def test_without_any_locations_file_there_is_no_place_view(tmp_path) -> None:
    data_root = tmp_path / "data"
    shutil.copytree(FIXTURES / "site" / "data" / "2024", data_root / "voorbeeld" / "2024")
    shutil.copytree(FIXTURES / "zes-soorten" / "data" / "2025", data_root / "zonnebloem" / "2025")
    files = render_docs(load_organisations(organisation_folders(data_root)))
    assert not [path for path in files if path.startswith(("gemeenten/", "plaatsen/")) or path.endswith("gemeenten.csv")]
    assert "gemeenten/index.md" not in files["index.md"]
