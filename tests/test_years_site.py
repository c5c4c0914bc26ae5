"""Issue 14 point 2 and 3: one site of the real 2024 and two synthetic following years.

- every address of a site of 2024 alone still exists and shows the same location;
- each location page lists each year's complaints exactly once;
- the counts per year on the home page, the year pages and the category pages equal the data;
- the location renamed in hernoemd.csv has one page with its years under both names.
"""

from __future__ import annotations

import csv
import re
from collections import Counter
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from generator.dataset import layout
from generator.dutch import format_number
from generator.view.load import load_site

YEARS = (2024, 2025, 2026)
COMPLAINT_ID = re.compile(r"^klacht-(\d{4})-(\d+)$")


@pytest.fixture(scope="module")
def site_data(years_data: Path):
    return load_site([layout.year_folder(years_data, year) for year in YEARS])


def soup(path: Path) -> BeautifulSoup:
    return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")


def location_pages(site: Path) -> dict[str, Path]:
    folder = site / "locaties"
    return {page.parent.name: page for page in folder.glob("*/index.html") if page.parent.name != "a-z"}


def heading(page: BeautifulSoup) -> str:
    return page.h1.get_text(strip=True).rstrip("¶")


def complaint_ids(page: BeautifulSoup) -> list[tuple[int, int]]:
    return [(int(match[1]), int(match[2])) for element in page.find_all(id=COMPLAINT_ID) if (match := COMPLAINT_ID.match(element["id"]))]


def test_every_address_of_the_2024_site_keeps_its_location(real_site: Path, years_site: Path) -> None:
    before = location_pages(real_site)
    after = location_pages(years_site)
    assert len(before) == 330
    missing = sorted(set(before) - set(after))
    assert not missing
    for slug, page in before.items():
        old, new = soup(page), soup(after[slug])
        assert heading(old) in new.get_text(" ", strip=True), slug
        assert complaint_ids(old) == [key for key in complaint_ids(new) if key[0] == 2024], slug


def test_each_location_page_lists_each_years_complaints_exactly_once(years_site: Path, site_data) -> None:
    pages = location_pages(years_site)
    assert sorted(pages) == sorted(location.slug for location in site_data.locations)
    seen: Counter = Counter()
    for location in site_data.locations:
        found = complaint_ids(soup(pages[location.slug]))
        expected = [(complaint.year, complaint.volgnummer) for entry in location.present for complaint in entry.complaints]
        assert sorted(found) == sorted(expected), location.slug
        assert len(found) == len(set(found)), location.slug
        seen.update(found)
    every = {(year.report.year, complaint.volgnummer) for year in site_data.years for complaint in year.complaints}
    assert set(seen) == every and set(seen.values()) == {1}


def table_after(page: BeautifulSoup, heading: str) -> list[list[str]]:
    title = page.find(lambda tag: tag.name in ("h2", "h3") and tag.get_text(strip=True).startswith(heading))
    table = title.find_next("table")
    return [[cell.get_text(" ", strip=True) for cell in row.find_all(["td", "th"])] for row in table.find_all("tr")[1:]]


def test_the_home_page_counts_every_year_and_category(years_site: Path, site_data) -> None:
    home = soup(years_site / "index.html")
    rows = {row[0].rstrip("*"): row for row in table_after(home, "Door de jaren heen")}
    for year in site_data.years:
        assert rows[str(year.report.year)][1] == format_number(len(year.complaints))
    # 2023 is known only from the figures the 2024 report prints, and marked as such.
    assert rows["2023"][0] == "2023*" and rows["2023"][1] == "572"
    per_category = table_after(home, "Klachten per soort en per jaar")
    header = [cell.get_text(strip=True).rstrip("*") for cell in home.find(lambda tag: tag.name == "h3" and "per jaar" in tag.get_text()).find_next("table").find_all("th")][1:]
    for row in per_category:
        for year in site_data.years:
            category = next((item for item in year.categories if item.name == row[0]), None)
            cell = row[1 + header.index(str(year.report.year))]
            assert cell == (format_number(len(category.complaints)) if category else "–"), (row[0], year.report.year)


def test_each_year_has_its_own_overview_with_its_counts(years_site: Path, site_data) -> None:
    for year in site_data.years:
        number = year.report.year
        page = soup(years_site / "jaren" / str(number) / "index.html")
        assert f"{format_number(len(year.complaints))} klachten" in page.get_text(" ", strip=True)
        categories = soup(years_site / "jaren" / str(number) / "categorieen" / "index.html")
        counts = {row[0]: row[1] for row in ([cell.get_text(" ", strip=True) for cell in tr.find_all("td")] for tr in categories.find_all("tr")[1:])}
        for category in year.categories:
            assert counts[category.name] == format_number(len(category.complaints))
        reconciliation = years_site / "jaren" / str(number) / "verslag" / "afstemming" / "index.html"
        assert "Alle vergelijkingen" in reconciliation.read_text(encoding="utf-8")
        assert (years_site / "data" / str(number) / "klachten.csv").is_file()


def test_category_pages_count_each_year(years_site: Path, site_data) -> None:
    newest = site_data.newest
    for category in newest.categories:
        page = soup(years_site / "categorieen" / category.slug / "index.html")
        table = page.find("table")
        cells = {tr.find_all("td")[0].get_text(" ", strip=True).split(" ")[0]: tr.find_all("td")[1].get_text(strip=True) for tr in table.find_all("tr")[1:]}
        for year in site_data.years:
            own = next((item for item in year.categories if item.name == category.name), None)
            assert cells[str(year.report.year)] == (format_number(len(own.complaints)) if own else "niet bekend"), (category.name, year.report.year)


def test_the_renamed_location_has_one_page_with_both_names(years_site: Path, years_data: Path, site_data) -> None:
    for year in YEARS[1:]:
        with (years_data / str(year) / layout.RENAMES_FILE).open(encoding="utf-8") as stream:
            [rename] = list(csv.DictReader(stream))
        holding = [location for location in site_data.locations if any(entry.location and entry.location.name == rename["oude_naam"] and entry.year < year for entry in location.years)]
        renamed = [location for location in holding if any(entry.location and entry.location.name == rename["nieuwe_naam"] for entry in location.years)]
        assert len(renamed) == 1
        [location] = renamed
        page = soup(location_pages(years_site)[location.slug])
        years_on_page = {key[0] for key in complaint_ids(page)}
        assert {year - 1, year} <= years_on_page
        text = page.get_text(" ", strip=True)
        assert rename["oude_naam"] in text and rename["nieuwe_naam"] in text
        others = [slug for slug, path in location_pages(years_site).items() if slug != location.slug and heading(soup(path)).startswith(rename["nieuwe_naam"] + " (")]
        assert not others


def test_downloads_per_year_and_together(years_site: Path, site_data) -> None:
    import json

    together = list(csv.DictReader((years_site / "data" / "klachten.csv").read_text(encoding="utf-8-sig").splitlines()))
    assert Counter(row["jaar"] for row in together) == {str(year.report.year): len(year.complaints) for year in site_data.years}
    package = json.loads((years_site / "data" / "datapackage.json").read_text(encoding="utf-8"))
    paths = {resource["path"] for resource in package["resources"]}
    assert {"klachten.csv", "geschillen.csv"} | {f"{year}/klachten.csv" for year in YEARS} | {f"{year}/geschillen.csv" for year in YEARS} <= paths
    for year in site_data.years:
        own = list(csv.DictReader((years_site / "data" / str(year.report.year) / "klachten.csv").read_text(encoding="utf-8-sig").splitlines()))
        assert len(own) == len(year.complaints)
