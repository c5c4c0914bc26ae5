"""A real browser against the built site: Debian's Chromium driven by Playwright, the site served
on 127.0.0.1 by a server these fixtures start and stop.

Every page a test opens is watched: a request to any other host is blocked and recorded, and so is
every console error and uncaught script error. After each test the `open_page` fixture (and so the
`page` fixture) fails the test when any page it opened has something on either list.
"""

from __future__ import annotations

import functools
import os
import shutil
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlparse

import pytest

from browsing import DESKTOP
from site_builder import ROOT

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def chromium_or_skip() -> str:
    """The browser path; without it the tests are skipped on a developer machine, failed in CI."""
    path = shutil.which("chromium") or (CHROMIUM if Path(CHROMIUM).exists() else None)
    if path:
        return path
    reason = "Chromium ontbreekt: installeer Debian's pakket 'chromium' (apt-get install chromium) om de browsertests te draaien"
    if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
        pytest.fail(f"{reason}; in CI mag een browsertest niet overgeslagen worden.")
    pytest.skip(reason)


class QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format, *args):  # noqa: A002 - the signature is http.server's
        pass


@dataclass
class SiteServer:
    root: Path
    url: str
    server: ThreadingHTTPServer


def serve(root: Path) -> SiteServer:
    handler = functools.partial(QuietHandler, directory=str(root))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return SiteServer(root, f"http://127.0.0.1:{server.server_address[1]}", server)


@contextmanager
def serving(root: Path) -> Iterator[SiteServer]:
    running = serve(root)
    try:
        yield running
    finally:
        running.server.shutdown()
        running.server.server_close()


@pytest.fixture(scope="session")
def site_server(real_site: Path):
    with serving(real_site) as running:
        yield running


@pytest.fixture(scope="session")
def parted_site(real_site: Path, tmp_path_factory) -> Path:
    """The 2024 site with its search index in three parts, as a year of more than
    RECORDS_PER_PART complaints has it (generator/site/pagefind_index.py)."""
    from generator.dataset.dataset import load_dataset
    from generator.site.context import generate_context
    from generator.site.environment import make_environment
    from generator.site.pagefind_index import write_pagefind_index
    from generator.site.search_records import search_records

    site = tmp_path_factory.mktemp("delen") / "site"
    shutil.copytree(real_site, site)
    records = search_records(generate_context(load_dataset(ROOT / "data" / "2024")))
    write_pagefind_index(records, site, make_environment(None), records_per_part=-(-len(records) // 3))
    return site


@pytest.fixture(scope="session")
def parted_server(parted_site: Path):
    with serving(parted_site) as running:
        yield running


@pytest.fixture(scope="session")
def fixture_server(fixture_site: Path):
    with serving(fixture_site) as running:
        yield running


@pytest.fixture(scope="session")
def hostile_server(hostile_site: Path):
    with serving(hostile_site) as running:
        yield running


@pytest.fixture(scope="session")
def browser():
    executable = chromium_or_skip()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=executable, headless=True, args=CHROMIUM_ARGS)
        yield launched
        launched.close()


@dataclass
class Watch:
    other_hosts: list[str] = field(default_factory=list)
    console_errors: list[str] = field(default_factory=list)
    page_errors: list[str] = field(default_factory=list)

    def problems(self) -> list[str]:
        return (
            [f"request to another host: {url}" for url in self.other_hosts]
            + [f"console error: {text}" for text in self.console_errors]
            + [f"script error: {text}" for text in self.page_errors]
        )


def watched_page(browser, *, java_script: bool = True, viewport: dict | None = None):
    """A new page that blocks and records requests to other hosts and records console errors,
    each with the address of the page it was on."""
    context = browser.new_context(java_script_enabled=java_script, viewport=viewport or DESKTOP)
    page = context.new_page()
    watch = Watch()

    def route(request_route):
        host = urlparse(request_route.request.url).hostname
        if host not in ("127.0.0.1", None) and not request_route.request.url.startswith(("data:", "blob:")):
            watch.other_hosts.append(f"{request_route.request.url} (on {page.url})")
            return request_route.abort()
        return request_route.continue_()

    # On the context, not the page: the search runs in a web worker, whose requests count too.
    context.route("**/*", route)
    page.on("console", lambda message: watch.console_errors.append(f"{message.text} (on {page.url})") if message.type == "error" else None)
    page.on("pageerror", lambda error: watch.page_errors.append(f"{error} (on {page.url})"))
    return context, page, watch


@pytest.fixture
def open_page(browser):
    """Opens watched pages (`open_page(viewport=PHONE, java_script=False)`), each with its Watch as
    `page.watch`; after the test, no page may have asked another host or logged an error."""
    opened = []

    def open_(*, java_script: bool = True, viewport: dict | None = None):
        context, new_page, watch = watched_page(browser, java_script=java_script, viewport=viewport)
        new_page.watch = watch
        opened.append((context, new_page))
        return new_page

    yield open_
    problems = [problem for _, new_page in opened for problem in new_page.watch.problems()]
    for context, _ in opened:
        context.close()
    assert problems == [], "\n".join(problems)


@pytest.fixture
def page(open_page):
    return open_page()
