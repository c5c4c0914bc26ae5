"""From the annex to complaint rows: segment, assemble (twice, to learn full location names),
apply reviewed corrections, and refuse anything still undecided."""

from __future__ import annotations

from pathlib import Path

from generator import schema
from generator.errors import ImportFailed, ImportProblem
from generator.importer.annex import HeadParser, RawRecord, RecordAssembler, join_pieces, known_locations, record_spans
from generator.importer.corrections import Correction, splits_by_line
from generator.importer.source import annex_bounds, annex_lines, segments

CATEGORY_SPELLINGS = list(schema.CATEGORIES) + list(schema.CATEGORY_ALIASES)


def parse_annex(raw_lines: list[str], path: Path, labels: list[str], corrections: list[Correction]) -> list[RawRecord]:
    start, end = annex_bounds(raw_lines, path)
    spans = record_spans(segments(annex_lines(raw_lines, start, end)), HeadParser(labels, CATEGORY_SPELLINGS))
    first_pass = [RecordAssembler(CATEGORY_SPELLINGS, set(), {}).assemble(span) for span in spans]
    assembler = RecordAssembler(CATEGORY_SPELLINGS, known_locations(first_pass), splits_by_line(corrections))
    records = [assembler.assemble(span) for span in spans]
    _refuse_undecided(records, corrections, path)
    return records


def _refuse_undecided(records: list[RawRecord], corrections: list[Correction], path: Path) -> None:
    problems = []
    for number, record in enumerate(records, 1):
        for line, ambiguity in record.ambiguities:
            problems.append(ImportProblem(
                path, line, f"klacht {number} ({join_pieces(record.location)}): {ambiguity}",
                f"lees de rij in het verslag en leg de splitsing vast in {schema.CORRECTIONS_FILE}",
            ))
    applied = {split.line: number for number, record in enumerate(records, 1) for split in record.applied_splits}
    for correction in corrections:
        line = correction.split.line
        if line not in applied:
            problems.append(ImportProblem(path, line, f"correctie voor klacht {correction.volgnummer} is niet gebruikt", "de regel heeft geen twijfelgeval (meer); haal de correctie weg"))
        elif applied[line] != correction.volgnummer:
            problems.append(ImportProblem(path, line, f"correctie noemt klacht {correction.volgnummer}, de regel hoort bij klacht {applied[line]}", "zet het juiste volgnummer in de correctie"))
    if problems:
        raise ImportFailed(problems)


def complaint_row(volgnummer: int, record: RawRecord) -> dict[str, object]:
    first_line = min(piece.line for piece in record.location + record.category)
    return {
        "volgnummer": volgnummer,
        "locatie": join_pieces(record.location),
        "label": record.label,
        "categorie": schema.canonical_category(record.category_spelling),
        "omschrijving": join_pieces(record.omschrijving),
        "oplossing": join_pieces(record.oplossing),
        "gegrond": record.gegrond,
        "bron_regel": first_line,
    }
