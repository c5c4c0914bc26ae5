"""Where the data lives on disk: the data folder holds a folder per year (data/2024/), and a year
folder holds the files below. Every module that reads or writes a year folder takes the names
from here. A site of several organisations has a folder per organisation with these year folders
in it (data/<organisatie>/<jaar>/, generator/dataset/site_layout.py).

    data/
      bron/                      the published reports as text (the importer's source texts)
      2024/
        klachten.csv | .xlsx     one row per complaint; a workbook made by `sjabloon` holds
                                 the sheets Klachten, Geschillen and Uitleg (the instructions)
        geschillen.csv | .xlsx   one row per dispute (optional; else the sheet Geschillen)
        verslag.yaml             the report's metadata and its own printed figures
        tekst/*.md               the report's own texts (voorwoord, nawoord, ...)
        tekst/categorie/*.md     its explanation per category, by the category's slug
        correcties.yaml          reviewed corrections for the importer (hand-written)
        privacy-toegestaan.yaml  reviewed findings of the privacy check (hand-written)
        afstemming.csv           the reconciliation, written by the importer
        hernoemd.csv             reviewed: locations that had another name the year before (optional)
        .klachtenjaarverslag-import  what the importer wrote, so that it replaces only that
      locaties.csv | .xlsx       optional: place, type of care, LRK number and child places per
                                 location, for every year (beside the year folders, because it
                                 belongs to the organisation; with several organisations
                                 data/<organisatie>/locaties.csv)
"""

from __future__ import annotations

from pathlib import Path

SOURCE_FOLDER = "bron"
COMPLAINTS_FILE_STEM = "klachten"
DISPUTES_FILE_STEM = "geschillen"
REPORT_FILE = "verslag.yaml"
TEXTS_FOLDER = "tekst"
CATEGORY_TEXTS_FOLDER = f"{TEXTS_FOLDER}/categorie"
CORRECTIONS_FILE = "correcties.yaml"
PRIVACY_ALLOWED_FILE = "privacy-toegestaan.yaml"
RECONCILIATION_FILE = "afstemming.csv"
RENAMES_FILE = "hernoemd.csv"
# The sheets of the workbook that `sjabloon` makes for a coordinator to fill in: the complaints,
# the disputes (read when the year folder has no geschillen file) and the instructions (not read).
COMPLAINTS_SHEET = "Klachten"
DISPUTES_SHEET = "Geschillen"
INSTRUCTIONS_SHEET = "Uitleg"
TEMPLATE_SHEETS = (COMPLAINTS_SHEET, DISPUTES_SHEET, INSTRUCTIONS_SHEET)
# The one column of the tables that workbook leaves out: there is no source text to point into.
NOT_IN_TEMPLATE = "bron_regel"
# What `import` wrote into the year folder (generator/importer/written_files.py).
IMPORT_RECORD_FILE = ".klachtenjaarverslag-import"
# The report's own texts that the site and the PDF show (tekst/<stem>.md); another text in tekst/
# gets a notice that it is not shown.
SHOWN_TEXTS = ("voorwoord", "klachtenprocedure-intern", "klachtenprocedure-extern", "geschillen", "labels", "nawoord")
LOCATIONS_FILE_STEM = "locaties"
YEAR_DIGITS = 4
# The years a year folder (and --jaar) can name; '0999' is no year of this report, and read as
# a number it would name another folder (999).
FIRST_YEAR = 1900
LAST_YEAR = 2999


def is_year_name(name: str) -> bool:
    """A folder name that is a year: four digits, from FIRST_YEAR to LAST_YEAR."""
    return looks_like_a_year(name) and FIRST_YEAR <= int(name) <= LAST_YEAR


def looks_like_a_year(name: str) -> bool:
    """Four digits, as a year folder's name is written (also '0999', which is no year)."""
    return len(name) == YEAR_DIGITS and name.isascii() and name.isdigit()


def misnamed_year_folders(data_root: Path) -> list[str]:
    """Folders in data_root named with four digits that are no year (0999): not read as a year."""
    if not data_root.is_dir():
        return []
    return sorted(path.name for path in data_root.iterdir() if path.is_dir() and looks_like_a_year(path.name) and not is_year_name(path.name))


def years_in(data_root: Path) -> list[int]:
    """The years that have a folder in data_root, oldest first; none when data_root is no folder."""
    if not data_root.is_dir():
        return []
    return sorted(int(path.name) for path in data_root.iterdir() if path.is_dir() and is_year_name(path.name))


def year_folder(data_root: Path, year: int) -> Path:
    return data_root / str(year)


def newest_year_folder(data_root: Path) -> Path | None:
    years = years_in(data_root)
    return year_folder(data_root, years[-1]) if years else None


def text_file(stem: str) -> str:
    """A report text's path in the year folder."""
    return f"{TEXTS_FOLDER}/{stem}.md"


def category_text_file(slug: str) -> str:
    """A category's explanation's path in the year folder."""
    return f"{CATEGORY_TEXTS_FOLDER}/{slug}.md"


def source_file(data_root: Path, name: str) -> Path:
    """Where the data folder keeps its copy of a source text."""
    return data_root / SOURCE_FOLDER / name


def source_seen_from_year_folder(name: str) -> str:
    """The copy of a source text as verslag.yaml names it ('bron'), relative to the year folder."""
    return f"../{SOURCE_FOLDER}/{name}"


def locations_folder(year_folder: Path) -> Path:
    """Where the locations file of a year folder's organisation lives: beside its year folders."""
    return year_folder.parent
