"""Dates of birth.

Dates are common in complaints ("op 26-02 was de groep dicht", "vanaf 1 oktober"), and a date alone
identifies nobody. A date does identify a child when it is a birth date, so a date is reported
only when its sentence also has a birth word (geboren, geboortedatum, geb., verjaardag, jarig).
Next to such a word a day and month without a year count too: with the location they can point
at one child.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from generator.dutch import MONTHS
from generator.privacy.finding import BIRTH_DATE, Hit
from generator.privacy.sentences import sentence_spans

_MONTH_NAMES = "|".join(MONTHS) + r"|(?:jan|feb|mrt|apr|jun|jul|aug|sept|sep|okt|nov|dec)\.?"
DATE = re.compile(
    r"(?<![\w.,/-])(?:"
    r"\d{1,2}[-/.]\d{1,2}[-/.](?:\d{4}|\d{2})"  # 03-05-2021, 3/5/21, 03.05.2021
    r"|\d{4}-\d{2}-\d{2}"  # 2021-05-03
    rf"|\d{{1,2}} (?:{_MONTH_NAMES})(?: \d{{4}})?"  # 3 mei 2021, 3 mei, 3 okt. 2021
    r"|\d{1,2}[-/]\d{1,2}"  # 03-05
    r")(?![\w/-]|[.,]\d)",
    re.IGNORECASE,
)
BIRTH_WORD = re.compile(r"\b(?:geboren|geboorte\w*|geb\.|geb\b|verjaardag\w*|jarig\w*)", re.IGNORECASE)


def find_birth_dates(text: str) -> Iterator[Hit]:
    for start, end in sentence_spans(text):
        if BIRTH_WORD.search(text, start, end):
            for match in DATE.finditer(text, start, end):
                yield Hit(BIRTH_DATE, match.start(), match.end())
