"""write_report_pdf(): the year's data as the printable annual report, written only on success.

The table of contents and the A-Z list of locations give page numbers. Chromium decides where
pages break, so the report is printed once to learn on which page each section and location
starts, then again with those numbers filled in. The numbers sit in boxes of a fixed width, so
filling them in moves nothing; the second print is checked against itself all the same.
"""

from __future__ import annotations

import os
import tempfile
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from generator.dataset.dataset import load_dataset
from generator.privacy import refuse_unreviewed
from generator.rapport.document import build_report_html, make_report_environment
from generator.rapport.own_output import mark_own_report
from generator.rapport.pdf import PrintFailed, chromium, destination_pages, find_browser, page_count, print_pdf, with_fixed_dates
from generator.site.context import SiteContext, generate_context
from generator.site.downloads import report_pdf_name

# The first print has no page numbers; the second has them and should need no third.
MAX_PRINTS = 3
PUBLIC_FILE_MODE = 0o644


@dataclass(frozen=True)
class ReportResult:
    pdf_path: Path
    pages: int
    size: int  # bytes
    title: str  # the report's title, from verslag.yaml


def default_pdf_name(year: int) -> str:
    return report_pdf_name(year)


def write_report_pdf(data_folder: Path, pdf_path: Path, browser: Path | None = None, check_privacy: bool = True) -> ReportResult:
    """Print the report of one year folder to pdf_path. Raises DataInvalid for bad data,
    PrivacyNotReviewed while the privacy check has unreviewed findings (as the site build does),
    BrowserMissing without Chromium, PrintFailed when printing fails; writes nothing then."""
    dataset = load_dataset(data_folder)
    if check_privacy:
        refuse_unreviewed(dataset)
    site = generate_context(dataset)
    pdf = render_report_pdf(site, browser or find_browser())
    # Marked, so that the next run may replace it and `rapport --uit` replaces nothing else.
    marked = mark_own_report(pdf)
    write_atomically(pdf_path, marked)
    return ReportResult(pdf_path, page_count(marked), len(marked), site.report.title)


def render_report_pdf(site: SiteContext, browser: Path) -> bytes:
    """The PDF as bytes, dated with the report's date. Playwright's sync API refuses to run in a
    thread with a running asyncio loop (a caller that drives a browser of its own has one), so it
    runs in a thread of its own."""
    with ThreadPoolExecutor(max_workers=1) as worker:
        pdf = worker.submit(_print_until_stable, site, browser).result()
    return with_fixed_dates(pdf, site.report.date)


def _print_until_stable(site: SiteContext, browser: Path) -> bytes:
    environment = make_report_environment()
    page_numbers: dict[str, int] = {}
    with chromium(browser) as session:
        for _ in range(MAX_PRINTS):
            pdf = print_pdf(session, build_report_html(site, page_numbers, environment))
            landed = destination_pages(pdf)
            if landed == page_numbers:
                return pdf
            page_numbers = landed
    raise PrintFailed(f"de paginanummers in de inhoudsopgave liggen na {MAX_PRINTS} keer afdrukken nog niet vast")


def write_atomically(path: Path, content: bytes) -> None:
    """Write next to the target and rename into place, so a failed write leaves no half file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as file:
            file.write(content)
        # mkstemp makes the file private; the report is public, like the site.
        os.chmod(temporary, PUBLIC_FILE_MODE)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
