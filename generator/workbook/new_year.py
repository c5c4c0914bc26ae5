"""A new year folder to fill in (`python -m generator nieuw-jaar 2025`): the template workbook as
klachten.xlsx and a verslag.yaml to complete, both starting from the newest year before it.

What stays from year to year comes over: the organisation, the author and the vocabulary (the
categories, labels, judgements and dispute outcomes). What a new report must say itself (its
title, version, date and the organisation's size that year) is written as 'VUL IN: ...', which
`check` reports at its line until it is replaced (generator/dataset/yaml_reader.py). The report's
own printed figures ('gepubliceerd') are left out: a report that is still to be written has none.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from pathlib import Path

from generator.dataset import layout
from generator.dataset.report_meta import ReportMeta, load_report_meta, report_meta_yaml
from generator.dataset.tables import XLSX_SUFFIX
from generator.dataset.writer import write_new_folder
from generator.errors import ArgumentRefused, DataInvalid, Problem
from generator.workbook.template import template_workbook, workbook_bytes

DRAFT_HEADER = (
    "Het klachtenjaarverslag over {year}, nog in te vullen. Gemaakt met 'python -m generator nieuw-jaar {year}'.\n"
    "\n"
    "1. Vervang elke waarde die met VUL IN begint. Zolang er een staat, meldt 'check' die regel.\n"
    "   Noemt het verslag het aantal locaties of kinderen niet? Haal die regel dan weg.\n"
    "2. De woorden van het verslag (categorieen, labels, oordelen en uitkomsten_geschillen) komen uit\n"
    "   {source}. De gegevens in {complaints} mogen alleen deze woorden gebruiken. Is er in {year}\n"
    "   iets nieuws, bijvoorbeeld een nieuwe soort klacht? Zet het er dan bij.\n"
    "3. Noemt het verslag zelf cijfers (het aantal klachten, een tabel per soort klacht)? Zet ze dan\n"
    "   onder 'gepubliceerd', zoals in {source}; 'check' vergelijkt ze met de gegevens."
)


@dataclass(frozen=True)
class NewYear:
    folder: Path
    source: Path  # the verslag.yaml the vocabulary came from
    files: dict[str, str | bytes]


def previous_report(data_root: Path, year: int) -> tuple[ReportMeta, Path]:
    """The report of the newest year before `year` in data_root, and its verslag.yaml."""
    earlier = [known for known in layout.years_in(data_root) if known < year]
    if not earlier:
        raise ArgumentRefused(
            f"{data_root}: er staat geen jaarmap van een jaar vóór {year} in, dus er zijn geen soorten klachten, labels en "
            f"oordelen om over te nemen. Oplossing: kies het jaar na een jaar dat er al is, of maak de eerste jaarmap zelf "
            f"(zie data/2024/ als voorbeeld)."
        )
    folder = layout.year_folder(data_root, earlier[-1])
    path = folder / layout.REPORT_FILE
    if not path.is_file():
        hint = f"zet de gegevens van het verslag over {earlier[-1]} in {path}; het nieuwe jaar neemt de woorden daaruit over."
        raise DataInvalid([Problem(folder, None, None, f"de jaarmap mist {layout.REPORT_FILE}", hint)])
    report, problems = load_report_meta(path)
    if report is None:
        raise DataInvalid(problems)
    return report, path


def year_template(data_root: Path, year: int) -> tuple[bytes, Path]:
    """The template workbook for `year` with the words of the newest year before it, and the
    verslag.yaml those words came from."""
    previous, source = previous_report(data_root, year)
    return workbook_bytes(template_workbook(previous.vocabulary, year, previous.year)), source


def new_year(data_root: Path, year: int) -> NewYear:
    """The files of the new year folder, made in memory; nothing is written here."""
    folder = layout.year_folder(data_root, year)
    if folder.exists() or folder.is_symlink():
        raise ArgumentRefused(
            f"{folder}: de jaarmap bestaat al; nieuw-jaar maakt alleen een nieuwe jaarmap en verandert niets in een bestaande. "
            f"Oplossing: vul de bestanden in {folder} verder in, of haal de map eerst zelf weg als je opnieuw wilt beginnen."
        )
    previous, source = previous_report(data_root, year)
    complaints = f"{layout.COMPLAINTS_FILE_STEM}{XLSX_SUFFIX}"
    header = DRAFT_HEADER.format(year=year, source=source, complaints=complaints)
    files: dict[str, str | bytes] = {
        complaints: workbook_bytes(template_workbook(previous.vocabulary, year, previous.year)),
        layout.REPORT_FILE: report_meta_yaml(_draft(previous, year), header, _to_fill_in(previous, year)),
    }
    return NewYear(folder, source, files)


def write_new_year(made: NewYear) -> None:
    write_new_folder(made.folder, made.files)


def _draft(previous: ReportMeta, year: int) -> ReportMeta:
    """The previous report as the start of the new one: its words and who wrote it, no source text, no printed figures."""
    return dataclasses.replace(previous, year=year, source=None, published=None)


def _to_fill_in(previous: ReportMeta, year: int) -> dict[str, str]:
    title = previous.title.replace(str(previous.year), str(year)) if str(previous.year) in previous.title else f"{previous.title} {year}"
    return {
        "titel": f"de titel van het verslag, bijvoorbeeld '{title}'",
        "versie": "de versie van het verslag, bijvoorbeeld '1.0'",
        "datum": f"de datum waarop het verslag verschijnt, als jjjj-mm-dd, bijvoorbeeld {year + 1}-05-31",
        "locaties_organisatie": f"het aantal locaties van de organisatie in {year}",
        "kinderen_opgevangen": f"het aantal kinderen dat in {year} is opgevangen",
    }
