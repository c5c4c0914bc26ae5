"""Numbers, percentages and dates the Dutch way, as the site, the PDF and the importer write and
read them: 73.190, 0,74%, 31 mei 2025."""

from __future__ import annotations

import datetime as dt

import pytest

from generator import dutch


@pytest.mark.parametrize(("value", "written"), [(0, "0"), (537, "537"), (73190, "73.190"), (1234567, "1.234.567")])
def test_a_whole_number_has_a_point_between_thousands(value: int, written: str) -> None:
    assert dutch.format_number(value) == written
    assert dutch.parse_number(written) == value


@pytest.mark.parametrize(
    ("value", "decimals", "written"),
    [(0.74, 2, "0,74%"), (49.16, 1, "49,2%"), (100, 0, "100%"), (1234.5, 1, "1.234,5%")],
)
def test_a_percentage_has_a_decimal_comma(value: float, decimals: int, written: str) -> None:
    assert dutch.format_percent(value, decimals) == written


@pytest.mark.parametrize(("value", "written"), [(538, "538"), (538.0, "538"), (0.74, "0,74"), (-1, "-1"), (73190, "73.190")])
def test_a_figure_is_whole_when_it_is_a_count(value: float, written: str) -> None:
    assert dutch.format_figure(value) == written


def test_a_decimal_is_read_with_its_comma_and_thousands_point() -> None:
    assert dutch.parse_decimal("0,74") == 0.74
    assert dutch.parse_decimal("1.234,5") == 1234.5


def test_a_date_is_day_month_year_with_the_month_in_words() -> None:
    assert dutch.format_date(dt.date(2025, 5, 31)) == "31 mei 2025"
    assert dutch.format_date(dt.date(2024, 1, 1)) == "1 januari 2024"


def test_a_date_is_found_in_a_line_of_text_whatever_the_capitals() -> None:
    assert dutch.parse_date("datum 31 Mei 2025") == dt.date(2025, 5, 31)
    assert dutch.parse_date("geen datum hier") is None
