"""The printable annual report: the PDF of the real 2024 data says what the data says.

The PDF is printed once for this module (Chromium takes a few seconds) and read back with pypdf;
the tests that read it are marked browser and slow.
Text extraction breaks lines wherever the PDF does, so texts are compared without whitespace.
"""

from __future__ import annotations

import contextlib
import csv
import dataclasses
import datetime as dt
import io
import os
import re
import shutil
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from pypdf import PdfReader

from generator.cli import main
from generator.dataset.dataset import load_dataset
from generator.dutch import format_number
from generator.rapport import BrowserMissing, PrintFailed, write_pdf
from generator.rapport.document import css_string, pdf_html
from generator.rapport.pdf import with_fixed_dates
from generator.view.context import generate_context

ROOT = Path(__file__).resolve().parents[1]
DATA_2024 = ROOT / "data" / "2024"
HOSTILE = ROOT / "tests" / "fixtures" / "site" / "data" / "2024"
TITLE = "Klachtenjaarverslag Partou kinderopvang 2024"
BROWSER_MISSING = (
    "fout: Chromium is niet gevonden. Het PDF-verslag wordt met Chromium afgedrukt. "
    "Installeer het met: apt-get install chromium\n"
)


def require_chromium() -> None:
    if shutil.which("chromium") is not None:
        return
    reason = "Chromium ontbreekt (apt-get install chromium): het PDF-verslag kan niet worden afgedrukt"
    if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
        pytest.fail(reason)
    pytest.skip(reason)


def squeeze(text: str) -> str:
    return "".join(text.split())


@dataclasses.dataclass(frozen=True)
class PrintedReport:
    path: Path
    output: str  # what the command printed
    pages: list[str]  # text per page

    def page_with(self, text: str, after: int = 0) -> int:
        """The first page (counted from 1) after page `after` whose text contains `text`."""
        wanted = squeeze(text)
        for number, page in enumerate(self.pages[after:], start=after + 1):
            if wanted in squeeze(page):
                return number
        raise AssertionError(f"{text!r} staat op geen enkele pagina na pagina {after}")


@pytest.fixture(scope="module")
def printed(tmp_path_factory: pytest.TempPathFactory) -> PrintedReport:
    """The 2024 report, printed once through the command."""
    require_chromium()
    path = tmp_path_factory.mktemp("rapport") / "verslag.pdf"
    output = io.StringIO()
    with contextlib.redirect_stdout(output):
        assert main(["rapport", "--data", str(ROOT / "data"), "--jaar", "2024", "--uit", str(path)]) == 0
    reader = PdfReader(path)
    return PrintedReport(path, output.getvalue(), [page.extract_text() for page in reader.pages])


@pytest.fixture(scope="module")
def records() -> list[dict[str, str]]:
    with open(DATA_2024 / "klachten.csv", encoding="utf-8", newline="") as file:
        return list(csv.DictReader(file))


@pytest.mark.browser
@pytest.mark.slow
def test_the_command_says_where_the_report_is_and_how_big(printed: PrintedReport) -> None:
    kilobytes = format_number(round(printed.path.stat().st_size / 1024))
    assert printed.output == f"{TITLE}: {printed.path} ({len(printed.pages)} pagina's, {kilobytes} kB)\n"


@pytest.mark.browser
@pytest.mark.slow
def test_only_the_pdf_is_written(printed: PrintedReport) -> None:
    assert [path.name for path in printed.path.parent.iterdir()] == ["verslag.pdf"]
    assert printed.path.read_bytes().startswith(b"%PDF-")


@pytest.mark.browser
@pytest.mark.slow
def test_the_pdf_is_dated_with_the_report_date(printed: PrintedReport) -> None:
    """Not with the moment it was printed: the same data gives the same bytes."""
    metadata = PdfReader(printed.path).metadata
    midnight = dt.datetime(2025, 5, 31, tzinfo=dt.timezone.utc)
    assert (metadata.creation_date, metadata.modification_date) == (midnight, midnight)
    assert metadata.title == TITLE


