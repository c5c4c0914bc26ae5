"""Find the known names (locations, organisations, categories) in a text, without regard to capitals.

This finds what one regular expression with every name as an alternative finds - whole names
only, leftmost first, the longest name where several start at one place, never overlapping - but
it looks the names up by their first word. One big alternative tries every name at every place
of every text, so its time grows with texts times names: with the 33.000 locations of national
data `check` took almost five minutes. Here a place is only tried against the names that start
with the word found there, and those by length, so the time hardly grows with the number of names.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class _Names:
    """The names whose first word starts `offset` characters into the name ("'t Sparrenest": 1)."""

    offset: int
    lengths: tuple[int, ...]  # longest first
    lowered: frozenset[str]


class KnownPhrases:
    def __init__(self, phrases: Iterable[str]):
        grouped: dict[tuple[str, int], set[str]] = {}
        for phrase in set(phrases):
            first = WORD.search(phrase)
            if first is not None:  # a name without a letter or digit marks nothing
                grouped.setdefault((first.group().lower(), first.start()), set()).add(phrase)
        self._by_first_word: dict[str, list[_Names]] = {}
        for (word, offset), names in sorted(grouped.items()):
            lengths = tuple(sorted({len(name) for name in names}, reverse=True))
            self._by_first_word.setdefault(word, []).append(_Names(offset, lengths, frozenset(name.lower() for name in names)))

    def spans(self, text: str) -> list[tuple[int, int]]:
        """(start, end) of each known name in `text`, in order."""
        found = []
        for word in WORD.finditer(text):
            for names in self._by_first_word.get(word.group().lower(), ()):
                start = word.start() - names.offset
                if start >= 0 and not _word_character_at(text, start - 1):
                    end = _longest_match(text, start, names)
                    if end is not None:
                        found.append((start, end))
        spans: list[tuple[int, int]] = []
        for start, end in sorted(found, key=lambda span: (span[0], -span[1])):
            if not spans or start >= spans[-1][1]:
                spans.append((start, end))
        return spans


def _longest_match(text: str, start: int, names: _Names) -> int | None:
    for length in names.lengths:
        end = start + length
        if end <= len(text) and not _word_character_at(text, end) and text[start:end].lower() in names.lowered:
            return end
    return None


def _word_character_at(text: str, index: int) -> bool:
    """What \\w matches; False outside the text."""
    return 0 <= index < len(text) and (text[index].isalnum() or text[index] == "_")
