"""Which pages the site has, at which path, rendered by which template with which values.

Listing pages are split into numbered pages of a fixed size, so that no page grows with the data.
"""

from __future__ import annotations

import posixpath
from dataclasses import dataclass, field

from generator.schema import DISPUTE_COLUMNS
from generator.site.charts import category_chart, home_charts
from generator.site.downloads import category_csv_path, location_csv_path, pdf_name
from generator.site.look_alikes import look_alikes
from generator.site.search_records import filter_numbers, filter_totals
from generator.site.selection_data import selection_data_path
from generator.view.context import YearContext
from generator.view.model import Category
from generator.view.slugs import sort_key

LOCATIONS_PER_PAGE = 100
COMPLAINTS_PER_PAGE = 50
DISPUTES_PER_PAGE = 50
REPORT_TEXT_PAGES = {
    # page stem -> (title, ((subheading, text stem), ...)); "" is no subheading
    "voorwoord": ("Voorwoord", (("", "voorwoord"),)),
    "klachtenprocedure": ("Zo gaat een klacht", (
        ("Eerst bij de organisatie", "klachtenprocedure-intern"),
        ("Daarna bij de Geschillencommissie", "klachtenprocedure-extern"),
    )),
    "nawoord": ("Nawoord", (("", "nawoord"),)),
}


# On a site of several years every year has its own pages under its own folder (year_root(),
# generator/site/year_pages.py), so that they keep their address when a next year comes;
# YEARS_PAGE shows the years side by side.
YEARS_FOLDER = "jaren"
YEARS_PAGE = f"{YEARS_FOLDER}/index.md"


def year_root(year: int) -> str:
    """The folder of a year's own pages, relative to docs/."""
    return f"{YEARS_FOLDER}/{year}/"


def year_page(year: int) -> str:
    """The docs-relative path of a year's overview."""
    return f"{year_root(year)}index.md"


# The pages of one year (year_own_pages()). On a site of several years each year also has them
# under year_root(); a link from such a page to one of these paths goes to its own year's page, a
# link to any other page (locations, search, downloads, the home page) to the one page of the site.
CATEGORIES_FOLDER = "categorieen"  # the overview of the categories, and each category's pages (Category.page)
DISPUTES_PAGE = "geschillen.md"  # the first page of the disputes; the others in DISPUTES_FOLDER
DISPUTES_FOLDER = "geschillen"
RECONCILIATION_PAGE = "verslag/afstemming.md"
YEAR_SCOPED_PATHS = (f"{CATEGORIES_FOLDER}/", DISPUTES_PAGE, f"{DISPUTES_FOLDER}/", RECONCILIATION_PAGE)


def is_year_scoped(path: str) -> bool:
    return path.startswith(YEAR_SCOPED_PATHS)


# On a site of several organisations every organisation has its own pages under its folder
# (organisaties/<naam>/, generator/site/organisation_pages.py); a link from such a page goes to
# its own organisation's page, except to these, of which the site has one for all organisations:
# the locations (their pages and the A-Z list), Zoeken en filteren and the hand-written pages.
SITE_WIDE_PATHS = ("locaties/", "zoeken/index.md", "toegankelijkheid.md")


def is_site_wide(path: str) -> bool:
    return path.startswith(SITE_WIDE_PATHS)


