"""Read the annex of a published complaints report from its PDF-to-text extraction.

The extraction keeps two signals that the rest of the importer relies on:
- a line that starts with exactly one space is the first line of a new page;
- a line that does not end in whitespace ends inside a word (the PDF wrapped the word
  in a narrow column), so it must be glued to the next line of the same column.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from generator.errors import ImportProblem
from generator.importer.vocabulary import GEGROND_WORDS

ANNEX_START = re.compile(r"^\s*\d+\.\s*Bijlage 1\b")
ANNEX_END = re.compile(r"^\s*\d+\.\s*Bijlage 2\b")
TABLE_HEADER_LAST_LINE = "gegrond"
RUNNING_HEADER = re.compile(r"^Klachtenjaarverslag .+ \d{4}$")
PAGE_NUMBER = re.compile(r"^\s*pagina \d+/\s*$")
# One leading space marks a page start; " * " is a bullet inside a cell, not a page start.
PAGE_START_MARK = re.compile(r"^ (?![*•] )\S")


@dataclass(frozen=True)
class SourceLine:
    number: int
    text: str
    page_start: bool
    ends_inside_word: bool


@dataclass(frozen=True)
class Segment:
    """Lines of one text block: between blank lines, a page start or a gegrond line."""

    lines: tuple[SourceLine, ...]

    @property
    def first(self) -> SourceLine:
        return self.lines[0]

    @property
    def page_start(self) -> bool:
        return self.first.page_start

    def is_gegrond(self) -> bool:
        return len(self.lines) == 1 and self.first.text in GEGROND_WORDS


# What to do when the text lacks a part of a klachtenjaarverslag that the importer reads.
NOT_THE_REPORT_HINT = (
    "geef de tekst van het hele verslag, gemaakt met pdftotext verslag.pdf verslag.txt; "
    "het importeren kent de indeling van het klachtenjaarverslag van Partou (data/bron/)"
)


def read_source(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8").split("\n")


def annex_bounds(raw_lines: list[str], path: Path) -> tuple[int, int]:
    """Index of the first table row and of the line after the annex."""
    start = _first_match(raw_lines, ANNEX_START, 0, path, "het begin van Bijlage 1")
    end = _first_match(raw_lines, ANNEX_END, start, path, "het begin van Bijlage 2")
    for index in range(start, end):
        if raw_lines[index].strip() == TABLE_HEADER_LAST_LINE:
            return index + 1, end
    raise ImportProblem(
        path, start + 1, "de kop van de tabel in Bijlage 1 (eindigt met 'gegrond') ontbreekt",
        f"de tabel van Bijlage 1 begint met een kopregel die eindigt op 'gegrond'; {NOT_THE_REPORT_HINT}",
    )


def _first_match(raw_lines: list[str], pattern: re.Pattern[str], start: int, path: Path, what: str) -> int:
    for index in range(start, len(raw_lines)):
        if pattern.match(raw_lines[index]):
            return index
    raise ImportProblem(path, None, f"{what} is niet gevonden", f"het verslag heeft een Bijlage 1 (de klachten) en een Bijlage 2 (de geschillen); {NOT_THE_REPORT_HINT}")


def annex_lines(raw_lines: list[str], start: int, end: int) -> list[SourceLine | None]:
    """The annex as lines, running page headers removed; None stands for an empty line, which
    the extraction writes between cells."""
    lines: list[SourceLine | None] = []
    after_page_header = False
    index = start
    while index < end:
        raw = raw_lines[index]
        if RUNNING_HEADER.match(raw.strip()):
            index = skip_page_header(raw_lines, index, end)
            after_page_header = True
            continue
        if not raw:
            lines.append(None)
            index += 1
            continue
        if raw.isspace():
            # A paragraph break inside a cell, not a cell boundary; kept because it takes up a
            # row of the page, which tells which cell ran on to the next page.
            lines.append(SourceLine(index + 1, "", False, False))
            index += 1
            continue
        page_start = after_page_header or bool(PAGE_START_MARK.match(raw))
        after_page_header = False
        lines.append(SourceLine(index + 1, raw.strip(), page_start, not raw[-1].isspace()))
        index += 1
    return lines


def skip_page_header(raw_lines: list[str], index: int, end: int) -> int:
    """Index after the running header: title, date, 'pagina N/' and the page total."""
    for probe in range(index, min(index + 12, end)):
        if PAGE_NUMBER.match(raw_lines[probe]):
            return probe + 2
    return index + 1


def segments(lines: list[SourceLine | None]) -> list[Segment]:
    return [segment for segment in _split_segments(lines) if any(line.text for line in segment.lines)]


def _split_segments(lines: list[SourceLine | None]) -> list[Segment]:
    found: list[Segment] = []
    current: list[SourceLine] = []
    for line in lines:
        starts_new = line is None or line.page_start or line.text in GEGROND_WORDS
        if starts_new and current:
            found.append(Segment(tuple(current)))
            current = []
        if line is None:
            continue
        current.append(line)
        if line.text in GEGROND_WORDS:
            found.append(Segment(tuple(current)))
            current = []
    if current:
        found.append(Segment(tuple(current)))
    return found
