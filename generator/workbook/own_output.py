"""Recognise a template workbook this tool made and nobody filled in, so that `sjabloon --uit` may
replace it and nothing else (generator/output_guard.py).

The mark is a custom document property (generator/workbook/template.py). Excel keeps it when the
coordinator saves the filled-in workbook, so a marked workbook is replaced only while its sheets
Klachten and Geschillen hold nothing below their top row: replacing it then loses nothing.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from generator.dataset import layout
from generator.dataset.tables import SheetChoice, read_table
from generator.workbook.template import MARK_NAME, MARK_VALUE

CUSTOM_PROPERTIES = "docProps/custom.xml"
# The template's own properties are a few hundred bytes; a larger part is not the template's.
MAX_PROPERTIES_BYTES = 64 * 1024


def is_own_template(path: Path) -> bool:
    """A workbook that template_workbook() made, with no row filled in; False for anything else."""
    if not _has_mark(path):
        return False
    for sheet in (layout.COMPLAINTS_SHEET, layout.DISPUTES_SHEET):
        table, problems = read_table(path, SheetChoice(sheet, layout.TEMPLATE_SHEETS, own_file=False))
        if problems or table is None or table.rows:
            return False
    return True


def _has_mark(path: Path) -> bool:
    try:
        with zipfile.ZipFile(path) as archive:
            info = archive.getinfo(CUSTOM_PROPERTIES)
            if info.file_size > MAX_PROPERTIES_BYTES:
                return False
            properties = archive.read(info)
    except (OSError, KeyError, ValueError, EOFError, zipfile.BadZipFile):
        return False
    return f'name="{MARK_NAME}"'.encode() in properties and f">{MARK_VALUE}<".encode() in properties
