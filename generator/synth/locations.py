"""A synthetic locations file (locaties.csv, in the columns of the LRK's open data export) for the
locations of a synthetic year: `python -m generator synth --met-locaties`.

Everything in it is made up, drawn with the year's own random generator: the LRK numbers (nine
digits, as the register's; one may by chance be a real location's number, so a synthetic site
must never be published), the type of care and the child places (in the ranges of real KDV, BSO,
gastouder and peuterspeelzaal locations), and which of a fixed list of real municipalities and
places a location is in. There is no lrk_url: it would point at a page that does not exist.
"""

from __future__ import annotations

import random

from generator import schema

# (municipality, places in it): real names, so that the place view reads like a real region.
MUNICIPALITIES = (
    ("Almelo", ("Almelo",)),
    ("Amersfoort", ("Amersfoort", "Hoogland")),
    ("Apeldoorn", ("Apeldoorn", "Ugchelen", "Beekbergen")),
    ("Arnhem", ("Arnhem",)),
    ("Borne", ("Borne", "Hertme")),
    ("Deventer", ("Deventer", "Diepenveen")),
    ("Ede", ("Ede", "Bennekom", "Lunteren")),
    ("Enschede", ("Enschede", "Glanerbrug")),
    ("Haaksbergen", ("Haaksbergen",)),
    ("Hengelo", ("Hengelo",)),
    ("Hof van Twente", ("Goor", "Delden", "Diepenheim")),
    ("Lochem", ("Lochem", "Gorssel", "Eefde")),
    ("Nijmegen", ("Nijmegen", "Lent")),
    ("Oldenzaal", ("Oldenzaal",)),
    ("Peel en Maas", ("Panningen", "Kessel", "Baarlo")),
    ("Utrecht", ("Utrecht", "Vleuten", "De Meern")),
    ("Zutphen", ("Zutphen", "Warnsveld")),
    ("Zwolle", ("Zwolle",)),
)
# Type of care: its share of the locations and the range of its child places.
CARE_TYPES = (("KDV", 45, (20, 120)), ("BSO", 40, (20, 110)), ("VGO", 10, (4, 6)), ("PSZ", 5, (12, 32)))
LRK_NUMBERS = range(100_000_000, 1_000_000_000)


def synthetic_locations(
    locations: list[tuple[str, str]], with_labels: bool, rng: random.Random, shared_place: tuple[str, str] | None = None
) -> tuple[list[str], list[dict[str, object]]]:
    """The columns and rows of a locations file, one row per (name, label) in the given order.
    `shared_place` (municipality, place): where the first location is, whatever was drawn, so
    that organisations made with the same one share a place (`synth --organisaties`)."""
    columns = [column.name for column in schema.LOCATION_COLUMNS if column.name != "lrk_url" and (with_labels or column.name != "label")]
    numbers = rng.sample(LRK_NUMBERS, len(locations))
    rows = []
    for (name, label), number in zip(locations, numbers):
        municipality, places = rng.choice(MUNICIPALITIES)
        care_type, _, (fewest, most) = rng.choices(CARE_TYPES, weights=[share for _, share, _ in CARE_TYPES])[0]
        row = {
            schema.LOCATION_NAME_COLUMN: name,
            "label": label,
            "lrk_id": str(number),
            "type_oko": care_type,
            "aantal_kindplaatsen": rng.randint(fewest, most),
            "opvanglocatie_woonplaats": rng.choice(places),
            "verantwoordelijke_gemeente": municipality,
        }
        rows.append({column: row[column] for column in columns})
    if shared_place is not None and rows:
        rows[0]["verantwoordelijke_gemeente"], rows[0]["opvanglocatie_woonplaats"] = shared_place
    return columns, rows


def shared_place(rng: random.Random) -> tuple[str, str]:
    """A (municipality, place) of the fixed list, for the locations of several organisations."""
    municipality, places = rng.choice(MUNICIPALITIES)
    return municipality, places[0]
