"""What a visitor's browser downloads, measured with Playwright and Debian's Chromium:

- the first visit to the home page (empty cache), by kind: HTML, CSS, JavaScript, search, fonts,
  images, other;
- the 'Zoeken en filteren' page: the files of its search index for the first query (the page
  loads what every search needs, then searches) and then for a second, different query. The
  index is in /zoekindex/ (our own, since 2026-11-29) or /pagefind/ (Pagefind, before), so that
  an older checkout is measured the same way.

Each response is counted twice: its body as the browser uses it ('bytes') and as it came over the
wire ('transfer_bytes', gzipped by the server for text, as a real host does).
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from playwright.sync_api import Browser, BrowserContext, Page, Request, sync_playwright

CHROMIUM = "/usr/bin/chromium"
LAUNCH_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"]
QUIET_SECONDS = 0.7  # no request under way for this long: the page has fetched what it needs
WAIT_SECONDS = 60
SEARCH_QUERIES = ("wachtlijst", "luiers")  # words of real complaints, so also of synthetic ones
# Our index and its search engine (loaded with the page, counted with the first query as
# Pagefind's code was), or Pagefind's.
INDEX_PATHS = ("/zoekindex/", "/assets/zoekindex.js", "/pagefind/")
HEADER_SEARCH_PATH = "/search/"


@dataclass(frozen=True)
class Transfer:
    url: str
    kind: str
    bytes: int
    transfer_bytes: int


@contextmanager
def chromium() -> Iterator[Browser]:
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=LAUNCH_ARGS)
        try:
            yield browser
        finally:
            browser.close()


class NetworkLog:
    """Every request of a browser context (pages and their workers) and whether it has finished."""

    def __init__(self, context: BrowserContext):
        self.requests: list[Request] = []
        self._pending: set[Request] = set()
        self._last_change = time.monotonic()
        context.on("request", self._started)
        context.on("requestfinished", self._ended)
        context.on("requestfailed", self._ended)

    def _started(self, request: Request) -> None:
        self.requests.append(request)
        self._pending.add(request)
        self._last_change = time.monotonic()

    def _ended(self, request: Request) -> None:
        self._pending.discard(request)
        self._last_change = time.monotonic()

    def wait_until_quiet(self, page: Page) -> None:
        deadline = time.monotonic() + WAIT_SECONDS
        while self._pending or time.monotonic() - self._last_change < QUIET_SECONDS:
            if time.monotonic() > deadline:
                raise TimeoutError(f"requests still under way after {WAIT_SECONDS} s: {[request.url for request in self._pending]}")
            page.wait_for_timeout(100)  # lets Playwright deliver the network events

    def transfers(self, since: int = 0) -> list[Transfer]:
        return [transfer for request in self.requests[since:] if (transfer := _transfer(request)) is not None]


def _transfer(request: Request) -> Transfer | None:
    response = request.response()
    if response is None:
        return None
    try:
        body = len(response.body())
    except Exception:  # a redirect or an aborted response has no body to count
        body = 0
    return Transfer(request.url, _kind(request), body, request.sizes()["responseBodySize"])


def _kind(request: Request) -> str:
    url = request.url.split("?")[0]
    if is_search_index(url) or HEADER_SEARCH_PATH in url:
        return "search"
    kinds = {"document": "html", "stylesheet": "css", "script": "js", "font": "fonts", "image": "images"}
    if request.resource_type in kinds:
        return kinds[request.resource_type]
    return "js" if url.endswith(".js") else "other"


def totals(transfers: list[Transfer]) -> dict[str, object]:
    by_kind: dict[str, dict[str, int]] = {}
    for transfer in transfers:
        kind = by_kind.setdefault(transfer.kind, {"requests": 0, "bytes": 0, "transfer_bytes": 0})
        kind["requests"] += 1
        kind["bytes"] += transfer.bytes
        kind["transfer_bytes"] += transfer.transfer_bytes
    return {
        "requests": len(transfers),
        "bytes": sum(transfer.bytes for transfer in transfers),
        "transfer_bytes": sum(transfer.transfer_bytes for transfer in transfers),
        "by_kind": dict(sorted(by_kind.items())),
    }


def is_search_index(url: str) -> bool:
    return any(path in url for path in INDEX_PATHS)


# What each file of the index holds, by a part of its address. Our own index (generator/site/
# search_index.py): the filters of every record, the location filter, the words by their first
# letters, the records of each stem, and one file per result shown. Pagefind's: its code, the
# index of all records (one line per record), the filter values, the words in chunks, and one
# file per result shown. The first kind with a piece in the address counts: Pagefind's code comes
# last, as the name of its metadata file starts like that of its code.
INDEX_FILES = (
    ("code (zoekindex.js)", ("/assets/zoekindex.js",)),
    ("entry (index.json)", ("/zoekindex/index.json",)),
    ("filters of every record (klachten.json)", ("/klachten.json",)),
    ("location filter (locaties.json)", ("/locaties.json",)),
    ("words (woorden/)", ("/woorden/",)),
    ("stems (stammen/)", ("/stammen/",)),
    ("results (klacht/)", ("/klacht/",)),
    ("records (pf_meta)", (".pf_meta",)),
    ("filters (pf_filter)", (".pf_filter",)),
    ("words (pf_index)", (".pf_index",)),
    ("results (pf_fragment)", (".pf_fragment",)),
    ("code", ("/pagefind/pagefind", ".pagefind", "pagefind-entry.json")),
)


def by_index_file(transfers: list[Transfer]) -> dict[str, dict[str, int]]:
    """The downloads of the search index by kind of file (INDEX_FILES; anything else is 'other')."""
    parts: dict[str, dict[str, int]] = {}
    for transfer in transfers:
        path = transfer.url.split("?")[0]
        name = next((name for name, pieces in INDEX_FILES if any(piece in path for piece in pieces)), "other")
        part = parts.setdefault(name, {"requests": 0, "transfer_bytes": 0})
        part["requests"] += 1
        part["transfer_bytes"] += transfer.transfer_bytes
    return {name: parts[name] for name, _ in (*INDEX_FILES, ("other", ())) if name in parts}


def first_visit(browser: Browser, base_url: str, path: str = "/") -> dict[str, object]:
    """Everything a first visit to `path` downloads, with an empty cache."""
    context = browser.new_context()
    try:
        log = NetworkLog(context)
        page = context.new_page()
        page.goto(base_url + path, wait_until="load")
        log.wait_until_quiet(page)
        return totals(log.transfers())
    finally:
        context.close()


def search_payload(browser: Browser, base_url: str, queries: tuple[str, str] = SEARCH_QUERIES) -> dict[str, object]:
    """The search index downloads of the search page: loading it and the first query, then a second query."""
    context = browser.new_context()
    try:
        log = NetworkLog(context)
        page = context.new_page()
        page.goto(f"{base_url}/zoeken/", wait_until="load")
        page.wait_for_selector("#zoeken:not([hidden])", timeout=WAIT_SECONDS * 1000)
        results = {}
        start = 0
        for number, query in enumerate(queries, 1):
            found = _search(page, log, query)
            index = [transfer for transfer in log.transfers(start) if is_search_index(transfer.url)]
            results[f"query_{number}"] = {"query": query, "results": found, **totals(index), "by_file": by_index_file(index)}
            start = len(log.requests)
        return results
    finally:
        context.close()


def _search(page: Page, log: NetworkLog, query: str) -> int:
    """Search for `query` as a visitor does and wait until its first results are shown; the number found."""
    page.fill("#zoekterm", query)
    page.press("#zoekterm", "Enter")
    status = page.locator("#zoekstatus")
    page.wait_for_function(
        "query => document.querySelector('#zoekstatus').textContent.includes('\u201c' + query + '\u201d')", arg=query, timeout=WAIT_SECONDS * 1000
    )
    log.wait_until_quiet(page)
    return int(status.text_content().split()[0])
