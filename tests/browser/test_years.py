"""The site of several years in Chromium (the real 2024 and two synthetic following years): axe-core
finds no WCAG 2.1 AA violation on the new kinds of page (the years, a year's overview, a location
page through the years, the A-Z list across years, Open data of all years), on a desktop and on a phone; the year filter
of Zoeken en filteren finds each year's complaints, as many as the data has, and counts them in
the filter box; a selection across years downloads exactly its complaints, each known by year
and volgnummer."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

from browsing import SCREENS, screenshot
from hosting_server import server_of
from filter_search import frequent_word, open_search, show_all, wait_for_status
from generator.dataset import layout
from generator.dutch import format_number
from generator.view.load import load_site
from test_accessibility import violations
from test_selection_download import download_selection, excel_text, parse

YEARS = (2024, 2025, 2026)


years_server = server_of("years_site")


@pytest.fixture(scope="module")
def site_data(years_data: Path):
    return load_site([layout.year_folder(years_data, year) for year in YEARS])


def pages(site_data) -> dict[str, str]:
    renamed = next(location for location in site_data.locations if location.former_names)
    gone = next(location for location in site_data.locations if any(entry.absence == "later" for entry in location.years))
    return {
        "home": "",
        "jaren": "jaren/",
        "jaar": "jaren/2025/",
        "jaar-categorie": f"jaren/2025/categorieen/{site_data.years[1].categories[0].slug}/",
        "locatie-hernoemd": f"locaties/{renamed.slug}/",
        "locatie-gesloten": f"locaties/{gone.slug}/",
        "locaties": "locaties/",
        "open-data": "data/",
    }


@pytest.mark.parametrize("screen", SCREENS)
def test_axe_finds_no_wcag_21_aa_violation_on_the_pages_of_several_years(open_page, years_server, site_data, screen) -> None:
    found = {}
    for name, address in pages(site_data).items():
        page = open_page(viewport=SCREENS[screen])
        page.goto(f"{years_server.url}/{address}")
        screenshot(page, f"jaren-{name}-{screen}")
        found[name] = violations(page)
        page.close()
    assert found == {name: [] for name in found}


def test_a_location_that_has_no_complaints_in_a_year_says_so_without_claiming_it_had_none(page, years_server, site_data) -> None:
    gone = next(location for location in site_data.locations if any(entry.absence == "later" for entry in location.years))
    page.goto(f"{years_server.url}/locaties/{gone.slug}/")
    text = page.locator("article").inner_text()
    assert "Misschien is de locatie gesloten of heeft ze een andere naam gekregen." in text


@pytest.mark.parametrize("year", YEARS)
def test_the_year_filter_finds_the_complaints_of_that_year(page, years_server, site_data, year) -> None:
    open_search(page, years_server.url, f"?jaar={year}")
    expected = len(site_data.year(year).complaints)
    assert wait_for_status(page).startswith(f"{format_number(expected)} klachten gevonden")
    if page.locator("#zoekfilters").get_attribute("open") is None:
        page.locator("#zoekfilters summary").click()
    assert page.locator("input[name=jaar]").count() == len(YEARS)


def year_counts(page) -> dict[int, int]:
    """The counts behind the years in the filter box, as a visitor reads them: '(537)'."""
    counts = page.locator(".zoeken__aantal[data-filter=jaar]").evaluate_all(
        "labels => labels.map(label => [label.getAttribute('data-waarde'), label.textContent])"
    )
    return {int(year): int(text.strip("()")) for year, text in counts}


def test_the_filter_box_counts_each_years_complaints_also_within_a_category(page, years_server, site_data) -> None:
    open_search(page, years_server.url)
    page.wait_for_function("() => document.querySelector('.zoeken__aantal[data-filter=jaar]').textContent !== ''")
    assert year_counts(page) == {year.report.year: len(year.complaints) for year in site_data.years}

    category = site_data.years[0].categories[0].name
    open_search(page, years_server.url, f"?categorie={category}")
    wait_for_status(page)
    assert year_counts(page) == {
        year.report.year: int((year.dataset.complaints["categorie"] == category).sum()) for year in site_data.years
    }


def found(page) -> list[tuple[int, int]]:
    """(jaar, volgnummer) of every result, from the anchor of its complaint."""
    return [tuple(map(int, re.search(r"#klacht-(\d{4})-(\d+)$", link).groups())) for link in show_all(page)]


def combined_rows(site_root: Path, wanted: set[tuple[int, int]]) -> list[list[str]]:
    """The rows of the site's klachten-excel.csv of all years (newest year first) that are `wanted`."""
    header, *body = parse((site_root / "data" / "klachten-excel.csv").read_text(encoding="utf-8"))
    year, number = header.index("jaar"), header.index("volgnummer")
    return [header] + [row for row in body if (int(row[year]), int(row[number])) in wanted]


@pytest.mark.parametrize("query", ["categorie", "woord"])
def test_a_selection_across_years_downloads_exactly_its_complaints(page, years_server, site_data, query) -> None:
    category = site_data.years[0].categories[0].name
    open_search(page, years_server.url, f"?categorie={category}" if query == "categorie" else f"?zoek={frequent_word()}")
    wait_for_status(page)
    shown = found(page)
    assert len(set(shown)) == len(shown)
    assert len({year for year, _ in shown}) > 1  # the same volgnummer can be a complaint of each year
    if query == "categorie":
        assert Counter(year for year, _ in shown) == {
            year.report.year: int((year.dataset.complaints["categorie"] == category).sum()) for year in site_data.years
        }

    text = download_selection(page)

    assert text == excel_text(combined_rows(years_server.root, set(shown)))
