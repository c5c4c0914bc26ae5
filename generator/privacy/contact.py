"""E-mail addresses and Dutch phone numbers."""

from __future__ import annotations

import re
from collections.abc import Iterator

from generator.privacy.finding import EMAIL, PHONE, Hit

EMAIL_ADDRESS = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}(?![\w-])")
# An address written to fool address harvesters: naam at voorbeeld dot nl, naam[at]voorbeeld[dot]nl,
# naam (at) voorbeeld.nl, naam(a)voorbeeld.nl, naam apenstaartje voorbeeld punt nl. The word forms need
# spaces around them. (A full-width ＠ or ． is read as @ and . already: see normalized.py.)
_AT = r"(?:\s*[\[({<]\s*(?:at|a|@|apenstaartje)\s*[\])}>]\s*|\s+(?:at|apenstaartje)\s+|\s*@\s+|\s+@\s*)"
_DOT = r"(?:\s*[\[({<]\s*(?:dot|punt)\s*[\])}>]\s*|\s+(?:dot|punt)\s+|\s+\.\s+|\.)"
# Every written-out address holds an _AT; most texts have none, and looking for it alone is quicker.
WRITTEN_OUT_AT = re.compile(_AT, re.IGNORECASE)
WRITTEN_OUT_EMAIL_ADDRESS = re.compile(
    rf"(?<![\w.+-])[\w.+-]+{_AT}[\w-]+(?:{_DOT}[\w-]+)*?{_DOT}(?:nl|be|com|org|net|eu|info|de|uk|fr|nu|biz|io)(?![\w-])", re.IGNORECASE
)

# Ten digits from a leading 0 (06-12345678, 020-1234567, 0612345678, 06 12 34 56 78, (020) 123 45 67,
# 020 - 123 45 67), or +31 / 0031 and nine digits (+31 6 12345678, +31 (0)20 1234567). Between the
# digits at most three of space, hyphen, dash, dot, slash and brackets.
_SEPARATOR = r"[ \-–.()/]{0,3}"
_NATIONAL = rf"0[1-9](?:{_SEPARATOR}\d){{8}}"
_INTERNATIONAL = rf"(?:\+|00)31[ \-.]{{0,2}}(?:\(0\)[ \-.]{{0,2}})?[1-9](?:{_SEPARATOR}\d){{8}}"
PHONE_NUMBER = re.compile(rf"(?<![\w+(])(?<!\d[-./])\(?(?:{_INTERNATIONAL}|{_NATIONAL})(?!\w)")
# A date followed by a time can have ten digits too: 06-12-2024 12:00.
# The date has the same separator twice and a space after it (06.12.34.56.78 is a phone number).
STARTS_WITH_DATE = re.compile(r"\(?\d{1,2}([-./])\d{1,2}\1(?:\d{4}|\d{2})(?=\s)")


def find_email_addresses(text: str) -> Iterator[Hit]:
    if "@" in text:
        for match in EMAIL_ADDRESS.finditer(text):
            yield Hit(EMAIL, match.start(), match.end())
    if not WRITTEN_OUT_AT.search(text):
        return
    for match in WRITTEN_OUT_EMAIL_ADDRESS.finditer(text):
        if "@" not in match.group() or not EMAIL_ADDRESS.search(match.group()):
            yield Hit(EMAIL, match.start(), match.end())


def find_phone_numbers(text: str) -> Iterator[Hit]:
    for match in PHONE_NUMBER.finditer(text):
        if not STARTS_WITH_DATE.match(match.group()):
            yield Hit(PHONE, match.start(), match.end())
