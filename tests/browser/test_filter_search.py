"""'Zoeken en filteren' (Pagefind): filters with counts, one result per complaint, shareable URLs,
the results in view after a search, and each result's parts named."""

from __future__ import annotations

from urllib.parse import quote

import pytest

from browsing import DESKTOP, PHONE, screenshot
from filter_search import RESULT_LINKS, complaints, expected_count, frequent_word, open_search, show_all, volgnummer, wait_for_status

SCREENS = {"desktop": DESKTOP, "telefoon": PHONE}


def test_one_category_and_gegrond_ja_gives_the_data_count(page, site_server) -> None:
    open_search(page, site_server.url)
    page.get_by_label("Communicatie", exact=False).first.check()
    page.get_by_label("Gegrond: ja").check()
    count = expected_count("Communicatie", "Ja")
    status = wait_for_status(page, f"{count} klachten gevonden")
    assert status == f"{count} klachten gevonden met de gekozen filters."
    assert "categorie=Communicatie" in page.url and "gegrond=Ja" in page.url
    links = show_all(page)
    assert len(links) == count and all("/locaties/" in link and "#klacht-" in link for link in links)
    assert not page.locator("#zoekmeer").is_visible()


def test_a_shared_filter_url_shows_the_same_result(page, site_server) -> None:
    open_search(page, site_server.url, "?categorie=Communicatie&gegrond=Ja")
    count = expected_count("Communicatie", "Ja")
    assert wait_for_status(page).startswith(f"{count} klachten gevonden")
    assert page.get_by_label("Gegrond: ja").is_checked()


def test_a_plural_finds_complaints_with_the_singular_and_links_to_their_place(page, site_server) -> None:
    open_search(page, site_server.url, "?zoek=luiers")
    wait_for_status(page)
    page.wait_for_selector(RESULT_LINKS)
    links = page.locator(RESULT_LINKS).evaluate_all("links => links.map(link => link.getAttribute('href'))")
    assert any(link.endswith("/locaties/boerderij-geessinkweg/#klacht-2024-6") for link in links), links
    page.locator(f"{RESULT_LINKS}[href$='#klacht-2024-6']").click()
    page.wait_for_url("**/locaties/boerderij-geessinkweg/#klacht-2024-6")
    assert page.locator("#klacht-2024-6").is_visible()


@pytest.mark.parametrize("screen", SCREENS)
def test_scenario_after_typing_a_word_and_enter_the_first_result_is_on_screen(open_page, site_server, screen) -> None:
    page = open_page(viewport=SCREENS[screen])
    open_search(page, site_server.url)
    page.locator("#zoekterm").fill(frequent_word())
    page.locator("#zoekterm").press("Enter")
    wait_for_status(page)
    first = page.locator("#zoekresultaten li").first
    first.wait_for()
    screenshot(page, f"zoeken-resultaten-{screen}")
    header_bottom = page.locator(".md-header").bounding_box()["height"]
    box = first.bounding_box()
    heading = page.locator(RESULT_LINKS).first.bounding_box()
    # The result starts below Material's header, and its link line is on screen.
    assert header_bottom <= box["y"] and heading["y"] + heading["height"] <= SCREENS[screen]["height"], (box, heading, header_bottom)


def test_on_a_phone_the_filters_are_folded_away_and_say_which_are_on(open_page, site_server) -> None:
    page = open_page(viewport=PHONE)
    open_search(page, site_server.url, "?categorie=Communicatie&gegrond=Ja")
    wait_for_status(page)
    assert page.locator("#zoekfilters").get_attribute("open") is None
    assert not page.get_by_label("Gegrond: ja").is_visible()
    assert page.locator("#zoekkeuze").inner_text() == "(Communicatie, Gegrond: ja)"
    page.locator("#zoekfilters summary").click()
    assert page.get_by_label("Gegrond: ja").is_visible() and page.get_by_label("Gegrond: ja").is_checked()


def test_show_more_is_there_only_while_results_are_hidden(page, site_server) -> None:
    rows = complaints()
    few = rows["locatie"].value_counts()
    location = few[few == 1].index[0]  # a location with one complaint
    open_search(page, site_server.url, f"?locatie={quote(location)}")
    assert wait_for_status(page).startswith("1 klacht gevonden")
    page.wait_for_selector("#zoekresultaten li")
    assert not page.locator("#zoekmeer").is_visible()

    open_search(page, site_server.url, "?categorie=Communicatie")
    assert wait_for_status(page).startswith(f"{int((rows['categorie'] == 'Communicatie').sum())} klachten")
    assert page.locator("#zoekmeer").is_visible()
    show_all(page)
    assert not page.locator("#zoekmeer").is_visible()


def test_a_result_names_location_category_and_judgement_and_quotes_only_the_complaint(page, site_server) -> None:
    rows = complaints().set_index("volgnummer")
    # The name of a location is searchable, but its words must not run into the excerpt.
    location = rows["locatie"].value_counts().index[0]
    open_search(page, site_server.url, f"?zoek={quote(location)}")
    wait_for_status(page)
    page.wait_for_selector("#zoekresultaten li")
    for item in page.locator("#zoekresultaten li").all():
        number = volgnummer(item.locator(".zoeken__kop a").get_attribute("href"))
        row = rows.loc[number]
        parts = item.locator(".zoeken__kenmerken").evaluate(
            "list => Object.fromEntries([...list.querySelectorAll('dt')].map(term => [term.textContent, term.nextElementSibling.textContent]))"
        )
        assert parts["Locatie"].startswith(row["locatie"]), parts
        assert parts["Soort klacht"] == row["categorie"]
        assert parts["Oordeel"] == (f"Gegrond: {row['gegrond']}" if row["gegrond"] else "Gegrond: niet vermeld")
        quoted = " ".join(item.locator(".zoeken__uittreksel").inner_text().strip("… ").split())
        complaint_text = " ".join(f"{row['omschrijving']} {row['oplossing']}".split())
        assert quoted and quoted in complaint_text, (number, quoted)


def test_clearing_empties_words_filters_results_and_address(page, site_server) -> None:
    open_search(page, site_server.url, "?zoek=luiers&categorie=Communicatie")
    wait_for_status(page)
    page.get_by_role("button", name="Alles wissen").click()
    page.wait_for_function("() => document.querySelector('#zoekstatus').textContent === 'Typ een woord of kies een filter.'")
    assert page.url == f"{site_server.url}/zoeken/"
    assert page.locator("#zoekterm").input_value() == ""
    assert not page.get_by_label("Communicatie", exact=False).first.is_checked()
    assert page.locator("#zoekresultaten li").count() == 0
    assert not page.locator("#zoekdownload").is_visible() and not page.locator("#zoekmeer").is_visible()
