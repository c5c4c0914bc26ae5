"""Check the rows of a table against the columns of the schema and the values the year's
vocabulary allows (generator/dataset/vocabulary.py).

Every problem is collected with its row and column; nothing stops at the first one.

On gegrond: the site publishes the organisation's own judgement, in the organisation's own words
as verslag.yaml declares them under 'oordelen'. A difference in capitals only is the same word,
so it is accepted and written the declared way. Any other word, even one that seems to mean the
same (such as 'gedeeltelijk' for 'Deels'), is an error: mapping it would be our interpretation,
not the organisation's judgement. An empty gegrond is kept empty and reported as a notice,
because the source then gave no judgement at all. A year that declares no judgements has no
gegrond column at all.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from generator import schema
from generator.dataset.tables import Table, TableRow
from generator.errors import FOUT, MELDING, Problem

if TYPE_CHECKING:
    from generator.dataset.vocabulary import Vocabulary

WHOLE_NUMBER = re.compile(r"^[0-9]+$")
# Numbers are stored as 64-bit integers; a volgnummer or source line of ten digits is a typo.
MAX_WHOLE_NUMBER = 999_999_999

CleanRow = dict[str, object]

# A year without labels or judgements has no such column: the message and hint when it has one.
LEFT_OUT_BY_VOCABULARY = {
    schema.LABEL_COLUMN: (
        "de kolom 'label' hoort niet bij dit jaar: verslag.yaml noemt geen labels",
        "haal de kolom weg, of zet de labels van het verslag in verslag.yaml onder 'labels' ('Naam B.V.: Naam').",
    ),
    schema.JUDGEMENT_COLUMN: (
        "de kolom 'gegrond' hoort niet bij dit jaar: verslag.yaml noemt onder 'oordelen' geen oordelen",
        "haal de kolom weg, of zet de oordelen van het verslag in verslag.yaml onder 'oordelen' (bijvoorbeeld [Ja, Deels, Nee]).",
    ),
}


@dataclass(frozen=True)
class Cell:
    path: Path
    row: int
    column: str
    value: str

    def problem(self, message: str, hint: str, severity: str = FOUT) -> Problem:
        return Problem(self.path, self.row, self.column, message, hint, severity)


CellCheck = Callable[[Cell], tuple[object, list[Problem]]]


# --- Suggestions -------------------------------------------------------------------------------


def closest_spelling(value: str, spellings: Mapping[str, str]) -> str | None:
    """What to suggest for a value: the target of the spelling that looks most like it.

    Compared without regard to capitals, so 'LOCATIE' finds 'locatie' although difflib would
    see no likeness between them.
    """
    by_lower = {spelling.lower(): target for spelling, target in spellings.items()}
    matches = difflib.get_close_matches(value.lower(), list(by_lower), n=1)
    return by_lower[matches[0]] if matches else None


def suggestion_hint(value: str, allowed: Collection[str], otherwise: str) -> str:
    """'bedoel je ...?' before the general hint when an allowed value looks like the value."""
    suggestion = closest_spelling(value, {option: option for option in allowed})
    if suggestion:
        return f"bedoel je '{suggestion}'? {otherwise[:1].upper()}{otherwise[1:]}"
    return otherwise


# --- Tables ------------------------------------------------------------------------------------


def validate_complaints(table: Table, vocabulary: Vocabulary | None) -> tuple[list[CleanRow], list[Problem]]:
    """Clean rows of klachten, with the columns of the year's vocabulary. Without one (verslag.yaml
    cannot be read, its own problems say why) the categories, labels and judgements are not checked."""
    checks: dict[str, CellCheck] = {"volgnummer": _positive_integer, "oplossing": _solution, "bron_regel": _positive_integer}
    if vocabulary is not None:
        checks |= {"label": _label_check(vocabulary.labels), "categorie": _category_check(vocabulary), "gegrond": _judgement_check(vocabulary)}
    columns = vocabulary.complaint_columns if vocabulary is not None else schema.COMPLAINT_COLUMNS
    left_out = {name: refusal for name, refusal in LEFT_OUT_BY_VOCABULARY.items() if name not in schema.column_names(columns)}
    rows, problems = _validate_table(table, columns, checks, left_out)
    if not table.rows:
        hint = "zet onder de kopregel één rij per klacht."
        problems.append(Problem(table.path, None, None, "het bestand bevat geen enkele klacht", hint))
    problems.extend(_duplicate_numbers(table, rows))
    return rows, in_row_order(problems)


def validate_disputes(table: Table, vocabulary: Vocabulary | None) -> tuple[list[CleanRow], list[Problem]]:
    """Clean rows of geschillen; a table with only a header means: no disputes."""
    checks: dict[str, CellCheck] = {"bron_regel": _positive_integer}
    if vocabulary is not None:
        checks["uitkomst"] = _outcome_check(vocabulary.outcome_names)
    rows, problems = _validate_table(table, schema.DISPUTE_COLUMNS, checks)
    return rows, in_row_order(problems)


def in_row_order(problems: list[Problem]) -> list[Problem]:
    """Problems about the whole file first, then top down, as a person works through a sheet."""
    return sorted(problems, key=lambda problem: problem.row or 0)


def _validate_table(
    table: Table, columns: tuple[schema.Column, ...], checks: dict[str, CellCheck], left_out: dict[str, tuple[str, str]] | None = None
) -> tuple[list[CleanRow], list[Problem]]:
    problems = check_header(table, columns, left_out)
    present = [column for column in columns if column.name in table.header]
    rows = []
    for table_row in table.rows:
        # The values of a shifted row may sit in the wrong columns; its own problem says so.
        checked = [] if table_row.shifted else present
        row, row_problems = _clean_row(table, table_row, columns, checked, checks)
        rows.append(row)
        problems.extend(row_problems)
    return rows, problems


def _clean_row(
    table: Table,
    table_row: TableRow,
    columns: tuple[schema.Column, ...],
    present: list[schema.Column],
    checks: dict[str, CellCheck],
) -> tuple[CleanRow, list[Problem]]:
    row: CleanRow = {column.name: _empty_value(column) for column in columns}
    problems = []
    for column in present:
        cell = Cell(table.path, table_row.number, column.name, table_row.values[column.name])
        row[column.name], cell_problems = _check_cell(column, checks.get(column.name, _text), cell)
        problems.extend(cell_problems)
    return row, problems


def _check_cell(column: schema.Column, check: CellCheck, cell: Cell) -> tuple[object, list[Problem]]:
    if not cell.value and column.required:
        problem = cell.problem("verplichte waarde ontbreekt", f"vul de cel in. {column.description}")
        return _empty_value(column), [problem]
    return check(cell)


def _empty_value(column: schema.Column) -> object:
    return None if column.kind == "integer" else ""


# --- Header ------------------------------------------------------------------------------------


def check_header(table: Table, columns: tuple[schema.Column, ...], left_out: dict[str, tuple[str, str]] | None = None) -> list[Problem]:
    """Unknown, nameless, duplicate and missing columns; the order of the columns is free.
    `left_out`: the message and hint for each column of the schema that this year leaves out."""
    left_out = left_out or {}
    allowed = schema.column_names(columns)
    listing = ", ".join(allowed)
    problems = []
    seen: set[str] = set()
    for position, name in enumerate(table.header, start=1):
        if not name:
            hint = f"geef de kolom een van deze namen of haal hem weg: {listing}."
            problems.append(Problem(table.path, table.header_row, None, f"kolom {position} heeft geen naam", hint))
        elif name in seen:
            hint = f"houd één kolom '{name}' over."
            problems.append(Problem(table.path, table.header_row, name, "de kolom staat meer dan één keer in de kopregel", hint))
        elif name in left_out:
            # Its values would mean nothing on the site: refused rather than ignored.
            problems.append(Problem(table.path, table.header_row, name, *left_out[name]))
        elif name not in allowed:
            hint = suggestion_hint(name, allowed, f"hernoem de kolom of haal hem weg; de kolommen zijn: {listing}.")
            problems.append(Problem(table.path, table.header_row, name, "onbekende kolomnaam", hint))
        seen.add(name)
    problems.extend(_missing_columns(table, columns, listing))
    return problems


def _missing_columns(table: Table, columns: tuple[schema.Column, ...], listing: str) -> list[Problem]:
    problems = []
    for column in columns:
        if column.name in table.header:
            continue
        if column.required:
            hint = f"voeg de kolom '{column.name}' toe aan de kopregel; de kolommen zijn: {listing}."
            problems.append(Problem(table.path, table.header_row, column.name, "verplichte kolom ontbreekt", hint))
        else:
            # One notice for the whole column instead of one for every row.
            hint = f"voeg de kolom '{column.name}' toe als het verslag deze gegevens heeft. {column.description}"
            message = "kolom ontbreekt; de waarde is voor elke rij leeg"
            problems.append(Problem(table.path, table.header_row, column.name, message, hint, MELDING))
    return problems


# --- Cells -------------------------------------------------------------------------------------


def _text(cell: Cell) -> tuple[object, list[Problem]]:
    return cell.value, []


def _positive_integer(cell: Cell) -> tuple[object, list[Problem]]:
    if not cell.value:
        return None, []
    hint = "gebruik een geheel getal vanaf 1, zonder punt, komma of spaties."
    if not WHOLE_NUMBER.match(cell.value):
        return None, [cell.problem(f"'{cell.value}' is geen positief geheel getal", hint)]
    # Compared as text first: int() refuses a number of more than 4300 digits.
    if len(cell.value.lstrip("0")) > len(str(MAX_WHOLE_NUMBER)) or int(cell.value) > MAX_WHOLE_NUMBER:
        shown = cell.value if len(cell.value) <= 20 else cell.value[:20] + "…"
        hint = f"gebruik een geheel getal van 1 tot en met {MAX_WHOLE_NUMBER:_}".replace("_", ".") + "; controleer of er niet per ongeluk cijfers bij zijn gekomen."
        return None, [cell.problem(f"'{shown}' is te groot", hint)]
    if int(cell.value) > 0:
        return int(cell.value), []
    return None, [cell.problem(f"'{cell.value}' is geen positief geheel getal", hint)]


def _category_check(vocabulary: Vocabulary) -> CellCheck:
    def check(cell: Cell) -> tuple[object, list[Problem]]:
        canonical = vocabulary.canonical_category(cell.value)
        if canonical:
            return canonical, []
        return cell.value, [cell.problem(f"onbekende categorie '{cell.value}'", vocabulary.unknown_category_hint(cell.value))]

    return check


def _judgement_check(vocabulary: Vocabulary) -> CellCheck:
    """Only differences in capitals are forgiven; the module docstring says why."""
    names = vocabulary.judgement_names
    listing = " of ".join([", ".join(names[:-1]), names[-1]] if len(names) > 1 else names)
    by_lower = {name.lower(): name for name in names}

    def check(cell: Cell) -> tuple[object, list[Problem]]:
        if not cell.value:
            message = "gegrond is niet ingevuld; de bron geeft geen oordeel"
            hint = f"vul {listing} in als het verslag wel een oordeel geeft."
            return "", [cell.problem(message, hint, MELDING)]
        if cell.value.lower() in by_lower:
            return by_lower[cell.value.lower()], []
        hint = f"gebruik {listing} (de oordelen onder 'oordelen' in verslag.yaml), of laat de cel leeg als het verslag geen oordeel geeft."
        return cell.value, [cell.problem(f"ongeldige waarde '{cell.value}' voor gegrond", hint)]

    return check


def _solution(cell: Cell) -> tuple[object, list[Problem]]:
    if cell.value:
        return cell.value, []
    hint = "vul de getroffen oplossing in als het verslag die noemt."
    return "", [cell.problem("oplossing is niet ingevuld", hint, MELDING)]


def _label_check(labels: Collection[str]) -> CellCheck:
    def check(cell: Cell) -> tuple[object, list[Problem]]:
        if not cell.value or cell.value in labels:
            return cell.value, []
        otherwise = f"gebruik een label uit verslag.yaml onder 'labels' ({', '.join(labels)}) of laat de cel leeg."
        return cell.value, [cell.problem(f"onbekend label '{cell.value}'", suggestion_hint(cell.value, labels, otherwise))]

    return check


def _outcome_check(outcomes: tuple[str, ...]) -> CellCheck:
    by_lower = {outcome.lower(): outcome for outcome in outcomes}

    def check(cell: Cell) -> tuple[object, list[Problem]]:
        if cell.value.lower() in by_lower:
            return by_lower[cell.value.lower()], []
        if not outcomes:
            hint = "zet de uitkomsten van de geschillen in verslag.yaml onder 'uitkomsten_geschillen'."
            return cell.value, [cell.problem(f"onbekende uitkomst '{cell.value}'", hint)]
        otherwise = f"gebruik {', '.join(outcomes[:-1])} of {outcomes[-1]}." if len(outcomes) > 1 else f"gebruik {outcomes[0]}."
        hint = suggestion_hint(cell.value, outcomes, otherwise)
        return cell.value, [cell.problem(f"onbekende uitkomst '{cell.value}'", hint)]

    return check


def _duplicate_numbers(table: Table, rows: list[CleanRow]) -> list[Problem]:
    first_row_of: dict[object, int] = {}
    problems = []
    for table_row, row in zip(table.rows, rows):
        number = row["volgnummer"]
        if number is None:
            continue
        if number in first_row_of:
            message = f"volgnummer {number} komt ook voor in rij {first_row_of[number]}"
            hint = "geef elke klacht een eigen volgnummer."
            problems.append(Problem(table.path, table_row.number, "volgnummer", message, hint))
        else:
            first_row_of[number] = table_row.number
    return problems
