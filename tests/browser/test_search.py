"""MkDocs' own search (lunr with the Dutch stemmer) in the header of the built site."""

from __future__ import annotations


def search(page, base_url: str, query: str) -> list[str]:
    page.goto(f"{base_url}/")
    page.locator("label.md-search__icon, .md-search__input").first.click()
    page.locator("input.md-search__input").fill(query)
    page.wait_for_selector(".md-search-result__item", timeout=15000)
    results = page.locator(".md-search-result__item a.md-search-result__link")
    return [link.get_attribute("href") for link in results.all()]


def test_a_plural_finds_the_location_page_whose_complaint_has_the_singular(page, site_server) -> None:
    # Boerderij Geessinkweg's complaint says "Luier kind is nat" and never "luiers".
    page_text = (site_server.root / "locaties" / "boerderij-geessinkweg" / "index.html").read_text(encoding="utf-8")
    assert "Luier" in page_text and "luiers" not in page_text.lower()
    hrefs = search(page, site_server.url, "luiers")
    assert any("locaties/boerderij-geessinkweg/" in href for href in hrefs), hrefs
    assert page.watch.other_hosts == []


def test_part_of_a_location_name_finds_that_location(page, site_server) -> None:
    hrefs = search(page, site_server.url, "Geessinkweg")
    assert any("locaties/boerderij-geessinkweg/" in href for href in hrefs), hrefs
