"""The order of the annex: one A-Z list of all rows by location name, the labels mixed.

The report's table is sorted the way a spreadsheet sorts text: capitals and accents do not count,
and neither do apostrophes and hyphens ("'t Dijkje" sorts as "t Dijkje", after "Sweelincklaan").
A name that breaks this order was read wrongly, most often cut off by a page break.
"""

from __future__ import annotations

import unicodedata

# Left out of the comparison, as a spreadsheet's word sort does.
IGNORED_CHARACTERS = str.maketrans("", "", "'’-")


def location_sort_key(name: str) -> str:
    without_accents = "".join(
        character for character in unicodedata.normalize("NFKD", name) if not unicodedata.combining(character)
    )
    return without_accents.translate(IGNORED_CHARACTERS).casefold()


def fits_between(above: str | None, name: str, below: str | None) -> bool:
    """True when `name` may stand between the rows above and below it (either may be absent)."""
    key = location_sort_key(name)
    return (above is None or location_sort_key(above) <= key) and (below is None or key <= location_sort_key(below))


def out_of_order(names: list[str]) -> list[int]:
    """Indexes of the names that sort before the name above them."""
    keys = [location_sort_key(name) for name in names]
    return [index for index in range(1, len(keys)) if keys[index] < keys[index - 1]]
