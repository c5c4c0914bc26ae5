"""The one declared data model: the columns of the tables and their kinds (where the files are:
generator/dataset/layout.py). The values a column allows (categories, labels, judgements, dispute
outcomes) are each year's own, declared in its verslag.yaml: generator/dataset/vocabulary.py.

Column names are Dutch because they are the published data; identifiers are English.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Column:
    name: str
    kind: str  # "integer" or "string"
    required: bool
    description: str


# The columns a year has only when its vocabulary declares labels and judgements.
LABEL_COLUMN = "label"
JUDGEMENT_COLUMN = "gegrond"

COMPLAINT_COLUMNS: tuple[Column, ...] = (
    Column("volgnummer", "integer", True, "Nummer van de klacht in de volgorde van het verslag (uniek)."),
    Column("locatie", "string", True, "Naam van de locatie zoals in het verslag."),
    Column("label", "string", False, "Label (rechtspersoon) van de locatie; leeg betekent: geen label."),
    Column("categorie", "string", True, "Soort klacht: een van de categorieën van het verslag."),
    Column("omschrijving", "string", True, "Wat de klacht was."),
    Column("oplossing", "string", False, "Welke oplossing er is getroffen; leeg als het verslag niets noemt."),
    Column("gegrond", "string", False, "Vond de organisatie de klacht gegrond: een van de oordelen van het verslag; leeg als het verslag niets noemt."),
    Column("bron_regel", "integer", False, "Regel in de tekst van het verslag waar de klacht begint."),
)

DISPUTE_COLUMNS: tuple[Column, ...] = (
    Column("entiteit", "string", True, "Rechtspersoon waartegen het geschil liep."),
    Column("zaaknummer", "string", True, "Zaaknummer bij de Geschillencommissie Kinderopvang."),
    Column("uitspraak", "string", True, "De uitspraak, zoals in het verslag."),
    Column("uitkomst", "string", True, "Hoe het geschil afliep: een van de uitkomsten van het verslag."),
    Column("bron_regel", "integer", False, "Regel in de tekst van het verslag waar het geschil staat."),
)


def column_names(columns: tuple[Column, ...]) -> list[str]:
    return [column.name for column in columns]
