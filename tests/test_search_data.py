"""What Zoeken en filteren is built from, without building a site: one search record per
complaint, the per-category data behind a download of a selection, and the look-alike locations.
The index made of the records: tests/test_search_index.py."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from generator.dataset.dataset import load_dataset
from generator.site.downloads import complaint_fields, records
from generator.site.look_alikes import MOST_SHOWN, look_alikes
from generator.site.search_records import (
    COMBINED, COMBINED_FILTER, complaint_filters, complaint_record, filter_numbers, filter_totals, search_records,
)
from generator.site.selection_data import selection_data_files, selection_data_path
from generator.view.context import generate_context

FIXTURE = Path(__file__).parent / "fixtures" / "site" / "data" / "2024"


@pytest.fixture(scope="module")
def dataset():
    return load_dataset(FIXTURE)


@pytest.fixture(scope="module")
def year(dataset):
    return generate_context(dataset)


def directory_url(docs_path: str) -> str:
    """The address MkDocs gives a page with directory URLs ("locaties/x.md" -> "locaties/x/")."""
    return docs_path.removesuffix(".md") + "/"


def shown_location(complaint) -> str:
    """The location as its page names it: with its label's short name when it has a label."""
    return f"{complaint.locatie} ({complaint.label_name})" if complaint.label else complaint.locatie


def expected_filters(complaint) -> dict[str, list[str]]:
    """What a visitor filters a complaint by: its own values, 'Niet vermeld' for no judgement."""
    return {"categorie": [complaint.categorie], "gegrond": [complaint.gegrond or "Niet vermeld"], "label": [complaint.label_name], "locatie": [shown_location(complaint)]}


def test_a_record_keeps_location_and_category_apart_from_the_complaint_text(year) -> None:
    numbers = filter_numbers(year)
    for complaint in year.complaints:
        record = complaint_record(year, complaint, directory_url, numbers)
        assert (record.omschrijving, record.oplossing) == (complaint.omschrijving, complaint.oplossing)
        assert record.properties == f"{complaint.locatie} {complaint.label_name} {complaint.categorie}"
        assert record.meta == {"volgnummer": str(complaint.volgnummer), "locatie": complaint.distinct_location}
        assert record.filters["locatie"] == [shown_location(complaint)]
        assert record.url == f"{complaint.location_page.removesuffix('.md')}/#{complaint.anchor}"


def test_a_records_combination_names_its_soort_oordeel_and_label_by_their_numbers(year) -> None:
    numbers = filter_numbers(year)
    # A site of one year of one organisation has no year filter and no organisation filter.
    one_year = tuple(name for name in COMBINED if name not in ("organisatie", "jaar"))
    assert tuple(numbers) == one_year
    values = {name: {number: value for value, number in numbers[name].items()} for name in one_year}
    seen = set()
    for complaint in year.complaints:
        [combination] = complaint_record(year, complaint, directory_url, numbers).filters[COMBINED_FILTER]
        decoded = {name: [values[name][int(number)]] for name, number in zip(one_year, combination.split("."))}
        assert decoded == {name: expected_filters(complaint)[name] for name in one_year}
        seen.add(combination)
    assert len(seen) > 1
    assert list(numbers["gegrond"]) == ["Ja", "Deels", "Nee", "Niet vermeld"]
    assert list(numbers["categorie"]) == [category.name for category in year.categories]
    assert list(numbers["label"]) == list(year.label_names)


def test_no_filter_value_is_empty(year) -> None:
    assert all(value for record in search_records(year, directory_url) for values in record.filters.values() for value in values)