@dataclass(frozen=True)
class Page:
    path: str  # relative to docs/, e.g. "locaties/avontuurlijk.md"
    template: str
    values: dict = field(default_factory=dict)
    root: str = ""  # the folder of the year's own pages (year_root()), where this page is one of them
    year: YearContext | None = None  # the year the page shows; None: the site's newest
    organisation_root: str = ""  # on a site of several organisations: the folder of the page's organisation

    def link(self, target: str) -> str:
        """A relative Markdown link from this page to another page ("locaties/x.md#klacht-3")."""
        target_path, _, anchor = target.partition("#")
        if self.root and is_year_scoped(target_path):
            target_path = self.root + target_path
        elif self.organisation_root and not is_site_wide(target_path):
            target_path = self.organisation_root + target_path
        return self._relative(target_path, anchor)

    def site_link(self, target: str) -> str:
        """A relative link to the page of the whole site at `target`, also from a page of one
        organisation or one year (which link() sends to their own): the place view of every
        organisation from an organisation's pages."""
        target_path, _, anchor = target.partition("#")
        return self._relative(target_path, anchor)

    def _relative(self, target_path: str, anchor: str) -> str:
        relative = relative_path(target_path, posixpath.dirname(self.path))
        return f"{relative}#{anchor}" if anchor else relative


def relative_path(target: str, folder: str) -> str:
    """posixpath.relpath(target, folder) of two paths relative to the same root (docs/), without
    asking the operating system for the working folder, as relpath does on every call."""
    if not target:
        raise ValueError("no path specified")
    folder_parts = [part for part in posixpath.normpath("/" + folder).split("/") if part]
    target_parts = [part for part in posixpath.normpath("/" + target).split("/") if part]
    common = 0
    for folder_part, target_part in zip(folder_parts, target_parts):
        if folder_part != target_part:
            break
        common += 1
    return posixpath.join(*[".."] * (len(folder_parts) - common), *target_parts[common:]) if folder_parts[common:] or target_parts[common:] else "."


@dataclass(frozen=True)
class Pager:
    number: int
    count: int
    paths: tuple[str, ...]

    @property
    def previous(self) -> str | None:
        return self.paths[self.number - 2] if self.number > 1 else None

    @property
    def next(self) -> str | None:
        return self.paths[self.number] if self.number < self.count else None


def generate_pages(year: YearContext, with_pdf: bool = False) -> list[Page]:
    """`with_pdf`: the site carries the PDF (`python -m generator site` prints it), so the pages
    link to it."""
    pdf = pdf_name(year.report.year) if with_pdf else None
    pages = year_own_pages(year, pdf)
    pages += [
        Page("verslag/index.md", "verslag.md.j2", {"text_pages": _available_text_pages(year)}),
        Page("verslag/cijfers-lezen.md", "cijfers-lezen.md.j2"),
        Page("data/index.md", "data.md.j2", {
            "fields": year.vocabulary.complaint_columns, "dispute_fields": DISPUTE_COLUMNS, "pdf": pdf, "year_files": (),
            "complaint_count": len(year.complaints), "dispute_count": len(year.disputes),
        }),
        Page("zoeken/index.md", "zoeken.md.j2", {
            "selection_data": {category.name: selection_data_path(category) for category in year.categories},
            "organisations": (), "years": (), "judgements": year.judgements, "labels": year.label_names, "complaint_count": len(year.complaints),
            "totals": filter_totals(year),
            "numbers": filter_numbers(year),
        }),
    ]
    pages += _report_text_pages(year)
    pages += location_index_pages(year.locations)
    similar = look_alikes(year.locations)
    pages += [
        Page(location.page, "locatie.md.j2", {
            "location": location, "look_alikes": similar.get(location.slug, ()), "csv": location_csv_path(location),
            "full_text": year.header_search_full_text, "organisation": None,
        })
        for location in year.locations
    ]
    return pages


def year_own_pages(year: YearContext, pdf: str | None) -> list[Page]:
    """The pages of one year: its overview (the home page), its categories, its disputes and its
    reconciliation. Every one but the overview is at a path in YEAR_SCOPED_PATHS. `pdf`: the
    name of the year's PDF, when the site carries it."""
    pages = [
        Page("index.md", "home.md.j2", {"charts": home_charts(year), "pdf": pdf, "trend": None}),
        Page(f"{CATEGORIES_FOLDER}/index.md", "categorieen.md.j2"),
        Page(RECONCILIATION_PAGE, "afstemming.md.j2"),
        *dispute_pages(year),
    ]
    for category in year.categories:
        pages += category_pages(year, category)
    return pages


