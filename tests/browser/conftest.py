"""A real browser against the built site: Debian's Chromium driven by Playwright, the site served
on 127.0.0.1 by a server these fixtures start and stop, as a static host serves it: with the
headers of the site's own `_headers` file (the Content-Security-Policy among them), its .gz
copies and its 404 page (tests/hosting_server.py).

Every page a test opens is watched: a request to any other host is blocked and recorded, and so is
every console error, uncaught script error and Content-Security-Policy violation. After each test
the `open_page` fixture (and so the `page` fixture) fails the test when any page it opened has
something on one of these lists.
"""

from __future__ import annotations

import os
import shutil
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlparse

import pytest

from browsing import DESKTOP
from hosting_server import server_of

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


site_server = server_of("real_site", scope="session")




fixture_server = server_of("fixture_site", scope="session")


hostile_server = server_of("hostile_site", scope="session")


@pytest.fixture(scope="session")
def browser():
    executable = chromium_or_skip()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=executable, headless=True, args=CHROMIUM_ARGS)
        yield launched
        launched.close()


# Reports each Content-Security-Policy violation of a page through the console, where `Watch`
# collects it (Chromium also logs its own error for most, not for all, of them).
CSP_VIOLATION = "CSP-overtreding: "
REPORT_CSP_VIOLATIONS = (
    "document.addEventListener('securitypolicyviolation', event => console.warn("
    f"{CSP_VIOLATION!r} + event.effectiveDirective + ' ' + event.blockedURI + ' ' + event.sourceFile + ':' + event.lineNumber));"
)


def is_the_404_page_itself(message, page) -> bool:
    """Chromium logs the 404 status of a page it shows (the site's 404 page) as an error."""
    return "status of 404" in message.text and message.location.get("url") == page.url


@dataclass
class Watch:
    other_hosts: list[str] = field(default_factory=list)
    console_errors: list[str] = field(default_factory=list)
    page_errors: list[str] = field(default_factory=list)
    csp_violations: list[str] = field(default_factory=list)

    def problems(self) -> list[str]:
        return (
            [f"request to another host: {url}" for url in self.other_hosts]
            + [f"console error: {text}" for text in self.console_errors]
            + [f"script error: {text}" for text in self.page_errors]
            + [f"Content-Security-Policy violation: {text}" for text in self.csp_violations]
        )

    def on_console(self, message, page) -> None:
        if message.text.startswith(CSP_VIOLATION):
            self.csp_violations.append(f"{message.text.removeprefix(CSP_VIOLATION)} (on {page.url})")
        elif message.type == "error" and not is_the_404_page_itself(message, page):
            self.console_errors.append(f"{message.text} (on {page.url})")


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
    context.add_init_script(REPORT_CSP_VIOLATIONS)
    page.on("console", lambda message: watch.on_console(message, page))
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
