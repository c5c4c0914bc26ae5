"""A Dutch postcode together with a house number: together they point at one front door. A
postcode alone (a street or part of one) is not reported."""

from __future__ import annotations

import re
from collections.abc import Iterator

from generator.privacy.finding import ADDRESS, Hit

# 1234 AB; the letter pairs SA, SD and SS are never given out.
_POSTCODE = r"[1-9]\d{3} ?(?!SA|SD|SS)[A-Z]{2}"
# 12, 12a, 12 A, 102B, 12-2
_HOUSE_NUMBER = r"\d{1,5}(?: ?[A-Za-z](?![\w]))?(?:-\d{1,4})?"
POSTCODE_WITH_NUMBER = re.compile(
    rf"(?<![\w-])(?:{_POSTCODE},? {_HOUSE_NUMBER}|{_HOUSE_NUMBER},? {_POSTCODE})(?![\w-])"
)


def find_addresses(text: str) -> Iterator[Hit]:
    for match in POSTCODE_WITH_NUMBER.finditer(text):
        yield Hit(ADDRESS, match.start(), match.end())
