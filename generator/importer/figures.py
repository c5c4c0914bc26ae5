"""The report's metadata and its published figures, read from the text as printed.

Each figure is looked up by the sentence that states it. A sentence that is not found leaves the
figure out (and says so); a figure is never computed here: that is the reconciliation's job.
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

from generator import dutch
from generator.dataset.report_meta import (
    DisputeFigures,
    EntityDisputes,
    PreviousYear,
    PublishedFigures,
    SummaryRow,
    SummaryTable,
    SummaryTotal,
)
from generator.dataset.vocabulary import NO_LABEL
from generator.errors import ImportProblem
from generator.importer import vocabulary
from generator.importer.sections import Section, section_body, section_by_number
from generator.importer.source import NOT_THE_REPORT_HINT, RUNNING_HEADER

TITLE = re.compile(r"^Klachtenjaarverslag (?P<organisation>.+) (?P<year>\d{4})$")
COLOPHON_FIELD = re.compile(r"^(?P<key>versie|auteur|datum)\s+(?P<value>\S.*?)\s*$")
TABLE_TOTAL = "Eindtotaal"
TRAILING_NUMBERS = re.compile(r"^(?P<label>.*?)\s*(?P<numbers>(?:\d+\s*)+)$")

SENTENCES = {
    "locaties_organisatie": re.compile(r"circa (\d+) locaties"),
    "klachten": re.compile(r"In totaal zijn er in \d{4} (\d+) interne klachten"),
    "vorig_jaar_klachten": re.compile(r"afgenomen van (\d+) naar \d+ klachten"),
    "kinderen_opgevangen": re.compile(r"hebben we ([\d.]+) kinderen opgevangen"),
    "percentage": re.compile(r"Over ([\d,]+)% daarvan is een klacht ontvangen"),
    "vorig_jaar_percentage": re.compile(r"In \d{4} was dit percentage ([\d,]+)%"),
    "geschillen_ingediend": re.compile(r"zijn er (\d+) klachten ingediend bij de Geschillencommissie"),
    "geschillen_gegrond": re.compile(r"Van deze \d+ klachten zijn er (\d+) gegrond"),
    "geschillen_vorig_jaar": re.compile(r"In \d{4} waren dit eveneens (\d+) klachten"),
}
PREVIOUS_YEAR = re.compile(r"ten opzichte van (\d{4})")
CATEGORY_CHANGE = re.compile(r"van (\d+)(?: klachten)? in (\d{4}) naar (\d+) in (\d{4})")
DISPUTES_FILED_AND_RULED = re.compile(r"Van de (\d+) ingediende geschillen hebben er (\d+) geleid tot een uitspraak")
DISPUTE_FILED_AND_RULED = re.compile(r"Er is (\d+) geschil ingediend .*? dat tevens heeft geleid tot")


Value = TypeVar("Value")


@dataclass(frozen=True)
class Identity:
    """Who published the report and when, from its title and colophon."""

    organisation: str
    year: int
    title: str
    version: str
    date: dt.date
    author: str | None


@dataclass(frozen=True)
class Figures:
    """What the importer read, plus the sentences it looked for and did not find."""

    organisation_locations: int | None
    children_cared_for: int | None
    published: PublishedFigures
    missing: list[str] = field(default_factory=list)


def report_identity(raw_lines: list[str], path: Path) -> Identity:
    title_match = next((TITLE.match(line.strip()) for line in raw_lines if RUNNING_HEADER.match(line.strip())), None)
    if title_match is None:
        raise ImportProblem(
            path, None, "de titel 'Klachtenjaarverslag <organisatie> <jaar>' is niet gevonden",
            f"bovenaan de pagina's staat 'Klachtenjaarverslag', de organisatie en het jaar; {NOT_THE_REPORT_HINT}",
        )
    colophon = {}
    for line in raw_lines:
        match = COLOPHON_FIELD.match(line.strip())
        if match and match["key"] not in colophon:
            colophon[match["key"]] = match["value"]
    report_date = dutch.parse_date(colophon.get("datum", ""))
    if report_date is None or "versie" not in colophon:
        raise ImportProblem(
            path, None, "versie en datum van het colofon zijn niet gevonden",
            f"het colofon noemt 'Versie:' en 'Datum:' (zoals 'Datum: 31 mei 2025'); {NOT_THE_REPORT_HINT}",
        )
    return Identity(
        organisation=title_match["organisation"],
        year=int(title_match["year"]),
        title=title_match[0],
        version=colophon["versie"],
        date=report_date,
        author=colophon.get("auteur"),
    )


def find_figure(text: str, key: str, convert: Callable[[str], Value], missing: list[str]) -> Value | None:
    """The figure the sentence SENTENCES[key] states in the text; None, and the key added to
    `missing`, when the text does not have that sentence."""
    match = SENTENCES[key].search(text)
    if match is None:
        missing.append(key)
        return None
    return convert(match[1])


def section_text(raw_lines: list[str], sections: list[Section], number: str) -> str:
    section = section_by_number(sections, number)
    if section is None:
        return ""
    return " ".join(line.strip() for line in section_body(raw_lines, section) if line.strip())


def _table_lines(raw_lines: list[str], sections: list[Section], path: Path) -> tuple[Section, list[str]]:
    """Section 3.1's lines from the table header on."""
    section = section_by_number(sections, "3.1")
    if section is None:
        raise ImportProblem(
            path, None, "sectie 3.1 met de tabel is niet gevonden",
            f"de inhoudsopgave noemt een sectie 3.1 met de tabel van de klachten per soort en label; {NOT_THE_REPORT_HINT}",
        )
    lines = [line.strip() for line in section_body(raw_lines, section) if line.strip()]
    header_at = next((index for index, line in enumerate(lines) if line.endswith(TABLE_TOTAL)), None)
    if header_at is None:
        raise ImportProblem(
            path, section.heading_line, "de kop van de tabel (eindigend op 'Eindtotaal') is niet gevonden",
            f"de tabel in sectie 3.1 begint met een kopregel die eindigt op 'Eindtotaal'; {NOT_THE_REPORT_HINT}",
        )
    return section, lines[header_at:]


