"""One search record per complaint for the 'Zoeken en filteren' page (its index: search_index.py).

A record links to the complaint's place on its location page and carries the filters a visitor
narrows by: organisatie (on a site of several organisations), jaar (on a site of several
years), soort, oordeel, label and locatie (oordeel and label only on a site whose years have
them). A locatie is the location's name as its page gives it, with its label where that tells
it apart. On a site of several organisations a soort and a locatie are their organisation's own
(view/filter_values.py: of_organisation): categories of organisations are never counted
together, nor two organisations' locations of the same name.
Its searchable text is the complaint (omschrijving), what was done (oplossing), and its location,
label and category; a word from any part finds the complaint.

Organisatie, jaar, soort, oordeel and label (those the site has) are one filter, their
combination ("0.3.0.1": the numbers of the values, filter_numbers): every search counts the
combinations of the complaints it found for the counts beside the boxes, so the index holds one
small number per complaint for all five. A year without oordeel or label, on a site whose other
years have them, has an empty place for it ("0.3..1").
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from generator.view.filter_values import judgement_filter_value, of_organisation

if TYPE_CHECKING:
    # Types only: the search index's own process (search_index_process.py) unpickles SearchRecord
    # and must not import the data's modules (pandas) for it.
    from generator.view.context import YearContext
    from generator.view.model import Complaint

FILTERS = ("organisatie", "jaar", "categorie", "gegrond", "label", "locatie")
# The filters with a box for each value, combined into one filter in this order (those the site
# has; zoeken.js reads the same names).
COMBINED = ("organisatie", "jaar", "categorie", "gegrond", "label")
COMBINED_FILTER = "combinatie"


@dataclass(frozen=True)
class SearchRecord:
    url: str  # relative to the site root, e.g. "locaties/avontuurlijk/#klacht-1"
    omschrijving: str  # what the complaint was
    oplossing: str  # what was done ("" when the data says nothing)
    properties: str  # location, label and category
    meta: dict[str, str]
    filters: dict[str, list[str]]
    sort: dict[str, str]


def complaint_filters(year: YearContext, complaint: Complaint, with_year: bool = False, organisation: str | None = None) -> dict[str, list[str]]:
    """The values a visitor filters this complaint by, in the index and in the selection data;
    `with_year`: the site has several years, and a filter per year; `organisation`: the site has
    several organisations, and a filter per organisation."""
    filters = {"organisatie": [organisation]} if organisation else {}
    filters |= {"jaar": [str(complaint.year)]} if with_year else {}
    filters |= {"categorie": [of_organisation(complaint.categorie, organisation) if organisation else complaint.categorie]}
    if year.judgements:
        filters["gegrond"] = [judgement_filter_value(complaint.gegrond)]
    if year.label_names:
        filters["label"] = [complaint.label_name]
    # The name the pages give the location: two locations of one name with another label are two.
    location = complaint.distinct_location
    return filters | {"locatie": [of_organisation(location, organisation) if organisation else location]}


def no_organisation(year: YearContext) -> str | None:
    """The organisation of every year of a site of one organisation: none to filter by."""
    return None


def filter_numbers(
    *years: YearContext, with_year: bool = False, organisation_of: Callable[[YearContext], str | None] = no_organisation
) -> dict[str, dict[str, int]]:
    """The number of each value of the combined filters the site's years have: what the page
    carries on the value's box, and what a record's combination holds. `organisation_of`: the
    name of a year's organisation, on a site of several (each its own categories)."""
    values: dict[str, list[str]] = {name: [] for name in COMBINED}
    for year in years:
        organisation = organisation_of(year)
        if organisation:
            values["organisatie"].append(organisation)
        if with_year:
            values["jaar"].append(str(year.report.year))
        values["categorie"] += [of_organisation(category.name, organisation) if organisation else category.name for category in year.categories]
        values["gegrond"] += [judgement.filter_value for judgement in year.judgements]
        values["label"] += list(year.label_names)
    return {name: {value: number for number, value in enumerate(dict.fromkeys(values[name]))} for name in COMBINED if values[name]}


def complaint_record(
    year: YearContext,
    complaint: Complaint,
    page_url: Callable[[str], str],
    numbers: dict[str, dict[str, int]],
    with_year: bool = False,
    organisation: str | None = None,
) -> SearchRecord:
    """`numbers`: filter_numbers() of the site's years, computed once for all records."""
    filters = complaint_filters(year, complaint, with_year, organisation)
    combination = ".".join(str(numbers[name][filters[name][0]]) if name in filters else "" for name in COMBINED if name in numbers)
    label = (complaint.label_name,) if year.label_names else ()
    return SearchRecord(
        url=f"{page_url(complaint.location_page)}#{complaint.anchor}",
        omschrijving=complaint.omschrijving,
        oplossing=complaint.oplossing,
        properties=" ".join((complaint.locatie, *label, complaint.categorie)),
        meta={"volgnummer": str(complaint.volgnummer), "locatie": complaint.distinct_location},
        filters={COMBINED_FILTER: [combination], "locatie": filters["locatie"]},
        sort={"volgnummer": _order(complaint, with_year)},
    )


def _order(complaint: Complaint, with_year: bool) -> str:
    """The order of the results without search words: by volgnummer, on a site of several years
    the newest year first (the page sorts by this one key)."""
    newest_first = f"{9999 - complaint.year:04d}" if with_year else ""
    return f"{newest_first}{complaint.volgnummer:08d}"


def site_search_records(
    years: Sequence[YearContext],
    page_url: Callable[[str], str],
    with_year: bool,
    organisation_of: Callable[[YearContext], str | None] = no_organisation,
) -> list[SearchRecord]:
    """The records of every complaint of the site's years. `page_url` gives a page's address
    relative to the site root from its path in docs/, by the rules of the engine that built the
    site (the plugin hands over MkDocs' own File.url). In the order of the results without search
    words (newest year first), which the index keeps (search_index.py).
    `organisation_of`: as in filter_numbers()."""
    numbers = filter_numbers(*years, with_year=with_year, organisation_of=organisation_of)
    records = [
        complaint_record(year, complaint, page_url, numbers, with_year, organisation)
        for year, organisation in ((year, organisation_of(year)) for year in years)
        for complaint in year.complaints
    ]
    return sorted(records, key=lambda record: record.sort["volgnummer"])


def search_records(year: YearContext, page_url: Callable[[str], str]) -> list[SearchRecord]:
    """The records of a site of one year; `page_url`: see site_search_records()."""
    return site_search_records((year,), page_url, with_year=False)


def filter_totals(
    *years: YearContext, with_year: bool = False, organisation_of: Callable[[YearContext], str | None] = no_organisation
) -> dict[str, dict[str, int]]:
    """How many complaints have each value of each filter: the counts beside the filters before a
    visitor searches, the same as the page counts in the index. `organisation_of`: as in
    filter_numbers()."""
    totals: dict[str, Counter] = {name: Counter() for name in FILTERS}
    for year in years:
        organisation = organisation_of(year)
        for complaint in year.complaints:
            for name, values in complaint_filters(year, complaint, with_year, organisation).items():
                totals[name].update(values)
    return {name: dict(counts) for name, counts in totals.items()}
