"""One search record per complaint for the 'Zoeken en filteren' page (Pagefind custom records).

A record links to the complaint's place on its location page and carries the filters a visitor
narrows by: soort, label, oordeel and locatie.
"""

from __future__ import annotations

from dataclasses import dataclass

from generator.site.context import SiteContext
from generator.site.model import Complaint

GEGROND_NOT_GIVEN = "Niet vermeld"
FILTERS = ("categorie", "gegrond", "label", "locatie")


@dataclass(frozen=True)
class SearchRecord:
    url: str  # relative to the site root, e.g. "locaties/avontuurlijk/#klacht-1"
    content: str
    meta: dict[str, str]
    filters: dict[str, list[str]]
    sort: dict[str, str]


def page_url(markdown_path: str) -> str:
    """The address MkDocs gives a page with directory URLs: "locaties/x.md" -> "locaties/x/"."""
    stem = markdown_path.removesuffix(".md")
    return "" if stem == "index" else (stem.removesuffix("index") if stem.endswith("/index") else f"{stem}/")


def complaint_record(complaint: Complaint) -> SearchRecord:
    gegrond = complaint.gegrond or GEGROND_NOT_GIVEN
    return SearchRecord(
        url=f"{page_url(complaint.location_page)}#{complaint.anchor}",
        content=" ".join((complaint.locatie, complaint.categorie, complaint.omschrijving, complaint.oplossing)),
        meta={
            "title": f"Klacht {complaint.volgnummer}: {complaint.categorie}",
            "locatie": complaint.locatie,
            "label": complaint.label_name,
            "categorie": complaint.categorie,
            "gegrond": gegrond,
            "omschrijving": complaint.omschrijving,
        },
        filters={"categorie": [complaint.categorie], "gegrond": [gegrond], "label": [complaint.label_name], "locatie": [complaint.locatie]},
        sort={"volgnummer": f"{complaint.volgnummer:08d}"},
    )


def search_records(site: SiteContext) -> list[SearchRecord]:
    return [complaint_record(complaint) for complaint in site.complaints]
