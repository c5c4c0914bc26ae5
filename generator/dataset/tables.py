"""Read one table file (CSV or Excel) into rows of text, as a person sees them in a spreadsheet.

Nothing here knows which columns a table should have; that is the job of the validator. This
module only turns bytes into a header and rows, and reports what makes that impossible.

On size: a table larger than MAX_TABLE_BYTES is refused before it is read. One organisation's
year is far below it (2024: 537 complaints in 0,3 MB), and so is the national scale the tool is
built and benchmarked for (100 times 2024: 53.700 complaints in 29 MB). Measured on a 50 MB file of
100.000 valid complaints: it loads in 5 s using 540 MB of memory, but the site generator then
renders 146 MB of Markdown, beyond what the site is tested for. A file that large is almost
certainly the wrong file (an export of several years or of another system), and a wrong file
must never become a site. A workbook is a zip file whose parts may unpack to far more than the file
itself (a "zip bomb"), so its unpacked size is checked against MAX_UNPACKED_XLSX_BYTES before
anything is unpacked.

On encodings: UTF-8 (with or without BOM) and UTF-16 with a BOM are read as they are. A file that is
not valid UTF-8 is read as Windows-1252 ("ANSI" in Excel), with a notice, only when it really is
one: it has no UTF-8 sequence anywhere, and every byte outside ASCII is a letter or punctuation
that Dutch text uses. A file that is UTF-8 except for a few bytes is not switched to cp1252: each
such byte is an error at its row and column.

On sheets: a workbook's table is on its first sheet, unless the caller names the sheet
(SheetChoice): the workbook that `sjabloon` makes holds the complaints, the disputes and the
instructions on sheets of their own, and every problem on a sheet read by its name names the sheet.
"""

from __future__ import annotations

import codecs
import csv
import dataclasses
import datetime
import io
import re
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from generator.dataset.characters import FORBIDDEN as CONTROL_CHARACTERS
from generator.dataset.characters import first_bad_character
from generator.dutch import format_decimal, word_list
from generator.errors import MELDING, Problem

CSV_SUFFIX = ".csv"
XLSX_SUFFIX = ".xlsx"
TABLE_SUFFIXES = (CSV_SUFFIX, XLSX_SUFFIX)

SAVE_AS_CSV_UTF8 = 'open het bestand in Excel en kies Opslaan als, met als type "CSV UTF-8".'
# Tab and line breaks occur in text files; other control characters in more than one character in
# a hundred mean the bytes are not text at all. Fewer are reported at their row and column.
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
MAX_CONTROL_SHARE = 0.01
MEGABYTE = 1_000_000
MAX_TABLE_BYTES = 40 * MEGABYTE  # the module docstring says why
# The XML of a workbook is some three times the size of the same table as CSV.
MAX_UNPACKED_XLSX_BYTES = 4 * MAX_TABLE_BYTES
FORMULA_ELEMENT = re.compile(rb"<(?:\w+:)?f[ />]")
# A valid multi-byte UTF-8 sequence: a file with one is UTF-8, whatever else it holds.
UTF8_SEQUENCE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")
# What Dutch text saved as Windows-1252 holds outside ASCII: letters with accents, typographic
# quotes and dashes, the euro sign and a few more signs.
CP1252_TEXT = re.compile("[àáâãäåæçèéêëìíîïñòóôõöøùúûüýÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÑÒÓÔÕÖØÙÚÛÜÝßŒœŠšŽž€‘’‚“”„–—…•°²³¼½¾§£«»·©®™\u00a0]")


@dataclass(frozen=True)
class TableRow:
    number: int  # row number as a spreadsheet shows it
    values: dict[str, str]  # by header name; stripped; "" for an empty cell
    # A CSV row with more values than columns: usually a delimiter inside an unquoted value, which
    # shifts every value after it into the wrong column, so the values cannot be checked one by one.
    shifted: bool = False


@dataclass(frozen=True)
class Table:
    path: Path
    header_row: int
    header: tuple[str, ...]  # names as in the file, stripped; may hold unknown or duplicate names
    rows: tuple[TableRow, ...]  # completely empty rows are left out
    sheet: str | None = None  # the sheet it was read from by name; None for a CSV file or a first sheet


