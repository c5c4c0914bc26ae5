"""The pages that only a site with a locations file has: every place (woonplaats) and every
municipality with its locations, each with an overview. The place view for the GGD is the
municipality's page and its CSV (generator/site/place_downloads.py). A site of several
organisations has them per organisation under its folder, and at the root of the site those of
every organisation together."""

from __future__ import annotations

from generator.site.pages import Page
from generator.view.location_register import MUNICIPALITIES_FOLDER, PLACES_FOLDER, PlaceGroup
from generator.view.organisation_places import OrganisationsPlaceView
from generator.view.site_context import SiteContext

GROUP_TEMPLATE = "plaats.md.j2"
OVERVIEW_TEMPLATE = "plaatsen.md.j2"
ORGANISATIONS_GROUP_TEMPLATE = "plaats-organisaties.md.j2"
ORGANISATIONS_OVERVIEW_TEMPLATE = "plaatsen-organisaties.md.j2"


def place_pages(site: SiteContext) -> list[Page]:
    """The register's pages, of the locations of every year of the site."""
    register = site.register
    if register is None:
        return []
    pages = _group_pages(register.places, PLACES_FOLDER, municipalities=False) + _group_pages(
        register.municipalities, MUNICIPALITIES_FOLDER, municipalities=True
    )
    return [Page(page.path, page.template, {"register": register} | page.values) for page in pages]


def _group_pages(groups: tuple[PlaceGroup, ...], folder: str, municipalities: bool) -> list[Page]:
    if not groups:
        return []
    overview = Page(f"{folder}/index.md", OVERVIEW_TEMPLATE, {"groups": groups, "municipalities": municipalities})
    return [overview, *(Page(group.page, GROUP_TEMPLATE, {"group": group}) for group in groups)]


def organisations_place_pages(view: OrganisationsPlaceView | None) -> list[Page]:
    """The place view of a site of several organisations, at the root of the site: every
    organisation's locations per place and per municipality (generator/view/organisation_places.py)."""
    if view is None:
        return []
    pages = []
    for folder, groups in ((PLACES_FOLDER, view.places), (MUNICIPALITIES_FOLDER, view.municipalities)):
        if groups:
            pages.append(Page(f"{folder}/index.md", ORGANISATIONS_OVERVIEW_TEMPLATE, {"view": view, "groups": groups, "municipalities": folder == MUNICIPALITIES_FOLDER}))
            pages += [Page(group.page, ORGANISATIONS_GROUP_TEMPLATE, {"view": view, "group": group}) for group in groups]
    return pages
