"""Check the rows of a table against the declared columns and allowed values of the schema.

Every problem is collected with its row and column; nothing stops at the first one.

On gegrond: the site publishes the organisation's own judgement, in the organisation's own three
words Ja, Deels and Nee. A difference in capitals only is the same word, so it is accepted and
written the canonical way. Any other word, even one that seems to mean the same (such as
'gedeeltelijk' for 'Deels'), is an error with a suggestion: mapping it would be our
interpretation, not the organisation's judgement. An empty gegrond is kept empty and reported as
a notice, because the source then gave no judgement at all.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass
from pathlib import Path

from generator import schema
from generator.dataset.tables import Table, TableRow
from generator.errors import FOUT, MELDING, Problem

PARTIAL_WORDS = ("gedeeltelijk", "deels gegrond", "gedeeltelijk gegrond")
WHOLE_NUMBER = re.compile(r"^[0-9]+$")
# Numbers are stored as 64-bit integers; a volgnummer or source line of ten digits is a typo.
MAX_WHOLE_NUMBER = 999_999_999

CleanRow = dict[str, object]


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


def category_spellings() -> dict[str, str]:
    return {category: category for category in schema.CATEGORIES} | dict(schema.CATEGORY_ALIASES)


def unknown_category_hint(value: str) -> str:
    suggestion = closest_spelling(value, category_spellings())
    if suggestion:
        return f"bedoel je '{suggestion}'?"
    return f"gebruik een van de categorieën uit het verslag: {', '.join(schema.CATEGORIES)}."


def suggestion_hint(value: str, allowed: Collection[str], otherwise: str) -> str:
    """'bedoel je ...?' before the general hint when an allowed value looks like the value."""
    suggestion = closest_spelling(value, {option: option for option in allowed})
    if suggestion:
        return f"bedoel je '{suggestion}'? {otherwise[:1].upper()}{otherwise[1:]}"
    return otherwise


# --- Tables ------------------------------------------------------------------------------------


def validate_complaints(table: Table, labels: Collection[str] | None) -> tuple[list[CleanRow], list[Problem]]:
    """Clean rows of klachten; labels are the keys of verslag.yaml's 'labels', None when unknown."""
    checks: dict[str, CellCheck] = {
        "volgnummer": _positive_integer,
        "label": _label_check(labels),
        "categorie": _category,
        "oplossing": _solution,
        "gegrond": _gegrond,
        "bron_regel": _positive_integer,
    }
    rows, problems = _validate_table(table, schema.COMPLAINT_COLUMNS, checks)
    if not table.rows:
        hint = "zet onder de kopregel één rij per klacht."
        problems.append(Problem(table.path, None, None, "het bestand bevat geen enkele klacht", hint))
    problems.extend(_duplicate_numbers(table, rows))
    return rows, in_row_order(problems)


def validate_disputes(table: Table) -> tuple[list[CleanRow], list[Problem]]:
    """Clean rows of geschillen; a table with only a header means: no disputes."""
    checks: dict[str, CellCheck] = {"uitkomst": _outcome, "bron_regel": _positive_integer}
    rows, problems = _validate_table(table, schema.DISPUTE_COLUMNS, checks)
    return rows, in_row_order(problems)


def in_row_order(problems: list[Problem]) -> list[Problem]:
    """Problems about the whole file first, then top down, as a person works through a sheet."""
    return sorted(problems, key=lambda problem: problem.row or 0)


def _validate_table(
    table: Table, columns: tuple[schema.Column, ...], checks: dict[str, CellCheck]
) -> tuple[list[CleanRow], list[Problem]]:
    problems = check_header(table, columns)
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


def check_header(table: Table, columns: tuple[schema.Column, ...]) -> list[Problem]:
    """Unknown, nameless, duplicate and missing columns; the order of the columns is free."""
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


def _category(cell: Cell) -> tuple[object, list[Problem]]:
    canonical = schema.canonical_category(cell.value)
    if canonical:
        return canonical, []
    return cell.value, [cell.problem(f"onbekende categorie '{cell.value}'", unknown_category_hint(cell.value))]


def _gegrond(cell: Cell) -> tuple[object, list[Problem]]:
    """Only differences in capitals are forgiven; the module docstring says why."""
    if not cell.value:
        message = "gegrond is niet ingevuld; de bron geeft geen oordeel"
        hint = "vul Ja, Deels of Nee in als het verslag wel een oordeel geeft."
        return schema.GEGROND_EMPTY, [cell.problem(message, hint, MELDING)]
    by_lower = {value.lower(): value for value in schema.GEGROND_VALUES}
    if cell.value.lower() in by_lower:
        return by_lower[cell.value.lower()], []
    if cell.value.lower() in PARTIAL_WORDS:
        hint = "gebruik 'Deels', het woord dat de organisatie zelf gebruikt."
    else:
        hint = "gebruik Ja, Deels of Nee, of laat de cel leeg als het verslag geen oordeel geeft."
    return cell.value, [cell.problem(f"ongeldige waarde '{cell.value}' voor gegrond", hint)]


def _solution(cell: Cell) -> tuple[object, list[Problem]]:
    if cell.value:
        return cell.value, []
    hint = "vul de getroffen oplossing in als het verslag die noemt."
    return "", [cell.problem("oplossing is niet ingevuld", hint, MELDING)]


def _label_check(labels: Collection[str] | None) -> CellCheck:
    def check(cell: Cell) -> tuple[object, list[Problem]]:
        # Without a readable verslag.yaml the labels are unknown; its own problems say why.
        if not cell.value or labels is None or cell.value in labels:
            return cell.value, []
        known = ", ".join(labels) if labels else "nog geen"
        otherwise = f"gebruik een label uit verslag.yaml onder 'labels' ({known}) of laat de cel leeg."
        return cell.value, [cell.problem(f"onbekend label '{cell.value}'", suggestion_hint(cell.value, labels, otherwise))]

    return check


def _outcome(cell: Cell) -> tuple[object, list[Problem]]:
    by_lower = {outcome.lower(): outcome for outcome in schema.DISPUTE_OUTCOMES}
    if cell.value.lower() in by_lower:
        return by_lower[cell.value.lower()], []
    otherwise = f"gebruik {', '.join(schema.DISPUTE_OUTCOMES[:-1])} of {schema.DISPUTE_OUTCOMES[-1]}."
    hint = suggestion_hint(cell.value, schema.DISPUTE_OUTCOMES, otherwise)
    return cell.value, [cell.problem(f"onbekende uitkomst '{cell.value}'", hint)]


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
