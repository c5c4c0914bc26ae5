"""What the organisation's locations file adds to a year: per location its place, type of care,
LRK entry and child places; complaints per 100 child places; and the locations grouped by place
(woonplaats) and by municipality (verantwoordelijke gemeente), for parents and for the GGD.

Only the rows of the locations file count here, each joined to the complaints of exactly its name
and label (generator/dataset/locations.py). The organisation's rate is computed over every row
with a known number of child places, also the rows without complaints: leaving those out would
make the rate higher than it is.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, TypeVar

from generator import schema
from generator.dataset.locations import CARE_TYPES, LRK_SITE, LocationRecord, LocationsFile
from generator.dataset.vocabulary import Vocabulary
from generator.dutch import format_decimal
from generator.view.model import Location, distinct_location_name
from generator.view.slugs import capped, slugify, sort_key, unique_slugs

if TYPE_CHECKING:
    from generator.view.site_context import SiteLocation

MUNICIPALITIES_FOLDER = "gemeenten"
PLACES_FOLDER = "plaatsen"
Item = TypeVar("Item")


def per_100(complaints: int, child_places: int) -> float:
    return 100 * complaints / child_places


@dataclass(frozen=True)
class LocationFacts:
    """One row of the locations file with the complaints of its location: in the register's year
    (the newest of the site), and in every year of the site."""

    record: LocationRecord
    distinct_name: str  # the name with its label, as the site names the location
    complaints: int  # in the register's year; the rate per 100 child places is over these
    page: str | None  # the docs-relative page of the location; None without complaints (no page)
    per_year: tuple[tuple[int, int], ...] = ()  # (year, complaints) for every year of the site, newest first

    def complaints_in(self, year: int) -> int:
        return dict(self.per_year).get(year, 0)

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


class PlaceAddresses:
    """The page and CSV of a municipality or place, by its folder and address part: one rule for
    the place view of one organisation (PlaceGroup) and of several (CombinedPlaceGroup)."""

    folder: str  # MUNICIPALITIES_FOLDER or PLACES_FOLDER
    slug: str

    @property
    def page(self) -> str:
        return f"{self.folder}/{self.slug}.md"

    @property
    def csv(self) -> str:
        return f"{self.folder}/{self.slug}.csv"

    @property
    def is_municipality(self) -> bool:
        return self.folder == MUNICIPALITIES_FOLDER


@dataclass(frozen=True)
class PlaceGroup(PlaceAddresses):
    """The locations of one municipality or one place (woonplaats), A to Z."""

    folder: str  # MUNICIPALITIES_FOLDER or PLACES_FOLDER
    name: str
    slug: str
    entries: tuple[LocationFacts, ...]

    @property
    def complaints(self) -> int:
        return sum(entry.complaints for entry in self.entries)

    def complaints_in(self, year: int) -> int:
        return sum(entry.complaints_in(year) for entry in self.entries)


# eq=False: two registers are the same year only when they are the same object.
@dataclass(frozen=True, eq=False)
class LocationRegister:
    year: int  # the year of the complaints per 100 child places: the newest of the site
    years: tuple[int, ...]  # every year of the site, newest first; the place view counts each
    entries: tuple[LocationFacts, ...]  # every row of the locations file, A to Z
    rate: OrganisationRate | None  # None when no row gives child places
    municipalities: tuple[PlaceGroup, ...]
    places: tuple[PlaceGroup, ...]
    columns: tuple[str, ...]  # the columns the locations file has
    by_key: dict[tuple[str, str], LocationFacts]  # the entries by location name and label
    by_page: dict[str, LocationFacts]  # the entries by the page of their location

    @property
    def several_years(self) -> bool:
        return len(self.years) > 1

    def of(self, location: Location | SiteLocation) -> LocationFacts | None:
        """By its name and label; else by its page: a location renamed in hernoemd.csv is the
        location of the row with its former name."""
        return self.by_key.get((location.name, location.label)) or self.by_page.get(location.page)

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
        (_facts(record, by_key.get(record.key), vocabulary, year) for record in locations_file.records),
        key=lambda entry: (sort_key(entry.record.name), entry.distinct_name),
    ))
    return _register(year, (year,), entries, locations_file.columns)


def site_register(year_registers: Sequence[LocationRegister | None], site_locations: Iterable[SiteLocation]) -> LocationRegister | None:
    """The register of a site of several years: every year reads the same locations file, so the
    newest year's rows, each with its location through the years (by the name and label of any
    year, the newest first: a row with a name the location had before hernoemd.csv renamed it is
    that location) and its complaints in every year. `year_registers` oldest first."""
    newest = year_registers[-1]
    if newest is None or len(year_registers) == 1:
        return newest
    years = tuple(register.year for register in reversed(year_registers) if register is not None)
    by_key: dict[tuple[str, str], SiteLocation] = {}
    for location in site_locations:
        for entry in location.present:
            by_key.setdefault((entry.name, entry.label), location)
    entries = tuple(_through_the_years(entry, by_key.get(entry.record.key), newest.year, years) for entry in newest.entries)
    return _register(newest.year, years, entries, newest.columns)


def _through_the_years(entry: LocationFacts, location: SiteLocation | None, newest: int, years: tuple[int, ...]) -> LocationFacts:
    if location is None:
        return replace(entry, complaints=0, page=None, per_year=tuple((year, 0) for year in years))
    per_year = tuple((year, location.count_in(year) or 0) for year in years)
    return replace(entry, complaints=dict(per_year)[newest], page=location.page, per_year=per_year)


def _register(year: int, years: tuple[int, ...], entries: tuple[LocationFacts, ...], columns: tuple[str, ...]) -> LocationRegister:
    return LocationRegister(
        year=year,
        years=years,
        entries=entries,
        rate=_rate(entries),
        municipalities=_groups(entries, MUNICIPALITIES_FOLDER, lambda record: record.municipality),
        places=_groups(entries, PLACES_FOLDER, lambda record: record.place),
        columns=columns,
        by_key={entry.record.key: entry for entry in entries},
        by_page={entry.page: entry for entry in reversed(entries) if entry.page},
    )


def _facts(record: LocationRecord, location: Location | None, vocabulary: Vocabulary, year: int) -> LocationFacts:
    label_name = vocabulary.label_name(record.label)
    complaints = len(location.complaints) if location else 0
    return LocationFacts(
        record=record,
        distinct_name=distinct_location_name(record.name, record.label, label_name),
        complaints=complaints,
        page=location.page if location else None,
        per_year=((year, complaints),),
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
    return tuple(PlaceGroup(folder, name, slug, members) for name, slug, members in grouped_by_name(entries, folder, lambda entry: key(entry.record)))


def grouped_by_name(items: Iterable[Item], folder: str, name_of: Callable[[Item], str]) -> list[tuple[str, str, tuple[Item, ...]]]:
    """The items with a name (a place or municipality), by name A to Z, each name with its address
    part in `folder`, in the items' order within a name. One rule for the place view of one
    organisation and of several."""
    grouped: dict[str, list[Item]] = {}
    for item in items:
        if name_of(item):
            grouped.setdefault(name_of(item), []).append(item)
    slugs = unique_slugs({name: capped(slugify(name) or folder) for name in grouped})
    return [(name, slugs[name], tuple(grouped[name])) for name in sorted(grouped, key=lambda name: (sort_key(name), name))]
