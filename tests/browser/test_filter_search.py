"""'Zoeken en filteren': filters with counts, one result per complaint, shareable URLs,
the results in view after a search, and each result's parts named."""

from __future__ import annotations

from urllib.parse import quote

import pytest

from browsing import PHONE, SCREENS, screenshot
from generator.site.search_words import normalised_words
from filter_search import (
    COMPLAINTS_FILE, INDEX, LOCATIONS_FILE, RESULT_LINKS, complaints, expected_count, frequent_word, index_files, open_search, show_all, shown_counts,
    volgnummer, wait_for_status,
)



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


# A result's badge, as the pages write it, by the judgement in klachten.csv.
BADGES = {"Ja": "Gegrond: ja", "Deels": "Gegrond: deels", "Nee": "Gegrond: nee", "": "Geen oordeel vermeld"}

TRICKY_TEXTS = [
    "Crèche HYGIËNE café-uren (15:30)!", "ĳsje Ĳmuiden straße ǅemal", "groep/vestiging, o.a. 't kind", "日本語の文 и кириллица",
    "under_score a-b·c ½ ² ①", "e\u0301 combining", "tab\tnew\nline\u00a0nbsp", "'quotes' \"dubbel\" <b>html</b> &amp;",
]


def test_the_page_splits_a_visitors_words_as_the_index_split_the_complaints(page, site_server) -> None:
    open_search(page, site_server.url)
    in_page = page.evaluate("texts => texts.map(text => window.Zoekindex.normalisedWords(text))", TRICKY_TEXTS)
    assert in_page == [normalised_words(text) for text in TRICKY_TEXTS]


def test_a_word_without_its_accent_and_the_start_of_a_word_find_it(page, site_server) -> None:
    rows = complaints()
    with_accent = rows[rows["omschrijving"].str.contains("hygiëne", case=False)]
    assert len(with_accent)
    open_search(page, site_server.url, "?zoek=hygiene")
    found = {volgnummer(link) for link in (show_all(page) if wait_for_status(page) else [])}
    assert set(with_accent["volgnummer"]) <= found
    open_search(page, site_server.url, "?zoek=wachtlij")
    found = {volgnummer(link) for link in (show_all(page) if wait_for_status(page) else [])}
    assert set(rows.loc[rows["omschrijving"].str.contains("wachtlijst", case=False), "volgnummer"]) <= found


def every_complaint_with(rows, has_word) -> set[int]:
    texts = rows["omschrijving"] + " " + rows["oplossing"] + " " + rows["locatie"] + " " + rows["categorie"]
    return {number for number, text in zip(rows["volgnummer"], texts) if any(has_word(word) for word in normalised_words(text))}


def test_a_plural_that_no_complaint_uses_finds_the_singular(page, site_server) -> None:
    rows = complaints()
    assert not every_complaint_with(rows, lambda word: word == "aanbiedingen")
    expected = every_complaint_with(rows, lambda word: word == "aanbieding")
    assert expected
    open_search(page, site_server.url, "?zoek=aanbiedingen")
    wait_for_status(page)
    assert {volgnummer(link) for link in show_all(page)} >= expected


def test_a_plural_finds_the_words_its_singular_starts(page, site_server) -> None:
    expected = every_complaint_with(complaints(), lambda word: word.startswith("luier"))
    assert every_complaint_with(complaints(), lambda word: word.startswith("luier") and word not in ("luier", "luiers")) - every_complaint_with(
        complaints(), lambda word: word in ("luier", "luiers")
    )
    open_search(page, site_server.url, "?zoek=luiers")
    wait_for_status(page)
    assert {volgnummer(link) for link in show_all(page)} == expected


def test_three_letters_find_every_complaint_with_a_word_that_starts_with_them(page, site_server) -> None:
    expected = every_complaint_with(complaints(), lambda word: word.startswith("ver"))
    assert len(expected) > 200
    open_search(page, site_server.url, "?zoek=ver")
    wait_for_status(page)
    assert {volgnummer(link) for link in show_all(page)} >= expected


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


def test_two_quick_clicks_on_show_more_list_the_results_in_their_order(page, site_server) -> None:
    held, passed = [], []
    holding = {"count": 0}

    def hold_while_asked(route) -> None:
        if len(held) < holding["count"]:
            held.append(route)
        else:
            passed.append(route.request.url)
            route.continue_()

    page.route("**/zoekindex/*/klacht/**", hold_while_asked)
    open_search(page, site_server.url, "?gegrond=Deels")
    wait_for_status(page)
    page.wait_for_function("() => document.querySelectorAll('#zoekresultaten li').length === 20")
    # The second batch is held up, the third is not: the third arrives first.
    holding["count"] = 20
    page.evaluate("() => { const more = document.getElementById('zoekmeer'); more.click(); more.click(); }")
    while len(held) < 20 or len(passed) < 40:
        page.wait_for_timeout(50)
    page.wait_for_timeout(500)  # time for the third batch to be listed, were it listed out of turn
    for route in held:
        route.continue_()
    page.wait_for_function("() => document.querySelectorAll('#zoekresultaten li').length === 60")
    numbers = [volgnummer(link) for link in page.locator(RESULT_LINKS).evaluate_all("links => links.map(link => link.getAttribute('href'))")]
    assert numbers == sorted(numbers)


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
        assert parts["Oordeel"] == BADGES[row["gegrond"]]
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


