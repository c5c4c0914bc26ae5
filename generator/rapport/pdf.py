"""Print HTML to PDF with Debian's Chromium (through Playwright), and read back where things landed.

The page is loaded with JavaScript off and every request that is not a file: or data: URL is
blocked: the report is built from local data only and must not reach out to the network.
"""

from __future__ import annotations

import io
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from playwright.sync_api import Browser, Error as PlaywrightError, Route, sync_playwright
from pypdf import PdfReader

from generator.errors import GeneratorError

BROWSER_NAME = "chromium"
BROWSER_ARGUMENTS = (
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
)
LOCAL_SCHEMES = ("file:", "data:")


class BrowserMissing(GeneratorError):
    """Chromium is not installed, so no PDF can be printed."""

    def __init__(self) -> None:
        super().__init__(
            "Chromium is niet gevonden. Het PDF-verslag wordt met Chromium afgedrukt. "
            "Installeer het met: apt-get install chromium"
        )


class PrintFailed(GeneratorError):
    """Chromium could not print the report."""


def find_browser() -> Path:
    """Debian's Chromium on the PATH (/usr/bin/chromium)."""
    found = shutil.which(BROWSER_NAME)
    if found is None:
        raise BrowserMissing()
    return Path(found)


@contextmanager
def chromium(executable: Path) -> Iterator[Browser]:
    """One headless Chromium for all the prints of one report."""
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=str(executable), headless=True, args=list(BROWSER_ARGUMENTS))
            try:
                yield browser
            finally:
                browser.close()
    except PlaywrightError as error:
        raise PrintFailed(f"Chromium ({executable}) kon het verslag niet afdrukken: {error.message}") from error


def print_pdf(browser: Browser, html: str) -> bytes:
    """The HTML printed on A4 as set by its own @page rules, with bookmarks for the headings."""
    context = browser.new_context(java_script_enabled=False, offline=True)
    try:
        page = context.new_page()
        page.route("**/*", _local_only)
        page.set_content(html, wait_until="load")
        return page.pdf(prefer_css_page_size=True, print_background=True, outline=True, tagged=True)
    finally:
        context.close()


def _local_only(route: Route) -> None:
    if route.request.url.startswith(LOCAL_SCHEMES):
        route.continue_()
    else:
        route.abort("blockedbyclient")


def destination_pages(pdf: bytes) -> dict[str, int]:
    """The page (counted from 1, as the footer counts) of every element an internal link points
    to, by its id: Chromium writes each link target as a named destination."""
    reader = PdfReader(io.BytesIO(pdf))
    return {
        str(name).lstrip("/"): reader.get_destination_page_number(destination) + 1
        for name, destination in reader.named_destinations.items()
    }


def page_count(pdf: bytes) -> int:
    return len(PdfReader(io.BytesIO(pdf)).pages)
