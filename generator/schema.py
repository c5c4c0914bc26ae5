"""The one declared data model: the columns of the tables and their allowed values (where the
files are: generator/dataset/layout.py).

Column names and values are Dutch because they are the published data; identifiers are English.
"""

from __future__ import annotations

from dataclasses import dataclass

# The 13 categories as named in the published summary table (section 3.1 of the report).
CATEGORIES: tuple[str, ...] = (
    "Aanbod van de dienstverlening",
    "Accommodatie en speelgoed",
    "Communicatie",
    "Diversiteit / discriminatie",
    "Facturatie / debiteuren",
    "Overig",
    "Pedagogische kwaliteit",
    "Personele bezetting",
    "Planning en plaatsing",
    "Privacy",
    "Sluiting groep/vestiging",
    "Tarieven (incl. verruiming openingstijden, doorbetalen feestdagen)",
    "Voorwaarden rondom ruil- en inhaaluren",
)

# Other spellings of a category that the report itself uses (in the annex); they are read as the
# canonical name. A spelling not listed here is an error with a suggestion, never a silent guess.
CATEGORY_ALIASES: dict[str, str] = {
    "Sluiting groep / vestiging": "Sluiting groep/vestiging",
    "Tarieven (incl. verruiming openingstijden of doorbetalen feestdagen)": (
        "Tarieven (incl. verruiming openingstijden, doorbetalen feestdagen)"
    ),
    "Voorwaarden rondom ruil- & inhaaluren": "Voorwaarden rondom ruil- en inhaaluren",
}

GEGROND_VALUES: tuple[str, ...] = ("Ja", "Deels", "Nee")
# The source may leave gegrond empty; the record keeps it empty and the check reports it.
GEGROND_EMPTY = ""

# Name used on the site and in the summary table for a complaint without a label.
NO_LABEL = "Geen label"

DISPUTE_UPHELD = "Gegrond"
DISPUTE_NOT_UPHELD = "Ongegrond"
DISPUTE_NO_RULING = "Geen uitspraak"
DISPUTE_OUTCOMES: tuple[str, ...] = (DISPUTE_UPHELD, DISPUTE_NOT_UPHELD, DISPUTE_NO_RULING)


@dataclass(frozen=True)
class Column:
    name: str
    kind: str  # "integer" or "string"
    required: bool
    description: str


COMPLAINT_COLUMNS: tuple[Column, ...] = (
    Column("volgnummer", "integer", True, "Nummer van de klacht in de volgorde van het verslag (uniek)."),
    Column("locatie", "string", True, "Naam van de locatie zoals in het verslag."),
    Column("label", "string", False, "Label (rechtspersoon) van de locatie; leeg betekent: geen label."),
    Column("categorie", "string", True, "Soort klacht: een van de 13 categorieën uit het verslag."),
    Column("omschrijving", "string", True, "Wat de klacht was."),
    Column("oplossing", "string", False, "Welke oplossing er is getroffen; leeg als het verslag niets noemt."),
    Column("gegrond", "string", False, "Vond de organisatie de klacht gegrond: Ja, Deels of Nee; leeg als het verslag niets noemt."),
    Column("bron_regel", "integer", False, "Regel in de tekst van het verslag waar de klacht begint."),
)

DISPUTE_COLUMNS: tuple[Column, ...] = (
    Column("entiteit", "string", True, "Rechtspersoon waartegen het geschil liep."),
    Column("zaaknummer", "string", True, "Zaaknummer bij de Geschillencommissie Kinderopvang."),
    Column("uitspraak", "string", True, "De uitspraak, zoals in het verslag."),
    Column("uitkomst", "string", True, "Gegrond, Ongegrond of Geen uitspraak."),
    Column("bron_regel", "integer", False, "Regel in de tekst van het verslag waar het geschil staat."),
)


def canonical_category(name: str) -> str | None:
    """The canonical category for a name or a known spelling of it, else None."""
    if name in CATEGORIES:
        return name
    return CATEGORY_ALIASES.get(name)


def column_names(columns: tuple[Column, ...]) -> list[str]:
    return [column.name for column in columns]
