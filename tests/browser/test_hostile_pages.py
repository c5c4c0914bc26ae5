"""A hostile value in every field of every table and of every verslag.yaml text
(tests/fixtures/hostile), in a real browser, on every kind of page and in both searches: no
dialog opens, no element has an event attribute, no link or resource has a javascript:, data: or
vbscript: address, nothing is asked of another host (the `open_page` fixture fails the test on
that), and <title> and <meta name="description"> hold the values as text.
"""

from __future__ import annotations

import pytest

from browsing import search_for
from generator.dataset.dataset import load_dataset
from generator.view.context import generate_context
from site_builder import ROOT

HOSTILE = ROOT / "tests" / "fixtures" / "hostile" / "data" / "2024"

# Everything on a page that could run or load something: event attributes, script addresses in
# any URL attribute (as the browser resolves links), elements the site never uses, inline
# scripts other than Material's own, and every <title> and <meta> in the head.
INSPECT = """() => {
  const found = [];
  const urlAttributes = ["href", "src", "action", "formaction", "data", "poster", "srcset", "xlink:href", "background", "cite", "ping"];
  const badScheme = value => /^(javascript|vbscript|data):/i.test(value.replace(/[\\u0000-\\u0020\\u007f]+/g, ""));
  for (const element of document.querySelectorAll("*")) {
    for (const attribute of element.attributes) {
      const name = attribute.name.toLowerCase();
      if (name.startsWith("on")) found.push(`${element.tagName} has ${name}`);
      if (urlAttributes.includes(name) && badScheme(attribute.value)) found.push(`${element.tagName} ${name}=${attribute.value}`);
    }
  }
  for (const link of document.querySelectorAll("a[href], area[href]")) {
    if (!["http:", "https:", "mailto:"].includes(new URL(link.href, document.baseURI).protocol)) found.push(`link to ${link.href}`);
  }
  for (const element of document.querySelectorAll("img, iframe, frame, object, embed, textarea, base")) found.push(`element ${element.tagName}`);
  for (const script of document.scripts) if (!script.src && script.textContent.includes("alert(")) found.push("inline script with alert(");
  return found;
}"""
HEAD = """() => ({
  title: document.title,
  titles: document.head.querySelectorAll("title").length,
  description: (document.querySelector("meta[name=description]") || {}).content,
  head: [...document.head.children].map(element => element.tagName),
})"""


def text_of(value: str) -> str:
    return " ".join(str(value).split())


@pytest.fixture(scope="module")
def hostile():
    dataset = load_dataset(HOSTILE)
    return dataset, generate_context(dataset)


def page_kinds(site) -> dict[str, str]:
    location = next(location for location in site.locations if location.name.startswith("locatie "))
    return {
        "home": "/", "locaties": "/locaties/", "locatie": f"/locaties/{location.slug}/",
        "categorieen": "/categorieen/", "categorie": "/categorieen/communicatie/", "geschillen": "/geschillen/",
        "verslag": "/verslag/", "cijfers-lezen": "/verslag/cijfers-lezen/", "afstemming": "/verslag/afstemming/",
        "voorwoord": "/verslag/voorwoord/", "klachtenprocedure": "/verslag/klachtenprocedure/", "nawoord": "/verslag/nawoord/",
        "data": "/data/", "zoeken": "/zoeken/", "toegankelijkheid": "/toegankelijkheid/", "404": "/404.html",
    }


def watch_dialogs(page) -> list[str]:
    dialogs: list[str] = []

    def dismiss(dialog) -> None:
        dialogs.append(f"{dialog.type}: {dialog.message} (on {page.url})")
        dialog.dismiss()

    page.on("dialog", dismiss)
    return dialogs


def inspect(page) -> list[str]:
    return page.evaluate(INSPECT)


KINDS = ["home", "locaties", "locatie", "categorieen", "categorie", "geschillen", "verslag", "cijfers-lezen", "afstemming",
         "voorwoord", "klachtenprocedure", "nawoord", "data", "zoeken", "toegankelijkheid", "404"]


