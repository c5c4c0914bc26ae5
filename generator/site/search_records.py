"""One search record per complaint for the 'Zoeken en filteren' page (Pagefind custom records).

A record links to the complaint's place on its location page and carries the filters a visitor
narrows by: soort, label, oordeel and locatie (label and oordeel only in a year that has them).
Its indexed text has two parts, each starting at an element with an id: the complaint's own text,
and its location, label and category. A word from
either part finds the complaint; Pagefind reports where each part starts (its "anchors"), so the
page takes the excerpt from the complaint's own text only (docs/assets/zoeken.js).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from generator.view.context import YearContext
from generator.view.model import GEGROND_NOT_GIVEN, Complaint

FILTERS = ("organisatie", "jaar", "categorie", "gegrond", "label", "locatie")
# The ids of the two parts of a record's text (zoekrecord.html.j2); zoeken.js ends an excerpt
# where the properties start.
TEXT_ANCHOR = "klachttekst"
PROPERTIES_ANCHOR = "kenmerken"


@dataclass(frozen=True)
class SearchRecord:
    url: str  # relative to the site root, e.g. "locaties/avontuurlijk/#klacht-1"
    text: str  # what the complaint was and what was done
    properties: str  # location, label and category
    meta: dict[str, str]
    filters: dict[str, list[str]]
    sort: dict[str, str]


def organisation_category(organisation: str, category: str) -> str:
    """A category as a filter on a site of several organisations: each organisation's categories
    are its own words, so two organisations' categories of the same name are never counted together."""
    return f"{category} ({organisation})"


def complaint_filters(year: YearContext, complaint: Complaint, with_year: bool = False, organisation: str | None = None) -> dict[str, list[str]]:
    """The values a visitor filters this complaint by, in the index and in the selection data;
    `with_year`: the site has several years, and a filter per year; `organisation`: the site has
    several organisations, and a filter per organisation."""
    filters = {"organisatie": [organisation]} if organisation else {}
    filters |= {"jaar": [str(complaint.year)]} if with_year else {}
    filters |= {"categorie": [organisation_category(organisation, complaint.categorie) if organisation else complaint.categorie]}
    if year.judgements:
        filters["gegrond"] = [complaint.gegrond or GEGROND_NOT_GIVEN]
    if year.label_names:
        filters["label"] = [complaint.label_name]
    return filters | {"locatie": [complaint.locatie]}


def complaint_record(
    year: YearContext, complaint: Complaint, page_url: Callable[[str], str], with_year: bool = False, organisation: str | None = None
) -> SearchRecord:
    filters = complaint_filters(year, complaint, with_year, organisation)
    label = (complaint.label_name,) if year.label_names else ()
    meta = {
        "title": f"Klacht {complaint.volgnummer}" + (f" ({complaint.year})" if with_year else ""),
        "volgnummer": str(complaint.volgnummer),
        "locatie": complaint.distinct_location,
        "categorie": filters["categorie"][0],
    }
    if organisation:
        meta["organisatie"] = organisation
    if year.judgements:
        meta["gegrond"] = filters["gegrond"][0]
    if with_year:
        meta["jaar"] = str(complaint.year)
    return SearchRecord(
        url=f"{page_url(complaint.location_page)}#{complaint.anchor}",
        text=" ".join(part for part in (complaint.omschrijving, complaint.oplossing) if part),
        properties=" ".join((complaint.locatie, *label, complaint.categorie)),
        meta=meta | {"omschrijving": complaint.omschrijving},
        filters=filters,
        sort={"volgnummer": _order(complaint, with_year)},
    )


def _order(complaint: Complaint, with_year: bool) -> str:
    """The order of the results without search words: by volgnummer, on a site of several years
    the newest year first (the page sorts by this one key)."""
    newest_first = f"{9999 - complaint.year:04d}" if with_year else ""
    return f"{newest_first}{complaint.volgnummer:08d}"


def search_records(year: YearContext, page_url: Callable[[str], str], with_year: bool = False, organisation: str | None = None) -> list[SearchRecord]:
    """`page_url` gives a page's address relative to the site root from its path in docs/, by
    the rules of the engine that built the site (the plugin hands over MkDocs' own File.url)."""
    return [complaint_record(year, complaint, page_url, with_year, organisation) for complaint in year.complaints]
