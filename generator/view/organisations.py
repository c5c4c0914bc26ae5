"""OrganisationsSite: a site of several organisations (data/<organisatie>/<jaar>/), each its own
SiteContext, with location addresses unique across all of them.

A location keeps the address a site of its organisation alone gives it (site_slugs), unless
another organisation has a location at the same address: then each of them gets its
organisation's folder name added ("de-klaver-zonnebloem"), and the shared address becomes a page
that links to each (see generator/site/organisation_pages.py). So adding an organisation never
breaks an address: it is the same page, or a page that leads to it.

Vocabularies differ between organisations, so nothing here adds up categories, labels or
judgements across organisations: only totals, per organisation.
"""

from __future__ import annotations

from dataclasses import dataclass

from generator.view.context import HEADER_SEARCH_FULL_TEXT_LIMIT, YearContext
from generator.view.site_context import SiteContext, SiteLocation
from generator.view.slugs import MAX_SLUG_LENGTH, RESERVED, capped, sort_key

ORGANISATIONS_FOLDER = "organisaties"


def organisation_root(slug: str) -> str:
    """The folder of an organisation's own pages, docs-relative."""
    return f"{ORGANISATIONS_FOLDER}/{slug}/"


@dataclass(frozen=True, eq=False)
class Organisation:
    slug: str  # its folder's name
    site: SiteContext  # its years, with the addresses of this site
    moved: dict[str, str]  # a location's address in a site of this organisation alone -> its address here, where they differ

    @property
    def name(self) -> str:
        return self.site.newest.report.organisation

    @property
    def root(self) -> str:
        return organisation_root(self.slug)

    @property
    def overview(self) -> str:
        return f"{self.root}index.md"

    @property
    def complaints_per_location(self) -> float:
        """Its newest year's complaints per location with a complaint: a rate that compares across
        organisations, where their categories do not."""
        newest = self.site.newest
        return len(newest.complaints) / len(newest.locations) if newest.locations else 0.0


@dataclass(frozen=True)
class OrganisationLocation:
    organisation: Organisation
    location: SiteLocation

    @property
    def name(self) -> str:
        return self.location.name

    @property
    def anchor(self) -> str:
        return self.location.anchor


@dataclass(frozen=True, eq=False)
class OrganisationsSite:
    organisations: tuple[Organisation, ...]  # by folder name
    earlier: str | None = None  # the folder name of the organisation whose site this was (data/oude-adressen.yaml)

    @property
    def locations(self) -> tuple[OrganisationLocation, ...]:
        """Every location of every organisation, A to Z."""
        every = [OrganisationLocation(organisation, location) for organisation in self.organisations for location in organisation.site.locations]
        return tuple(sorted(every, key=lambda item: (sort_key(item.location.name), item.location.label_name, sort_key(item.organisation.name), item.location.slug)))

    @property
    def complaint_count(self) -> int:
        return sum(organisation.site.complaint_count for organisation in self.organisations)

    @property
    def years(self) -> tuple[int, ...]:
        """Every year some organisation has a report of, newest first."""
        return tuple(sorted({year.report.year for organisation in self.organisations for year in organisation.site.years}, reverse=True))

    @property
    def several_years(self) -> bool:
        """Whether the reports of the organisations together cover more than one year."""
        return len(self.years) > 1

    @property
    def every_year(self) -> tuple[YearContext, ...]:
        """Every year of every organisation, by organisation, each oldest first."""
        return tuple(year for organisation in self.organisations for year in organisation.site.years)

    def organisation_of(self, year: YearContext) -> str:
        """The name of the organisation a year of this site belongs to."""
        return next(organisation.name for organisation in self.organisations if any(own is year for own in organisation.site.years))

    @property
    def header_search_full_text(self) -> bool:
        return self.complaint_count <= HEADER_SEARCH_FULL_TEXT_LIMIT

    @property
    def newest(self):
        """The newest report of the site (its date dates the build)."""
        return max((organisation.site.newest for organisation in self.organisations), key=lambda year: (year.report.date, year.report.year))

    def organisation(self, slug: str) -> Organisation:
        return next(organisation for organisation in self.organisations if organisation.slug == slug)


def organisation_slugs(alone: dict[str, set[str]]) -> dict[str, dict[str, str]]:
    """Per organisation (folder name), each location slug a site of it alone gives, with the slug
    it gets on the site of all: the same where no other organisation has it, else with the
    organisation's folder name added (and, if that is taken too, the first free number)."""
    owners: dict[str, list[str]] = {}
    for organisation, slugs in alone.items():
        for slug in slugs:
            owners.setdefault(slug, []).append(organisation)
    result = {organisation: {} for organisation in alone}
    taken = set(RESERVED)
    shared = []
    for slug, organisations in owners.items():
        if len(organisations) == 1:
            result[organisations[0]][slug] = slug
            taken.add(slug)
        else:
            shared += [(organisation, slug) for organisation in organisations]
    for organisation, slug in sorted(shared):
        candidate = capped(f"{slug}-{organisation}")
        moved, number = candidate, 1
        while moved in taken:
            number += 1
            suffix = f"-{number}"
            moved = capped(candidate, MAX_SLUG_LENGTH - len(suffix)) + suffix
        result[organisation][slug] = moved
        taken.add(moved)
    return result