@dataclass(frozen=True)
class SheetChoice:
    """Which sheet of a workbook holds a table.

    name: the sheet to read when the workbook is in the layout (two of its sheets have the
        layout's names; a workbook with one sheet that happens to be called so is read as any
        other). A workbook in the layout without this sheet is an error when it is the file's own.
    layout: the sheets of such a workbook (read by another call, or on purpose not at all, like
        instructions); they are never reported as left out.
    own_file: the table is the file's own (the complaints in klachten.xlsx): a workbook without the
        named sheet is read from its first sheet, and another sheet with data is an error. When
        False (the disputes on a sheet of klachten.xlsx), a workbook without the sheet, or with
        nothing on it, simply has no such table.
    """

    name: str
    layout: tuple[str, ...]
    own_file: bool = True


@dataclass(frozen=True)
class Record:
    """One row of raw cells, before any cleaning."""

    number: int
    cells: list[str]


def read_table(path: Path, sheet: SheetChoice | None = None) -> tuple[Table | None, list[Problem]]:
    """The header and rows of a .csv or .xlsx file (of a workbook: its first sheet, or the one
    `sheet` chooses); None when there is nothing to validate."""
    size = path.stat().st_size
    if size > MAX_TABLE_BYTES:
        return None, [_too_large_problem(path, size)]
    delimiter = None
    sheet_read = None
    if path.suffix.lower() == XLSX_SUFFIX:
        records, sheet_read, problems = _read_xlsx_records(path, sheet)
    else:
        records, delimiter, problems = _read_csv_records(path)
    if records is None:
        return None, problems
    if sheet is not None and not sheet.own_file and not any(cell.strip() for record in records for cell in record.cells):
        return None, problems
    table, table_problems = _table_from_records(path, records, delimiter)
    if sheet_read is None:
        return table, problems + table_problems
    table_problems = [dataclasses.replace(problem, sheet=sheet_read) for problem in table_problems]
    return (dataclasses.replace(table, sheet=sheet_read) if table else None), problems + table_problems


def _too_large_problem(path: Path, size: int) -> Problem:
    megabytes = format_decimal(size / MEGABYTE)
    limit = format_decimal(MAX_TABLE_BYTES / MEGABYTE, 0)
    message = f"het bestand is {megabytes} MB; een tabel van één jaar mag hoogstens {limit} MB zijn"
    hint = (
        "controleer of dit het juiste bestand is: de klachten van een heel jaar zijn veel kleiner "
        "(537 klachten zijn 0,3 MB; 53.700 klachten 29 MB). Haal rijen van andere jaren en kolommen die er niet in horen weg."
    )
    return Problem(path, None, None, message, hint)


# --- CSV ---------------------------------------------------------------------------------------


def _read_csv_records(path: Path) -> tuple[list[Record] | None, str | None, list[Problem]]:
    text, problems = decode_csv_bytes(path, path.read_bytes())
    if text is None:
        return None, None, problems
    if is_tab_separated(text):
        return None, None, [_tab_separated_problem(path)]
    delimiter = detect_delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    # A quoted value may span several physical lines; it is still one spreadsheet row.
    records: list[Record] = []
    try:
        with _field_size_limit(MAX_TABLE_BYTES):
            for cells in reader:
                records.append(Record(len(records) + 1, cells))
    except csv.Error:
        return None, delimiter, problems + [
            Problem(
                path,
                len(records) + 1,
                None,
                "de rij is geen geldige CSV",
                'zet een waarde met een scheidingsteken tussen dubbele aanhalingstekens en schrijf een " in de waarde als "".',
            )
        ]
    return records, delimiter, problems


@contextmanager
def _field_size_limit(limit: int) -> Iterator[None]:
    """Python's csv refuses a value longer than 131.072 characters, in English. A value as long as
    the whole table is read here; the checks of the rows then say what is wrong (most often a
    quote that is never closed, which pulls the rest of the file into one value). The limit is
    the csv module's, for the whole process: it is given back afterwards."""
    previous = csv.field_size_limit(limit)
    try:
        yield
    finally:
        csv.field_size_limit(previous)


