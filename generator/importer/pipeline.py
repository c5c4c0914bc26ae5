"""`import`: read the whole source text first, write the year folder second.

Everything is parsed, assembled and checked into memory; only then are the files written, into a
fresh folder next to the year folder that replaces the generated files at the end. A report the
importer cannot read leaves the year folder as it was.
"""

from __future__ import annotations

import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from generator import schema
from generator.dataset import layout
from generator.dataset.dataset import load_dataset
from generator.dataset.report_meta import ReportMeta, report_meta_yaml
from generator.dataset.writer import csv_text, write_text
from generator.errors import ImportProblem
from generator.importer.complaints import complaint_row, parse_annex
from generator.importer.corrections import load_corrections
from generator.importer.disputes import dispute_rows
from generator.importer.figures import published_figures, report_identity, summary_table, table_label_columns
from generator.importer.narrative import category_texts, narrative_texts
from generator.importer.sections import find_sections
from generator.importer.written_files import changed_copy, foreign_files, read_record, record_text, refuse_to_overwrite
from generator.importer.source import read_source
from generator.importer.vocabulary import report_vocabulary
from generator.view.reconcile import RECONCILIATION_COLUMNS, reconcile

# The annex names a label's legal entity: the table column "Partou" is "Partou B.V." there.
LEGAL_FORM = "B.V."
REPORT_HEADER = """Gegevens en gepubliceerde cijfers van het klachtenjaarverslag, zoals gedrukt.
Gemaakt door 'python -m generator import'; de cijfers onder 'gepubliceerd' komen uit de tekst
van het verslag en worden nooit aangepast aan de gegevens: 'check' vergelijkt ze ermee.
In de tabel van sectie 3.1 is een rij met minder getallen dan kolommen rechts uitgelijnd
gelezen: de lege cellen staan links, onder 'Geen label', zoals in het gedrukte verslag.
Onder categorieen, labels, oordelen en uitkomsten_geschillen staan de woorden van dit verslag:
de gegevens mogen alleen die gebruiken (een andere schrijfwijze van een categorie staat onder
ook_geschreven_als)."""


@dataclass
class ImportResult:
    folder: Path
    complaints: int
    disputes: int
    files: list[Path] = field(default_factory=list)
    heuristic_decisions: list[str] = field(default_factory=list)
    missing_figures: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class YearFiles:
    """The generated content of a year folder, by path relative to it."""

    texts: dict[str, str]


def import_source_text(source: Path, year: int, data_root: Path, overwrite: bool = False) -> ImportResult:
    """`overwrite`: replace files in the year folder (and the copy of the source) that this
    importer did not write or that were changed since (the CLI's --overschrijven)."""
    raw_lines = read_source(source)
    sections = find_sections(raw_lines, source)
    identity = report_identity(raw_lines, source)
    if identity.year != year:
        raise ImportProblem(source, None, f"het verslag gaat over {identity.year}, niet over {year}", f"gebruik --jaar {identity.year}")
    folder = layout.year_folder(data_root, year)
    stored_source = layout.source_file(data_root, source.name)
    label_columns = table_label_columns(raw_lines, sections, source)
    labels = {f"{column} {LEGAL_FORM}": column for column in label_columns}
    table = summary_table(raw_lines, sections, source)
    figures = published_figures(raw_lines, sections, table)
    corrections = load_corrections(folder / layout.CORRECTIONS_FILE)
    records = parse_annex(raw_lines, source, list(labels), corrections)
    complaints = [complaint_row(number, record) for number, record in enumerate(records, 1)]
    disputes = dispute_rows(raw_lines, sections)
    report = ReportMeta(
        organisation=identity.organisation,
        year=identity.year,
        title=identity.title,
        version=identity.version,
        date=identity.date,
        author=identity.author,
        source=layout.source_seen_from_year_folder(source.name),
        organisation_locations=figures.organisation_locations,
        children_cared_for=figures.children_cared_for,
        vocabulary=report_vocabulary(labels),
        published=figures.published,
    )
    files = YearFiles({
        f"{layout.COMPLAINTS_FILE_STEM}.csv": csv_text(schema.column_names(report.vocabulary.complaint_columns), complaints),
        f"{layout.DISPUTES_FILE_STEM}.csv": csv_text(schema.column_names(schema.DISPUTE_COLUMNS), disputes),
        layout.REPORT_FILE: report_meta_yaml(report, REPORT_HEADER),
        **{layout.text_file(stem): text for stem, text in narrative_texts(raw_lines, sections).items()},
        **{layout.category_text_file(slug): text for slug, text in category_texts(raw_lines, sections).items()},
    })
    record = read_record(folder)
    stale = set(record) - {*files.texts, layout.RECONCILIATION_FILE}
    if not overwrite:
        foreign = foreign_files(folder, {*files.texts, layout.RECONCILIATION_FILE} | stale, record)
        refuse_to_overwrite(data_root, foreign + changed_copy(stored_source, source))
    _copy_source(source, stored_source)
    written = _replace_generated(folder, files, stale)
    decisions = [f"klacht {number}: {decision}" for number, record in enumerate(records, 1) for decision in record.decisions]
    return ImportResult(folder, len(complaints), len(disputes), written, decisions, figures.missing)


def _copy_source(source: Path, stored: Path) -> None:
    """The data folder keeps its own copy of the source, so that every bron_regel can be looked up
    without anything outside the project."""
    if stored.exists() and stored.resolve() == source.resolve():
        return
    stored.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(source, stored)


def _replace_generated(folder: Path, files: YearFiles, stale: set[str]) -> list[Path]:
    """Write into a new folder beside the year folder, then move each file into place and remove
    the files an earlier import wrote that this one does not (`stale`), so that no old text stays
    behind; then record what was written. Files the importer does not make (correcties.yaml, a
    text of the organisation's own) are left alone."""
    folder.parent.mkdir(parents=True, exist_ok=True)
    written = sorted([*files.texts, layout.RECONCILIATION_FILE])
    with tempfile.TemporaryDirectory(prefix=f".{folder.name}-import-", dir=folder.parent) as staging_name:
        staging = Path(staging_name)
        for relative, text in files.texts.items():
            write_text(staging / relative, text)
        # The new data must load and validate before it replaces anything; the reconciliation
        # with the published figures is kept next to it.
        dataset = load_dataset(staging)
        comparisons = reconcile(dataset.report, dataset.complaints, dataset.disputes)
        write_text(staging / layout.RECONCILIATION_FILE, csv_text(RECONCILIATION_COLUMNS, [item.as_row() for item in comparisons]))
        for relative in written:
            target = folder / relative
            target.parent.mkdir(parents=True, exist_ok=True)
            (staging / relative).replace(target)
    for relative in sorted(stale):
        (folder / relative).unlink(missing_ok=True)
        _remove_empty_parents(folder / relative, folder)
    write_text(folder / layout.IMPORT_RECORD_FILE, record_text(folder, written))
    return [folder / relative for relative in written]


def _remove_empty_parents(path: Path, folder: Path) -> None:
    for parent in path.parents:
        if parent == folder or folder not in parent.parents or not parent.is_dir() or any(parent.iterdir()):
            return
        parent.rmdir()