@pytest.mark.browser
@pytest.mark.slow
def test_every_location_and_every_complaint_is_in_the_report(printed: PrintedReport, records) -> None:
    text = squeeze("\n".join(printed.pages))
    locations = {record["locatie"] for record in records}
    assert len(locations) == 330
    assert [name for name in sorted(locations) if squeeze(name) not in text] == []
    assert len(records) == 537
    missing = [record["volgnummer"] for record in records if squeeze(" ".join(record["omschrijving"].split()[:5])) not in text]
    assert missing == []


@pytest.mark.browser
@pytest.mark.slow
def test_the_totals_are_those_of_the_data(printed: PrintedReport, records) -> None:
    judgements = Counter(record["gegrond"] for record in records)
    assert judgements == {"Ja": 264, "Deels": 207, "Nee": 65, "": 1}
    with open(DATA_2024 / "geschillen.csv", encoding="utf-8", newline="") as file:
        assert len(list(csv.DictReader(file))) == 5
    figures = squeeze(printed.pages[printed.page_with("2. De cijfers van 2024", after=2) - 1])
    for line in (
        "In 2024 dienden ouders 537 klachten in, over 330 locaties.",
        "Gegrond: ja 264 49,2%",
        "Gegrond: deels 207 38,5%",
        "Gegrond: nee 65 12,1%",
        "Geen oordeel vermeld 1 0,2%",
        "Totaal 537",
        "Bij de Geschillencommissie Kinderopvang liepen 5 zaken. Uitkomst: Gegrond (2), Ongegrond (2), Geen uitspraak (1)",
        "Totaal 4 189 344 537",
    ):
        assert squeeze(line) in figures, line
    disputes = squeeze(printed.pages[printed.page_with("4. Geschillen bij de Geschillencommissie Kinderopvang", after=2) - 1])
    assert squeeze("In 2024 liepen er 5 zaken. Uitkomst: Gegrond (2), Ongegrond (2), Geen uitspraak (1).") in disputes
    for case in ("801846 Ongegrond", "635130 Ongegrond", "340638 Gegrond", "253063 Gegrond", "523294 Geen uitspraak"):
        assert squeeze(case) in disputes, case


@pytest.mark.browser
@pytest.mark.slow
def test_the_reconciliation_lists_every_difference(printed: PrintedReport) -> None:
    page = squeeze(printed.pages[printed.page_with("5. Cijfers in het verslag en in de gegevens", after=2) - 1])
    assert squeeze("Van de 84 vergelijkingen kloppen er 75.") in page
    assert squeeze("Hier verschillen 9 cijfers:") in page
    assert squeeze("Eindtotaal 538 telling van de klachten in de bijlage 537 -1") in page


@pytest.mark.browser
@pytest.mark.slow
def test_title_page_header_and_page_numbers(printed: PrintedReport) -> None:
    total = len(printed.pages)
    title_page = printed.pages[0]
    for text in ("Partou kinderopvang", TITLE, "Versie 1.1", "Datum 31 mei 2025", "Jaar 2024"):
        assert squeeze(text) in squeeze(title_page), text
    assert "pagina" not in title_page
    for number, page in enumerate(printed.pages[1:], start=2):
        assert squeeze(f"pagina {number} van {total}") in squeeze(page)
        assert squeeze(TITLE) in squeeze(page)


@pytest.mark.browser
@pytest.mark.slow
def test_the_table_of_contents_gives_the_page_each_chapter_starts_on(printed: PrintedReport) -> None:
    contents = printed.pages[1]
    chapters = re.findall(r"^(\d\. .+?) (\d+)$", contents, flags=re.MULTILINE)
    assert [title for title, _ in chapters] == [
        "1. De klachtenprocedure",
        "2. De cijfers van 2024",
        "3. Klachten per locatie",
        "4. Geschillen bij de Geschillencommissie Kinderopvang",
        "5. Cijfers in het verslag en in de gegevens",
    ]
    for title, page in chapters:
        assert printed.page_with(title, after=2) == int(page), title


def register_text(pages: list[str]) -> str:
    """The text of the pages of the A-Z list without their running header and footer, squeezed:
    an entry is "<name> · <label> <page>", or "<name> <page>" for a location without a label, and
    a long name wraps onto more lines."""
    lines = (line for page in pages for line in page.splitlines())
    return squeeze(" ".join(line for line in lines if not line.startswith((TITLE, "pagina ")) and line != "Locaties van A tot Z"))


