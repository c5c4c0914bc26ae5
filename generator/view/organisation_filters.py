"""Zoeken en filteren filters by a location as its page names it ("De Klaver (Noord)", with its
label where it has one) and by a category; on a site of several organisations with the
organisation beside it ("De Klaver (Noord) (Kinderopvang Zuid)", view/filter_values.py). Names
with brackets in them could make two locations (or two organisations' categories) the same
value, and the filter would count them as one: such data are refused, with the places of both."""

from __future__ import annotations

from collections.abc import Iterator

from generator.dataset import layout
from generator.dataset.dataset import Dataset
from generator.dataset.vocabulary import CATEGORIES_KEY
from generator.errors import Problem
from generator.view.filter_values import of_organisation
from generator.view.model import distinct_location_name
from generator.view.site_locations import complaint_locations

HINT = "geef een van de twee een andere naam, zonder haakjes als dat kan; de filters van Zoeken en filteren moeten ze uit elkaar kunnen houden."


def same_filter_values(datasets_by_organisation: dict[str, list[Dataset]], with_organisation: bool = True) -> list[Problem]:
    """Every filter value that two locations, or two organisations' categories, share; each once,
    at its first place after the first. `with_organisation`: a site of several organisations
    (keyed by their folders), whose values name their organisation."""
    first_with: dict[str, tuple[tuple, str, str]] = {}  # filter value -> (what it is, what it names, organisation folder)
    reported: set[str] = set()
    problems = []
    for folder, datasets in datasets_by_organisation.items():
        organisation = datasets[-1].report.organisation if with_organisation else None
        for value, identity, named, place in _filter_values(datasets, folder, organisation):
            first = first_with.setdefault(value, (identity, named, folder))
            if first[0] == identity or value in reported:
                continue
            reported.add(value)
            where = f" in de map {first[2]}" if first[2] != folder else ""
            problems.append(Problem(*place, f"{named} heet in het filter van Zoeken en filteren '{value}', net als {first[1]}{where}", HINT))
    return problems


def _filter_values(datasets: list[Dataset], folder: str, organisation: str | None) -> Iterator[tuple[str, tuple, str, tuple]]:
    """(filter value, what it is, what it names, (file, row, column)) of every location and category."""
    def value(shown: str) -> str:
        return of_organisation(shown, organisation) if organisation is not None else shown

    for dataset in datasets:
        vocabulary = dataset.report.vocabulary
        source = dataset.complaints_source
        for row, (name, label) in zip(source.rows, complaint_locations(dataset)):
            shown = distinct_location_name(name, label, vocabulary.label_name(label))
            named = f"de locatie '{name}'" + (f" (label {label})" if label else "")
            yield value(shown), ("locatie", folder, name, label), named, (source.path, row, "locatie")
        if organisation is not None:
            for category in vocabulary.categories:
                place = (dataset.folder / layout.REPORT_FILE, None, CATEGORIES_KEY)
                yield value(category.name), ("categorie", folder, category.name), f"de soort klacht '{category.name}'", place