def test_before_a_search_the_counts_are_the_datas_and_nothing_of_the_index_is_downloaded(page, site_server) -> None:
    requested = []
    page.on("request", lambda request: requested.append(request.url))
    open_search(page, site_server.url)
    page.wait_for_function("() => document.querySelector('#zoekstatus').textContent === 'Typ een woord of kies een filter.'")
    rows = complaints()
    assert shown_counts(page, "categorie") == {name: int((rows["categorie"] == name).sum()) for name in shown_counts(page, "categorie")}
    assert shown_counts(page, "gegrond") == {
        "Ja": int((rows["gegrond"] == "Ja").sum()), "Deels": int((rows["gegrond"] == "Deels").sum()),
        "Nee": int((rows["gegrond"] == "Nee").sum()), "Niet vermeld": int((rows["gegrond"] == "").sum()),
    }
    assert sum(shown_counts(page, "label").values()) == len(rows)
    page.wait_for_load_state("networkidle")
    assert [url for url in requested if INDEX in url] == []


def test_the_counts_beside_the_filters_are_those_of_the_complaints_found(page, site_server) -> None:
    open_search(page, site_server.url, "?gegrond=Ja")
    wait_for_status(page)
    rows = complaints()
    with_ja = rows[rows["gegrond"] == "Ja"]
    assert shown_counts(page, "categorie") == {name: int((with_ja["categorie"] == name).sum()) for name in shown_counts(page, "categorie")}
    assert shown_counts(page, "gegrond") == {"Ja": len(with_ja), "Deels": 0, "Nee": 0, "Niet vermeld": 0}


def test_the_location_filter_is_downloaded_only_when_the_location_field_is_used(page, site_server) -> None:
    requested = []
    page.on("request", lambda request: requested.append(request.url.removeprefix(site_server.url).split("?")[0]))
    open_search(page, site_server.url)
    page.locator("#zoekterm").fill(frequent_word())
    page.locator("#zoekterm").press("Enter")
    wait_for_status(page)
    page.get_by_label("Communicatie", exact=False).first.check()
    page.wait_for_function("() => document.querySelector('#zoekstatus').textContent.includes('met de gekozen filters')")
    page.wait_for_load_state("networkidle")
    assert index_files(requested, COMPLAINTS_FILE) and not index_files(requested, LOCATIONS_FILE)
    assert page.locator("#zoeklocaties option").count() == 0

    page.locator("#zoeklocatie").focus()

    # A location as its page names it: with its label's short name (data/2024/verslag.yaml).
    rows = complaints()
    short = {"Partou B.V.": "Partou", "Smallsteps B.V.": "Smallsteps"}
    names = sorted({f"{name} ({short[label]})" if label else name for name, label in zip(rows["locatie"], rows["label"])})
    page.wait_for_function(f"() => document.querySelectorAll('#zoeklocaties option').length === {len(names)}")
    assert index_files(requested, LOCATIONS_FILE)
    assert sorted(page.locator("#zoeklocaties option").evaluate_all("options => options.map(option => option.value)")) == names


def test_a_location_typed_in_the_location_field_gives_its_complaints(page, site_server) -> None:
    rows = complaints()
    location = rows["locatie"].value_counts().index[0]
    open_search(page, site_server.url)
    page.locator("#zoeklocatie").fill(location)
    page.locator("#zoeklocatie").press("Enter")
    count = int((rows["locatie"] == location).sum())
    assert wait_for_status(page) == f"{count} klachten gevonden met de gekozen filters."
    assert sorted(volgnummer(link) for link in show_all(page)) == sorted(rows.loc[rows["locatie"] == location, "volgnummer"])


def test_with_filters_only_the_complaints_come_in_the_order_of_their_numbers(page, site_server) -> None:
    open_search(page, site_server.url, "?gegrond=Deels")
    wait_for_status(page)
    numbers = [volgnummer(link) for link in show_all(page)]
    assert numbers == sorted(numbers) and len(numbers) == int((complaints()["gegrond"] == "Deels").sum())


def test_when_the_index_cannot_be_loaded_the_page_says_so_and_points_to_the_lists(browser, site_server) -> None:
    # Not through `open_page`: the failed download is logged in the console, as it should be.
    context = browser.new_context()
    try:
        context.route("**/zoekindex/**", lambda route: route.fulfill(status=404, body="weg"))
        page = context.new_page()
        open_search(page, site_server.url)
        page.locator("#zoekterm").fill("luiers")
        page.locator("#zoekterm").press("Enter")
        page.wait_for_function("() => document.querySelector('#zoekstatus').textContent.startsWith('Zoeken lukt nu niet')")
        assert not page.locator("#zoekformulier").is_visible() and not page.locator("#zoekfilters").is_visible()
    finally:
        context.close()
