"""A line at the top of a page that holds the text of two columns side by side.

When both the omschrijving and the oplossing of a row ran on to the next page, the extraction may
put the last words of the omschrijving and the next words of the oplossing on one line, left to
right: " op de locatie. is uitgelegd dat de activiteiten". The omschrijving then ends where its
sentence ends, and what follows that sentence end belongs to the other column when it cannot go on
in the same one: it starts in lower case (a new sentence starts with a capital), or the line is
wider than a line of one column ever is.
"""

from __future__ import annotations

from dataclasses import dataclass

SENTENCE_MARKS = (".", "!", "?")
CLOSING_MARKS = "\"')’”"
# Dutch abbreviations with one full stop; those with more (i.v.m., o.a.) are recognised by it.
ABBREVIATIONS = frozenset({"bijv.", "bv.", "ca.", "dhr.", "evt.", "excl.", "incl.", "jl.", "mevr.", "mr.", "nl.", "nr.", "resp.", "vnl."})

WIDER_THAN_A_COLUMN = "de regel is breder dan een regel van één kolom"
LOWER_CASE_AFTER_SENTENCE = "na het einde van de zin gaat de regel verder met een kleine letter"


@dataclass(frozen=True)
class SideBySide:
    """One way to read a line as the end of the left column and the start of the right one."""

    left: str
    right: str
    reason: str


def ends_sentence(word: str) -> bool:
    """A word that ends a sentence: a full stop, question or exclamation mark, and not an
    abbreviation ("i.v.m.", "bijv.") or the number of a list item ("1.")."""
    bare = word.rstrip(CLOSING_MARKS)
    if not bare.endswith(SENTENCE_MARKS):
        return False
    stem = bare[:-1].rstrip(CLOSING_MARKS)
    return bool(stem) and not stem.isdigit() and "." not in stem and bare.lower() not in ABBREVIATIONS


def is_wider_than_a_column(text: str, widest_cell_line: int | None) -> bool:
    """`widest_cell_line` is the longest line of one column; None when unknown."""
    return widest_cell_line is not None and len(text) > widest_cell_line


def side_by_side_readings(text: str, widest_cell_line: int | None) -> list[SideBySide]:
    """Every sentence end inside the line after which the rest cannot be the same column."""
    words = text.split()
    wide = is_wider_than_a_column(text, widest_cell_line)
    readings = []
    for end in range(1, len(words)):
        if not ends_sentence(words[end - 1]):
            continue
        if words[end][0].islower():
            reason = LOWER_CASE_AFTER_SENTENCE
        elif wide:
            reason = WIDER_THAN_A_COLUMN
        else:
            continue
        readings.append(SideBySide(" ".join(words[:end]), " ".join(words[end:]), reason))
    return readings
