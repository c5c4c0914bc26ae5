"""The header search's index holds the text of every page: a visitor downloads it when they open
the search, not on every first visit (overrides/assets/javascripts/zoekindex-bij-zoeken.js)."""

from __future__ import annotations

from browsing import search_for

INDEX = "/search/search_index.json"


def index_requests(requested: list[str]) -> list[str]:
    return [url for url in requested if url.split("?")[0].endswith(INDEX)]


def test_the_index_is_downloaded_when_the_visitor_opens_the_search_and_then_it_searches(page, site_server) -> None:
    requested: list[str] = []
    page.on("request", lambda request: requested.append(request.url))
    page.goto(f"{site_server.url}/")
    page.wait_for_load_state("networkidle")
    assert index_requests(requested) == []
    hrefs = search_for(page, "luiers")
    assert index_requests(requested) == [f"{site_server.url}{INDEX}"]
    assert any("locaties/" in href for href in hrefs), hrefs


def test_an_address_with_a_search_in_it_downloads_the_index_straight_away(page, site_server) -> None:
    requested: list[str] = []
    page.on("request", lambda request: requested.append(request.url))
    page.goto(f"{site_server.url}/?q=luiers")
    page.wait_for_load_state("networkidle")
    assert index_requests(requested) == [f"{site_server.url}{INDEX}"]
