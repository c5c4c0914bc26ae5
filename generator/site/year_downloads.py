"""The downloads of a site with several years: each year's files as a site of that year alone has
them, under data/<jaar>/, and the files of all years together in data/, with a first column
`jaar`; datapackage.json describes both. The CSV of a location has its complaints of every year
(with `jaar`), that of a category the complaints of its year.
"""

from __future__ import annotations

from dataclasses import dataclass

from generator import schema
from generator.dataset.report_meta import ReportMeta
from generator.site.downloads import (
    DISPUTE_FIELDS,
    EXACT_TEXT_NOTE,
    FOLDER,
    SPREADSHEET_NOTE,
    _complaint_fields,
    _dispute_fields,
    package_field,
    package_resource,
    category_csv_files,
    data_files,
    download_files,
    location_csv_path,
    pdf_name,
    records,
    spreadsheet_csv,
)
from generator.site.pages import RECONCILIATION_PAGE, year_root
from generator.site.selection_data import selection_data_files, site_selection_data_files
from generator.view.context import YearContext
from generator.view.site_context import SiteContext
from generator.view.slugs import slugify

YEAR_FIELD = schema.Column("jaar", "integer", True, "Het jaar van het verslag waarin de klacht of het geschil staat.")
PER_YEAR_FILES = ("klachten.csv", "klachten-excel.csv", "klachten.json", "geschillen.csv", "geschillen.json")


@dataclass(frozen=True)
class YearDownloads:
    """One year's own downloads, as the page Open data lists them."""

    year: int
    complaints: int
    disputes: int
    folder: str  # relative to the downloads folder
    pdf: str | None  # the year's printed report, when the site carries it


@dataclass(frozen=True)
class CategoriesOfSomeYears:
    """Categories that only some years of the site have: those years (newest first)."""

    years: tuple[int, ...]
    names: tuple[str, ...]


def year_downloads(site: SiteContext, with_pdf: bool) -> tuple[YearDownloads, ...]:
    """Each year's own files, newest first."""
    return tuple(
        YearDownloads(year.report.year, len(year.complaints), len(year.disputes), f"{year.report.year}/", pdf_name(year.report.year) if with_pdf else None)
        for year in site.newest_first
    )


def categories_of_some_years(site: SiteContext, names: list[str]) -> tuple[CategoriesOfSomeYears, ...]:
    """Of `names`, those that not every year has, together by the years that have them."""
    by_years: dict[tuple[int, ...], list[str]] = {}
    for name in names:
        having = tuple(year.report.year for year in site.newest_first if name in year.vocabulary.category_names)
        if len(having) < len(site.years):
            by_years.setdefault(having, []).append(name)
    return tuple(CategoriesOfSomeYears(years, tuple(group)) for years, group in by_years.items())


def all_years_data_page(site: SiteContext, with_pdf: bool) -> dict:
    """What the page Open data shows on a site of several years: the files of all years together
    (their fields with `jaar`), each year's own files, and the words of the years."""
    return {
        "fields": complaint_columns_of(site),
        "dispute_fields": [YEAR_FIELD, *schema.DISPUTE_COLUMNS],
        "year_files": year_downloads(site, with_pdf),
        "complaint_count": site.complaint_count,
        "dispute_count": site.dispute_count,
        "category_names": (names := _union(year.vocabulary.category_names for year in site.years)),
        "categories_of_some_years": categories_of_some_years(site, names),
        "judgement_names": _union(year.vocabulary.judgement_names for year in site.years),
        "years_without_judgements": tuple(year.report.year for year in site.newest_first if not year.judgements),
        "labels": dict(item for year in site.years for item in year.vocabulary.labels.items()),
        "years_without_labels": tuple(year.report.year for year in site.newest_first if not year.label_names),
        "outcome_names": _union(year.vocabulary.outcome_names for year in site.years),
        "reconciliation_pages": {year.report.year: year_root(year.report.year) + RECONCILIATION_PAGE for year in site.years},
    }


def site_download_files(site: SiteContext) -> dict[str, str]:
    """Every download of the site, by its path in docs/."""
    newest = site.newest
    if not site.several_years:
        return download_files(newest) | category_csv_files(newest) | selection_data_files(newest)
    files = category_csv_files(newest) | site_selection_data_files(site)
    for year in site.years:
        own = download_files(year)
        root = year_root(year.report.year)
        files |= {f"{FOLDER}/{year.report.year}/{name}": own[f"{FOLDER}/{name}"] for name in PER_YEAR_FILES}
        files |= {root + path: text for path, text in category_csv_files(year).items()}
    return files | _all_years_files(site)


