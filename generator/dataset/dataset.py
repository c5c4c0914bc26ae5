"""Load a year folder: read every file, validate everything, and raise once with all problems."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from pathlib import Path

import pandas

from generator import schema
from generator.dataset import layout
from generator.dataset.characters import first_bad_character
from generator.dataset.locations import LocationsFile, read_locations
from generator.dataset.lookalikes import lookalike_notices
from generator.dataset.paths import not_a_file_problem
from generator.dataset.privacy_allowed import AllowedFinding, load_privacy_allowed
from generator.dataset.report_text import check_report_texts
from generator.dataset.renames import Rename, load_renames
from generator.dataset.shown_texts import shown_texts
from generator.dataset.report_meta import ReportMeta, load_report_meta
from generator.dataset.yaml_reader import KeptYamlNodes
from generator.dataset.tables import TABLE_SUFFIXES, UTF8_SEQUENCE, XLSX_SUFFIX, SheetChoice, Table, read_table
from generator.dataset.vocabulary import Vocabulary
from generator.dataset.validate import WHOLE_NUMBER, CleanRow, validate_complaints, validate_disputes
from generator.errors import FOUT, MELDING, DataInvalid, Problem

SAVE_TEXT_AS_UTF8 = "sla het bestand op als UTF-8 (in Kladblok: Opslaan als, Codering UTF-8)."
# A workbook made by `sjabloon` holds the complaints and the disputes on sheets of their own.
COMPLAINTS_SHEET = SheetChoice(layout.COMPLAINTS_SHEET, layout.TEMPLATE_SHEETS)
DISPUTES_SHEET = SheetChoice(layout.DISPUTES_SHEET, layout.TEMPLATE_SHEETS, own_file=False)


@dataclass(frozen=True)
class TableSource:
    """Where the rows of a frame were read, so that later checks (such as the privacy check) can
    name the file and the row as a person sees them in a spreadsheet."""

    path: Path | None  # None when the year folder has no such file
    rows: tuple[int, ...]  # the spreadsheet row number of each row of the frame, in frame order
    records: tuple[str | None, ...] = ()  # what each row is to a person ("volgnummer 12"), in frame order
    sheet: str | None = None  # the sheet of a workbook made by `sjabloon` (layout.TEMPLATE_SHEETS)


NO_SOURCE = TableSource(None, ())


# eq=False: comparing data frames field by field has no single truth value.
@dataclass(frozen=True, eq=False)
class Dataset:
    folder: Path
    report: ReportMeta
    complaints: pandas.DataFrame  # the columns of report.vocabulary.complaint_columns, in that order
    disputes: pandas.DataFrame  # columns of schema.DISPUTE_COLUMNS, in that order
    texts: dict[str, str]  # tekst/*.md by file stem
    category_texts: dict[str, str]  # tekst/categorie/*.md by file stem (the category's slug)
    notices: list[Problem]  # problems that are reported but do not block the build
    complaints_source: TableSource
    disputes_source: TableSource
    privacy_allowed: tuple[AllowedFinding, ...]  # privacy-toegestaan.yaml; the privacy check applies it
    locations: LocationsFile | None = None  # the organisation's optional locaties.csv, beside the year folders
    renames: tuple[Rename, ...] = ()  # hernoemd.csv: this year's locations that had another name before


def load_dataset(folder: Path, kept: KeptYamlNodes | None = None) -> Dataset:
    """Everything in a year folder, checked; raises DataInvalid with every blocking problem.
    `kept`: the YAML files parsed before (a live preview's previous build; see read_yaml())."""
    if not folder.is_dir():
        hint = "geef de map van een jaar op, bijvoorbeeld data/2024, met daarin klachten.csv en verslag.yaml."
        raise DataInvalid([Problem(folder, None, None, "de map bestaat niet", hint)])
    report, report_problems = _load_report(folder, kept)
    vocabulary = report.vocabulary if report else None
    complaint_rows, complaints_source, complaint_problems = _load_complaints(folder, vocabulary)
    dispute_rows, disputes_source, dispute_problems = _load_disputes(folder, vocabulary, complaints_source)
    texts, text_problems = read_texts(folder / layout.TEXTS_FOLDER)
    category_texts, category_text_problems = read_texts(folder / layout.CATEGORY_TEXTS_FOLDER)
    text_problems += check_report_texts(folder / layout.TEXTS_FOLDER, texts)
    category_text_problems += check_report_texts(folder / layout.CATEGORY_TEXTS_FOLDER, category_texts)
    texts, category_texts, unshown = shown_texts(folder, texts, category_texts, vocabulary.category_names if vocabulary else None)
    text_problems += unshown
    privacy_allowed, privacy_allowed_problems = load_privacy_allowed(folder, kept)
    locations, location_problems = _load_locations(folder, vocabulary, complaint_rows, report)
    renames, rename_problems = load_renames(folder)
    problems = (
        report_problems + complaint_problems + dispute_problems + text_problems + category_text_problems + privacy_allowed_problems
        + location_problems + rename_problems
    )
    if any(problem.severity == FOUT for problem in problems):
        raise DataInvalid(problems)
    return Dataset(
        folder=folder,
        report=report,
        complaints=rows_to_frame(complaint_rows, report.vocabulary.complaint_columns),
        disputes=rows_to_frame(dispute_rows, schema.DISPUTE_COLUMNS),
        texts=texts,
        category_texts=category_texts,
        notices=[problem for problem in problems if problem.severity == MELDING],
        complaints_source=complaints_source,
        disputes_source=disputes_source,
        privacy_allowed=privacy_allowed,
        locations=locations,
        renames=renames,
    )


def _load_report(folder: Path, kept: KeptYamlNodes | None) -> tuple[ReportMeta | None, list[Problem]]:
    path = folder / layout.REPORT_FILE
    not_a_file = not_a_file_problem(path, f"zet de gegevens van het verslag in een bestand {layout.REPORT_FILE} (geen map of koppeling).")
    if not_a_file is not None:
        return None, [not_a_file]
    if not path.is_file():
        hint = f"maak {layout.REPORT_FILE} met de gegevens van het verslag (organisatie, jaar, titel, versie, datum, categorieen, oordelen, uitkomsten_geschillen)."
        return None, [Problem(folder, None, None, f"de jaarmap mist {layout.REPORT_FILE}", hint)]
    report, problems = load_report_meta(path, kept)
    if report and layout.looks_like_a_year(folder.name) and report.year != int(folder.name):
        hint = (
            f"zet 'jaar: {folder.name}' in {layout.REPORT_FILE}, of zet de gegevens in de map van {report.year}."
            if layout.is_year_name(folder.name)
            else f"zet de gegevens in de map {report.year}: een jaarmap heet naar een jaar van {layout.FIRST_YEAR} tot en met {layout.LAST_YEAR}."
        )
        problems.append(Problem(path, None, "jaar", f"jaar {report.year} past niet bij de map '{folder.name}'", hint))
    return report, problems


def _load_complaints(folder: Path, vocabulary: Vocabulary | None) -> tuple[list[CleanRow], TableSource, list[Problem]]:
    path, problems = find_table_file(folder, layout.COMPLAINTS_FILE_STEM)
    if path is None:
        return [], NO_SOURCE, problems or [_missing_complaints_problem(folder)]
    table, table_problems = read_table(path, COMPLAINTS_SHEET)
    if table is None:
        return [], NO_SOURCE, problems + table_problems
    rows, row_problems = validate_complaints(table, vocabulary)
    notices = lookalike_notices(path, "locatie", [(row.number, row.values.get("locatie", "")) for row in table.rows], "locaties")
    numbers = tuple(f"volgnummer {row['volgnummer']}" if row["volgnummer"] is not None else None for row in rows)
    checked = on_sheet(table, _elsewhere(row_problems, table_problems, table.header_row) + notices)
    return rows, _source(table, numbers), with_complaint_numbers(table, problems + table_problems + checked)


def _load_disputes(folder: Path, vocabulary: Vocabulary | None, complaints: TableSource) -> tuple[list[CleanRow], TableSource, list[Problem]]:
    path, problems = find_table_file(folder, layout.DISPUTES_FILE_STEM)
    on_complaints_sheet, sheet_problems = _disputes_sheet(complaints)
    if path is None and (problems or on_complaints_sheet is None):
        # No file (and no sheet) means the organisation had no disputes that year.
        return [], NO_SOURCE, problems + sheet_problems
    if path is None:
        table, table_problems = on_complaints_sheet, sheet_problems
    else:
        table, table_problems = read_table(path)
        if on_complaints_sheet is not None and on_complaints_sheet.rows:
            table_problems.append(_two_dispute_tables_problem(path, on_complaints_sheet))
    if table is None:
        return [], NO_SOURCE, problems + table_problems
    rows, row_problems = validate_disputes(table, vocabulary)
    notices = lookalike_notices(table.path, "entiteit", [(row.number, row.values.get("entiteit", "")) for row in table.rows], "rechtspersonen")
    return rows, _source(table), problems + table_problems + on_sheet(table, _elsewhere(row_problems, table_problems, table.header_row) + notices)


def _disputes_sheet(complaints: TableSource) -> tuple[Table | None, list[Problem]]:
    """The sheet Geschillen of a workbook made by `sjabloon`, where the complaints came from one;
    None when there is none, or nothing on it."""
    if complaints.path is None or complaints.sheet != layout.COMPLAINTS_SHEET or complaints.path.suffix.lower() != XLSX_SUFFIX:
        return None, []
    return read_table(complaints.path, DISPUTES_SHEET)


def _two_dispute_tables_problem(path: Path, sheet: Table) -> Problem:
    message = f"de geschillen staan zowel in {path.name} als op werkblad '{sheet.sheet}' van {sheet.path.name}"
    hint = f"houd één van de twee over: haal {path.name} weg, of maak werkblad '{sheet.sheet}' leeg (op de kopregel na); welke de juiste geschillen heeft, is niet te raden."
    return Problem(path.parent, None, None, message, hint)


def on_sheet(table: Table, problems: list[Problem]) -> list[Problem]:
    """The problems of a table read from a sheet by its name, with that sheet; a workbook made by
    `sjabloon` has no bron_regel column on purpose, so its absence is no notice there."""
    if table.sheet is None:
        return problems
    return [
        dataclasses.replace(problem, sheet=table.sheet)
        for problem in problems
        if not (problem.severity == MELDING and problem.row == table.header_row and problem.column == layout.NOT_IN_TEMPLATE)
    ]


def _elsewhere(row_problems: list[Problem], table_problems: list[Problem], header_row: int) -> list[Problem]:
    """The checks of the values, without those of a cell that reading the file already found wrong
    (a formula without a result, a control character): one problem, the one that says why. The
    header's problems all stay: a column name that cannot be read is also a column that is missing."""
    cells = {(problem.row, problem.column) for problem in table_problems if problem.column is not None and problem.row != header_row}
    return [problem for problem in row_problems if (problem.row, problem.column) not in cells]


def _load_locations(
    folder: Path, vocabulary: Vocabulary | None, complaint_rows: list[CleanRow], report: ReportMeta | None
) -> tuple[LocationsFile | None, list[Problem]]:
    path, problems = find_table_file(layout.locations_folder(folder), layout.LOCATIONS_FILE_STEM, "deze map")
    if path is None:
        return None, problems
    keys = [(str(row["locatie"]), str(row.get(schema.LABEL_COLUMN) or "")) for row in complaint_rows]
    locations, location_problems = read_locations(path, vocabulary, keys, report.year if report else None)
    return locations, problems + location_problems


def _source(table: Table, records: tuple[str | None, ...] = ()) -> TableSource:
    # The validator gives one clean row for every table row, in the same order.
    return TableSource(table.path, tuple(row.number for row in table.rows), records, table.sheet)


def with_complaint_numbers(table: Table, problems: list[Problem]) -> list[Problem]:
    """The problems of rows of the complaints table with the row's volgnummer, which is how the
    report and the site name a complaint."""
    numbers = {
        row.number: f"volgnummer {row.values['volgnummer']}"
        for row in table.rows
        if WHOLE_NUMBER.match(row.values.get("volgnummer", "")) and len(row.values["volgnummer"]) <= 9
    }
    return [
        dataclasses.replace(problem, record=numbers[problem.row]) if problem.file == table.path and problem.row in numbers else problem
        for problem in problems
    ]


def find_table_file(folder: Path, stem: str, folder_kind: str = "de jaarmap") -> tuple[Path | None, list[Problem]]:
    """The one .csv or .xlsx file with this stem; two of them is a problem, none is not (here).
    `folder_kind` names the folder in that problem.
    A folder or a broken link with the name of the table is a problem too: a folder geschillen.csv
    must not read as a year without disputes."""
    hint = f"vervang dit door het bestand zelf ({stem}.csv of {stem}.xlsx), of haal het weg."
    not_files = [not_a_file_problem(folder / f"{stem}{suffix}", hint) for suffix in TABLE_SUFFIXES]
    if any(not_files):
        return None, [problem for problem in not_files if problem is not None]
    paths = [folder / f"{stem}{suffix}" for suffix in TABLE_SUFFIXES if (folder / f"{stem}{suffix}").is_file()]
    if len(paths) > 1:
        names = " als ".join(path.name for path in paths)
        hint = "haal een van de twee weg; welk bestand de juiste gegevens heeft, is niet te raden."
        return None, [Problem(folder, None, None, f"{folder_kind} heeft zowel {names}", hint)]
    return (paths[0] if paths else None), []


def _missing_complaints_problem(folder: Path) -> Problem:
    wanted = {f"{layout.COMPLAINTS_FILE_STEM}{suffix}" for suffix in TABLE_SUFFIXES}
    # A name that differs only in capitals works on Windows but not on the build server.
    near = sorted(path.name for path in folder.iterdir() if path.name.lower() in wanted)
    hint = f"zet de klachten in {layout.COMPLAINTS_FILE_STEM}.csv of {layout.COMPLAINTS_FILE_STEM}.xlsx in deze map, één rij per klacht."
    if near:
        hint = f"hernoem '{near[0]}' naar '{near[0].lower()}'."
    return Problem(folder, None, None, f"de jaarmap mist {layout.COMPLAINTS_FILE_STEM}.csv", hint)


def read_texts(folder: Path) -> tuple[dict[str, str], list[Problem]]:
    """The Markdown files directly in a folder, by stem, in name order; none when it is absent."""
    if not folder.is_dir():
        if folder.exists() or folder.is_symlink():
            hint = "maak er een map van met daarin de teksten als .md-bestanden, of haal het weg."
            return {}, [Problem(folder, None, None, "dit moet een map met teksten zijn, maar het is een bestand of een kapotte koppeling", hint)]
        return {}, []
    texts = {}
    problems = []
    for path in sorted(folder.glob("*.md")):
        not_a_file = not_a_file_problem(path, "vervang dit door een tekstbestand (.md), of haal het weg.")
        if not_a_file is not None:
            problems.append(not_a_file)
            continue
        text, text_problems = _markdown_text(path)
        problems.extend(text_problems)
        if text is not None:
            texts[path.stem] = text
    return texts, problems


def _markdown_text(path: Path) -> tuple[str | None, list[Problem]]:
    """The text of one Markdown file. A file that is not UTF-8 at all is a problem of the file; a
    byte that is not UTF-8 in an otherwise UTF-8 file, or a control character, one of its line."""
    data = path.read_bytes()
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        if not UTF8_SEQUENCE.search(data):
            return None, [Problem(path, None, None, "tekst is niet te lezen", SAVE_TEXT_AS_UTF8)]
        text = data.decode("utf-8-sig", errors="surrogateescape")
    for number, line in enumerate(text.split("\n"), start=1):
        # Tabs indent Markdown and a carriage return ends a Windows line: both belong in a text file.
        bad = first_bad_character(line.rstrip("\r").replace("\t", " "))
        if bad is not None:
            message = bad.message("de regel")
            hint = SAVE_TEXT_AS_UTF8 if bad.undecoded else bad.hint
            return None, [Problem(path, number, None, message, hint)]
    return text, []


def rows_to_frame(rows: list[CleanRow], columns: tuple[schema.Column, ...]) -> pandas.DataFrame:
    """A frame with exactly the schema's columns: required integers int64, optional ones Int64
    (empty is <NA>), text str with "" for empty."""
    return pandas.DataFrame(
        {column.name: pandas.Series([row[column.name] for row in rows], dtype=_dtype(column)) for column in columns}
    )


def _dtype(column: schema.Column) -> str:
    if column.kind == "integer":
        return "int64" if column.required else "Int64"
    return "str"