@pytest.mark.browser
@pytest.mark.slow
def test_the_a_to_z_list_gives_the_page_of_every_location(printed: PrintedReport) -> None:
    """Each entry in the order of the list and with the page of the location's heading; as a
    whole entry after the one before, because one name can end another ("De Klaver",
    "Kinderopvang De Klaver") and many names end in a number."""
    year = generate_context(load_dataset(DATA_2024))
    chapter = printed.page_with("3. Klachten per locatie", after=2)
    register = register_text(printed.pages[chapter - 1:chapter + 3])
    heading_pages: dict[str, int] = {}
    for number, page in enumerate(printed.pages[chapter:], start=chapter + 1):
        for line in page.splitlines():
            heading_pages.setdefault(squeeze(line), number)
    wrong = []
    position = 0
    without_label = []
    for location in year.locations:
        # The label only where the location has one: never "Geen label".
        heading = squeeze(f"{location.name} · {location.label_name}" if location.label else location.name)
        without_label += [] if location.label else [location.name]
        page = heading_pages.get(heading)
        found = register.find(f"{heading}{page}", position)
        if page is None or found < 0:
            wrong.append((location.name, location.label_name, page))
        else:
            position = found + len(f"{heading}{page}")
    assert wrong == []
    assert without_label and "Geenlabel" not in register


def test_without_chromium_the_command_says_how_to_install_it_and_writes_nothing(tmp_path: Path, monkeypatch, capsys) -> None:
    monkeypatch.setenv("PATH", str(tmp_path / "leeg"))
    target = tmp_path / "uit" / "verslag.pdf"
    assert main(["rapport", "--data", str(ROOT / "data"), "--jaar", "2024", "--uit", str(target)]) == 1
    assert capsys.readouterr().err == BROWSER_MISSING
    assert not target.parent.exists()


def test_without_chromium_the_library_raises_browser_missing(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))
    with pytest.raises(BrowserMissing):
        write_pdf(generate_context(load_dataset(DATA_2024)), tmp_path / "verslag.pdf")
    assert list(tmp_path.iterdir()) == []


def test_free_text_and_report_texts_cannot_become_html() -> None:
    year = generate_context(load_dataset(HOSTILE))
    year = dataclasses.replace(year, texts={
        "klachtenprocedure-intern": "Zo gaat het: **vet** <script>alert(3)</script>\n\n<img src=x onerror=alert(4)>",
        "klachtenprocedure-extern": "Een [link](https://example.org) en een <b>tag</b>.",
    })
    html = pdf_html(year, {})
    assert "<script" not in html
    assert "<img" not in html
    assert "<b>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "Kids | Club &lt;b&gt;Ster&lt;/b&gt;" in html
    assert "{{ 7*7 }}" in html
    assert "<strong>vet</strong> &lt;script&gt;alert(3)&lt;/script&gt;" in html
    assert '<a href="https://example.org">link</a>' in html


def test_a_css_string_cannot_end_the_string_or_the_style_element() -> None:
    assert css_string('Kids "Club" </style> \\ ö') == '"Kids \\22 Club\\22  \\3c \\2f style\\3e  \\5c  \\f6 "'


SITE_CHROME = ("md-header", "md-tabs", "md-search", "md-sidebar", "md-nav", "md-footer", "md-top", "md-skip", "md-source")


@pytest.mark.browser
def test_a_printed_site_page_shows_the_content_without_the_site_chrome() -> None:
    """The print block in the site's stylesheet, on a page with mkdocs-material's class names."""
    require_chromium()
    from playwright.sync_api import sync_playwright

    chrome = "".join(f'<div class="{name}">{name}</div>' for name in SITE_CHROME)
    html = (
        f"<!DOCTYPE html><html><head><style>{(ROOT / 'docs' / 'assets' / 'klachten.css').read_text(encoding='utf-8')}</style></head>"
        f'<body>{chrome}<main class="md-content"><article class="md-typeset"><h1>Avontuurlijk</h1>'
        '<div class="md-typeset__scrollwrap"><table><tr><td>1</td></tr></table></div></article></main></body></html>'
    )
    def print_view() -> tuple[dict[str, bool], bool, str]:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=shutil.which("chromium"), headless=True, args=["--no-sandbox", "--disable-gpu"])
            try:
                page = browser.new_page(java_script_enabled=False)
                page.set_content(html)
                page.emulate_media(media="print")
                return (
                    {name: page.locator(f".{name}").is_hidden() for name in SITE_CHROME},
                    page.locator("h1").is_visible() and page.locator("table").is_visible(),
                    page.locator(".md-typeset__scrollwrap").evaluate("element => getComputedStyle(element).overflowX"),
                )
            finally:
                browser.close()

    # Another test module may hold a Playwright session (and its asyncio loop) in this thread.
    with ThreadPoolExecutor(max_workers=1) as worker:
        hidden, content_visible, overflow = worker.submit(print_view).result()
    assert hidden == dict.fromkeys(SITE_CHROME, True)
    assert content_visible
    assert overflow == "visible"


