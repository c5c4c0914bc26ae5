"""Print HTML to PDF with Debian's Chromium (through Playwright), and read back where things landed.

The page is loaded with JavaScript off and every request that is not a file: or data: URL is
blocked: the report is built from local data only and must not reach out to the network.
"""

from __future__ import annotations

import datetime as dt
import io
import re
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
# The dates in the PDF's document information dictionary, as Skia (Chromium's PDF writer) writes
# them: `/CreationDate (D:20261129111120+00'00')`. Skia writes no document ID, no XMP metadata
# and nothing else that changes from one print to the next.
DATE_KEYS = (b"CreationDate", b"ModDate")
DATE_ENTRY = re.compile(rb"/(" + b"|".join(DATE_KEYS) + rb") \((D:[0-9+\-Z']*)\)")


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


def with_fixed_dates(pdf: bytes, date: dt.date) -> bytes:
    """The PDF with its creation and modification date set to `date` (midnight UTC, the moment
    the site's build date stands for) instead of the moment Chromium printed it, so that the same
    data gives the same bytes. Each date is overwritten in place by one of the same width, so
    every byte offset in the cross-reference table stays right."""
    stamp = pdf_date(date)
    start, end = _information_dictionary(pdf)
    information = pdf[start:end]
    entries = list(DATE_ENTRY.finditer(information))
    if sorted(entry.group(1) for entry in entries) != sorted(DATE_KEYS) or any(len(entry.group(2)) != len(stamp) for entry in entries):
        raise _unexpected_dates()
    fixed = DATE_ENTRY.sub(lambda entry: b"/" + entry.group(1) + b" (" + stamp + b")", information)
    return pdf[:start] + fixed + pdf[end:]


def pdf_date(date: dt.date) -> bytes:
    """A date in PDF's notation (ISO 32000-1, 7.9.4), at midnight UTC: D:20250531000000+00'00'."""
    return f"D:{date:%Y%m%d}000000+00'00'".encode("ascii")


def _information_dictionary(pdf: bytes) -> tuple[int, int]:
    """Where the document information object starts, and where its `endobj` is."""
    reader = PdfReader(io.BytesIO(pdf))
    reference = reader.trailer.raw_get("/Info") if "/Info" in reader.trailer else None
    start = reader.xref.get(reference.generation, {}).get(reference.idnum) if reference is not None else None
    end = pdf.find(b"endobj", start) if start is not None else -1
    if end < 0:
        raise _unexpected_dates()
    return start, end


def _unexpected_dates() -> PrintFailed:
    # Only a new version of Chromium could cause this; it must not pass unnoticed.
    return PrintFailed("Chromium schreef de datums in de PDF (/CreationDate en /ModDate) niet op de verwachte manier; de PDF is niet gemaakt.")
