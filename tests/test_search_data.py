"""What Zoeken en filteren is built from, without building a site: one search record per
complaint, the per-category data behind a download of a selection, and the look-alike locations."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from generator.dataset.dataset import load_dataset
from generator.view.context import generate_context
from generator.site.downloads import complaint_fields, records
from generator.site.look_alikes import MOST_SHOWN, look_alikes
from generator.site.search_records import complaint_filters, complaint_record
from generator.site.selection_data import selection_data_files, selection_data_path

FIXTURE = Path(__file__).parent / "fixtures" / "site" / "data" / "2024"


@pytest.fixture(scope="module")
def dataset():
    return load_dataset(FIXTURE)


@pytest.fixture(scope="module")
def year(dataset):
    return generate_context(dataset)


def expected_filters(complaint) -> dict[str, list[str]]:
    """What a visitor filters a complaint by: its own values, 'Niet vermeld' for no judgement."""
    return {"categorie": [complaint.categorie], "gegrond": [complaint.gegrond or "Niet vermeld"], "label": [complaint.label_name], "locatie": [complaint.locatie]}


def test_a_record_keeps_location_and_category_apart_from_the_complaint_text(year) -> None:
    for complaint in year.complaints:
        record = complaint_record(year, complaint, lambda path: f"/{path}")
        assert record.url == f"/{complaint.location_page}#{complaint.anchor}"
        assert record.text == " ".join(part for part in (complaint.omschrijving, complaint.oplossing) if part)
        assert record.properties == f"{complaint.locatie} {complaint.label_name} {complaint.categorie}"
        assert record.meta["locatie"] == complaint.distinct_location
        assert record.meta["volgnummer"] == str(complaint.volgnummer)
        assert record.filters == expected_filters(complaint)


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
