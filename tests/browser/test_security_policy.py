"""The Content-Security-Policy holds on every kind of page and in everything a visitor does: the
site is served with the headers of its own `_headers` file (the policy as a header) and carries the
policy in every page (as a meta tag); the `open_page` fixture fails a test on any policy
violation, console error or request to another host. The test below proves that the watch sees a
violation, then walks through the site."""

from __future__ import annotations

import pytest

from browsing import search_for
from filter_search import open_search, wait_for_status
from test_selection_download import download_selection

# One page of each kind (a location and a category page with a chart among them), by address.
PAGE_KINDS = [
    "", "locaties/", "locaties/a-z/2/", "locaties/boerderij-geessinkweg/", "categorieen/", "categorieen/privacy/",
    "categorieen/communicatie/2/", "geschillen/", "data/", "verslag/", "verslag/cijfers-lezen/", "verslag/afstemming/",
    "verslag/voorwoord/", "toegankelijkheid/", "zoeken/",
]


def test_an_inline_script_that_is_not_the_themes_is_blocked_and_reported(page, site_server) -> None:
    """What the policy is for: a script that came into a page any other way does not run."""
    response = page.goto(f"{site_server.url}/locaties/boerderij-geessinkweg/")
    assert "script-src 'self' 'sha256-" in response.headers["content-security-policy"]
    ran = page.evaluate(
        "() => { const script = document.createElement('script'); script.textContent = 'window.ingeschoven = true;';"
        " document.body.append(script); return window.ingeschoven === true; }"
    )
    for _ in range(50):  # the reports come asynchronously
        if len(page.watch.csp_violations) == 2 and len(page.watch.console_errors) == 2:
            break
        page.wait_for_timeout(100)
    assert not ran
    # Refused twice: by the policy in the header and by the one in the page.
    assert [violation.split(" ")[0] for violation in page.watch.csp_violations] == ["script-src-elem", "script-src-elem"]
    assert all("Content Security Policy" in error for error in page.watch.console_errors)  # Chromium's own report of the same
    page.watch.csp_violations.clear()
    page.watch.console_errors.clear()


def test_scenario_every_page_kind_search_filters_downloads_and_charts_within_the_policy(page, site_server) -> None:
    for path in PAGE_KINDS:
        response = page.goto(f"{site_server.url}/{path}")
        assert response.status == 200 and "content-security-policy" in response.headers, path
        page.wait_for_load_state("networkidle")
    # The charts of the home page: drawn, and their tooltips there.
    page.goto(f"{site_server.url}/")
    assert page.locator("figure.grafiek svg rect[data-aantal]").count() > 0
    page.locator("figure.grafiek svg rect[data-aantal]").first.hover()
    # The header search (Material's worker and lunr's Dutch files).
    assert search_for(page, "wachtlijst")
    # Zoeken en filteren with a word and filters, and the download
    # of the selection (the category data fetched, a CSV made in the page).
    open_search(page, site_server.url, "?zoek=luiers&gegrond=Ja")
    wait_for_status(page)
    page.locator("input[name=categorie]").first.check()
    wait_for_status(page)
    assert download_selection(page).startswith("\ufeff")
    # The downloads of the data page.
    page.goto(f"{site_server.url}/data/")
    for link in page.locator("article a[href$='.csv'], article a[href$='.json']").all()[:4]:
        with page.expect_download():
            link.click(modifiers=["Alt"])
    # An address that does not exist, deep in the site: the 404 page with its search field.
    response = page.goto(f"{site_server.url}/locaties/bestaat/niet/")
    assert response.status == 404
    page.locator("article input[name=zoek]").fill("luiers")
    page.locator("article button[type=submit]").click()
    page.wait_for_url("**/zoeken/?zoek=luiers")
    wait_for_status(page)
    assert page.watch.problems() == []


@pytest.mark.parametrize("path", ["locaties/bestaat-niet/", "a/b/c/d/"])
def test_the_404_page_works_at_any_depth(page, site_server, path) -> None:
    """Its style sheets and scripts come from the site's root: the page is styled and the header
    search opens."""
    response = page.goto(f"{site_server.url}/{path}")
    assert response.status == 404
    assert page.locator("h1").inner_text() == "Deze pagina bestaat niet"
    assert page.evaluate("() => getComputedStyle(document.querySelector('.md-header')).position") == "sticky"
    page.locator("article a", has_text="Alle locaties van A tot Z").click()
    assert page.url == f"{site_server.url}/locaties/"
