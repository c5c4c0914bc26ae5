"""The place view of a site of several organisations, for the GGD: per municipality (verantwoordelijke
gemeente) and per place (woonplaats) every location of every organisation whose locations file
puts it there, with its complaints in every year of the organisations' reports.

Each organisation's own register (generator/view/location_register.py, through its SiteContext)
gives the rows, their complaints per year and the pages of their locations; this module only puts
them side by side. An organisation without a report of a year has no count for it (None), never
a 0: nobody knows how many complaints it had. A total of a year counts the organisations with a
report of it. Nothing here adds up categories or compares rates across organisations: their
vocabularies and their counting differ. Organisations without a locations file are not in it.
"""

from __future__ import annotations

from dataclasses import dataclass

from generator import schema
from generator.dataset.locations import LocationRecord
from generator.view.location_register import MUNICIPALITIES_FOLDER, PLACES_FOLDER, LocationFacts, PlaceAddresses, PlaceGroup, grouped_by_name
from generator.view.organisations import Organisation, OrganisationsSite
from generator.view.slugs import sort_key


@dataclass(frozen=True)
class OrganisationPlaceEntry:
    """One row of an organisation's locations file."""

    organisation: Organisation
    facts: LocationFacts

    @property
    def record(self) -> LocationRecord:
        return self.facts.record

    def complaints_in(self, year: int) -> int | None:
        """None: the organisation has no report of that year on this site."""
        register = self.organisation.site.register
        return self.facts.complaints_in(year) if year in register.years else None


@dataclass(frozen=True)
class OwnPlacePage:
    """An organisation's own page of a municipality or place (under organisaties/<naam>/), with
    its complaints per 100 child places."""

    organisation: Organisation
    group: PlaceGroup

    @property
    def page(self) -> str:
        return self.organisation.root + self.group.page


@dataclass(frozen=True)
class CombinedPlaceGroup(PlaceAddresses):
    """The locations of every organisation in one municipality or place: by name A to Z, then by
    organisation."""

    folder: str  # MUNICIPALITIES_FOLDER or PLACES_FOLDER
    name: str
    slug: str
    entries: tuple[OrganisationPlaceEntry, ...]
    own_pages: tuple[OwnPlacePage, ...]  # each organisation's page of this name or of this address

    @property
    def organisations(self) -> tuple[Organisation, ...]:
        return tuple(dict.fromkeys(entry.organisation for entry in self.entries))

    def complaints_in(self, year: int) -> int | None:
        """The complaints of the organisations with a report of `year`; None when none has one."""
        counts = [count for count in (entry.complaints_in(year) for entry in self.entries) if count is not None]
        return sum(counts) if counts else None

    def without_report(self, year: int) -> tuple[Organisation, ...]:
        return tuple(organisation for organisation in self.organisations if year not in organisation.site.register.years)

    def gaps(self, years: tuple[int, ...]) -> tuple[tuple[int, tuple[Organisation, ...]], ...]:
        """Each of `years` that one of its organisations has no report of, with those organisations."""
        return tuple((year, missing) for year in years if (missing := self.without_report(year)))


@dataclass(frozen=True, eq=False)
class OrganisationsPlaceView:
    years: tuple[int, ...]  # every year one of its organisations has a report of, newest first
    organisations: tuple[Organisation, ...]  # those with a locations file
    without_file: tuple[Organisation, ...]  # those without: not in the view
    municipalities: tuple[CombinedPlaceGroup, ...]
    places: tuple[CombinedPlaceGroup, ...]

    def without_report(self, year: int) -> tuple[Organisation, ...]:
        return tuple(organisation for organisation in self.organisations if year not in organisation.site.register.years)

    @property
    def gaps(self) -> tuple[tuple[int, tuple[Organisation, ...]], ...]:
        """Each year that one of the organisations has no report of, with those organisations."""
        return tuple((year, missing) for year in self.years if (missing := self.without_report(year)))

    @property
    def columns(self) -> tuple[str, ...]:
        """The columns of the locations files together, in the schema's order."""
        present = {column for organisation in self.organisations for column in organisation.site.register.columns}
        return tuple(column.name for column in schema.LOCATION_COLUMNS if column.name in present)


def organisations_place_view(site: OrganisationsSite) -> OrganisationsPlaceView | None:
    """None when no organisation has a locations file (or none gives a place or municipality):
    then the site has no place view."""
    organisations = tuple(organisation for organisation in site.organisations if organisation.site.register is not None)
    if not organisations:
        return None
    entries = sorted(
        (OrganisationPlaceEntry(organisation, facts) for organisation in organisations for facts in organisation.site.register.entries),
        key=lambda entry: (sort_key(entry.record.name), entry.facts.distinct_name, sort_key(entry.organisation.name), entry.organisation.slug),
    )
    municipalities = _groups(entries, organisations, MUNICIPALITIES_FOLDER)
    places = _groups(entries, organisations, PLACES_FOLDER)
    if not municipalities and not places:
        return None  # no locations file gives a place or a municipality
    return OrganisationsPlaceView(
        years=tuple(sorted({year for organisation in organisations for year in organisation.site.register.years}, reverse=True)),
        organisations=organisations,
        without_file=tuple(organisation for organisation in site.organisations if organisation not in organisations),
        municipalities=municipalities,
        places=places,
    )


def _groups(entries: list[OrganisationPlaceEntry], organisations: tuple[Organisation, ...], folder: str) -> tuple[CombinedPlaceGroup, ...]:
    municipalities = folder == MUNICIPALITIES_FOLDER

    def name_of(entry: OrganisationPlaceEntry) -> str:
        return entry.record.municipality if municipalities else entry.record.place

    return tuple(
        CombinedPlaceGroup(folder, name, slug, members, _own_pages(organisations, folder, name, slug))
        for name, slug, members in grouped_by_name(entries, folder, name_of)
    )


def _own_pages(organisations: tuple[Organisation, ...], folder: str, name: str, slug: str) -> tuple[OwnPlacePage, ...]:
    """Each organisation's own page of this name, and the one at this address in a site of that
    organisation alone (where two spellings got each other's address): that address is now this
    page, so it must still lead there."""
    pages = []
    for organisation in organisations:
        register = organisation.site.register
        groups = register.municipalities if folder == MUNICIPALITIES_FOLDER else register.places
        pages += [OwnPlacePage(organisation, group) for group in groups if group.name == name or group.slug == slug]
    return tuple(pages)