def complaint_columns_of(site: SiteContext) -> list[schema.Column]:
    """`jaar`, then every column that any year's complaints have, in the order of the schema."""
    names = {column.name for year in site.years for column in year.vocabulary.complaint_columns}
    return [YEAR_FIELD, *(column for column in schema.COMPLAINT_COLUMNS if column.name in names)]


def _all_years_files(site: SiteContext) -> dict[str, str]:
    fields = [column.name for column in complaint_columns_of(site)]
    complaints = {year.report.year: _with_year(year.report.year, records(year.dataset.complaints)) for year in site.years}
    disputes = [row for year in site.newest_first for row in _with_year(year.report.year, records(year.dataset.disputes))]
    every_complaint = [row for year in site.newest_first for row in complaints[year.report.year]]
    files = data_files(fields, every_complaint, [YEAR_FIELD.name, *DISPUTE_FIELDS], disputes, site_data_package(site))
    by_key = {(row["jaar"], row["volgnummer"]): row for rows in complaints.values() for row in rows}
    for location in site.locations:
        rows = [by_key[(complaint.year, complaint.volgnummer)] for entry in location.present for complaint in entry.complaints]
        files[location_csv_path(location)] = spreadsheet_csv(fields, rows)
    return files


def _with_year(year: int, rows: list[dict[str, object]]) -> list[dict[str, object]]:
    return [{YEAR_FIELD.name: year} | row for row in rows]


def site_data_package(site: SiteContext) -> dict:
    """One Frictionless data package: the files of all years together, and each year's own."""
    newest = site.newest.report
    first = site.years[0].report.year
    span = f"{first} tot en met {newest.year}"
    resources = [
        package_resource("klachten", "klachten.csv", f"De klachten van {span}, met het jaar.", _all_complaint_fields(site), primary_key=None)
        | {"schema": {"fields": _all_complaint_fields(site), "missingValues": [""], "primaryKey": ["jaar", "volgnummer"]}},
        package_resource("geschillen", "geschillen.csv", f"De zaken bij de Geschillencommissie Kinderopvang van {span}, met het jaar.",
                  [package_field(YEAR_FIELD), *_dispute_fields_of(site)], primary_key=None),
    ]
    for year in site.newest_first:
        resources += _year_resources(year)
    return {
        "profile": "tabular-data-package",
        "name": slugify(f"klachten {newest.organisation} {first} {newest.year}"),
        "title": f"Klachten over {newest.organisation}, {span}",
        "description": (
            f"De klachten en geschillen uit de klachtenjaarverslagen van {span}: alle jaren samen (klachten.csv, "
            f"geschillen.csv, met het veld jaar) en elk jaar apart (<jaar>/klachten.csv, <jaar>/geschillen.csv). "
            f"{EXACT_TEXT_NOTE} {SPREADSHEET_NOTE}"
        ),
        "version": newest.version,
        "sources": [_source(year.report) for year in site.newest_first],
        "resources": resources,
    }


def _source(report: ReportMeta) -> dict:
    return {"title": f"{report.title}, versie {report.version}, {report.date.isoformat()}"}


def _year_resources(year: YearContext) -> list[dict]:
    number = year.report.year
    vocabulary = year.vocabulary
    return [
        package_resource(f"klachten-{number}", f"{number}/klachten.csv", f"De klachten van {number}.", _complaint_fields(vocabulary)),
        package_resource(f"geschillen-{number}", f"{number}/geschillen.csv", f"De zaken bij de Geschillencommissie van {number}.", _dispute_fields(vocabulary), primary_key=None),
    ]


def _all_complaint_fields(site: SiteContext) -> list[dict]:
    allowed = {
        "categorie": _union(year.vocabulary.category_names for year in site.years),
        schema.JUDGEMENT_COLUMN: _union(year.vocabulary.judgement_names for year in site.years),
        schema.LABEL_COLUMN: _union(sorted(year.vocabulary.labels) for year in site.years),
    }
    return [package_field(column, allowed.get(column.name)) for column in complaint_columns_of(site)]


def _dispute_fields_of(site: SiteContext) -> list[dict]:
    outcomes = _union(year.vocabulary.outcome_names for year in site.years)
    return [package_field(column, outcomes if column.name == "uitkomst" else None) for column in schema.DISPUTE_COLUMNS]


def _union(groups) -> list[str]:
    return list(dict.fromkeys(name for group in groups for name in group))
