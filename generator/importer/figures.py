"""The report's metadata and its published figures, read from the text as printed.

Each figure is looked up by the sentence that states it. A sentence that is not found leaves the
figure out (and says so); a figure is never computed here: that is the reconciliation's job.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field
from pathlib import Path

from generator import dutch, schema
from generator.errors import ImportProblem
from generator.importer.sections import Section, section_body, section_by_number
from generator.importer.source import RUNNING_HEADER

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


@dataclass
class Figures:
    """What the importer read, plus the sentences it looked for and did not find."""

    values: dict
    missing: list[str] = field(default_factory=list)


def report_identity(raw_lines: list[str], path: Path) -> dict:
    title_match = next((TITLE.match(line.strip()) for line in raw_lines if RUNNING_HEADER.match(line.strip())), None)
    if title_match is None:
        raise ImportProblem(path, None, "de titel 'Klachtenjaarverslag <organisatie> <jaar>' is niet gevonden")
    colophon = {}
    for line in raw_lines:
        match = COLOPHON_FIELD.match(line.strip())
        if match and match["key"] not in colophon:
            colophon[match["key"]] = match["value"]
    report_date = dutch.parse_date(colophon.get("datum", ""))
    if report_date is None or "versie" not in colophon:
        raise ImportProblem(path, None, "versie en datum van het colofon zijn niet gevonden")
    identity = {
        "organisatie": title_match["organisation"],
        "jaar": int(title_match["year"]),
        "titel": title_match[0],
        "versie": colophon["versie"],
        "datum": report_date,
    }
    if "auteur" in colophon:
        identity["auteur"] = colophon["auteur"]
    return identity


def find_figure(text: str, key: str, figures: Figures) -> str | None:
    match = SENTENCES[key].search(text)
    if match is None:
        figures.missing.append(key)
        return None
    return match[1]


def section_text(raw_lines: list[str], sections: list[Section], number: str) -> str:
    section = section_by_number(sections, number)
    if section is None:
        return ""
    return " ".join(line.strip() for line in section_body(raw_lines, section) if line.strip())


def _table_lines(raw_lines: list[str], sections: list[Section], path: Path) -> tuple[Section, list[str]]:
    """Section 3.1's lines from the table header on."""
    section = section_by_number(sections, "3.1")
    if section is None:
        raise ImportProblem(path, None, "sectie 3.1 met de tabel is niet gevonden")
    lines = [line.strip() for line in section_body(raw_lines, section) if line.strip()]
    header_at = next((index for index, line in enumerate(lines) if line.endswith(TABLE_TOTAL)), None)
    if header_at is None:
        raise ImportProblem(path, section.heading_line, "de kop van de tabel (eindigend op 'Eindtotaal') is niet gevonden")
    return section, lines[header_at:]


def table_label_columns(raw_lines: list[str], sections: list[Section], path: Path) -> list[str]:
    """The label columns of the table header, between 'Geen label' and 'Eindtotaal'; the row
    header ('Aantal van omschrijving klacht') is set apart by a wide gap."""
    _, lines = _table_lines(raw_lines, sections, path)
    column_part = re.split(r"\s{3,}", lines[0])[-1]
    names = column_part.removesuffix(TABLE_TOTAL).strip().removeprefix(schema.NO_LABEL)
    return names.split()


def summary_table(raw_lines: list[str], sections: list[Section], path: Path) -> dict:
    """The category x label table of section 3.1 as printed. A row printed with fewer numbers than
    columns has its empty cells on the left (under 'Geen label'), as the printed alignment shows."""
    section, lines = _table_lines(raw_lines, sections, path)
    columns = [schema.NO_LABEL] + table_label_columns(raw_lines, sections, path)
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


def _cells(numbers: list[int], columns: list[str], path: Path, line: int) -> tuple[dict, int]:
    if len(numbers) > len(columns) + 1:
        raise ImportProblem(path, line, f"een rij van de tabel heeft {len(numbers)} getallen, de tabel {len(columns) + 1} kolommen")
    *cells, total = numbers
    padded = [None] * (len(columns) - len(cells)) + cells
    return dict(zip(columns, padded)), total


def _table(rows: list[tuple[str, tuple[dict, int]]], columns: list[str], path: Path, line: int) -> dict:
    if not rows or rows[-1][0] != TABLE_TOTAL:
        raise ImportProblem(path, line, "de tabel in sectie 3.1 heeft geen rij 'Eindtotaal'")
    table_rows = []
    for label, (cells, total) in rows[:-1]:
        category = schema.canonical_category(label)
        if category is None:
            raise ImportProblem(path, line, f"rij '{label}' van de tabel is geen bekende categorie")
        table_rows.append({"categorie": category, "cellen": cells, "eindtotaal": total})
    total_cells, grand_total = rows[-1][1]
    return {"kolommen": columns, "rijen": table_rows, "eindtotaal": {"cellen": total_cells, "eindtotaal": grand_total}}


