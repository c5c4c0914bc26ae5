"""What the tests of Zoeken en filteren share: opening the page, waiting for a search, listing
every result, and figures computed from the data (never copied from it)."""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from generator.dataset.dataset import load_dataset
from site_builder import ROOT

STATUS = "#zoekstatus"
RESULT_LINKS = "#zoekresultaten li .zoeken__kop a"
# Where the site keeps its index, and in it the values of the location filter
# (generator/site/search_index.py).
# (generator/site/search_index.py): the files are in a folder named after their content.
INDEX = "/zoekindex/"
LOCATIONS_FILE = "/locaties.json"
COMPLAINTS_FILE = "/klachten.json"


def index_files(requested: list[str], name: str) -> list[str]:
    """The requests among `requested` (addresses) for the index's file `name` ("/klachten.json")."""
    return [address for address in requested if INDEX in address and address.endswith(name)]


@lru_cache(maxsize=1)
def complaints():
    return load_dataset(ROOT / "data" / "2024").complaints


def wait_for_status(page, starting_with: str = "") -> str:
    """The status once a search has finished; with `starting_with`, once it says that (every
    change of a filter starts a new search, and the last one decides)."""
    page.wait_for_function(
        "start => { const text = document.querySelector('#zoekstatus').textContent; return text.includes('gevonden') && text.startsWith(start); }",
        arg=starting_with, timeout=15000,
    )
    return page.locator(STATUS).inner_text()


def open_search(page, base_url: str, query: str = "") -> None:
    page.goto(f"{base_url}/zoeken/{query}")
    page.wait_for_selector("#zoeken:not([hidden])")


def expected_count(category: str, gegrond: str) -> int:
    rows = complaints()
    return int(((rows["categorie"] == category) & (rows["gegrond"] == gegrond)).sum())


def frequent_word() -> str:
    """A word that many complaints use: the most frequent word of at least eight letters."""
    words = Counter(word for text in complaints()["omschrijving"] for word in re.findall(r"[a-zà-ÿ]{8,}", text.lower()))
    return words.most_common(1)[0][0]


def show_all(page) -> list[str]:
    """Click "Toon meer klachten" until every result is listed; the result links."""
    total = int(re.match(r"\d+", page.locator(STATUS).inner_text())[0])
    while page.locator("#zoekmeer").is_visible():
        page.locator("#zoekmeer").click()
    page.wait_for_function(f"() => document.querySelectorAll('#zoekresultaten li').length === {total}")
    return page.locator(RESULT_LINKS).evaluate_all("links => links.map(link => link.getAttribute('href'))")


def volgnummer(href: str) -> int:
    return int(re.search(r"#klacht-\d{4}-(\d+)$", href)[1])


def shown_counts(page, name: str) -> dict[str, int]:
    """The counts beside the filters of `name`, by value."""
    return page.locator(f".zoeken__aantal[data-filter={name}]").evaluate_all(
        "labels => Object.fromEntries(labels.map(label => [label.dataset.waarde, Number(label.textContent.replace(/[()]/g, ''))]))"
    )
