"""How Zoeken en filteren names a complaint's judgement (gegrond) as a filter value. A module of
its own, without the data's imports: the search records use it, and the search index's own
process (generator/site/search_index_process.py) must not import pandas when it reads them."""

from __future__ import annotations

# The filter value of a complaint whose judgement the report does not give.
GEGROND_NOT_GIVEN = "Niet vermeld"


def judgement_filter_value(gegrond: str) -> str:
    """A judgement as the data writes it (Ja, Deels, Nee), or GEGROND_NOT_GIVEN when it is empty."""
    return gegrond or GEGROND_NOT_GIVEN
