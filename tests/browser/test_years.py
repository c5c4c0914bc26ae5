"""The site of several years in Chromium (the real 2024 and two synthetic following years): axe-core
finds no WCAG 2.1 AA violation on the new kinds of page (the years, a year's overview, a location
page through the years, the A-Z list across years), on a desktop and on a phone; the year filter
of Zoeken en filteren finds each year's complaints, as many as the data has."""

from __future__ import annotations

from pathlib import Path

import pytest

from browsing import DESKTOP, PHONE, screenshot
from conftest import serve
from filter_search import open_search, wait_for_status
from generator.dataset import layout
from generator.dutch import format_number
from generator.view.load import load_site
from test_accessibility import violations

YEARS = (2024, 2025, 2026)
SCREENS = {"desktop": DESKTOP, "telefoon": PHONE}


@pytest.fixture(scope="module")
def years_server(years_site: Path):
    running = serve(years_site)
    yield running
    running.server.shutdown()
    running.server.server_close()


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
