"""MkDocs' own search (lunr with the Dutch stemmer) in the header of the built site, used the way a
parent does: type in the search box on the home page, click a result, read the page."""

from __future__ import annotations

import re
from functools import lru_cache
from urllib.parse import urlsplit

from bs4 import BeautifulSoup

from browsing import heading_text, location_heading, search_for
from generator.dataset.dataset import load_dataset
from generator.view.context import generate_context
from generator.site.look_alikes import look_alikes
from generator.view.model import Location
from site_builder import ROOT

LOCATION = "locaties/boerderij-geessinkweg/"


def search(page, base_url: str, query: str) -> list[str]:
    page.goto(f"{base_url}/")
    return search_for(page, query)


def target(href: str) -> str:
    """A result link as path#anchor, without host and highlight query."""
    parts = urlsplit(href)
    return parts.path.lstrip("/") + (f"#{parts.fragment}" if parts.fragment else "")


def click_result(page, href: str) -> None:
    page.locator(f'.md-search-result__item a.md-search-result__link[href="{href}"]').first.click()
    page.wait_for_load_state()


def page_address(page) -> str:
    return target(page.url)


def complaint_anchor_with(site_root, words: str) -> str:
    """The id of the one complaint heading on the location page whose complaint holds `words`."""
    html = BeautifulSoup((site_root / LOCATION / "index.html").read_text(encoding="utf-8"), "html.parser")
    found = []
    for heading in html.select("h3[id^=klacht-]"):
        section = []
        for element in heading.find_next_siblings():
            if element.name in ("h2", "h3"):
                break
            section.append(element.get_text(" "))
        if words in " ".join(section):
            found.append(heading["id"])
    assert len(found) == 1, found
    return found[0]


def test_a_plural_finds_the_location_page_whose_complaint_has_the_singular(page, site_server) -> None:
    # Boerderij Geessinkweg's complaint says "Luier kind is nat" and never "luiers".
    page_text = (site_server.root / LOCATION / "index.html").read_text(encoding="utf-8")
    assert "Luier" in page_text and "luiers" not in page_text.lower()
    hrefs = search(page, site_server.url, "luiers")
    assert any(LOCATION in href for href in hrefs), hrefs
    assert page.watch.other_hosts == []


def test_part_of_a_location_name_finds_that_location(page, site_server) -> None:
    hrefs = search(page, site_server.url, "Geessinkweg")
    assert any(LOCATION in href for href in hrefs), hrefs


def test_scenario_part_of_a_name_typed_on_the_home_page_leads_to_the_location_page(page, site_server) -> None:
    # "Geessink" is only the start of a word of the name "Boerderij Geessinkweg".
    hrefs = search(page, site_server.url, "Geessink")
    page_href = next(href for href in hrefs if target(href) == LOCATION)
    click_result(page, page_href)
    assert page_address(page) == LOCATION
    assert heading_text(page) == location_heading("Boerderij Geessinkweg")


def test_scenario_a_plural_leads_to_the_complaint_with_the_singular(page, site_server) -> None:
    anchor = complaint_anchor_with(site_server.root, "Luier kind is nat")
    hrefs = search(page, site_server.url, "luiers")
    complaint_href = next((href for href in hrefs if target(href) == f"{LOCATION}#{anchor}"), None)
    assert complaint_href, hrefs
    click_result(page, complaint_href)
    assert page_address(page) == f"{LOCATION}#{anchor}"
    heading = page.locator(f"#{anchor}")
    assert heading.is_visible()
    assert page.evaluate("document.querySelector(':target').id") == anchor
    # The complaint's own text follows its heading.
    complaint = page.locator(f"#{anchor} ~ p", has_text="Wat was de klacht?").first
    assert "Luier kind is nat" in complaint.inner_text()


# --- Material's texts in the results, and what tells look-alike locations apart -----------------

MISSING = ".md-search-result__terms"


def test_a_word_whose_stem_matched_is_not_called_missing(page, site_server) -> None:
    # "luiers" is found through its stem "luier"; Material used to add "Ontbreekt: luiers".
    hrefs = search(page, site_server.url, "luiers")
    assert any(LOCATION in href for href in hrefs), hrefs
    assert page.locator(MISSING).count() == 0, page.locator(MISSING).all_inner_texts()


def test_a_word_found_nowhere_is_named_as_not_found(page, site_server) -> None:
    search(page, site_server.url, "luiers qqxzqq")
    missing = page.locator(MISSING).all_inner_texts()
    assert missing and all(text == "Niet gevonden: qqxzqq" for text in missing), missing


def test_the_number_of_results_reads_as_plain_dutch(page, site_server) -> None:
    search(page, site_server.url, "luiers")
    count = page.locator(".md-search-result__meta").inner_text().strip()
    assert re.fullmatch(r"1 pagina gevonden|\d+ pagina's gevonden", count), count


@lru_cache(maxsize=1)
def look_alikes_2024() -> tuple[tuple[Location, ...], dict[str, tuple[Location, ...]]]:
    locations = generate_context(load_dataset(ROOT / "data" / "2024")).locations
    return locations, look_alikes(locations)


def test_look_alike_locations_show_what_tells_them_apart_in_the_results(page, site_server) -> None:
    locations, similar = look_alikes_2024()
    # The first pair from A to Z where one name is part of the other, as "Geessinkweg" is of
    # "Boerderij Geessinkweg": searching the shorter name finds both.
    shorter, longer = next((location, other) for location in locations for other in similar.get(location.slug, ()) if len(location.name) < len(other.name))
    search(page, site_server.url, shorter.name)
    titles = page.locator(".md-search-result__item > a:first-child h1").all_inner_texts()
    assert shorter.distinct_name in titles and longer.distinct_name in titles, titles

    page.goto(f"{site_server.url}/{shorter.page.removesuffix('.md')}/")
    assert heading_text(page) == shorter.distinct_name
    note = page.locator("article p", has_text="Let op:")
    assert note.locator("a").all_inner_texts() == [location.distinct_name for location in similar[shorter.slug]]
