"""Find the report's sections from its table of contents, and turn a section's text into
Markdown paragraphs."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from generator.errors import ImportProblem
from generator.importer.source import NOT_THE_REPORT_HINT, RUNNING_HEADER, skip_page_header

TOC_TITLE = "Inhoud"
TOC_ENTRY = re.compile(r"^\s*(?P<title>\S.*?\S)\s+(?P<page>\d+)\s*$")
SECTION_NUMBER = re.compile(r"^(?:\d+\.)*\d*\.?\s*")
BULLET = re.compile(r"^[•●▪]\s*")
# A line that stops well before the right margin ends on purpose (a signature, a short
# sentence of its own), so it ends its paragraph.
SHORT_LINE_SHARE = 0.7


@dataclass(frozen=True)
class Section:
    title: str  # as in the table of contents, e.g. "3.2.1 Ruil- en inhaaluren"
    heading_line: int  # 1-based line of the heading in the body
    end_line: int  # 1-based line after the section (exclusive)

    @property
    def number(self) -> str:
        """"3.2.1" for "3.2.1 Ruil- en inhaaluren"; "" for an unnumbered title."""
        return SECTION_NUMBER.match(self.title)[0].strip().rstrip(".")

    @property
    def name(self) -> str:
        """The title without its number: "Ruil- en inhaaluren"."""
        return SECTION_NUMBER.sub("", self.title).strip()


def find_sections(raw_lines: list[str], path: Path) -> list[Section]:
    entries, toc_end = _toc_entries(raw_lines, path)
    starts = []
    search_from = toc_end
    for title in entries:
        line = _find_heading(raw_lines, title, search_from)
        if line is None:
            raise ImportProblem(
                path, None, f"kop '{title}' uit de inhoudsopgave staat niet in de tekst",
                f"elke kop uit de inhoudsopgave staat verderop als kop in de tekst; controleer of de tekst compleet is. {NOT_THE_REPORT_HINT}",
            )
        starts.append(line)
        search_from = line + 1
    ends = starts[1:] + [len(raw_lines)]
    return [Section(title, start + 1, end + 1) for title, start, end in zip(entries, starts, ends)]


def _toc_entries(raw_lines: list[str], path: Path) -> tuple[list[str], int]:
    try:
        start = next(index for index, line in enumerate(raw_lines) if line.strip() == TOC_TITLE)
    except StopIteration:
        raise ImportProblem(
            path, None, "de inhoudsopgave ('Inhoud') is niet gevonden",
            f"het verslag begint met een inhoudsopgave onder een regel 'Inhoud'; {NOT_THE_REPORT_HINT}",
        ) from None
    entries = []
    index = start + 1
    while index < len(raw_lines):
        line = raw_lines[index]
        match = TOC_ENTRY.match(line)
        if RUNNING_HEADER.match(line.strip()):
            break
        if match:
            entries.append(match["title"])
        elif line.strip() and entries:
            break
        index += 1
    return entries, index


def _find_heading(raw_lines: list[str], title: str, start: int) -> int | None:
    wanted = _squeeze(SECTION_NUMBER.sub("", title))
    wanted_number = _squeeze(SECTION_NUMBER.match(title)[0]).rstrip(".")
    for index in range(start, len(raw_lines)):
        line = raw_lines[index].strip()
        number = _squeeze(SECTION_NUMBER.match(line)[0]).rstrip(".")
        rest = _squeeze(SECTION_NUMBER.sub("", line))
        if rest == wanted and (not wanted_number or number == wanted_number):
            return index
    return None


def _squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


def section_by_number(sections: list[Section], number: str) -> Section | None:
    return next((section for section in sections if section.number == number), None)


def section_lines(raw_lines: list[str], section: Section) -> list[tuple[int, str]]:
    """The section's lines after its heading with their 1-based line numbers, running page
    headers taken out."""
    lines = []
    index = section.heading_line
    end = section.end_line - 1
    while index < end:
        line = raw_lines[index]
        if RUNNING_HEADER.match(line.strip()):
            index = skip_page_header(raw_lines, index, end)
            continue
        lines.append((index + 1, line))
        index += 1
    return lines


def section_body(raw_lines: list[str], section: Section) -> list[str]:
    return [line for _, line in section_lines(raw_lines, section)]




def paragraphs(lines: list[str]) -> list[str]:
    """Plain-text paragraphs: wrapped lines joined, bullets kept as items of their own."""
    full_width = max((len(line.rstrip()) for line in lines), default=0)
    found: list[str] = []
    current = ""
    glue = False
    for raw in lines:
        text = raw.strip()
        if not text:
            current = _flush(found, current)
            continue
        if BULLET.match(text):
            current = _flush(found, current)
            found.append("• " + BULLET.sub("", text))
            continue
        current = current + text if glue or not current else current + " " + text
        # A line without trailing space ended inside a word ("Klachtenloket-" + "kinderopvang").
        glue = not raw[-1].isspace()
        if len(raw.rstrip()) < SHORT_LINE_SHARE * full_width and not glue:
            current = _flush(found, current)
    _flush(found, current)
    return found


def _flush(found: list[str], current: str) -> str:
    if current:
        found.append(current)
    return ""
