"""The data behind "Download deze klachten" on Zoeken en filteren: one JSON file per category,
each complaint as its row of the downloads (the columns of klachten-excel.csv) with the filter
values the search index gives it.

The page fetches these files only when a visitor asks for a download, and only those of the
categories in the selection: opening or searching the page costs none of it, however big the data.
"""

from __future__ import annotations

import json

from generator import schema

from generator.view.context import YearContext
from generator.site.downloads import complaint_fields, records
from generator.view.model import Category
from generator.site.search_records import complaint_filters

FOLDER = "zoeken/klachten"


def selection_data_path(category: Category) -> str:
    return f"{FOLDER}/{category.slug}.json"


def selection_data_path_of(name: str, site) -> str:
    """On a site of several years, one file per category name with its complaints of every year,
    at the path of the newest year's category of that name."""
    category = next(category for year in site.newest_first for category in year.categories if category.name == name)
    return selection_data_path(category)


def site_selection_data_files(site, organisation: str | None = None) -> dict[str, str]:
    """The files of a site of several years: every row with its `jaar` first, and the filters
    with the year's; `organisation`: the filters of a site of several organisations."""
    fields = ["jaar", *_all_fields(site)]
    files: dict[str, list] = {}
    for year in site.newest_first:
        rows = {row["volgnummer"]: {"jaar": year.report.year} | row for row in records(year.dataset.complaints)}
        for category in year.categories:
            entries = files.setdefault(selection_data_path_of(category.name, site), [])
            entries += [
                {"rij": [rows[complaint.volgnummer].get(column, "") for column in fields], "filters": complaint_filters(year, complaint, True, organisation)}
                for complaint in category.complaints
            ]
    return {path: _compact_json({"kolommen": fields, "klachten": entries}) for path, entries in files.items()}


def _all_fields(site) -> list[str]:
    names = {name for year in site.years for name in complaint_fields(year)}
    return [name for name in schema.column_names(schema.COMPLAINT_COLUMNS) if name in names]


def selection_data_files(year: YearContext) -> dict[str, str]:
    rows = {row["volgnummer"]: row for row in records(year.dataset.complaints)}
    fields = complaint_fields(year)
    return {
        selection_data_path(category): _compact_json({
            "kolommen": fields,
            "klachten": [
                {"rij": [rows[complaint.volgnummer][column] for column in fields], "filters": complaint_filters(year, complaint)}
                for complaint in category.complaints
            ],
        })
        for category in year.categories
    }


def _compact_json(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")) + "\n"
