"""The pages that only a site with a locations file has: every place (woonplaats) and every
municipality with its locations, each with an overview. The place view for the GGD is the
municipality's page and its CSV (generator/site/place_downloads.py)."""

from __future__ import annotations

from generator.site.pages import Page
from generator.view.location_register import MUNICIPALITIES_FOLDER, PLACES_FOLDER, PlaceGroup
from generator.view.site_context import SiteContext

GROUP_TEMPLATE = "plaats.md.j2"
OVERVIEW_TEMPLATE = "plaatsen.md.j2"


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