def test_with_unreviewed_privacy_findings_no_pdf_is_made(tmp_path: Path, capsys) -> None:
    folder = tmp_path / "data" / "2024"
    shutil.copytree(ROOT / "tests" / "fixtures" / "good", folder)
    complaints = folder / "klachten.csv"
    complaints.write_text(complaints.read_text(encoding="utf-8").replace("Alternatieve dagen aangeboden.", "Mail gestuurd naar ouder@example.nl."), encoding="utf-8")
    target = tmp_path / "uit" / "verslag.pdf"
    assert main(["rapport", "--data", str(tmp_path / "data"), "--jaar", "2024", "--uit", str(target)]) == 1
    error = capsys.readouterr().err
    assert error.startswith("fout: 1 vondst van de privacycontrole is nog niet nagekeken:")
    assert "ouder@example.nl" in error
    assert not target.parent.exists()


def pdf_as_chromium_writes_it(created: str, modified: str) -> bytes:
    """A one-page PDF whose document information is written the way Skia (Chromium) writes it."""
    objects = [
        f"<</Title (Klachtenjaarverslag)\n/Producer (Skia/PDF m156)\n/CreationDate ({created})\n/ModDate ({modified})>>",
        "<</Type /Catalog\n/Pages 3 0 R>>",
        "<</Type /Pages\n/Kids [4 0 R]\n/Count 1>>",
        "<</Type /Page\n/Parent 3 0 R\n/MediaBox [0 0 595 842]>>",
    ]
    pdf, offsets = b"%PDF-1.4\n", []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(pdf))
        pdf += f"{number} 0 obj\n{body}\nendobj\n".encode("ascii")
    table = "".join(f"{offset:010d} 00000 n \n" for offset in offsets)
    trailer = f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n{table}trailer\n<</Size {len(objects) + 1}\n/Root 2 0 R\n/Info 1 0 R>>\nstartxref\n{len(pdf)}\n%%EOF"
    return pdf + trailer.encode("ascii")


def test_the_pdf_is_dated_with_the_report_date_and_stays_valid() -> None:
    printed = pdf_as_chromium_writes_it("D:20261129111120+00'00'", "D:20261129111134+00'00'")
    dated = with_fixed_dates(printed, dt.date(2025, 5, 31))
    assert len(dated) == len(printed)
    assert dated == printed.replace(b"D:20261129111120", b"D:20250531000000").replace(b"D:20261129111134", b"D:20250531000000")
    reader = PdfReader(io.BytesIO(dated), strict=True)
    midnight = dt.datetime(2025, 5, 31, tzinfo=dt.timezone.utc)
    assert (reader.metadata.creation_date, reader.metadata.modification_date) == (midnight, midnight)
    assert reader.metadata.title == "Klachtenjaarverslag"
    assert len(reader.pages) == 1


@pytest.mark.parametrize("created", ["D:20261129111120Z", "D:2026112911"])
def test_a_date_chromium_wrote_in_another_form_stops_the_report(created: str) -> None:
    """Overwriting it with a date of another width would shift every object after it."""
    with pytest.raises(PrintFailed) as failure:
        with_fixed_dates(pdf_as_chromium_writes_it(created, "D:20261129111134+00'00'"), dt.date(2025, 5, 31))
    assert str(failure.value) == (
        "Chromium schreef de datums in de PDF (/CreationDate en /ModDate) niet op de verwachte manier; de PDF is niet gemaakt."
    )
