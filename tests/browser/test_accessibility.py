"""WCAG 2.1 AA, measured with axe-core (bundled by the axe-playwright-python package, so no network)
on the pages a parent uses, on a desktop screen and on a phone. Each scan also saves a screenshot
in build/screenshots/ for a person to look at."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from axe_playwright_python.base import AXE_SCRIPT
from axe_playwright_python.sync_playwright import Axe

from browsing import SCREENS, heading_text, location_heading, screenshot

WCAG_21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
PAGES = {
    "home": "",
    "locaties": "locaties/",
    "locatie": "locaties/bso-lea-dasberg/",
    "categorie": "categorieen/privacy/",
    "geschillen": "geschillen/",
    "data": "data/",
    # The 404 page, as a host serves it for an address that does not exist, deep in the site.
    "niet-gevonden": "locaties/bestaat/niet/",
}
STATEMENT = Path(__file__).resolve().parents[2] / "docs" / "toegankelijkheid.md"


def violations(page) -> list[str]:
    """One line per rule that fails, with the elements it fails on. Measured at rest: the theme fades
    the tabs in after a page loads, and a colour halfway through a fade is not what a reader sees."""
    page.evaluate("Promise.all(document.getAnimations().map(animation => animation.finished))")
    results = Axe().run(page, options={"runOnly": {"type": "tag", "values": WCAG_21_AA}, "resultTypes": ["violations"]})
    return [
        f"{rule['id']} ({rule['help']}): " + "; ".join(" ".join(node["target"]) for node in rule["nodes"])
        for rule in results.response["violations"]
    ]


@pytest.mark.parametrize("screen", SCREENS)
@pytest.mark.parametrize("name", PAGES)
def test_scenario_axe_finds_no_wcag_21_aa_violation(open_page, site_server, name, screen) -> None:
    page = open_page(viewport=SCREENS[screen])
    page.goto(f"{site_server.url}/{PAGES[name]}")
    screenshot(page, f"{name}-{screen}")
    assert violations(page) == []


@pytest.mark.parametrize("screen", SCREENS)
def test_scenario_axe_finds_no_violation_in_search_and_filter_with_results_and_filters_open(open_page, site_server, screen) -> None:
    page = open_page(viewport=SCREENS[screen])
    page.goto(f"{site_server.url}/zoeken/?zoek=luiers&gegrond=Ja")
    page.wait_for_selector("#zoekresultaten li")
    if page.locator("#zoekfilters").get_attribute("open") is None:
        page.locator("#zoekfilters summary").click()
    screenshot(page, f"zoeken-{screen}")
    assert violations(page) == []


def test_the_search_dialog_has_a_name(page, site_server) -> None:
    """axe's rule aria-dialog-name is a best practice, not WCAG, so the scans above leave it out;
    Lighthouse counts it."""
    page.goto(f"{site_server.url}/")
    results = Axe().run(page, options={"runOnly": {"type": "rule", "values": ["aria-dialog-name"]}, "resultTypes": ["violations", "passes"]})
    assert results.response["violations"] == []
    assert [node["target"] for rule in results.response["passes"] for node in rule["nodes"]] == [[".md-search"]]
    assert page.get_by_role("dialog", name="Zoeken").count() == 1


@pytest.mark.parametrize("name", ["locatie", "categorie"])
def test_gegrond_is_said_in_words_not_only_in_colour(page, site_server, name) -> None:
    page.goto(f"{site_server.url}/{PAGES[name]}")
    badges = page.locator("article .gegrond").all()
    complaints = page.locator("article h3[id^=klacht-]").count()
    assert len(badges) == complaints > 0
    for badge in badges:
        assert badge.inner_text() in ("Gegrond: ja", "Gegrond: deels", "Gegrond: nee", "Geen oordeel vermeld")


def focused(page) -> dict:
    """The element with the keyboard focus: what it is, and whether a person can see it."""
    return page.evaluate(
        """async () => {
            const element = document.activeElement;
            // Material fades elements in on focus: judge them once the fade is over.
            await Promise.all(element.getAnimations().map(animation => animation.finished.catch(() => null)));
            const box = element.getBoundingClientRect();
            let opacity = 1;
            for (let node = element; node; node = node.parentElement) opacity *= Number(getComputedStyle(node).opacity);
            return {html: element.outerHTML.slice(0, 120), visible: box.width > 0 && box.height > 0 && opacity > 0};
        }"""
    )


def test_every_tab_stop_on_the_way_to_the_content_is_visible(page, site_server) -> None:
    page.goto(f"{site_server.url}/{PAGES['locatie']}")
    stops = []
    for _ in range(12):
        page.keyboard.press("Tab")
        stops.append(focused(page))
    assert [stop["html"] for stop in stops if not stop["visible"]] == []
    assert any('class="md-tabs__link' in stop["html"] for stop in stops)


# True once the search results have been the same for 300 ms (a function: the CSP forbids eval).
RESULTS_SETTLED = """() => {
    const list = document.querySelector('.md-search-result__list');
    const now = list ? list.innerHTML : '';
    if (window.resultsSeen !== now) {
        window.resultsSeen = now;
        window.resultsSince = performance.now();
        return false;
    }
    return performance.now() - window.resultsSince > 300;
}"""


def test_the_search_works_with_the_keyboard_alone(page, site_server) -> None:
    page.goto(f"{site_server.url}/")
    while 'class="md-search__input' not in focused(page)["html"]:
        page.keyboard.press("Tab")
    page.wait_for_function("() => document.querySelector('.md-search-result__meta').textContent.trim() === 'Typ om te beginnen met zoeken'")
    page.keyboard.type("Geessink")
    # Material searches again after every key, and the results of "Geessin" may already hold the
    # location: wait until the list has stopped changing, or a late list takes the focus away.
    page.wait_for_selector('.md-search-result__item a[href*="locaties/boerderij-geessinkweg/"]')
    page.wait_for_function(RESULTS_SETTLED, polling=100)
    for _ in range(10):
        page.keyboard.press("ArrowDown")
        if "locaties/boerderij-geessinkweg/" in focused(page)["html"]:
            break
    else:
        raise AssertionError(f"the arrow keys never reached the location; focused: {focused(page)['html']}")
    page.keyboard.press("Enter")
    page.wait_for_url("**/locaties/boerderij-geessinkweg/**")
    assert heading_text(page) == location_heading("Boerderij Geessinkweg")


def test_the_first_tab_key_offers_a_visible_link_to_the_content(page, site_server) -> None:
    page.goto(f"{site_server.url}/{PAGES['locatie']}")
    page.keyboard.press("Tab")
    skip = focused(page)
    assert skip["visible"] and 'class="md-skip' in skip["html"], skip
    assert page.locator(":focus").inner_text().strip() == "Ga naar inhoud"
    heading = page.locator("article h1").get_attribute("id")
    page.keyboard.press("Enter")
    page.wait_for_url(f"**/locaties/bso-lea-dasberg/#{heading}")


def test_the_accessibility_statement_names_the_axe_core_version_that_tests_run() -> None:
    version = re.match(r"/\*! axe v([\d.]+)", AXE_SCRIPT).group(1)
    assert f"axe-core** (versie {version})" in STATEMENT.read_text(encoding="utf-8")
