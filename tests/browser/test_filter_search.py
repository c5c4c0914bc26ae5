"""'Zoeken en filteren' (Pagefind): filters with counts, one result per complaint, shareable URLs."""

from __future__ import annotations

from generator.dataset.dataset import load_dataset
from site_builder import ROOT

STATUS = "#zoekstatus"


def wait_for_status(page, starting_with: str = "") -> str:
    """The status once a search has finished; with `starting_with`, once it says that (every
    change of a filter starts a new search, and the last one decides)."""
    page.wait_for_function(
        "start => { const text = document.querySelector('#zoekstatus').textContent; return text.includes('gevonden') && text.startsWith(start); }",
        arg=starting_with, timeout=15000,
    )
    return page.locator(STATUS).inner_text()


def expected_count(category: str, gegrond: str) -> int:
    complaints = load_dataset(ROOT / "data" / "2024").complaints
    return int(((complaints["categorie"] == category) & (complaints["gegrond"] == gegrond)).sum())


def test_one_category_and_gegrond_ja_gives_the_data_count(page, site_server) -> None:
    page.goto(f"{site_server.url}/zoeken/")
    page.wait_for_selector("#zoekformulier:not([hidden])")
    page.get_by_label("Communicatie", exact=False).first.check()
    page.get_by_label("Gegrond: ja").check()
    count = expected_count("Communicatie", "Ja")
    status = wait_for_status(page, f"{count} klachten gevonden")
    assert status == f"{count} klachten gevonden met de gekozen filters."
    assert "categorie=Communicatie" in page.url and "gegrond=Ja" in page.url
    page.get_by_role("button", name="Toon meer klachten").click()
    page.wait_for_function(f"document.querySelectorAll('#zoekresultaten li').length === {count}")
    links = page.locator("#zoekresultaten li a").evaluate_all("links => links.map(link => link.getAttribute('href'))")
    assert len(links) == count and all("/locaties/" in link and "#klacht-" in link for link in links)
    assert page.watch.other_hosts == [] and page.watch.console_errors == []


def test_a_shared_filter_url_shows_the_same_result(page, site_server) -> None:
    page.goto(f"{site_server.url}/zoeken/?categorie=Communicatie&gegrond=Ja")
    count = expected_count("Communicatie", "Ja")
    assert wait_for_status(page).startswith(f"{count} klachten gevonden")
    assert page.get_by_label("Gegrond: ja").is_checked()


def test_a_plural_finds_complaints_with_the_singular_and_links_to_their_place(page, site_server) -> None:
    page.goto(f"{site_server.url}/zoeken/?zoek=luiers")
    wait_for_status(page)
    page.wait_for_selector("#zoekresultaten li a")
    links = page.locator("#zoekresultaten li a").evaluate_all("links => links.map(link => link.getAttribute('href'))")
    assert any(link.endswith("/locaties/boerderij-geessinkweg/#klacht-6") for link in links), links
    page.locator("#zoekresultaten li a[href$='#klacht-6']").click()
    page.wait_for_url("**/locaties/boerderij-geessinkweg/#klacht-6")
    assert page.locator("#klacht-6").is_visible()
