"""What the privacy check reports: a stretch of a free text that may identify a person, with where
it is (file, row, column) and the words around it."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

# The kinds of finding, as the check names them to the person who reviews them.
EMAIL = "e-mailadres"
PHONE = "telefoonnummer"
BSN = "burgerservicenummer"
IBAN = "rekeningnummer (IBAN)"
ADDRESS = "postcode met huisnummer"
BIRTH_DATE = "geboortedatum"
TITLED_NAME = "naam met aanspreekvorm"
POSSIBLE_NAME = "mogelijke naam"

CONTEXT_WIDTH = 40  # characters on either side of the found text
WHITESPACE = re.compile(r"\s+")


@dataclass(frozen=True)
class Hit:
    """A stretch of one text that a detector flags: text[start:end]."""

    kind: str
    start: int
    end: int


@dataclass(frozen=True)
class TextField:
    """One free text of a year folder and where it is."""

    file: Path
    row: int  # the row of the text's first line: a cell's row, or 1 for a whole text file
    column: str | None  # None for a text file
    text: str
    record: str | None = None  # "volgnummer 12" for a complaint
    is_name: bool = False  # a name (location, label, entity, a text of verslag.yaml), reviewed as a whole


@dataclass(frozen=True)
class Finding:
    file: Path
    row: int  # as a spreadsheet shows it, or the line of a text file
    column: str | None
    kind: str
    text: str  # exactly as in the data
    context: str  # the words around it, on one line; a whole name for a name
    record: str | None = None  # "volgnummer 12" for a complaint
    name: str | None = None  # the whole name the text was found in, when the field is a name

    @property
    def reviewed_text(self) -> str:
        """What an entry of the allow-list names: the found text in a free text, the whole name in
        a name. A reviewed name accepts only itself: 'Woeste Willem' accepted, 'Gastouder Willem' not."""
        return self.text if self.name is None else self.name

    def __str__(self) -> str:
        where = [str(self.file), f"rij {self.row}" + (f" ({self.record})" if self.record else "")]
        if self.column is not None:
            where.append(f"kolom '{self.column}'")
        return f"{', '.join(where)}: {self.kind} '{self.text}' in \"{self.context}\""


def make_finding(field: TextField, hit: Hit) -> Finding:
    row = field.row + field.text.count("\n", 0, hit.start)
    around = WHITESPACE.sub(" ", field.text).strip() if field.is_name else context(field.text, hit.start, hit.end)
    name = field.text if field.is_name else None
    return Finding(field.file, row, field.column, hit.kind, field.text[hit.start : hit.end], around, field.record, name)


def context(text: str, start: int, end: int) -> str:
    """The found text with up to CONTEXT_WIDTH characters of its own line on either side, cut at
    whole words; '…' marks a cut."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end == -1 else line_end
    before = text[max(line_start, start - CONTEXT_WIDTH) : start]
    after = text[end : min(line_end, end + CONTEXT_WIDTH)]
    if start - CONTEXT_WIDTH > line_start:
        before = "…" + before.split(" ", 1)[-1] if " " in before else "…"
    if end + CONTEXT_WIDTH < line_end:
        after = after.rsplit(" ", 1)[0] + "…" if " " in after else "…"
    return WHITESPACE.sub(" ", before + text[start:end] + after).strip()
