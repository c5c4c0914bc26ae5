"""The Geschillencommissie cases of the annexes 'Geschiloverzicht <entiteit>'."""

from __future__ import annotations

import re

from generator.importer import vocabulary
from generator.importer.sections import Section, section_lines

CASE_NUMBER = re.compile(r"^Zaaknummer\s+(?P<number>\S+)\s*$")
NO_RULING = re.compile(r"geen uitspraak", re.IGNORECASE)
NOT_UPHELD = re.compile(r"\bklacht\b.*\bongegrond\b", re.IGNORECASE)
UPHELD = re.compile(r"\bklacht\b.*\bgegrond\b", re.IGNORECASE)
DISPUTE_ANNEX = "Geschiloverzicht"


def outcome(ruling: str) -> str:
    """The outcome as the ruling words it; an unrecognised wording is left empty for the check."""
    if NO_RULING.search(ruling):
        return vocabulary.DISPUTE_NO_RULING
    if NOT_UPHELD.search(ruling):
        return vocabulary.DISPUTE_NOT_UPHELD
    if UPHELD.search(ruling):
        return vocabulary.DISPUTE_UPHELD
    return ""


def dispute_rows(raw_lines: list[str], sections: list[Section]) -> list[dict]:
    rows = []
    for section in sections:
        if DISPUTE_ANNEX not in section.name:
            continue
        entity = section.name.split(DISPUTE_ANNEX, 1)[1].strip()
        rows.extend(_cases(raw_lines, section, entity))
    return rows


def _cases(raw_lines: list[str], section: Section, entity: str) -> list[dict]:
    """A case is its 'Zaaknummer' line and the paragraph after it (blank lines in between are
    skipped; the first blank line after the text ends it)."""
    numbered = section_lines(raw_lines, section)
    lines = [line for _, line in numbered]
    cases = []
    for index, (number, line) in enumerate(numbered):
        match = CASE_NUMBER.match(line.strip())
        if not match:
            continue
        ruling = _paragraph_after(lines, index + 1)
        cases.append({
            "entiteit": entity,
            "zaaknummer": match["number"],
            "uitspraak": ruling,
            "uitkomst": outcome(ruling),
            "bron_regel": number,
        })
    return cases


def _paragraph_after(lines: list[str], start: int) -> str:
    return " ".join(line.strip() for line in lines[start : _paragraph_end(lines, start)] if line.strip())


def _paragraph_end(lines: list[str], start: int) -> int:
    seen_text = False
    for index in range(start, len(lines)):
        text = lines[index].strip()
        if (not text and seen_text) or CASE_NUMBER.match(text):
            return index
        seen_text = seen_text or bool(text)
    return len(lines)


def lines_after_cases(raw_lines: list[str], section: Section) -> list[str]:
    """What the annex says after its last case: a note of its own."""
    lines = [line for _, line in section_lines(raw_lines, section)]
    case_starts = [index for index, line in enumerate(lines) if CASE_NUMBER.match(line.strip())]
    if not case_starts:
        return []
    return lines[_paragraph_end(lines, case_starts[-1] + 1) :]
