"""The pages of a site of several organisations (generate_site_pages() makes those of one).

- Every organisation has the pages a site of it alone has (overview, categories, disputes, years,
  report, downloads, and with its locations file its places and municipalities) under its folder, organisaties/<naam>/; their links among themselves are
  the same, and their links to the pages of the whole site (locations, Zoeken en filteren) go
  there (Page.organisation_root).
- The site has one page per location of every organisation, at locaties/<adres> (addresses
  unique across organisations, generator/view/organisations.py), one A-Z list of them, one
  Zoeken en filteren with a filter per organisation, and a home page that lists the organisations.
- With a locations file of one organisation or more, the site has a place view of every
  organisation at gemeenten/ and plaatsen/ (generator/site/place_pages.py), linked from the
  home page, the A-Z list and each organisation's overview and downloads.
- Every address a site of one of the organisations alone has that this site has no page at
  (categorieen/, geschillen.md, a location that got its organisation added, ...) becomes a page
  that links to where it went: an address once shared keeps leading to its page.
"""

from __future__ import annotations

from dataclasses import replace

from generator.hosting.preview_image import PreviewText
from generator.progress import counted
from generator.site.pages import Page, is_site_wide, location_index_pages
from generator.site.search_records import filter_numbers, filter_totals
from generator.view.filter_values import of_organisation
from generator.site.selection_data import selection_data_path_of
from generator.site.place_pages import organisations_place_pages, place_pages
from generator.site.year_pages import generate_site_pages
from generator.view.model import location_page
from generator.view.organisation_places import OrganisationsPlaceView, organisations_place_view
from generator.view.organisations import ORGANISATIONS_FOLDER, Organisation, OrganisationsSite

ORGANISATIONS_PAGE = f"{ORGANISATIONS_FOLDER}/index.md"
# An organisation's pages that link to the place view of every organisation.
PLACE_VIEW_TEMPLATES = ("home.md.j2", "data.md.j2")


def generate_organisations_pages(site: OrganisationsSite, with_pdf: bool = False) -> list[Page]:
    newest = site.newest
    place_view = organisations_place_view(site)
    pages = [
        Page("index.md", "organisaties.md.j2", {"organisations": site.organisations, "home": True, "place_view": place_view}, year=newest),
        Page(ORGANISATIONS_PAGE, "organisaties.md.j2", {"organisations": site.organisations, "home": False, "place_view": place_view}, year=newest),
        Page("zoeken/index.md", "zoeken.md.j2", search_filters(site), year=newest),
    ]
    pages += [
        replace(page, year=newest, values=page.values | {"place_view": place_view})
        for page in location_index_pages(site.locations, "locaties-organisaties.md.j2")
    ]
    pages += [replace(page, year=newest) for page in organisations_place_pages(place_view)]
    moved: dict[str, list[tuple[str, str]]] = {}
    for organisation in site.organisations:
        own, organisation_moved = _organisation_pages(organisation, with_pdf, site.header_search_full_text)
        pages += [_with_place_view(page, place_view) for page in own]
        for path, entry in organisation_moved:
            moved.setdefault(path, []).append(entry)
    # The place view of every organisation takes the addresses gemeenten/ and plaatsen/ of a site
    # of one of them alone: those pages link to each organisation's own (OwnPlacePage).
    generated = {page.path for page in pages}
    pages += [
        Page(path, "verhuisd.md.j2", {"entries": tuple(entries)}, year=newest)
        for path, entries in sorted(moved.items())
        if path not in generated
    ]
    return pages


def _with_place_view(page: Page, place_view: OrganisationsPlaceView | None) -> Page:
    if page.template not in PLACE_VIEW_TEMPLATES:
        return page
    return replace(page, values=page.values | {"place_view": place_view})


def _organisation_pages(organisation: Organisation, with_pdf: bool, full_text: bool) -> tuple[list[Page], list[tuple[str, tuple[str, str]]]]:
    """The organisation's pages on this site, and each address a site of it alone gives a page
    with (the name of the link to it, where the page is now)."""
    site = organisation.site
    location_pages = {location.page: location for location in site.locations}
    old_slugs = {new: old for old, new in organisation.moved.items()}
    pages, moved = [], []
    for page in generate_site_pages(site, with_pdf) + place_pages(site):
        year = page.year or site.newest
        if page.path in location_pages:
            # The header search indexes every page of the site: whether it carries the complaints'
            # full texts depends on all organisations' complaints together.
            values = page.values | {"full_text": full_text, "organisation": organisation.name}
            pages.append(replace(page, values=values, year=year, organisation_root=organisation.root))
            location = location_pages[page.path]
            if location.slug in old_slugs:
                moved.append((location_page(old_slugs[location.slug]), (f"{location.distinct_name}, {organisation.name}", page.path)))
        elif not is_site_wide(page.path):
            path = organisation.root + page.path
            root = organisation.root + page.root if page.root else ""
            pages.append(replace(page, path=path, root=root, year=year, organisation_root=organisation.root))
            moved.append((page.path, (organisation.name, path)))
    return pages, moved


def search_filters(site: OrganisationsSite) -> dict:
    """What Zoeken en filteren offers on a site of several organisations: each organisation, every
    year, each organisation's own categories, and the judgements and labels of all."""
    every_year = site.every_year
    judgements = {judgement.value: judgement for year in every_year for judgement in year.judgements}
    selection_data = {
        of_organisation(name, organisation.name): organisation.root + selection_data_path_of(name, organisation.site)
        for organisation in site.organisations
        for name in dict.fromkeys(category.name for year in organisation.site.newest_first for category in year.categories)
    }
    return {
        "organisations": tuple(organisation.name for organisation in site.organisations),
        # A filter costs every visitor its share of the index: none for one year.
        "years": site.years if site.several_years else (),
        "selection_data": selection_data,
        "judgements": tuple(sorted(judgements.values(), key=lambda judgement: not judgement.value)),
        "labels": tuple(dict.fromkeys(label for year in every_year for label in year.label_names)),
        "complaint_count": site.complaint_count,
        "totals": filter_totals(*every_year, with_year=site.several_years, organisation_of=site.organisation_of),
        "numbers": filter_numbers(*every_year, with_year=site.several_years, organisation_of=site.organisation_of),
    }


def organisations_title(site: OrganisationsSite) -> str:
    """The site's name (MkDocs' site_name) on a site of several organisations."""
    return f"Klachten over {len(site.organisations)} organisaties voor kinderopvang"


def organisations_description(site: OrganisationsSite) -> str:
    return f"De klachten van ouders over {len(site.organisations)} organisaties voor kinderopvang: per locatie wat de klacht was en wat er is gedaan."


def organisations_period(site: OrganisationsSite) -> str:
    """The years the site's reports cover: '2024' or '2024 tot en met 2025'."""
    years = site.years
    return str(years[0]) if len(years) == 1 else f"{years[-1]} tot en met {years[0]}"


def organisations_preview_text(site: OrganisationsSite) -> PreviewText:
    """The texts of the sharing picture of a site of several organisations: totals only."""
    locations = len(site.locations)
    return PreviewText(
        heading=organisations_title(site),
        figure=counted(site.complaint_count, "klacht", "klachten"),
        detail=f"bij {counted(locations, 'locatie', 'locaties')} van {len(site.organisations)} organisaties in {organisations_period(site)}.",
        footer="Per locatie: wat de klacht was en wat er is gedaan.",
    )
