"""The pages of a site with several years (generate_pages() makes those of a site of one year).

- The pages of the newest year stay where a site of one year has them (home, categories,
  disputes, reconciliation), the home page with the trend over all years.
- Every year, the newest too, has the same pages under its own folder (year_root() in
  generator/site/pages.py; its overview is its home page there), so that a year's pages keep
  their address when a next year comes.
- One page per location across the years (its address never changes, see
  generator/view/site_locations.py), and one A-Z list of them.
- YEARS_PAGE: the years side by side.
"""

from __future__ import annotations

from generator.site.downloads import location_csv_path, pdf_name
from generator.site.look_alikes import look_alikes
from generator.site.search_records import filter_numbers, filter_totals
from generator.site.selection_data import selection_data_path_of
from generator.site.year_downloads import all_years_data_page
from generator.site.pages import YEARS_PAGE, Page, generate_pages, location_index_pages, year_own_pages, year_page, year_root
from generator.view.context import YearContext
from generator.view.site_context import SiteContext


def generate_site_pages(site: SiteContext, with_pdf: bool = False) -> list[Page]:
    """Every page of the site: those of generate_pages() for a site of one year."""
    newest = site.newest
    if not site.several_years:
        return generate_pages(newest, with_pdf)
    years = _year_links(site)
    per_year = _category_counts(site)
    pages = []
    for page in generate_pages(newest, with_pdf):
        if page.template in ("locatie.md.j2", "locaties.md.j2"):
            continue
        pages.append(_with_site_values(page, site, years, per_year, with_pdf))
    pages += location_index_pages(site.locations, "locaties-jaren.md.j2")
    similar = look_alikes(site.locations)
    pages += [
        Page(location.page, "locatie-jaren.md.j2", {
            "site": site, "location": location, "look_alikes": similar.get(location.slug, ()), "csv": location_csv_path(location),
            "full_text": site.header_search_full_text, "organisation": None,
        })
        for location in site.locations
    ]
    pages.append(Page(YEARS_PAGE, "jaren.md.j2", {"site": site, "years": years}))
    for year in site.years:
        pages += _own_pages(year, with_pdf, per_year)
    return [_with_site(page, site) for page in pages]


def _with_site(page: Page, site: SiteContext) -> Page:
    return Page(page.path, page.template, {"site": site} | page.values, page.root, page.year)


def _with_site_values(page: Page, site: SiteContext, years: dict[int, str], per_year: dict, with_pdf: bool) -> Page:
    values = _with_per_year(page.values, page.template, per_year)
    if page.template == "home.md.j2":
        values |= {"trend": site.trend, "year_pages": years}
    if page.template == "zoeken.md.j2":
        values |= search_filters(site)
    if page.template == "data.md.j2":
        values |= all_years_data_page(site, with_pdf)
    return Page(page.path, page.template, values, page.root, page.year)


def search_filters(site: SiteContext) -> dict:
    """What Zoeken en filteren offers on a site of several years: every year, and the categories,
    judgements and labels of all of them."""
    judgements = {judgement.value: judgement for year in site.years for judgement in year.judgements}
    return {
        "years": tuple(year.report.year for year in site.newest_first),
        "selection_data": {name: selection_data_path_of(name, site) for name in site.trend.categories if _has_data(name, site)},
        "judgements": tuple(sorted(judgements.values(), key=lambda judgement: not judgement.value)),
        "labels": tuple(dict.fromkeys(label for year in site.years for label in year.label_names)),
        "complaint_count": site.complaint_count,
        "totals": filter_totals(*site.years, with_year=True),
        "numbers": filter_numbers(*site.years, with_year=True),
    }


def _has_data(name: str, site: SiteContext) -> bool:
    return any(name in year.vocabulary.category_names for year in site.years)


def _own_pages(year: YearContext, with_pdf: bool, per_year: dict) -> list[Page]:
    """A year's own pages (year_own_pages()) under its own folder, its categories with their
    count in every year."""
    root = year_root(year.report.year)
    own = year_own_pages(year, pdf_name(year.report.year) if with_pdf else None)
    return [Page(root + page.path, page.template, _with_per_year(page.values, page.template, per_year), root, year) for page in own]


def _with_per_year(values: dict, template: str, per_year: dict) -> dict:
    """A copy of a page's values; a category's page with the category's count in every year."""
    return values | ({"per_year": per_year[values["category"].name]} if template == "categorie.md.j2" else {})


def _year_links(site: SiteContext) -> dict[int, str]:
    """The overview page of each year that has data."""
    return {year.report.year: year_page(year.report.year) for year in site.years}


def _category_counts(site: SiteContext) -> dict[str, tuple]:
    """Per category name: (year of the trend, its count there or None) for every year, newest first."""
    return {name: tuple((row, row.category_count(name)) for row in site.trend.years) for name in site.trend.categories}
