"""On a site of several organisations, Zoeken en filteren names each organisation's locations and
categories with the organisation beside them ("De Klaver (Kinderopvang Noord)",
view/filter_values.py). Names with brackets in them could make two organisations' values the
same text, and the filter would count two locations as one: such a site is refused, with the
places of both."""

from __future__ import annotations

from collections.abc import Iterator

from generator.dataset.dataset import Dataset
from generator.dataset import layout
from generator.dataset.vocabulary import CATEGORIES_KEY
from generator.errors import Problem
from generator.view.filter_values import of_organisation
from generator.view.model import distinct_location_name

HINT = "geef een van de twee een andere naam, zonder haakjes als dat kan; de filters van Zoeken en filteren moeten ze uit elkaar kunnen houden."


def same_filter_values(datasets_by_organisation: dict[str, list[Dataset]]) -> list[Problem]:
    """Every filter value that a location or category of one organisation shares with one of
    another organisation; each once, at its first place in the later organisation."""
    first_with: dict[str, tuple[str, str]] = {}  # filter value -> (organisation folder, what it names)
    problems = []
    for slug, datasets in datasets_by_organisation.items():
        organisation = datasets[-1].report.organisation
        reported = set()
        for value, named, place in _filter_values(datasets, organisation):
            first = first_with.setdefault(value, (slug, named))
            if first[0] == slug or value in reported:
                continue
            reported.add(value)
            problems.append(Problem(*place, f"{named} heet in het filter van Zoeken en filteren '{value}', net als {first[1]} in de map {first[0]}", HINT))
    return problems


def _filter_values(datasets: list[Dataset], organisation: str) -> Iterator[tuple[str, str, tuple]]:
    """(filter value, what it names, (file, row, column)) of every location and category."""
    for dataset in datasets:
        vocabulary = dataset.report.vocabulary
        source = dataset.complaints_source
        labels = dataset.complaints["label"] if "label" in dataset.complaints else [""] * len(dataset.complaints)
        for row, name, label in zip(source.rows, dataset.complaints["locatie"], labels):
            shown = distinct_location_name(name, label, vocabulary.label_name(label))
            yield of_organisation(shown, organisation), f"de locatie '{shown}'", (source.path, row, "locatie")
        for category in vocabulary.categories:
            yield of_organisation(category.name, organisation), f"de soort klacht '{category.name}'", (dataset.folder / layout.REPORT_FILE, None, CATEGORIES_KEY)
