"""The text the detectors read: written the plain way, with a map back to the text as it is.

Personal data can be written so that it looks the same to a reader but not to a pattern: an
e-mail address with a full-width ＠ or ．, a phone number in full-width digits, a name with a
zero-width space or soft hyphen in it. The detectors read the text in Unicode's compatibility
form (NFKC: ＠ becomes @, ０６ becomes 06, ﬁ becomes fi) without the characters that do not show;
each finding is then placed back on the text as it is written, so that the check names exactly
what is in the data.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from generator.dataset.characters import INVISIBLE


@dataclass(frozen=True)
class NormalizedText:
    text: str  # what the detectors read
    origins: tuple[int, ...]  # for each character of `text`, where it comes from in the original
    length: int  # of the original

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """The stretch of the original text that text[start:end] was made from (a character that
        became several is taken whole)."""
        if start >= end:
            return (self.origins[start] if start < len(self.origins) else self.length,) * 2
        return self.origins[start], self.origins[end - 1] + 1


def normalized(text: str) -> NormalizedText:
    if text.isascii() or (unicodedata.is_normalized("NFKC", text) and not INVISIBLE.search(text)):
        return NormalizedText(text, tuple(range(len(text))), len(text))
    characters: list[str] = []
    origins: list[int] = []
    for index, character in enumerate(text):
        if INVISIBLE.match(character):
            continue
        plain = unicodedata.normalize("NFKC", character)
        characters.append(plain)
        origins.extend([index] * len(plain))
    return NormalizedText("".join(characters), tuple(origins), len(text))