def category_for_heading(heading: str) -> str:
    """The category a section 3.2.x is about: the one sharing most words with its heading."""
    heading_words = set(heading.lower().split())

    def score(category: str) -> tuple[int, float]:
        shared = len(heading_words & set(category.lower().split()))
        return shared, difflib.SequenceMatcher(None, heading.lower(), category.lower()).ratio()

    return max(schema.CATEGORIES, key=score)


def category_sections(sections: list[Section]) -> list[tuple[Section, str]]:
    """The explanation sections 3.2.1, 3.2.2, ... with the category each is about."""
    return [(section, category_for_heading(section.name)) for section in sections if re.fullmatch(r"3\.2\.\d+", section.number)]


def published_figures(raw_lines: list[str], sections: list[Section], table: dict) -> Figures:
    figures = Figures({})
    intern = section_text(raw_lines, sections, "3.1")
    comparison = section_text(raw_lines, sections, "3.2")
    extern = section_text(raw_lines, sections, "3.3")
    foreword = section_text(raw_lines, sections, "1")
    values = figures.values
    _put(values, "locaties_organisatie", find_figure(foreword, "locaties_organisatie", figures), int)
    _put(values, "kinderen_opgevangen", find_figure(comparison, "kinderen_opgevangen", figures), dutch.parse_number)
    published: dict = {}
    _put(published, "klachten", find_figure(intern, "klachten", figures), int)
    _put(published, "percentage_kinderen_met_klacht", find_figure(comparison, "percentage", figures), dutch.parse_decimal)
    published["tabel"] = table
    published["toelichting_per_categorie"], previous_categories = _category_changes(raw_lines, sections)
    previous: dict = {}
    section = section_by_number(sections, "3.2")
    previous_year = PREVIOUS_YEAR.search(section.title) if section else None
    if previous_year:
        previous["jaar"] = int(previous_year[1])
    else:
        figures.missing.append("vorig_jaar")
    _put(previous, "klachten", find_figure(comparison, "vorig_jaar_klachten", figures), int)
    _put(previous, "percentage_kinderen_met_klacht", find_figure(comparison, "vorig_jaar_percentage", figures), dutch.parse_decimal)
    previous["categorieen"] = previous_categories
    published["vorig_jaar"] = previous
    published["geschillen"] = _dispute_counts(raw_lines, sections, extern, figures)
    values["gepubliceerd"] = published
    return figures


def _put(target: dict, key: str, raw: str | None, convert) -> None:
    if raw is not None:
        target[key] = convert(raw)


def _category_changes(raw_lines: list[str], sections: list[Section]) -> tuple[dict, dict]:
    this_year: dict = {}
    previous_year: dict = {}
    for section, category in category_sections(sections):
        match = CATEGORY_CHANGE.search(section_text(raw_lines, sections, section.number))
        if match:
            previous_year[category] = int(match[1])
            this_year[category] = int(match[3])
    return this_year, previous_year


def _dispute_counts(raw_lines: list[str], sections: list[Section], extern: str, figures: Figures) -> dict:
    counts: dict = {}
    _put(counts, "ingediend", find_figure(extern, "geschillen_ingediend", figures), int)
    _put(counts, "gegrond", find_figure(extern, "geschillen_gegrond", figures), int)
    _put(counts, "vorig_jaar_ingediend", find_figure(extern, "geschillen_vorig_jaar", figures), int)
    counts["per_entiteit"] = []
    for section in sections:
        if not section.name.startswith("Bijlage") or "Geschiloverzicht" not in section.name:
            continue
        text = " ".join(line.strip() for line in section_body(raw_lines, section) if line.strip())
        entity = section.name.split("Geschiloverzicht", 1)[1].strip()
        many = DISPUTES_FILED_AND_RULED.search(text)
        one = DISPUTE_FILED_AND_RULED.search(text)
        if many:
            counts["per_entiteit"].append({"entiteit": entity, "ingediend": int(many[1]), "met_uitspraak": int(many[2])})
        elif one:
            counts["per_entiteit"].append({"entiteit": entity, "ingediend": int(one[1]), "met_uitspraak": int(one[1])})
        else:
            figures.missing.append(f"geschillen per entiteit ({entity})")
    return counts
