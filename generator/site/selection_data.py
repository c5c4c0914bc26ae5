"""The data behind "Download deze klachten" on Zoeken en filteren: one JSON file per category,
each complaint as its row of the downloads (the columns of klachten-excel.csv) with the filter
values the search index gives it.

The page fetches these files only when a visitor asks for a download, and only those of the
categories in the selection: opening or searching the page costs none of it, however big the data.
"""

from __future__ import annotations

import json

from generator.view.context import YearContext
from generator.site.downloads import complaint_fields, records
from generator.view.model import Category
from generator.site.search_records import complaint_filters

FOLDER = "zoeken/klachten"


def selection_data_path(category: Category) -> str:
    return f"{FOLDER}/{category.slug}.json"


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
