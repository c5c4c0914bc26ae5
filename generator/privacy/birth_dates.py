"""Dates of birth.

Dates are common in complaints ("op 26-02 was de groep dicht", "vanaf 1 oktober"), and a date alone
identifies nobody. A date does identify a child when it is a birth date, so a date is reported
only when its sentence also has a birth word (geboren, geboortedatum, geb., verjaardag, jarig).
Next to such a word a day and month without a year count too: with the location they can point
at one child.

A date without such a word is still reported when it could only be a birth date: a whole date
(day, month and year) at least two years before the year of the report, when no complaint of
that year happened but children in care were born, and a text that is nothing but a date (a date
of birth pasted into a cell). Dates of the report's year and the year before are the dates of
events and are not reported (2024: 0 dates before 2023 in all texts).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

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
    # Most texts have no birth word. A sentence ends after a space, a line break or punctuation,
    # never inside a word, so a word found in the whole text is found in its sentence too.
    if not BIRTH_WORD.search(text):
        return
    for start, end in sentence_spans(text):
        if BIRTH_WORD.search(text, start, end):
            for match in DATE.finditer(text, start, end):
                yield Hit(BIRTH_DATE, match.start(), match.end())


# A whole date with its year: 03-05-2021, 3/5/21, 2021-05-03, 3 mei 2021.
WHOLE_DATE = re.compile(
    r"(?<![\w.,/-])(?:"
    r"\d{1,2}([-/.])\d{1,2}\1(?P<year>\d{4}|\d{2})"
    r"|(?P<iso_year>\d{4})-\d{2}-\d{2}"
    rf"|\d{{1,2}} (?:{_MONTH_NAMES}) (?P<named_year>\d{{4}})"
    r")(?![\w/-]|[.,]\d)",
    re.IGNORECASE,
)
ONLY_A_DATE = re.compile(rf"\s*(?:{DATE.pattern})\s*\.?\s*", re.IGNORECASE)
YEARS_OF_EVENTS = 2  # the report's year and the year before


def bare_birth_dates(report_year: int) -> Callable[[str], Iterator[Hit]]:
    """The detector for dates without a birth word that can only be birth dates (see above)."""

    def find(text: str) -> Iterator[Hit]:
        whole = ONLY_A_DATE.fullmatch(text)
        if whole:
            yield Hit(BIRTH_DATE, len(text) - len(text.lstrip()), len(text.rstrip().rstrip(".").rstrip()))
            return
        for match in WHOLE_DATE.finditer(text):
            year = match.group("year") or match.group("iso_year") or match.group("named_year")
            full_year = int(year) if len(year) == 4 else _century_year(int(year), report_year)
            if full_year <= report_year - YEARS_OF_EVENTS:
                yield Hit(BIRTH_DATE, match.start(), match.end())

    return find


def _century_year(two_digits: int, report_year: int) -> int:
    """21 is 2021 in a report of 2024, 98 is 1998."""
    century = report_year - report_year % 100
    return century + two_digits if century + two_digits <= report_year + 1 else century - 100 + two_digits