def decode_csv_bytes(path: Path, data: bytes) -> tuple[str | None, list[Problem]]:
    """Text of a CSV file saved by Excel in any of its usual encodings; the module docstring says
    which. Bytes that are not UTF-8 in an otherwise UTF-8 file stay in the text as lone surrogates
    (errors="surrogateescape"), for the cell check to report where they are."""
    unreadable = [Problem(path, None, None, "tekst is niet te lezen", SAVE_AS_CSV_UTF8)]
    text, encoding = _decode(data)
    if text is None or len(CONTROL.findall(text)) > MAX_CONTROL_SHARE * len(text):
        return None, unreadable
    if encoding != "cp1252":
        return text, []
    notice = Problem(
        path,
        None,
        None,
        "het bestand is niet als UTF-8 opgeslagen en is gelezen als Windows-1252 (ANSI)",
        "controleer letters als é en ë op de site, of " + SAVE_AS_CSV_UTF8,
        MELDING,
    )
    return text, [notice]


def _decode(data: bytes) -> tuple[str | None, str]:
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError:
            return None, "utf-16"
    try:
        return data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError:
        pass
    if not UTF8_SEQUENCE.search(data):
        try:
            text = data.decode("cp1252")
        except UnicodeDecodeError:
            text = None
        if text is not None and all(CP1252_TEXT.match(character) for character in set(text) if ord(character) > 0x7F):
            return text, "cp1252"
    return data.decode("utf-8-sig", errors="surrogateescape"), "utf-8 met fouten"


def is_tab_separated(text: str) -> bool:
    """A header line with tabs between its names and no semicolon or comma: a tab-separated
    export (Excel's 'Tekst (tab-gescheiden)'), which would otherwise read as one single column."""
    header_line = next((line for line in text.splitlines() if line.strip()), "")
    return "\t" in header_line.strip() and _count_outside_quotes(header_line, "\t") > max(
        _count_outside_quotes(header_line, ";"), _count_outside_quotes(header_line, ",")
    )


def _tab_separated_problem(path: Path) -> Problem:
    message = "het bestand is gescheiden met tabs, niet met komma's of puntkomma's zoals een CSV-bestand"
    return Problem(path, None, None, message, SAVE_AS_CSV_UTF8)


def detect_delimiter(text: str) -> str:
    """Semicolon (Dutch Excel's default) or comma, whichever the header line uses more."""
    header_line = next((line for line in text.splitlines() if line.strip()), "")
    semicolons = _count_outside_quotes(header_line, ";")
    commas = _count_outside_quotes(header_line, ",")
    return ";" if semicolons > commas else ","


def _count_outside_quotes(line: str, wanted: str) -> int:
    count = 0
    inside_quotes = False
    for character in line:
        if character == '"':
            inside_quotes = not inside_quotes
        elif character == wanted and not inside_quotes:
            count += 1
    return count


# --- Excel -------------------------------------------------------------------------------------


def _read_xlsx_records(path: Path, choice: SheetChoice | None) -> tuple[list[Record] | None, str | None, list[Problem]]:
    """The rows of the chosen sheet, the name of that sheet when it was read by its name, and the problems."""
    unpacked, problem = _unpacked_size(path)
    if problem is not None:
        return None, None, [problem]
    if unpacked > MAX_UNPACKED_XLSX_BYTES:
        return None, None, [_unpacks_too_large_problem(path, unpacked)]
    try:
        return _workbook_records(path, choice)
    except Exception:  # noqa: BLE001 - see below
        # openpyxl parses the zip and XML of a damaged or truncated workbook with whatever error
        # the part that broke raises (zlib, XML, KeyError, ValueError, ...), also while the rows
        # are read; for the person who saved it, every one of them means the same thing.
        return None, None, [_not_a_workbook_problem(path)]


def _unpacked_size(path: Path) -> tuple[int, Problem | None]:
    """The size of all parts of the workbook together, as the zip file declares it; zipfile never
    unpacks more than the declared size of a part."""
    try:
        with zipfile.ZipFile(path) as archive:
            return sum(info.file_size for info in archive.infolist()), None
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        return 0, _not_a_workbook_problem(path)


