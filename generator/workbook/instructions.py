"""What the sheet Uitleg of the workbook says, in plain Dutch (B1) for the complaints coordinator:
what goes in each column, which values a column allows, what must never be written (names of
persons) and how to check and build. The words of the year come from its vocabulary; the sheet
itself is drawn by generator/workbook/template.py."""

from __future__ import annotations

from dataclasses import dataclass

from generator.dataset import layout
from generator.dataset.vocabulary import Vocabulary

TITLE = 1  # the title of the sheet
HEADING = 2  # the heading of a part
PARAGRAPH = 3  # a paragraph, over the whole width
TERM = 4  # a column name or a value in column A, what it means in column B

# What goes in each column; at most 255 characters, because Excel also shows it (as the input
# message of the column's cells) when a cell is chosen.
COLUMN_TEXTS = {
    "volgnummer": "Het nummer van de klacht: 1, 2, 3 enzovoort. Elk nummer komt één keer voor.",
    "locatie": (
        "De naam van de locatie. Schrijf de naam elk jaar precies hetzelfde: dan staan de klachten van alle jaren "
        "op dezelfde pagina van de site."
    ),
    "label": "Het label (de rechtspersoon) van de locatie. Kies uit de lijst. Laat de cel leeg als de locatie geen label heeft.",
    "categorie": "Waar ging de klacht over? Kies uit de lijst.",
    "omschrijving": "Wat was de klacht? Schrijf het kort en zakelijk, in één of een paar zinnen. Geen namen van personen.",
    "oplossing": "Wat is er met de klacht gedaan? Laat de cel leeg als het verslag daar niets over zegt. Geen namen van personen.",
    "gegrond": "Vindt de organisatie dat de ouder gelijk had? Kies uit de lijst. Laat de cel leeg als er geen oordeel is.",
    "entiteit": "De rechtspersoon (bijvoorbeeld de B.V.) waarover de ouder naar de Geschillencommissie Kinderopvang ging.",
    "zaaknummer": "Het zaaknummer van de zaak bij de Geschillencommissie Kinderopvang.",
    "uitspraak": "Wat de commissie heeft besloten, kort en in eigen woorden. Geen namen van personen.",
    "uitkomst": "Hoe liep de zaak af? Kies uit de lijst.",
}

# The columns with a drop-down list, and how the list is called on the sheet.
LIST_TITLES = {
    "categorie": "Soorten klachten (kolom categorie)",
    "label": "Labels (kolom label)",
    "gegrond": "Oordelen (kolom gegrond)",
    "uitkomst": "Uitkomsten van een geschil (kolom uitkomst)",
}


@dataclass(frozen=True)
class Line:
    kind: int
    text: str  # the paragraph, heading or meaning
    term: str = ""  # column A of a TERM line


@dataclass(frozen=True)
class ListValue:
    value: str  # as the data writes it, and as the drop-down offers it
    meaning: str = ""


def list_values(vocabulary: Vocabulary) -> dict[str, tuple[ListValue, ...]]:
    """The values each drop-down offers, by column; a year without labels or judgements has no such list."""
    values = {
        "categorie": tuple(ListValue(name) for name in vocabulary.category_names),
        "label": tuple(ListValue(label, f"op de site: {short}") for label, short in vocabulary.labels.items()),
        "gegrond": tuple(ListValue(judgement.name, judgement.meaning or "") for judgement in vocabulary.judgements),
        "uitkomst": tuple(
            ListValue(outcome.name, "" if outcome.ruling else "de commissie deed geen uitspraak") for outcome in vocabulary.dispute_outcomes
        ),
    }
    return {column: found for column, found in values.items() if found}


def instruction_lines(year: int, source_year: int, complaint_columns: list[str], dispute_columns: list[str]) -> list[Line]:
    """Everything on the sheet Uitleg above the drop-down lists."""
    folder = f"data/{year}"
    return [
        Line(TITLE, f"Klachten over {year} invullen"),
        Line(
            PARAGRAPH,
            f"Met dit bestand maak je het klachtenjaarverslag over {year}. Zet op het werkblad {layout.COMPLAINTS_SHEET} "
            f"één rij per klacht en op het werkblad {layout.DISPUTES_SHEET} één rij per zaak bij de Geschillencommissie "
            f"Kinderopvang. Waren er geen zaken? Laat het werkblad {layout.DISPUTES_SHEET} dan leeg, op de bovenste rij na.",
        ),
        Line(
            PARAGRAPH,
            "Verander de namen van de werkbladen en de kolommen niet, en laat de bovenste rij van elk werkblad staan. "
            "Elke cel is één regel tekst: gebruik geen Alt+Enter.",
        ),
        Line(HEADING, f"Werkblad {layout.COMPLAINTS_SHEET}"),
        *(Line(TERM, COLUMN_TEXTS[column], column) for column in complaint_columns),
        Line(HEADING, f"Werkblad {layout.DISPUTES_SHEET}"),
        *(Line(TERM, COLUMN_TEXTS[column], column) for column in dispute_columns),
        Line(HEADING, "Niemand mag te herkennen zijn"),
        Line(
            PARAGRAPH,
            "Het verslag komt op internet. Volgens de Wet kinderopvang (artikel 1.57b) mag niemand erin te herkennen zijn. "
            "Schrijf dus geen namen van kinderen, ouders of medewerkers. Schrijf ook geen e-mailadressen, telefoonnummers, "
            "adressen of geboortedata. Schrijf 'de ouder', 'het kind' of 'de pedagogisch medewerker'.",
        ),
        Line(
            PARAGRAPH,
            "De controle hieronder zoekt ook naar zulke gegevens. Maar lees zelf alles nog een keer na voordat je publiceert.",
        ),
        Line(HEADING, "Zo ga je verder"),
        Line(TERM, f"Bewaar dit bestand als {folder}/{layout.COMPLAINTS_FILE_STEM}.xlsx (als Excel-werkmap).", "1."),
        Line(TERM, f"Vul {folder}/{layout.REPORT_FILE} aan: overal waar VUL IN staat.", "2."),
        Line(
            TERM,
            f"Controleer alles: .venv/bin/python -m generator check {folder}. Elke fout noemt het werkblad, de rij, de kolom "
            "en wat je moet doen. Verbeter de fouten en controleer opnieuw, tot er geen fouten meer zijn.",
            "3.",
        ),
        Line(TERM, "Kijk de vondsten van de privacycontrole na (de controle zegt hoe).", "4."),
        Line(TERM, "Bouw de site: .venv/bin/python -m generator site --adres https://... (met het adres van jullie site).", "5."),
        Line(TERM, "Zet de site online, zoals PUBLICEREN.md uitlegt.", "6."),
        Line(HEADING, "Keuzelijsten"),
        Line(
            PARAGRAPH,
            f"In de kolommen met een keuzelijst kies je een waarde uit de lijst. De lijsten hieronder komen uit het verslag "
            f"over {source_year} (data/{source_year}/{layout.REPORT_FILE}).",
        ),
        Line(
            PARAGRAPH,
            f"Is er in {year} iets nieuws, bijvoorbeeld een nieuwe soort klacht? Zet het dan eerst in {folder}/{layout.REPORT_FILE} "
            "(bij categorieen, labels, oordelen of uitkomsten_geschillen). Typ het daarna in de cel; Excel vraagt of je wilt "
            "doorgaan: kies Ja. Staat een waarde niet in verslag.yaml, dan meldt de controle dat, met het werkblad, de rij en de kolom.",
        ),
    ]