def table_label_columns(raw_lines: list[str], sections: list[Section], path: Path) -> list[str]:
    """The label columns of the table header, between 'Geen label' and 'Eindtotaal'; the row
    header ('Aantal van omschrijving klacht') is set apart by a wide gap."""
    _, lines = _table_lines(raw_lines, sections, path)
    column_part = re.split(r"\s{3,}", lines[0])[-1]
    names = column_part.removesuffix(TABLE_TOTAL).strip().removeprefix(NO_LABEL)
    return names.split()


def summary_table(raw_lines: list[str], sections: list[Section], path: Path) -> SummaryTable:
    """The category x label table of section 3.1 as printed. A row printed with fewer numbers than
    columns has its empty cells on the left (under 'Geen label'), as the printed alignment shows."""
    section, lines = _table_lines(raw_lines, sections, path)
    columns = [NO_LABEL] + table_label_columns(raw_lines, sections, path)
    rows = []
    label = ""
    for line in lines[1:]:
        match = TRAILING_NUMBERS.match(line)
        if match is None:
            label = f"{label} {line}".strip()
            continue
        label = f"{label} {match['label']}".strip()
        numbers = [int(number) for number in match["numbers"].split()]
        rows.append((label, _cells(numbers, columns, path, section.heading_line)))
        label = ""
        if rows[-1][0] == TABLE_TOTAL:
            break
    return _table(rows, columns, path, section.heading_line)


def _cells(numbers: list[int], columns: list[str], path: Path, line: int) -> tuple[dict[str, int | None], int]:
    if len(numbers) > len(columns) + 1:
        raise ImportProblem(
            path, line, f"een rij van de tabel heeft {len(numbers)} getallen, de tabel {len(columns) + 1} kolommen",
            "lees de tabel van sectie 3.1 in de tekst na: elk getal van een rij hoort in een eigen kolom, "
            "en een regel als een paginanummer hoort niet tussen de rijen",
        )
    *cells, total = numbers
    padded = [None] * (len(columns) - len(cells)) + cells
    return dict(zip(columns, padded)), total


def _table(rows: list[tuple[str, tuple[dict[str, int | None], int]]], columns: list[str], path: Path, line: int) -> SummaryTable:
    if not rows or rows[-1][0] != TABLE_TOTAL:
        raise ImportProblem(
            path, line, "de tabel in sectie 3.1 heeft geen rij 'Eindtotaal'",
            f"de tabel eindigt met een rij 'Eindtotaal'; controleer of de tekst compleet is. {NOT_THE_REPORT_HINT}",
        )
    table_rows = []
    for label, (cells, total) in rows[:-1]:
        category = vocabulary.canonical_category(label)
        if category is None:
            raise ImportProblem(
                path, line, f"rij '{label}' van de tabel is geen bekende categorie",
                "de rijen van de tabel zijn soorten klachten die het programma kent (zoals Communicatie); lees de naam in de tekst na "
                "(een woord dat over twee regels is afgebroken, een tikfout)",
            )
        table_rows.append(SummaryRow(category, cells, total))
    total_cells, grand_total = rows[-1][1]
    return SummaryTable(tuple(columns), tuple(table_rows), SummaryTotal(total_cells, grand_total))


