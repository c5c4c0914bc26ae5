"""Zoeken en filteren on a site of several years, without building a site: the year is part of
the combined filter (so it adds no bytes of its own to the first search), a year without oordeel
or label has an empty place in the combination, the counts before a search include the years,
and the records come newest year first (the order the parts of a large index keep)."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.dataset.dataset import load_dataset
from generator.site.search_records import COMBINED, COMBINED_FILTER, filter_numbers, filter_totals, site_search_records
from generator.view.context import generate_context

FIXTURES = Path(__file__).parent / "fixtures"
# 2024 has oordeel and label; 2025 has six categories of its own and neither.
WITH_JUDGEMENTS = FIXTURES / "site" / "data" / "2024"
WITHOUT_JUDGEMENTS = FIXTURES / "zes-soorten" / "data" / "2025"


@pytest.fixture(scope="module")
def years():
    return tuple(generate_context(load_dataset(folder)) for folder in (WITH_JUDGEMENTS, WITHOUT_JUDGEMENTS))


def page_url(docs_path: str) -> str:
    return docs_path.removesuffix(".md") + "/"


def decoded(combination: str, numbers: dict[str, dict[str, int]]) -> dict[str, str]:
    values = {name: {str(number): value for value, number in numbers[name].items()} for name in numbers}
    return {name: values[name][number] for name, number in zip(numbers, combination.split(".")) if number}


def test_the_year_is_the_first_part_of_the_combination(years) -> None:
    numbers = filter_numbers(*years, with_year=True)
    # The organisation comes before it only on a site of several organisations.
    assert tuple(numbers) == tuple(name for name in COMBINED if name != "organisatie")
    assert numbers["jaar"] == {"2024": 0, "2025": 1}
    records = site_search_records(years, page_url, with_year=True)
    assert {name for record in records for name in record.filters} == {COMBINED_FILTER, "locatie"}
    by_address = {record.url: record for record in records}
    for year in years:
        for complaint in year.complaints:
            [combination] = by_address[f"{page_url(complaint.location_page)}#{complaint.anchor}"].filters[COMBINED_FILTER]
            expected = {"jaar": str(year.report.year), "categorie": complaint.categorie}
            if year.judgements:
                expected |= {"gegrond": complaint.gegrond or "Niet vermeld", "label": complaint.label_name}
            assert decoded(combination, numbers) == expected
            if not year.judgements:
                assert combination.endswith("..")  # empty places for oordeel and label


def test_a_site_of_one_year_has_no_year_in_the_combination(years) -> None:
    numbers = filter_numbers(years[0])
    assert "jaar" not in numbers
    assert filter_totals(years[0])["jaar"] == {}


def test_the_counts_before_a_search_include_the_years(years) -> None:
    totals = filter_totals(*years, with_year=True)
    assert totals["jaar"] == {str(year.report.year): len(year.complaints) for year in years}
    assert sum(totals["categorie"].values()) == sum(len(year.complaints) for year in years)
    assert sum(totals["gegrond"].values()) == len(years[0].complaints)


def test_the_records_come_newest_year_first_then_by_volgnummer(years) -> None:
    records = site_search_records(years, page_url, with_year=True)
    keys = [record.sort["volgnummer"] for record in records]
    assert keys == sorted(keys)
    assert keys[0].startswith(f"{9999 - 2025:04d}") and keys[-1].startswith(f"{9999 - 2024:04d}")
    assert len(records) == sum(len(year.complaints) for year in years)
