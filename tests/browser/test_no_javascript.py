"""With JavaScript switched off the site still works: text, tables and the menu are there, and the
menu leads to another page. Only the search needs JavaScript."""

from __future__ import annotations

import pytest

from browsing import DESKTOP, PHONE, heading_text, location_heading

PAGES = {
    "": "Klachten over Partou kinderopvang in 2024",
    "locaties/": "Locaties met klachten in 2024",
    "locaties/bso-lea-dasberg/": location_heading("BSO Lea Dasberg"),
    "categorieen/privacy/": "Privacy",
}


@pytest.mark.parametrize("path", PAGES)
def test_scenario_without_javascript_text_and_tables_are_readable(open_page, site_server, path) -> None:
    page = open_page(java_script=False, viewport=PHONE)
    page.goto(f"{site_server.url}/{path}")
    assert page.locator("article h1").is_visible()
    assert heading_text(page) == PAGES[path]
    tables = page.locator("article table")
    assert tables.count() > 0
    for table in tables.all():
        assert table.is_visible()
        box = table.bounding_box()
        assert box["x"] >= 0 and box["x"] + box["width"] <= PHONE["width"], box
    widths = page.evaluate("({scroll: document.documentElement.scrollWidth, screen: window.innerWidth})")
    assert widths["scroll"] <= widths["screen"], widths


def test_scenario_without_javascript_the_tabs_lead_to_another_page(open_page, site_server) -> None:
    page = open_page(java_script=False, viewport=DESKTOP)
    page.goto(f"{site_server.url}/")
    tabs = page.locator("nav.md-tabs a.md-tabs__link")
    assert {"Home", "Locaties", "Soorten klachten", "Geschillen"} <= {tab.inner_text().strip() for tab in tabs.all()}
    tabs.filter(has_text="Locaties").click()
    page.wait_for_load_state()
    assert page.url == f"{site_server.url}/locaties/"
    assert heading_text(page) == PAGES["locaties/"]


def test_scenario_without_javascript_the_phone_menu_opens_and_leads_to_another_page(open_page, site_server) -> None:
    page = open_page(java_script=False, viewport=PHONE)
    page.goto(f"{site_server.url}/locaties/bso-lea-dasberg/")
    # Material's menu on a phone is a checkbox and a label: it opens without JavaScript.
    page.locator("label.md-header__button[for=__drawer]").click()
    link = page.locator("nav.md-nav--primary a.md-nav__link", has_text="Soorten klachten").first
    assert link.is_visible()
    link.click()
    page.wait_for_load_state()
    assert page.url == f"{site_server.url}/categorieen/"
    assert heading_text(page) == "Klachten per soort"
