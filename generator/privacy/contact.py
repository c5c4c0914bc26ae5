"""E-mail addresses and Dutch phone numbers."""

from __future__ import annotations

import re
from collections.abc import Iterator

from generator.privacy.finding import EMAIL, PHONE, Hit

EMAIL_ADDRESS = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}(?![\w-])")

# Ten digits from a leading 0 (06-12345678, 020-1234567, 0612345678, 06 12 34 56 78, (020) 123 45 67),
# or +31 / 0031 and nine digits (+31 6 12345678, +31 (0)20 1234567). Between the digits at most two
# of space, hyphen, dot and brackets.
_SEPARATOR = r"[ \-.()]{0,2}"
_NATIONAL = rf"0[1-9](?:{_SEPARATOR}\d){{8}}"
_INTERNATIONAL = rf"(?:\+|00)31[ \-.]?(?:\(0\)[ \-.]?)?[1-9](?:{_SEPARATOR}\d){{8}}"
PHONE_NUMBER = re.compile(rf"(?<![\w+(])\(?(?:{_INTERNATIONAL}|{_NATIONAL})(?!\w)")
# A date followed by a time can have ten digits too: 06-12-2024 12:00.
STARTS_WITH_DATE = re.compile(r"\(?\d{1,2}[-./]\d{1,2}[-./]\d{2,4}")


def find_email_addresses(text: str) -> Iterator[Hit]:
    for match in EMAIL_ADDRESS.finditer(text):
        yield Hit(EMAIL, match.start(), match.end())


def find_phone_numbers(text: str) -> Iterator[Hit]:
    for match in PHONE_NUMBER.finditer(text):
        if not STARTS_WITH_DATE.match(match.group()):
            yield Hit(PHONE, match.start(), match.end())