def _not_a_workbook_problem(path: Path) -> Problem:
    return Problem(
        path,
        None,
        None,
        "het bestand is geen Excel-werkmap die te lezen is",
        "open het bestand in Excel en sla het op als Excel-werkmap (.xlsx).",
    )


def _unpacks_too_large_problem(path: Path, unpacked: int) -> Problem:
    megabytes = format_decimal(unpacked / MEGABYTE)
    limit = format_decimal(MAX_UNPACKED_XLSX_BYTES / MEGABYTE, 0)
    message = f"de werkmap is uitgepakt {megabytes} MB; een werkmap van één jaar mag uitgepakt hoogstens {limit} MB zijn"
    hint = "controleer of dit het juiste bestand is, of sla het werkblad met de klachten op als CSV UTF-8."
    return Problem(path, None, None, message, hint)


def _workbook_records(path: Path, choice: SheetChoice | None) -> tuple[list[Record] | None, str | None, list[Problem]]:
    # Imported here: openpyxl takes a tenth of a second to import, and most years come as CSV.
    import openpyxl

    workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
    try:
        sheets = workbook.worksheets
        in_layout = choice is not None and _in_layout(sheets, choice)
        named = next((sheet for sheet in sheets if sheet.title == choice.name), None) if in_layout else None
        if in_layout and named is None and choice.own_file:
            return None, None, [_missing_sheet_problem(path, choice, sheets)]
        if named is None and choice is not None and not choice.own_file:
            return None, None, []
        sheet = named or sheets[0]
        sheet_title = sheet.title
        # Programs other than Excel may write a wrong size into the sheet; read what is there.
        sheet.reset_dimensions()
        records = [
            Record(number, [cell_text(value) for value in values])
            for number, values in enumerate(sheet.iter_rows(values_only=True), start=1)
        ]
        problems = []
        if choice is None or choice.own_file:
            layout = choice.layout if named is not None and choice is not None else ()
            others = [other for other in sheets if other is not sheet and other.title not in layout]
            problems = _extra_sheet_problems(path, sheet.title, others, layout)
    finally:
        workbook.close()
    if _has_formulas(path):
        problems += _formulas_without_result(path, sheet_title, records)
    return records, (named.title if named is not None else None), problems


def _has_formulas(path: Path) -> bool:
    """Whether a sheet of the workbook holds a formula (an <f> element), without parsing it."""
    with zipfile.ZipFile(path) as archive:
        for name in archive.namelist():
            if name.startswith("xl/worksheets/") and name.endswith(".xml"):
                with archive.open(name) as sheet:
                    tail = b""
                    while chunk := sheet.read(1 << 20):
                        if FORMULA_ELEMENT.search(tail + chunk):
                            return True
                        tail = chunk[-8:]
    return False


def _formulas_without_result(path: Path, sheet_title: str, records: list[Record]) -> list[Problem]:
    """A cell with a formula whose result the file does not hold (a program other than Excel wrote
    it, or Excel never calculated it) reads as empty: say so, rather than "a value is missing"."""
    import openpyxl
    from openpyxl.utils import get_column_letter

    header = next((record.cells for record in records if any(cell.strip() for cell in record.cells)), [])
    workbook = openpyxl.load_workbook(path, read_only=True, data_only=False)
    problems = []
    try:
        sheet = workbook[sheet_title]
        sheet.reset_dimensions()
        for record, cells in zip(records, sheet.iter_rows()):
            for index, cell in enumerate(cells):
                if getattr(cell, "data_type", None) == "f" and index < len(record.cells) and not record.cells[index].strip():
                    name = header[index].strip() if index < len(header) and header[index].strip() else get_column_letter(index + 1)
                    formula = str(cell.value) if len(str(cell.value)) <= 60 else str(cell.value)[:57] + "..."
                    message = f"in deze cel staat een formule zonder uitkomst ({formula}), dus zonder waarde"
                    hint = "open het bestand in Excel en sla het daar op (Excel bewaart dan de uitkomst), of typ de waarde zelf in de cel."
                    problems.append(Problem(path, record.number, name, message, hint))
    finally:
        workbook.close()
    return problems


