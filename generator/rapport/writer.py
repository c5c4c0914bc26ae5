"""write_pdf(): a year as the printable annual report (the PDF), written only on success.

The table of contents and the A-Z list of locations give page numbers. Chromium decides where
pages break, so the report is printed once to learn on which page each section and location
starts, then again with those numbers filled in. The numbers sit in boxes of a fixed width, so
filling them in moves nothing; the second print is checked against itself all the same.
"""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from generator.dataset.writer import write_atomically
from generator.rapport.document import pdf_environment, pdf_html
from generator.rapport.own_output import mark_own_pdf
from generator.rapport.pdf import PrintFailed, chromium, destination_pages, find_browser, page_count, print_pdf, with_fixed_dates
from generator.view.context import YearContext

# The first print has no page numbers; the second has them and should need no third.
MAX_PRINTS = 3


@dataclass(frozen=True)
class PdfResult:
    pdf_path: Path
    pages: int
    size: int  # bytes


def write_pdf(year: YearContext, pdf_path: Path) -> PdfResult:
    """Print the PDF of a year to pdf_path. Raises BrowserMissing without Chromium, PrintFailed
    when printing fails; writes nothing then."""
    pdf = render_pdf(year, find_browser())
    # Marked, so that the next run may replace it and `rapport --uit` replaces nothing else.
    marked = mark_own_pdf(pdf)
    write_atomically(pdf_path, marked)
    return PdfResult(pdf_path, page_count(marked), len(marked))


def render_pdf(year: YearContext, browser: Path) -> bytes:
    """The PDF as bytes, dated with the report's date. Playwright's sync API refuses to run in a
    thread with a running asyncio loop (a caller that drives a browser of its own has one), so it
    runs in a thread of its own."""
    with ThreadPoolExecutor(max_workers=1) as worker:
        pdf = worker.submit(_print_until_stable, year, browser).result()
    return with_fixed_dates(pdf, year.report.date)


def _print_until_stable(year: YearContext, browser: Path) -> bytes:
    environment = pdf_environment()
    page_numbers: dict[str, int] = {}
    with chromium(browser) as session:
        for _ in range(MAX_PRINTS):
            pdf = print_pdf(session, pdf_html(year, page_numbers, environment))
            landed = destination_pages(pdf)
            if landed == page_numbers:
                return pdf
            page_numbers = landed
    raise PrintFailed(f"de paginanummers in de inhoudsopgave liggen na {MAX_PRINTS} keer afdrukken nog niet vast")