def category_for_heading(heading: str) -> str:
    """The category a section 3.2.x is about: the one sharing most words with its heading."""
    heading_words = set(heading.lower().split())

    def score(category: str) -> tuple[int, float]:
        shared = len(heading_words & set(category.lower().split()))
        return shared, difflib.SequenceMatcher(None, heading.lower(), category.lower()).ratio()

    return max(vocabulary.CATEGORIES, key=score)


def category_sections(sections: list[Section]) -> list[tuple[Section, str]]:
    """The explanation sections 3.2.1, 3.2.2, ... with the category each is about."""
    return [(section, category_for_heading(section.name)) for section in sections if re.fullmatch(r"3\.2\.\d+", section.number)]


def published_figures(raw_lines: list[str], sections: list[Section], table: SummaryTable) -> Figures:
    missing: list[str] = []
    intern = section_text(raw_lines, sections, "3.1")
    comparison = section_text(raw_lines, sections, "3.2")
    extern = section_text(raw_lines, sections, "3.3")
    foreword = section_text(raw_lines, sections, "1")
    organisation_locations = find_figure(foreword, "locaties_organisatie", int, missing)
    children_cared_for = find_figure(comparison, "kinderen_opgevangen", dutch.parse_number, missing)
    complaints = find_figure(intern, "klachten", int, missing)
    percentage = find_figure(comparison, "percentage", dutch.parse_decimal, missing)
    this_year, previous_categories = _category_changes(raw_lines, sections)
    previous_year = _previous_year(sections, comparison, previous_categories, missing)
    disputes = _dispute_counts(raw_lines, sections, extern, missing)
    published = PublishedFigures(complaints, percentage, table, this_year, previous_year, disputes)
    return Figures(organisation_locations, children_cared_for, published, missing)


def _previous_year(sections: list[Section], comparison: str, categories: dict[str, int], missing: list[str]) -> PreviousYear | None:
    """Last year's figures; none without the year they are about (the figures are still looked
    for, so that every sentence that is not there is reported)."""
    section = section_by_number(sections, "3.2")
    year = PREVIOUS_YEAR.search(section.title) if section else None
    if year is None:
        missing.append("vorig_jaar")
    complaints = find_figure(comparison, "vorig_jaar_klachten", int, missing)
    percentage = find_figure(comparison, "vorig_jaar_percentage", dutch.parse_decimal, missing)
    return PreviousYear(int(year[1]), complaints, percentage, categories) if year else None


def _category_changes(raw_lines: list[str], sections: list[Section]) -> tuple[dict[str, int], dict[str, int]]:
    this_year: dict[str, int] = {}
    previous_year: dict[str, int] = {}
    for section, category in category_sections(sections):
        match = CATEGORY_CHANGE.search(section_text(raw_lines, sections, section.number))
        if match:
            previous_year[category] = int(match[1])
            this_year[category] = int(match[3])
    return this_year, previous_year


def _dispute_counts(raw_lines: list[str], sections: list[Section], extern: str, missing: list[str]) -> DisputeFigures:
    submitted = find_figure(extern, "geschillen_ingediend", int, missing)
    upheld = find_figure(extern, "geschillen_gegrond", int, missing)
    previous_year_submitted = find_figure(extern, "geschillen_vorig_jaar", int, missing)
    per_entity = []
    for section in sections:
        if not section.name.startswith("Bijlage") or "Geschiloverzicht" not in section.name:
            continue
        text = " ".join(line.strip() for line in section_body(raw_lines, section) if line.strip())
        entity = section.name.split("Geschiloverzicht", 1)[1].strip()
        many = DISPUTES_FILED_AND_RULED.search(text)
        one = DISPUTE_FILED_AND_RULED.search(text)
        if many:
            per_entity.append(EntityDisputes(entity, int(many[1]), int(many[2])))
        elif one:
            per_entity.append(EntityDisputes(entity, int(one[1]), int(one[1])))
        else:
            missing.append(f"geschillen per entiteit ({entity})")
    per_outcome = {vocabulary.DISPUTE_UPHELD: upheld} if upheld is not None else {}
    return DisputeFigures(submitted, per_outcome, previous_year_submitted, tuple(per_entity))
