"""No page asks another server for anything (no fonts, scripts, counters) and no page logs an error.

Every test that opens a page checks this after it ends (the `open_page` fixture); this test opens
every page in the menu plus one page of each generated kind, with and without JavaScript, uses the
search, and says it out loud."""

from __future__ import annotations

from urllib.parse import urljoin

import pytest

from browsing import search_for

# Pages the menu does not list: one of each kind, and a second page of a list.
GENERATED = ["locaties/a-z/2/", "locaties/bso-lea-dasberg/", "categorieen/privacy/", "categorieen/communicatie/2/"]


def menu_pages(page, base_url: str) -> list[str]:
    page.goto(f"{base_url}/")
    hrefs = page.locator("nav.md-nav--primary a.md-nav__link[href]").evaluate_all("links => links.map(link => link.href)")
    return sorted({urljoin(href, "#").rstrip("#") for href in hrefs if href.startswith(base_url)})


@pytest.mark.parametrize("java_script", [True, False], ids=["met-javascript", "zonder-javascript"])
def test_scenario_no_page_asks_another_host_or_logs_an_error(open_page, site_server, java_script) -> None:
    page = open_page(java_script=java_script)
    pages = menu_pages(page, site_server.url) + [f"{site_server.url}/{path}" for path in GENERATED]
    assert f"{site_server.url}/geschillen/" in pages and f"{site_server.url}/verslag/afstemming/" in pages, pages
    for url in pages:
        response = page.goto(url)
        assert response.status == 200, url
        page.wait_for_load_state("networkidle")
    if java_script:
        assert search_for(page, "wachtlijst")
    assert page.watch.problems() == []
