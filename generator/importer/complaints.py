"""From the annex to complaint rows: segment, assemble (twice: the first reading teaches the
layout of the whole annex, such as full location names), apply reviewed corrections, and refuse
anything still undecided or out of the annex's A-Z order."""

from __future__ import annotations

from pathlib import Path

from generator.dataset import layout
from generator.errors import ImportFailed, ImportProblem
from generator.importer import vocabulary
from generator.importer.annex import (
    AnnexLayout,
    HeadParser,
    Neighbours,
    RawRecord,
    RecordAssembler,
    RecordSpan,
    join_pieces,
    learn_layout,
    record_spans,
    widest_cell_line,
)
from generator.importer.corrections import Correction, splits_by_line
from generator.importer.order import out_of_order
from generator.importer.source import annex_bounds, annex_lines, segments

CATEGORY_SPELLINGS = vocabulary.category_spellings()


def parse_annex(raw_lines: list[str], path: Path, labels: list[str], corrections: list[Correction]) -> list[RawRecord]:
    start, end = annex_bounds(raw_lines, path)
    spans = record_spans(segments(annex_lines(raw_lines, start, end)), HeadParser(labels, CATEGORY_SPELLINGS))
    first_layout = AnnexLayout(frozenset(), widest_cell_line(spans))
    first_pass = [RecordAssembler(CATEGORY_SPELLINGS, first_layout, {}).assemble(span) for span in spans]
    assembler = RecordAssembler(CATEGORY_SPELLINGS, learn_layout(first_pass, spans), splits_by_line(corrections))
    records = _assemble_in_order(assembler, spans, first_pass)
    _refuse_undecided(records, corrections, path)
    return records


def _assemble_in_order(assembler: RecordAssembler, spans: list[RecordSpan], first_pass: list[RawRecord]) -> list[RawRecord]:
    """Each row with the location of the row above as finally read, and of the row below as first
    read: a name cut off by a page break is a beginning of the full name, so it never lets a
    completed name sort too far."""
    records: list[RawRecord] = []
    for index, span in enumerate(spans):
        above = join_pieces(records[-1].location) if records else None
        below = join_pieces(first_pass[index + 1].location) if index + 1 < len(spans) else None
        records.append(assembler.assemble(span, Neighbours(above, below)))
    return records


def _refuse_undecided(records: list[RawRecord], corrections: list[Correction], path: Path) -> None:
    problems = []
    for number, record in enumerate(records, 1):
        for line, ambiguity in record.ambiguities:
            problems.append(ImportProblem(
                path, line, f"klacht {number} ({join_pieces(record.location)}): {ambiguity}",
                f"lees de rij in het verslag en leg de splitsing vast in {layout.CORRECTIONS_FILE}",
            ))
    applied = {split.line: number for number, record in enumerate(records, 1) for split in record.applied_splits}
    for correction in corrections:
        line = correction.split.line
        if line not in applied:
            problems.append(ImportProblem(path, line, f"correctie voor klacht {correction.volgnummer} is niet gebruikt", "de regel heeft geen twijfelgeval (meer); haal de correctie weg"))
        elif applied[line] != correction.volgnummer:
            problems.append(ImportProblem(path, line, f"correctie noemt klacht {correction.volgnummer}, de regel hoort bij klacht {applied[line]}", "zet het juiste volgnummer in de correctie"))
    problems += _order_problems(records, path)
    if problems:
        raise ImportFailed(problems)


def _order_problems(records: list[RawRecord], path: Path) -> list[ImportProblem]:
    names = [join_pieces(record.location) for record in records]
    return [
        ImportProblem(
            path, records[index].source_line,
            f"klacht {index + 1} ({names[index]}) staat niet op alfabetische volgorde: de rij erboven, "
            f"klacht {index} op regel {records[index - 1].source_line}, is '{names[index - 1]}'",
            "de bijlage is op de naam van de locatie gesorteerd (A-Z); lees de naam in het verslag na, "
            "bijvoorbeeld of een pagina-einde hem heeft afgebroken",
        )
        for index in out_of_order(names)
    ]


def complaint_row(volgnummer: int, record: RawRecord) -> dict[str, object]:
    return {
        "volgnummer": volgnummer,
        "locatie": join_pieces(record.location),
        "label": record.label,
        "categorie": vocabulary.canonical_category(record.category_spelling),
        "omschrijving": join_pieces(record.omschrijving),
        "oplossing": join_pieces(record.oplossing),
        "gegrond": record.gegrond,
        "bron_regel": record.source_line,
    }