def test_the_totals_beside_the_filters_count_the_complaints(year) -> None:
    totals = filter_totals(year)
    assert sum(totals["categorie"].values()) == sum(totals["gegrond"].values()) == sum(totals["label"].values()) == len(year.complaints)
    for category in year.categories:
        assert totals["categorie"].get(category.name, 0) == len(category.complaints)
    assert totals["gegrond"].get("Niet vermeld", 0) == sum(1 for complaint in year.complaints if not complaint.gegrond)
    assert set(totals["locatie"]) == {shown_location(complaint) for complaint in year.complaints}
    # One name under two labels is two locations, each with its own count.
    assert totals["locatie"]["De Klaver (Partou)"] == sum(1 for complaint in year.complaints if (complaint.locatie, complaint.label_name) == ("De Klaver", "Partou"))
    assert totals["locatie"]["De Klaver (Smallsteps)"] == sum(1 for complaint in year.complaints if (complaint.locatie, complaint.label_name) == ("De Klaver", "Smallsteps"))


def test_on_a_site_of_several_organisations_a_location_of_the_same_name_is_one_value_per_organisation(dataset) -> None:
    # Two organisations with the same locations (and so the same names): each location is a
    # value of its own organisation, with its own count, never one value with both counts.
    first, second = generate_context(dataset), generate_context(dataset)
    names = {id(first): "Avontuur", id(second): "Zonnebloem"}
    totals = filter_totals(first, second, organisation_of=lambda year: names[id(year)])
    per_location: dict[str, int] = {}
    for complaint in first.complaints:
        per_location[shown_location(complaint)] = per_location.get(shown_location(complaint), 0) + 1
    assert totals["locatie"] == {f"{name} ({organisation})": count for organisation in names.values() for name, count in per_location.items()}
    complaint = next(complaint for complaint in first.complaints if complaint.locatie == "De Klaver" and complaint.label_name == "Partou")
    assert complaint_filters(second, complaint, organisation="Zonnebloem")["locatie"] == ["De Klaver (Partou) (Zonnebloem)"]
    # A site of one organisation keeps the name its page gives.
    assert complaint_filters(first, complaint)["locatie"] == ["De Klaver (Partou)"]


def test_a_complaint_without_a_judgement_is_filtered_as_not_given(year) -> None:
    without = [complaint for complaint in year.complaints if not complaint.gegrond]
    assert without
    assert all(complaint_filters(year, complaint)["gegrond"] == ["Niet vermeld"] for complaint in without)


def test_the_selection_data_of_a_category_are_its_rows_of_the_downloads(dataset, year) -> None:
    files = selection_data_files(year)
    rows = records(dataset.complaints)
    assert sorted(files) == sorted(f"zoeken/klachten/{category.slug}.json" for category in year.categories)
    for category in year.categories:
        data = json.loads(files[selection_data_path(category)])
        assert data["kolommen"] == complaint_fields(year)
        assert [entry["rij"] for entry in data["klachten"]] == [
            [row[column] for column in complaint_fields(year)] for row in rows if row["categorie"] == category.name
        ]
        assert [entry["filters"] for entry in data["klachten"]] == [expected_filters(complaint) for complaint in category.complaints]


def test_names_that_differ_only_in_label_or_accent_look_alike(year) -> None:
    similar = {slug: [location.slug for location in others] for slug, others in look_alikes(year.locations).items()}
    assert similar == {
        "cafe-kids-partou": ["cafe-kids-smallsteps"],
        "cafe-kids-smallsteps": ["cafe-kids-partou"],
        "de-klaver-partou": ["de-klaver-smallsteps"],
        "de-klaver-smallsteps": ["de-klaver-partou"],
    }


def test_a_name_inside_a_longer_name_looks_alike_both_ways_and_few_are_named(year) -> None:
    template = year.locations[0]
    names = ["Geessinkweg", "Boerderij Geessinkweg", "Geessink"] + [f"Geessinkweg {number}" for number in range(MOST_SHOWN + 2)]
    locations = tuple(replace(template, name=name, slug=f"locatie-{index}") for index, name in enumerate(names))
    similar = look_alikes(locations)
    assert [location.name for location in similar["locatie-1"]] == ["Geessinkweg"]
    assert "Boerderij Geessinkweg" in [location.name for location in similar["locatie-0"]]
    assert len(similar["locatie-0"]) == MOST_SHOWN
    assert "locatie-2" not in similar  # "Geessink" is part of a word, not a word of the others