def _report_text_pages(year: YearContext) -> list[Page]:
    pages = []
    for stem, (title, parts) in REPORT_TEXT_PAGES.items():
        texts = [(heading, year.texts[text_stem]) for heading, text_stem in parts if text_stem in year.texts]
        if texts:
            pages.append(Page(f"verslag/{stem}.md", "verslag-tekst.md.j2", {"title": title, "texts": texts}))
    return pages


def site_description(year: YearContext) -> str:
    """What the whole site is about, in one sentence (MkDocs' site_description)."""
    judged = ", of die gegrond was" if year.judgements else ""
    return f"Alle klachten van ouders over {year.report.organisation} in {year.report.year}: per locatie wat de klacht was{judged} en wat er is gedaan."


def _available_text_pages(year: YearContext) -> list[tuple[str, str]]:
    """(page stem, title) of the report-text pages that have a text in this year's data."""
    return [
        (stem, title)
        for stem, (title, parts) in REPORT_TEXT_PAGES.items()
        if any(text_stem in year.texts for _, text_stem in parts)
    ]


def _chunks(items: tuple, size: int) -> list[tuple]:
    return [items[start : start + size] for start in range(0, len(items), size)] or [()]


def _numbered_paths(first: str, folder: str, count: int) -> tuple[str, ...]:
    return (first, *(f"{folder}/{number}.md" for number in range(2, count + 1)))


def location_index_pages(locations: tuple, template: str = "locaties.md.j2") -> list[Page]:
    """The A-Z list in pages of LOCATIONS_PER_PAGE; `locations` have a name and an anchor."""
    chunks = _chunks(locations, LOCATIONS_PER_PAGE)
    paths = _numbered_paths("locaties/index.md", "locaties/a-z", len(chunks))
    letters = _letter_links(chunks, paths)
    return [
        Page(path, template, {"locations": chunk, "pager": Pager(number, len(chunks), paths), "letters": letters})
        for number, (path, chunk) in enumerate(zip(paths, chunks), 1)
    ]


def first_letter(name: str) -> str:
    key = sort_key(name)
    letter = key[:1].upper()
    return letter if letter.isalpha() else "0-9"


def _letter_links(chunks: list[tuple], paths: tuple[str, ...]) -> tuple[tuple[str, str], ...]:
    """Each first letter with a link to the first location that starts with it."""
    links: dict[str, str] = {}
    for path, chunk in zip(paths, chunks):
        for location in chunk:
            links.setdefault(first_letter(location.name), f"{path}#{location.anchor}")
    return tuple(links.items())


def dispute_pages(year: YearContext) -> list[Page]:
    chunks = _chunks(year.disputes, DISPUTES_PER_PAGE)
    paths = _numbered_paths(DISPUTES_PAGE, DISPUTES_FOLDER, len(chunks))
    return [
        Page(path, "geschillen.md.j2", {"disputes": chunk, "pager": Pager(number, len(chunks), paths)})
        for number, (path, chunk) in enumerate(zip(paths, chunks), 1)
    ]


def category_pages(year: YearContext, category: Category) -> list[Page]:
    chunks = _chunks(category.complaints, COMPLAINTS_PER_PAGE)
    folder = posixpath.dirname(category.page)
    paths = _numbered_paths(category.page, folder, len(chunks))
    chart = category_chart(category, year.judgements) if year.judgements else None
    return [
        Page(path, "categorie.md.j2", {
            "category": category, "complaints": chunk, "pager": Pager(number, len(chunks), paths), "chart": chart,
            "csv": category_csv_path(category), "per_year": None,
        })
        for number, (path, chunk) in enumerate(zip(paths, chunks), 1)
    ]


def template_values(page: Page, year: YearContext) -> dict:
    """`year`: the site's newest, for a page that does not say which year it shows."""
    return {"year": page.year or year, "page": page, "link": page.link, **page.values}
