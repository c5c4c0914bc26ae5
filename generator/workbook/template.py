"""The workbook a complaints coordinator fills in for a new year (`python -m generator sjabloon`).

Three sheets (their names: generator/dataset/layout.py): Uitleg, the instructions, with the values
of the drop-down lists; Klachten and Geschillen, each with the year's columns in its top row
(frozen), widths that fit what goes in them and wrapped text in the long ones. The columns with a
declared vocabulary get a drop-down list (Excel's data validation) that points at the values on
Uitleg, so the values have one place in the workbook; that sheet is protected (without password)
against changing them by accident. A value typed past the list is allowed after a warning, because
a new year may bring a new word (declared in its verslag.yaml); `check` reports any word that is
not declared, with the sheet, row and column.

Text from the vocabulary is written as text, never as a formula, whatever it starts with.
"""

from __future__ import annotations

import io

from openpyxl import Workbook
from openpyxl.packaging.custom import StringProperty
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter, quote_sheetname
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from generator import schema
from generator.dataset import layout
from generator.dataset.vocabulary import Vocabulary
from generator.workbook.instructions import COLUMN_TEXTS, HEADING, LIST_TITLES, PARAGRAPH, TERM, TITLE, Line, ListValue, instruction_lines, list_values

MARK_NAME = "klachtenjaarverslag"
MARK_VALUE = "python -m generator sjabloon"
LAST_ROW = 1_048_576  # Excel's last row: a drop-down holds for every row a coordinator may fill
WIDTHS = {
    "volgnummer": 12, "locatie": 40, "label": 24, "categorie": 36, "omschrijving": 70, "oplossing": 70, "gegrond": 12,
    "entiteit": 36, "zaaknummer": 14, "uitspraak": 80, "uitkomst": 20,
}  # fmt: skip
WRAPPED = frozenset({"omschrijving", "oplossing", "uitspraak"})
INSTRUCTION_WIDTHS = (34, 110)
HEADER_FILL = PatternFill("solid", fgColor="DDE3F0")
TOP = Alignment(vertical="top")
WRAP = Alignment(vertical="top", wrap_text=True)
# Excel's limits for the texts of a data validation.
MAX_VALIDATION_TITLE = 32
MAX_VALIDATION_TEXT = 255


def template_file_name(year: int) -> str:
    """The name `sjabloon` gives the workbook by default: klachten-2025.xlsx."""
    return f"{layout.COMPLAINTS_FILE_STEM}-{year}.xlsx"


def template_columns(vocabulary: Vocabulary) -> list[str]:
    """The complaint columns of the workbook: the year's, without the source line."""
    return [column for column in schema.column_names(vocabulary.complaint_columns) if column != layout.NOT_IN_TEMPLATE]


def dispute_template_columns() -> list[str]:
    return [column for column in schema.column_names(schema.DISPUTE_COLUMNS) if column != layout.NOT_IN_TEMPLATE]


def template_workbook(vocabulary: Vocabulary, year: int, source_year: int) -> Workbook:
    """The workbook for `year`, with the drop-down lists of `vocabulary` (declared for `source_year`)."""
    workbook = Workbook()
    instructions = workbook.active
    instructions.title = layout.INSTRUCTIONS_SHEET
    complaint_columns = template_columns(vocabulary)
    lists = _write_instructions(instructions, instruction_lines(year, source_year, complaint_columns, dispute_template_columns()), list_values(vocabulary))
    _write_table_sheet(workbook.create_sheet(layout.COMPLAINTS_SHEET), complaint_columns, lists)
    _write_table_sheet(workbook.create_sheet(layout.DISPUTES_SHEET), dispute_template_columns(), lists)
    workbook.properties.title = f"Klachten {year}"
    workbook.properties.creator = MARK_VALUE
    # The mark by which `sjabloon --uit` recognises a workbook it may replace (generator/workbook/own_output.py).
    workbook.custom_doc_props.append(StringProperty(name=MARK_NAME, value=MARK_VALUE))
    return workbook


def workbook_bytes(workbook: Workbook) -> bytes:
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


