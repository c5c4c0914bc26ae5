"""SiteContext: every year of a site, each as its YearContext, with the locations across the
years (each with its one address) and the trend. A site of one year is a SiteContext too."""

from __future__ import annotations

from dataclasses import dataclass

from generator.view.context import HEADER_SEARCH_FULL_TEXT_LIMIT, YearContext
from generator.view.location_register import LocationRegister, site_register
from generator.view.model import Location, distinct_location_name, location_page
from generator.view.slugs import sort_key
from generator.view.trend import Trend, trend_of

# How a year without complaints about a location relates to the years it has them: the page says
# something else before its first year (it may not have existed yet) than after its last (it may
# have closed or been renamed without a mapping).
BEFORE, BETWEEN, AFTER = "eerder", "tussen", "later"


@dataclass(frozen=True)
class LocationYear:
    year: int
    location: Location | None  # None: the report of that year names no complaint about it
    absence: str | None = None  # BEFORE, BETWEEN or AFTER where location is None


@dataclass(frozen=True)
class SiteLocation:
    """One location through the years: one page, one address."""

    slug: str
    years: tuple[LocationYear, ...]  # every year of the site, newest first

    @property
    def present(self) -> tuple[Location, ...]:
        """Its entries of the years it has complaints, newest first."""
        return tuple(entry.location for entry in self.years if entry.location is not None)

    @property
    def current(self) -> Location:
        """Its newest entry: the name and label it is known by now."""
        return self.present[0]

    @property
    def name(self) -> str:
        return self.current.name

    @property
    def label(self) -> str:
        return self.current.label

    @property
    def label_name(self) -> str:
        return self.current.label_name

    @property
    def distinct_name(self) -> str:
        return distinct_location_name(self.name, self.label, self.label_name)

    @property
    def page(self) -> str:
        return location_page(self.slug)

    @property
    def anchor(self) -> str:
        return self.current.anchor

    @property
    def complaint_count(self) -> int:
        return sum(len(location.complaints) for location in self.present)

    def count_in(self, year: int) -> int | None:
        entry = next((entry for entry in self.years if entry.year == year), None)
        return len(entry.location.complaints) if entry and entry.location else None

    @property
    def former_names(self) -> tuple[tuple[tuple[int, ...], str], ...]:
        """Each name (with its label) it had before, with the years it had it, newest first."""
        now = self.distinct_name
        names: dict[str, list[int]] = {}
        for entry in self.years:
            if entry.location and entry.location.distinct_name != now:
                names.setdefault(entry.location.distinct_name, []).append(entry.year)
        return tuple((tuple(sorted(years)), name) for name, years in names.items())


# eq=False: it holds YearContexts, which hold data frames.
@dataclass(frozen=True, eq=False)
class SiteContext:
    years: tuple[YearContext, ...]  # oldest first
    locations: tuple[SiteLocation, ...]  # A to Z by their current name
    trend: Trend
    register: LocationRegister | None = None  # from the organisation's locations file, over every year; None without one

    @property
    def newest(self) -> YearContext:
        return self.years[-1]

    @property
    def several_years(self) -> bool:
        return len(self.years) > 1

    @property
    def newest_first(self) -> tuple[YearContext, ...]:
        return tuple(reversed(self.years))

    @property
    def complaint_count(self) -> int:
        return sum(len(year.complaints) for year in self.years)

    @property
    def dispute_count(self) -> int:
        return sum(len(year.disputes) for year in self.years)

    @property
    def header_search_full_text(self) -> bool:
        return self.complaint_count <= HEADER_SEARCH_FULL_TEXT_LIMIT

    @property
    def has_labels(self) -> bool:
        return any(year.label_names for year in self.years)

    @property
    def has_judgements(self) -> bool:
        return any(year.judgements for year in self.years)

    def year(self, number: int) -> YearContext:
        return next(year for year in self.years if year.report.year == number)


def site_context(years: tuple[YearContext, ...]) -> SiteContext:
    """`years` oldest first, their locations' slugs given by one site (site_slugs)."""
    locations = _site_locations(years)
    return SiteContext(years, locations, trend_of(years), site_register([year.register for year in years], locations))


def _site_locations(years: tuple[YearContext, ...]) -> tuple[SiteLocation, ...]:
    by_slug: dict[str, dict[int, Location]] = {}
    for year in years:
        for location in year.locations:
            by_slug.setdefault(location.slug, {})[year.report.year] = location
    numbers = [year.report.year for year in years]
    locations = [SiteLocation(slug, _location_years(numbers, found)) for slug, found in by_slug.items()]
    return tuple(sorted(locations, key=lambda location: (sort_key(location.name), location.label_name, location.slug)))


def _location_years(numbers: list[int], found: dict[int, Location]) -> tuple[LocationYear, ...]:
    first, last = min(found), max(found)
    entries = []
    for number in reversed(numbers):
        if number in found:
            entries.append(LocationYear(number, found[number]))
        else:
            entries.append(LocationYear(number, None, BEFORE if number < first else AFTER if number > last else BETWEEN))
    return tuple(entries)