def _in_layout(sheets: list, choice: SheetChoice) -> bool:
    """Whether the workbook is one in the layout of `choice`: two of its sheets carry the layout's
    names (a workbook with one sheet that happens to be called so is read as any other)."""
    return len({sheet.title for sheet in sheets} & set(choice.layout)) >= 2


def _missing_sheet_problem(path: Path, choice: SheetChoice, sheets: list) -> Problem:
    # Reading another sheet instead (the instructions, say) would bury this in errors about its rows.
    present = word_list([f"'{sheet.title}'" for sheet in sheets])
    wanted = word_list([f"'{name}'" for name in choice.layout])
    message = f"het werkblad '{choice.name}' ontbreekt; de werkmap heeft de werkbladen {present}"
    hint = f"geef het juiste werkblad weer de naam '{choice.name}'; de werkbladen heten {wanted}."
    return Problem(path, None, None, message, hint)


def _extra_sheet_problems(path: Path, title: str, others: list, layout: tuple[str, ...]) -> list[Problem]:
    """Only the first sheet is read, or, read by name, the sheets of its `layout`. Another sheet
    that holds data would silently be left out of the site (or hold the rows that were meant), so
    that is an error; empty ones are a notice."""
    if not others:
        return []
    quoted = [f"'{name}'" for name in layout]
    read = f"de werkbladen {word_list(quoted)}" if layout else f"het eerste werkblad ('{title}')"
    verb = "horen in dit bestand" if layout else "wordt gelezen"
    filled = [sheet.title for sheet in others if _has_data(sheet)]
    if filled:
        names = ", ".join(f"'{title}'" for title in filled)
        message = f"alleen {read} {verb}, maar ook werkblad {names} heeft gegevens"
        hint = (
            f"zet de rijen op het werkblad waar ze horen en haal werkblad {names} weg."
            if layout
            else "zet alle rijen op het eerste werkblad en haal de andere werkbladen weg, of sla alleen het juiste werkblad op als CSV UTF-8."
        )
        return [Problem(path, None, None, message, hint)]
    names = ", ".join(f"'{sheet.title}'" for sheet in others)
    message = f"alleen {read} {verb}; de andere werkbladen ({names}) worden overgeslagen"
    hint = "haal de andere werkbladen weg als ze niet bij de gegevens horen."
    return [Problem(path, None, None, message, hint, MELDING)]


def _has_data(sheet) -> bool:
    sheet.reset_dimensions()
    return any(cell_text(value).strip() for values in sheet.iter_rows(values_only=True) for value in values)


