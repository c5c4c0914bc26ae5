"""The values Zoeken en filteren filters by where they are more than a field of the data: a
complaint whose judgement the report does not give, and on a site of several organisations each
organisation's own categories and locations (two organisations' "De Klaver" are two locations,
each with its count, and their categories are never counted together).

A module of its own, without the data's imports: the search records use it, and the search
index's own process (generator/site/search_index_process.py) must not import pandas when it
reads them."""

from __future__ import annotations

# The filter value of a complaint whose judgement the report does not give.
GEGROND_NOT_GIVEN = "Niet vermeld"


def judgement_filter_value(gegrond: str) -> str:
    """A judgement as the data writes it (Ja, Deels, Nee), or GEGROND_NOT_GIVEN when it is empty."""
    return gegrond or GEGROND_NOT_GIVEN


def of_organisation(value: str, organisation: str) -> str:
    """A category or a location (its name as the pages show it) as a filter on a site of several
    organisations: "De Klaver (Kinderopvang Noord)"."""
    return f"{value} ({organisation})"
