"""One search record per complaint for the 'Zoeken en filteren' page (Pagefind custom records).

A record links to the complaint's place on its location page and carries the filters a visitor
narrows by: soort, oordeel, label and locatie. Its indexed text is the complaint (omschrijving),
what was done (oplossing), and its location, label and category; a word from any part finds the
complaint.

A record holds each thing once, as small as it can be. Pagefind keeps every text of every record
in memory several times while it indexes, sends a record's fragment for every result shown, and
(since 1.5) also indexes the words of every meta field:
- An empty element with an id marks where the oplossing and where the properties start; Pagefind
  reports the word at which each starts (its "anchors"), so the page quotes the complaint's own
  text, and without a word found in it, the omschrijving (docs/assets/zoeken.js).
- The record's file name is its address (pagefind_index.py), so no meta field holds it.
- Soort, oordeel and label are one filter, their combination ("3.0.1": the numbers of the three
  values, filter_numbers), and no meta field: Pagefind keeps the number of every record once per
  filter, and the first search needs all three for the counts beside the boxes.
- The meta fields are what the page shows and cannot find elsewhere: the volgnummer and the
  location's name with its label.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from generator import schema
from generator.site.context import SiteContext
from generator.site.model import Complaint

GEGROND_NOT_GIVEN = "Niet vermeld"
FILTERS = ("categorie", "gegrond", "label", "locatie")
# The filters with a box for each value, combined into one Pagefind filter (zoeken.js reads the
# same names).
COMBINED = ("categorie", "gegrond", "label")
COMBINED_FILTER = "combinatie"
# The ids of the elements where a record's oplossing and its properties start (zoekrecord.html.j2);
# zoeken.js reads them by these names.
SOLUTION_ANCHOR = "oplossing"
PROPERTIES_ANCHOR = "kenmerken"


@dataclass(frozen=True)
class SearchRecord:
    url: str  # relative to the site root, e.g. "locaties/avontuurlijk/#klacht-1"
    omschrijving: str  # what the complaint was
    oplossing: str  # what was done ("" when the data says nothing)
    properties: str  # location, label and category
    meta: dict[str, str]
    filters: dict[str, list[str]]
    sort: dict[str, str]


def page_url(markdown_path: str) -> str:
    """The address MkDocs gives a page with directory URLs: "locaties/x.md" -> "locaties/x/"."""
    stem = markdown_path.removesuffix(".md")
    return "" if stem == "index" else (stem.removesuffix("index") if stem.endswith("/index") else f"{stem}/")


def complaint_filters(complaint: Complaint) -> dict[str, list[str]]:
    """The values a visitor filters this complaint by, in the index and in the selection data."""
    return {
        "categorie": [complaint.categorie],
        "gegrond": [complaint.gegrond or GEGROND_NOT_GIVEN],
        "label": [complaint.label_name],
        "locatie": [complaint.locatie],
    }


def filter_numbers(site: SiteContext) -> dict[str, dict[str, int]]:
    """The number of each value of the combined filters: its place in the list of boxes on the
    page (which shows it beside the box), and in a record's combination."""
    values = {
        "categorie": [category.name for category in site.categories],
        "gegrond": [*schema.GEGROND_VALUES, GEGROND_NOT_GIVEN],
        "label": list(site.label_columns),
    }
    return {name: {value: number for number, value in enumerate(values[name])} for name in COMBINED}


def complaint_record(complaint: Complaint, numbers: dict[str, dict[str, int]]) -> SearchRecord:
    filters = complaint_filters(complaint)
    combination = ".".join(str(numbers[name][filters[name][0]]) for name in COMBINED)
    return SearchRecord(
        url=f"{page_url(complaint.location_page)}#{complaint.anchor}",
        omschrijving=complaint.omschrijving,
        oplossing=complaint.oplossing,
        properties=" ".join((complaint.locatie, complaint.label_name, complaint.categorie)),
        meta={"volgnummer": str(complaint.volgnummer), "locatie": complaint.distinct_location},
        filters={COMBINED_FILTER: [combination], "locatie": filters["locatie"]},
        sort={"volgnummer": f"{complaint.volgnummer:08d}"},
    )


def search_records(site: SiteContext) -> list[SearchRecord]:
    numbers = filter_numbers(site)
    return [complaint_record(complaint, numbers) for complaint in site.complaints]


def filter_totals(site: SiteContext) -> dict[str, dict[str, int]]:
    """How many complaints have each value of each filter: the counts beside the filters before a
    visitor searches, the same as Pagefind counts in the index."""
    totals: dict[str, Counter] = {name: Counter() for name in FILTERS}
    for complaint in site.complaints:
        for name, values in complaint_filters(complaint).items():
            totals[name].update(values)
    return {name: dict(counts) for name, counts in totals.items()}
