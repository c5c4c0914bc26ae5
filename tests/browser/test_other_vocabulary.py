"""The site of a year with words of its own (tests/fixtures/zes-soorten: six categories, no labels,
no gegrond) in Chromium: axe-core finds no WCAG 2.1 AA violation on any kind of page, on a desktop
and on a phone; Zoeken en filteren offers only the filters the year has, and neither a page nor
what its scripts put on it says anything about a label or a judgement."""

from __future__ import annotations

import csv
import io

import pytest

from browsing import SCREENS, screenshot
from hosting_server import server_of
from filter_search import open_search, show_all, wait_for_status
from test_accessibility import violations
from test_selection_download import download_selection
from unspoken import spoken_text, unspoken_words

PAGES = {
    "home": "",
    "locaties": "locaties/",
    "locatie": "locaties/zonnehoek/",
    "categorie": "categorieen/contact-met-ouders/",
    "categorieen": "categorieen/",
    "geschillen": "geschillen/",
    "data": "data/",
    "cijfers-lezen": "verslag/cijfers-lezen/",
    "afstemming": "verslag/afstemming/",
}


other_server = server_of("other_vocabulary_site")


@pytest.mark.parametrize("screen", SCREENS)
@pytest.mark.parametrize("name", PAGES)
def test_axe_finds_no_wcag_21_aa_violation_and_the_page_says_nothing_about_labels_or_gegrond(open_page, other_server, name, screen) -> None:
    page = open_page(viewport=SCREENS[screen])
    page.goto(f"{other_server.url}/{PAGES[name]}")
    screenshot(page, f"zes-soorten-{name}-{screen}")
    assert violations(page) == []
    assert unspoken_words(spoken_text(page.content())) == []


@pytest.mark.parametrize("screen", SCREENS)
def test_search_and_filter_offers_category_and_location_only(open_page, other_server, screen) -> None:
    page = open_page(viewport=SCREENS[screen])
    open_search(page, other_server.url, "?categorie=Contact+met+ouders")
    assert wait_for_status(page).startswith("3 klachten gevonden")
    if page.locator("#zoekfilters").get_attribute("open") is None:
        page.locator("#zoekfilters summary").click()
    screenshot(page, f"zes-soorten-zoeken-{screen}")
    assert page.locator("#zoekfilters legend").all_inner_texts() == ["Soort klacht"]
    assert page.locator("#zoekresultaten li dt").all_inner_texts()[:2] == ["Locatie", "Soort klacht"]
    assert page.locator("#zoekresultaten .gegrond").count() == 0
    assert violations(page) == []
    assert unspoken_words(spoken_text(page.content())) == []


def test_a_word_finds_its_complaint_and_the_download_has_the_years_columns(page, other_server) -> None:
    open_search(page, other_server.url, "?zoek=allergieoverzicht")
    assert wait_for_status(page).startswith("1 klacht gevonden")
    assert [link.split("#")[-1] for link in show_all(page)] == ["klacht-2025-10"]
    rows = list(csv.reader(io.StringIO(download_selection(page).removeprefix("\ufeff")), delimiter=";"))
    assert rows[0] == ["volgnummer", "locatie", "categorie", "omschrijving", "oplossing", "bron_regel"]
    assert [row[:3] for row in rows[1:]] == [["10", "Zonnehoek", "Eten en drinken"]]