# --- The sheet Uitleg ------------------------------------------------------------------------------


def _write_instructions(sheet: Worksheet, lines: list[Line], lists: dict[str, tuple[ListValue, ...]]) -> dict[str, str]:
    """The lines, then each drop-down list under its title; returns the range of each list's values by column."""
    for column, width in enumerate(INSTRUCTION_WIDTHS, start=1):
        sheet.column_dimensions[get_column_letter(column)].width = width
    row = 0
    for line in lines:
        row = _write_line(sheet, row, line)
    ranges = {}
    for column, values in lists.items():
        row = _write_line(sheet, row, Line(HEADING, LIST_TITLES[column]))
        first = row + 1
        for value in values:
            row = _write_line(sheet, row, Line(TERM, value.meaning, value.value))
        ranges[column] = f"{quote_sheetname(sheet.title)}!$A${first}:$A${row}"
    sheet.protection.sheet = True
    return ranges


def _write_line(sheet: Worksheet, previous_row: int, line: Line) -> int:
    """Write the line below previous_row; returns its row."""
    row = previous_row + (2 if line.kind == HEADING else 1)  # an empty row above a heading
    if line.kind == TERM:
        _text(sheet, row, 1, line.term).font = Font(bold=True)
        _text(sheet, row, 2, line.text)
        return row
    cell = _text(sheet, row, 1, line.text)
    if line.kind in (TITLE, HEADING):
        cell.font = Font(bold=True, size=16 if line.kind == TITLE else 12)
    if line.kind == PARAGRAPH:
        sheet.merge_cells(start_row=row, start_column=1, end_row=row, end_column=len(INSTRUCTION_WIDTHS))
        # Excel does not grow a merged row to fit its text: give it the lines it needs.
        sheet.row_dimensions[row].height = 15 * (1 + len(line.text) // 130)
    return row


def _text(sheet: Worksheet, row: int, column: int, value: str):
    cell = sheet.cell(row=row, column=column)
    cell.value = value
    # openpyxl writes a text that starts with '=' as a formula; a value from the data is text.
    cell.data_type = "s"
    cell.alignment = WRAP
    return cell


# --- The sheets Klachten and Geschillen ------------------------------------------------------------


def _write_table_sheet(sheet: Worksheet, columns: list[str], lists: dict[str, str]) -> None:
    for position, name in enumerate(columns, start=1):
        letter = get_column_letter(position)
        header = _text(sheet, 1, position, name)
        header.font = Font(bold=True)
        header.fill = HEADER_FILL
        dimension = sheet.column_dimensions[letter]
        dimension.width = WIDTHS[name]
        dimension.alignment = WRAP if name in WRAPPED else TOP
        validation = _validation(name, lists)
        validation.add(f"{letter}2:{letter}{LAST_ROW}")
        sheet.add_data_validation(validation)
    sheet.freeze_panes = "A2"


def _validation(column: str, lists: dict[str, str]) -> DataValidation:
    if column in lists:
        validation = DataValidation(type="list", formula1=lists[column], allow_blank=True, errorStyle="warning")
        validation.errorTitle = "Niet in de lijst"
        validation.error = (
            "Deze waarde staat niet in de keuzelijst. Kies Nee en kies een waarde uit de lijst. Is het een nieuwe waarde "
            f"voor dit jaar? Zet hem dan ook in {layout.REPORT_FILE} en kies Ja."
        )
    elif column == "volgnummer":
        validation = DataValidation(type="whole", operator="greaterThan", formula1="0", allow_blank=True, errorStyle="stop")
        validation.errorTitle = "Geen volgnummer"
        validation.error = "Een volgnummer is een geheel getal vanaf 1, zonder punt of komma."
    else:
        validation = DataValidation(type="custom", formula1="TRUE", allow_blank=True)
    validation.promptTitle = column[:MAX_VALIDATION_TITLE]
    validation.prompt = COLUMN_TEXTS[column][:MAX_VALIDATION_TEXT]
    validation.showInputMessage = True
    validation.showErrorMessage = column in lists or column == "volgnummer"
    return validation
