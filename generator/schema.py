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


# The optional locations file (locaties.csv or .xlsx, beside the year folders: it serves every
# year). Its column names are those of the Landelijk Register Kinderopvang's open data export
# (export_opendata_lrk.csv), so that rows of that export can be dropped in; only `label` is ours.
LOCATION_NAME_COLUMN = "actuele_naam_oko"
LOCATION_COLUMNS: tuple[Column, ...] = (
    Column(LOCATION_NAME_COLUMN, "string", True, "Naam van de locatie, precies zoals in de kolom locatie van de klachten."),
    Column("label", "string", False, "Label van de locatie, precies zoals in de klachten; alleen als het verslag labels heeft."),
    Column("lrk_id", "string", False, "Registratienummer van de locatie in het Landelijk Register Kinderopvang (LRK)."),
    Column("type_oko", "string", False, "Soort opvang zoals het LRK hem noemt: KDV, BSO, VGO, GOB of PSZ."),
    Column("aantal_kindplaatsen", "integer", False, "Aantal kindplaatsen van de locatie, zoals in het LRK."),
    Column("opvanglocatie_woonplaats", "string", False, "Plaats waar de locatie is."),
    Column("verantwoordelijke_gemeente", "string", False, "Gemeente die verantwoordelijk is voor de locatie (en het toezicht door de GGD)."),
    Column("lrk_url", "string", False, "Adres van de locatie in het Landelijk Register Kinderopvang (zoals in het LRK-bestand)."),
)
