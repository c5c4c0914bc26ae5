"""What the organisation's locations file adds to a year: per location its place, type of care,
LRK entry and child places; complaints per 100 child places; and the locations grouped by place
(woonplaats) and by municipality (verantwoordelijke gemeente), for parents and for the GGD.

Only the rows of the locations file count here, each joined to the complaints of exactly its name
and label (generator/dataset/locations.py). The organisation's rate is computed over every row
with a known number of child places, also the rows without complaints: leaving those out would
make the rate higher than it is.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from generator import schema
from generator.dataset.locations import CARE_TYPES, LRK_SITE, LocationRecord, LocationsFile
from generator.dataset.vocabulary import Vocabulary
from generator.dutch import format_decimal
from generator.view.model import Location, distinct_location_name
from generator.view.slugs import capped, slugify, sort_key, unique_slugs

MUNICIPALITIES_FOLDER = "gemeenten"
PLACES_FOLDER = "plaatsen"


def per_100(complaints: int, child_places: int) -> float:
    return 100 * complaints / child_places


@dataclass(frozen=True)
class LocationFacts:
    """One row of the locations file with the year's complaints of its location."""

    record: LocationRecord
    distinct_name: str  # the name with its label, as the site names the location
    complaints: int
    page: str | None  # the docs-relative page of the location; None without complaints (no page)

    @property
    def care_type(self) -> str:
        """'kinderdagverblijf (KDV)'; empty when not known."""
        code = self.record.care_type
        return f"{CARE_TYPES[code]} ({code})" if code else ""

    @property
    def per_100_places(self) -> float | None:
        places = self.record.child_places
        return per_100(self.complaints, places) if places else None

    @property
    def per_100_places_text(self) -> str:
        value = self.per_100_places
        return "" if value is None else format_decimal(value, 1)

    @property
    def lrk_link(self) -> str:
        """The location's own page in the register, else the register itself (to search there by
        number); empty without either."""
        if self.record.lrk_address:
            return self.record.lrk_address
        return LRK_SITE if self.record.lrk_number else ""


@dataclass(frozen=True)
class OrganisationRate:
    """Complaints per 100 child places over the locations whose child places are known."""

    complaints: int
    child_places: int
    locations: int

    @property
    def per_100_places(self) -> float:
        return per_100(self.complaints, self.child_places)

    @property
    def per_100_places_text(self) -> str:
        return format_decimal(self.per_100_places, 1)


@dataclass(frozen=True)
class PlaceGroup:
    """The locations of one municipality or one place (woonplaats), A to Z."""

    folder: str  # MUNICIPALITIES_FOLDER or PLACES_FOLDER
    name: str
    slug: str
    entries: tuple[LocationFacts, ...]

    @property
    def page(self) -> str:
        return f"{self.folder}/{self.slug}.md"

    @property
    def csv(self) -> str:
        return f"{self.folder}/{self.slug}.csv"

    @property
    def complaints(self) -> int:
        return sum(entry.complaints for entry in self.entries)

    @property
    def is_municipality(self) -> bool:
        return self.folder == MUNICIPALITIES_FOLDER


# eq=False: two registers are the same year only when they are the same object.
@dataclass(frozen=True, eq=False)
class LocationRegister:
    year: int
    entries: tuple[LocationFacts, ...]  # every row of the locations file, A to Z
    rate: OrganisationRate | None  # None when no row gives child places
    municipalities: tuple[PlaceGroup, ...]
    places: tuple[PlaceGroup, ...]
    columns: tuple[str, ...]  # the columns the locations file has
    by_key: dict[tuple[str, str], LocationFacts]  # the entries by location name and label

    def of(self, location: Location) -> LocationFacts | None:
        return self.by_key.get((location.name, location.label))

    def place_of(self, location: Location) -> str:
        """The location's woonplaats, or empty when the locations file does not give it."""
        facts = self.of(location)
        return facts.record.place if facts else ""

    def municipality_of(self, facts: LocationFacts) -> PlaceGroup | None:
        return next((group for group in self.municipalities if group.name == facts.record.municipality), None)

    def place_group_of(self, facts: LocationFacts) -> PlaceGroup | None:
        return next((group for group in self.places if group.name == facts.record.place), None)

    @property
    def fields(self) -> tuple[schema.Column, ...]:
        """The columns of the locations file, as the schema describes them."""
        return tuple(column for column in schema.LOCATION_COLUMNS if column.name in self.columns)

    @property
    def has_child_places(self) -> bool:
        return self.rate is not None


def location_register(locations_file: LocationsFile | None, locations: Iterable[Location], vocabulary: Vocabulary, year: int) -> LocationRegister | None:
    """None without a locations file: then nothing on the site changes."""
    if locations_file is None:
        return None
    by_key = {(location.name, location.label): location for location in locations}
    entries = tuple(sorted(
        (_facts(record, by_key.get(record.key), vocabulary) for record in locations_file.records),
        key=lambda entry: (sort_key(entry.record.name), entry.distinct_name),
    ))
    return LocationRegister(
        year=year,
        entries=entries,
        rate=_rate(entries),
        municipalities=_groups(entries, MUNICIPALITIES_FOLDER, lambda record: record.municipality),
        places=_groups(entries, PLACES_FOLDER, lambda record: record.place),
        columns=locations_file.columns,
        by_key={entry.record.key: entry for entry in entries},
    )


def _facts(record: LocationRecord, location: Location | None, vocabulary: Vocabulary) -> LocationFacts:
    label_name = vocabulary.label_name(record.label)
    return LocationFacts(
        record=record,
        distinct_name=distinct_location_name(record.name, record.label, label_name),
        complaints=len(location.complaints) if location else 0,
        page=location.page if location else None,
    )


def _rate(entries: tuple[LocationFacts, ...]) -> OrganisationRate | None:
    known = [entry for entry in entries if entry.record.child_places]
    if not known:
        return None
    return OrganisationRate(
        complaints=sum(entry.complaints for entry in known),
        child_places=sum(entry.record.child_places or 0 for entry in known),
        locations=len(known),
    )


def _groups(entries: tuple[LocationFacts, ...], folder: str, key: Callable[[LocationRecord], str]) -> tuple[PlaceGroup, ...]:
    grouped: dict[str, list[LocationFacts]] = {}
    for entry in entries:
        if key(entry.record):
            grouped.setdefault(key(entry.record), []).append(entry)
    slugs = unique_slugs({name: capped(slugify(name) or folder) for name in grouped})
    return tuple(
        PlaceGroup(folder, name, slugs[name], tuple(grouped[name]))
        for name in sorted(grouped, key=lambda name: (sort_key(name), name))
    )
