"""What the tests of Zoeken en filteren share: opening the page, waiting for a search, listing
every result, and figures computed from the data (never copied from it)."""

from __future__ import annotations

import gzip
import re
from collections import Counter
from functools import lru_cache
from pathlib import Path

import cbor2

from generator.dataset.dataset import load_dataset
from site_builder import ROOT

STATUS = "#zoekstatus"
RESULT_LINKS = "#zoekresultaten li .zoeken__kop a"
PAGEFIND_SIGNATURE = b"pagefind_dcd"


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


def filter_files(site_root: Path, name: str) -> list[str]:
    """The addresses (below the site root) of the Pagefind files that hold the values of filter
    `name`: one per part of the index."""
    found = []
    for path in sorted((site_root / "pagefind").rglob("filter/*.pf_filter")):
        data = gzip.decompress(path.read_bytes())
        assert data.startswith(PAGEFIND_SIGNATURE)
        if cbor2.loads(data[len(PAGEFIND_SIGNATURE):])[0] == name:
            found.append("/" + path.relative_to(site_root).as_posix())
    return found


def shown_counts(page, name: str) -> dict[str, int]:
    """The counts beside the filters of `name`, by value."""
    return page.locator(f".zoeken__aantal[data-filter={name}]").evaluate_all(
        "labels => Object.fromEntries(labels.map(label => [label.dataset.waarde, Number(label.textContent.replace(/[()]/g, ''))]))"
    )