@pytest.mark.parametrize("kind", KINDS)
def test_every_page_kind_runs_nothing_from_the_data(open_page, hostile_server, hostile, kind: str) -> None:
    dataset, site = hostile
    page = open_page()
    dialogs = watch_dialogs(page)
    page.goto(f"{hostile_server.url}{page_kinds(site)[kind]}")
    page.wait_for_load_state("networkidle")
    assert inspect(page) == []
    head = page.evaluate(HEAD)
    assert head["title"].endswith(f" - {text_of(dataset.report.title)}") or head["title"] == text_of(dataset.report.title), head
    assert head["titles"] == 1
    assert set(head["head"]) <= {"META", "LINK", "TITLE", "SCRIPT", "STYLE"}, head["head"]
    assert page.locator(".md-header__topic .md-ellipsis").first.inner_text().strip() == text_of(dataset.report.title)
    assert dialogs == []


def test_title_and_description_of_a_location_are_its_values_as_text(open_page, hostile_server, hostile) -> None:
    dataset, site = hostile
    location = next(location for location in site.locations if location.name.startswith("locatie "))
    page = open_page()
    page.goto(f"{hostile_server.url}/locaties/{location.slug}/")
    head = page.evaluate(HEAD)
    assert head["title"] == f"Klachten 2024 over {text_of(location.distinct_name)} - {text_of(dataset.report.title)}"
    assert head["description"].startswith(f"1 klacht in 2024 over {text_of(location.distinct_name)}. ")
    assert page.locator("article h1").inner_text().replace("¶", "").strip() == text_of(location.distinct_name)


def test_the_header_search_shows_hostile_results_as_text(open_page, hostile_server, hostile) -> None:
    page = open_page()
    dialogs = watch_dialogs(page)
    page.goto(f"{hostile_server.url}/")
    links = search_for(page, "onmouseover")
    assert links, "the header search found nothing"
    page.locator(".md-search-result__more summary").evaluate_all("summaries => summaries.forEach(summary => summary.click())")
    assert inspect(page) == []
    results = page.locator(".md-search-result").inner_text()
    assert "<script>" in results  # the values show as the letters they are
    # A result opens its page with the search words to highlight (?h=...): nothing runs there either.
    page.locator(".md-search-result__item a.md-search-result__link").first.click()
    page.wait_for_url("**?h=*")
    page.wait_for_load_state("networkidle")
    assert inspect(page) == []
    assert dialogs == []


def test_search_and_filter_shows_hostile_results_and_filters_as_text(open_page, hostile_server, hostile) -> None:
    dataset, site = hostile
    [(label, label_name)] = dataset.report.vocabulary.labels.items()
    with_label = int((dataset.complaints["label"] == label).sum())
    page = open_page()
    dialogs = watch_dialogs(page)
    page.goto(f"{hostile_server.url}/zoeken/?zoek=onmouseover")
    page.wait_for_selector("#zoekresultaten li a", timeout=15000)
    assert inspect(page) == []
    assert "<script>" in page.locator("#zoekresultaten").inner_text()
    # The hostile label is a filter like any other, shown as text and counted from the index.
    # Choosing it runs nothing, and finds its complaints.
    page.goto(f"{hostile_server.url}/zoeken/")
    page.wait_for_selector("#zoekformulier:not([hidden])")
    box = page.locator("input[name=label]").nth(1)
    assert box.get_attribute("value") == text_of(label_name)
    page.wait_for_function(
        "count => document.querySelectorAll('.zoeken__aantal[data-filter=label]')[1].textContent === `(${count})`", arg=with_label, timeout=15000,
    )
    assert box.locator("xpath=..").inner_text().strip() == f"{text_of(label_name)} ({with_label})"
    box.check()
    page.wait_for_function("() => document.querySelector('#zoekstatus').textContent.includes('gevonden')", timeout=15000)
    assert page.locator("#zoekstatus").inner_text().startswith(f"{with_label} klacht")
    page.locator("#zoeklocatie").fill(text_of(site.locations[0].name)[:10])
    assert inspect(page) == []
    assert dialogs == []
