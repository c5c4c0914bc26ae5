"""Dutch ways of writing numbers, percentages and dates (73.190, 0,74%, 31 mei 2025)."""

from __future__ import annotations

import datetime as dt
import re

MONTHS = (
    "januari", "februari", "maart", "april", "mei", "juni",
    "juli", "augustus", "september", "oktober", "november", "december",
)

DATE_PATTERN = re.compile(r"(\d{1,2})\s+(" + "|".join(MONTHS) + r")\s+(\d{4})", re.IGNORECASE)


def parse_date(text: str) -> dt.date | None:
    match = DATE_PATTERN.search(text)
    if not match:
        return None
    day, month, year = match.groups()
    return dt.date(int(year), MONTHS.index(month.lower()) + 1, int(day))


def parse_number(text: str) -> int:
    """'73.190' -> 73190: the point groups thousands."""
    return int(text.replace(".", ""))


def parse_decimal(text: str) -> float:
    """'0,74' -> 0.74: the comma is the decimal sign."""
    return float(text.replace(".", "").replace(",", "."))


def format_date(value: dt.date) -> str:
    return f"{value.day} {MONTHS[value.month - 1]} {value.year}"


def format_number(value: int) -> str:
    return f"{value:,}".replace(",", ".")


def format_decimal(value: float, decimals: int = 1) -> str:
    """12345.678 -> '12.345,7'."""
    english = f"{value:,.{decimals}f}"
    return english.replace(",", "_").replace(".", ",").replace("_", ".")


def format_percent(value: float, decimals: int = 0) -> str:
    """A percentage given in percent (12.5 -> '12,5%')."""
    return f"{format_decimal(value, decimals)}%"


def format_figure(value: float | int) -> str:
    """A count as a whole number, anything else with two decimals: 538, 0,74."""
    if float(value).is_integer():
        return format_number(int(value))
    return format_decimal(value, 2)


def word_list(words: list[str] | tuple[str, ...]) -> str:
    """'a', 'b', 'c' -> 'a, b en c'."""
    if len(words) <= 1:
        return "".join(words)
    return f"{', '.join(words[:-1])} en {words[-1]}"