def cell_text(value: object) -> str:
    """A cell as the text a person sees in it: whole numbers without '.0', dates as yyyy-mm-dd."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime.datetime) and value.time() == datetime.time():
        return value.date().isoformat()
    if isinstance(value, (datetime.date, datetime.time)):
        return value.isoformat()
    return str(value)


# --- Both --------------------------------------------------------------------------------------


def _table_from_records(path: Path, records: list[Record], delimiter: str | None) -> tuple[Table | None, list[Problem]]:
    """delimiter: the CSV delimiter, None for a workbook."""
    filled = [record for record in records if any(cell.strip() for cell in record.cells)]
    if not filled:
        hint = "zet de kolomnamen in de eerste rij en daaronder één rij per klacht of geschil."
        return None, [Problem(path, None, None, "het bestand is leeg", hint)]
    header_record, *data_records = filled
    header = _header_names(header_record.cells)
    problems = _header_line_break_problems(path, header_record.number, header)
    problems += _header_character_problems(path, header_record.number, header_record.cells)
    rows = []
    for record in data_records:
        row, row_problems = _table_row(path, header, record, delimiter)
        rows.append(row)
        problems.extend(row_problems)
    return Table(path, header_record.number, header, tuple(rows)), problems


def _header_names(cells: list[str]) -> tuple[str, ...]:
    names = [cell.strip() for cell in cells]
    # Excel often saves empty cells right of the last column; they are not columns.
    while names and not names[-1]:
        names.pop()
    return tuple(names)


def _header_line_break_problems(path: Path, number: int, header: tuple[str, ...]) -> list[Problem]:
    return [
        Problem(path, number, name, "de kolomnaam beslaat meer dan één regel", "haal de regelovergang uit de kolomnaam weg.")
        for name in header
        if _has_line_break(name)
    ]


def _header_character_problems(path: Path, number: int, cells: list[str]) -> list[Problem]:
    problems = []
    for cell in cells:
        bad = first_bad_character(cell)
        if bad is None:
            continue
        name = CONTROL_CHARACTERS.sub("", cell).strip()
        if "\ufeff" in cell:
            # Excel writes a byte order mark at the start of a file; one inside the header means the
            # file was glued together or saved twice.
            message = "de kolomnaam bevat een onzichtbaar BOM-teken (U+FEFF), zodat hij niet als kolomnaam herkend wordt"
            problems.append(Problem(path, number, name, message, "typ de kolomnaam opnieuw, of " + SAVE_AS_CSV_UTF8))
        else:
            problems.append(Problem(path, number, name, bad.message("de kolomnaam"), bad.hint))
    return problems


def _cell_character_problems(path: Path, number: int, header: tuple[str, ...], cells: list[str]) -> list[Problem]:
    problems = []
    for name, cell in zip(header, cells):
        bad = first_bad_character(cell)
        if bad is not None:
            problems.append(Problem(path, number, name, bad.message(), bad.hint))
    return problems


def _table_row(path: Path, header: tuple[str, ...], record: Record, delimiter: str | None) -> tuple[TableRow, list[Problem]]:
    character_problems = _cell_character_problems(path, record.number, header, record.cells)
    cells = [cell.strip() for cell in record.cells]
    named_cells = cells[: len(header)]
    named_cells += [""] * (len(header) - len(named_cells))
    values = {}
    for name, value in zip(header, named_cells):
        # A duplicate column name keeps its first value; the validator reports the duplicate.
        values.setdefault(name, value)
    problems = character_problems + [
        _line_break_problem(path, record.number, name, value, len(header), delimiter)
        for name, value in zip(header, named_cells)
        if _has_line_break(value)
    ]
    overflows = any(cells[len(header) :])
    if overflows:
        values_up_to_last = max(position for position, cell in enumerate(cells, start=1) if cell)
        problems.append(_overflow_problem(path, record.number, values_up_to_last, len(header), delimiter))
    return TableRow(record.number, values, shifted=overflows and delimiter is not None), problems


def _line_break_problem(path: Path, number: int, name: str, value: str, columns: int, delimiter: str | None) -> Problem:
    if delimiter and _holds_whole_rows(value, columns, delimiter):
        message = "de waarde begint met een aanhalingsteken dat niet gesloten wordt, waardoor de rijen eronder in deze cel staan"
        hint = 'zet een " aan het eind van de waarde, of haal het " aan het begin weg.'
        return Problem(path, number, name, message, hint)
    hint = "haal de regelovergang (Alt+Enter) uit de cel weg; elke waarde is één regel tekst."
    return Problem(path, number, name, "de waarde beslaat meer dan één regel", hint)


def _holds_whole_rows(value: str, columns: int, delimiter: str) -> bool:
    """A line inside the value with a delimiter for every column: rows swallowed by an open quote.
    A line break typed in a cell (Alt+Enter) almost never comes with that many delimiters."""
    return any(line.count(delimiter) >= max(1, columns - 1) for line in value.splitlines()[1:])


def _overflow_problem(path: Path, number: int, values: int, columns: int, delimiter: str | None) -> Problem:
    message = f"de rij heeft {values} waarden, maar de kopregel heeft {columns} kolommen"
    if delimiter:
        hint = (
            f"zet een waarde met een {delimiter} erin tussen dubbele aanhalingstekens (zo slaat Excel het zelf op), "
            "of haal de waarden rechts van de laatste kolom weg. De andere waarden van deze rij worden pas "
            "gecontroleerd als ze in de goede kolom staan."
        )
    else:
        hint = "haal de waarden rechts van de laatste kolom weg, of geef hun kolom een naam in de kopregel."
    return Problem(path, number, None, message, hint)


def _has_line_break(value: str) -> bool:
    return "\n" in value or "\r" in value
