"""The data itself as downloads: CSV (one for programs, one for Dutch Excel), JSON, a Frictionless
data package that describes every field, and one CSV per location.

Dutch Excel opens a CSV file by double-click with ';' as separator, and takes it as UTF-8 only
when the file starts with a byte order mark. So klachten.csv is the data as committed (comma) with
a BOM in front, for programs and for Excel's "Gegevens > Van tekst/CSV"; klachten-excel.csv and
the per-location files use ';' and open in Dutch Excel as they are.

The files for a spreadsheet (klachten-excel.csv, the per-location and per-category files) are not the exact data:
a cell that a spreadsheet would run as a formula (it starts with =, +, -, @, a tab or a carriage
return) gets a "'" in front (generator.markup.spreadsheet_text). The data files (klachten.csv,
geschillen.csv, the JSON) keep the exact text. All of them load with `python -m generator check`;
klachten.csv gives the same records back, a spreadsheet file the same records except that such a
cell keeps its "'". To edit the data and load it back, start from klachten.csv.
"""

from __future__ import annotations

import json

import pandas as pd

from generator import schema
from generator.dataset.dataset import Dataset
from generator.dataset.vocabulary import Vocabulary
from generator.dataset.writer import csv_text
from generator.markup import spreadsheet_text
from generator.view.context import YearContext
from generator.view.model import Category, Location
from generator.view.slugs import slugify

FOLDER = "data"
BOM = "\ufeff"
EXCEL_DELIMITER = ";"
EXACT_TEXT_NOTE = "De bestanden van dit pakket (CSV en JSON) bevatten elke tekst precies zoals in de gegevens."
SPREADSHEET_NOTE = (
    "klachten-excel.csv en de CSV-bestanden per locatie en per soort klacht zijn om te openen in een spreadsheet: daarin staat een ' "
    "voor elke cel die begint met =, +, -, @, een tab of een regelterugloop, zodat een spreadsheet die cel niet als formule uitvoert."
)
DISPUTE_FIELDS = schema.column_names(schema.DISPUTE_COLUMNS)


def records(frame: pd.DataFrame) -> list[dict[str, object]]:
    """Rows with plain Python values; an empty optional number becomes None."""
    return [{column: (None if pd.isna(value) else value) for column, value in row.items()} for row in frame.to_dict("records")]


def complaint_fields(year: YearContext) -> list[str]:
    """The columns of the year's complaints: without label or gegrond when the year has none."""
    return schema.column_names(year.vocabulary.complaint_columns)


def data_files(fields: list[str], complaints: list[dict], dispute_fields: list[str], disputes: list[dict], package: dict) -> dict[str, str]:
    """The complaints and disputes, exactly and for Excel, and the package that describes them,
    by their path in docs/."""
    return {
        f"{FOLDER}/klachten.csv": BOM + csv_text(fields, complaints),
        f"{FOLDER}/klachten-excel.csv": spreadsheet_csv(fields, complaints),
        f"{FOLDER}/klachten.json": json_text(complaints),
        f"{FOLDER}/geschillen.csv": BOM + csv_text(dispute_fields, disputes),
        f"{FOLDER}/geschillen.json": json_text(disputes),
        f"{FOLDER}/datapackage.json": json_text(package),
    }


def download_files(year: YearContext) -> dict[str, str]:
    dataset = year.dataset
    complaints = records(dataset.complaints)
    disputes = records(dataset.disputes)
    fields = complaint_fields(year)
    files = data_files(fields, complaints, DISPUTE_FIELDS, disputes, data_package(dataset))
    by_volgnummer = {row["volgnummer"]: row for row in complaints}
    for location in year.locations:
        files[location_csv_path(location)] = spreadsheet_csv(fields, [by_volgnummer[complaint.volgnummer] for complaint in location.complaints])
    return files


def spreadsheet_csv(fields: list[str], complaints: list[dict[str, object]]) -> str:
    """Complaints as a CSV file that Dutch Excel opens by double-click, no cell a formula."""
    cells = [{column: spreadsheet_text(value) for column, value in row.items()} for row in complaints]
    return BOM + csv_text(fields, cells, EXCEL_DELIMITER)


def pdf_name(year: int) -> str:
    """The printable report in the downloads folder; `python -m generator site` puts it there."""
    return f"klachtenjaarverslag-{year}.pdf"


def location_csv_path(location: Location) -> str:
    return f"locaties/{location.slug}.csv"


def json_text(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, indent=1) + "\n"


def data_package(dataset: Dataset) -> dict:
    """A Frictionless Tabular Data Package for the two CSV files, every field described in Dutch."""
    report = dataset.report
    return {
        "profile": "tabular-data-package",
        "name": slugify(f"klachten {report.organisation} {report.year}"),
        "title": f"Klachten over {report.organisation} in {report.year}",
        "description": (
            f"De klachten en geschillen uit het {report.title}, versie {report.version}. "
            "Eén rij per klacht; alle aantallen op de website zijn hieruit geteld. "
            f"{EXACT_TEXT_NOTE} {SPREADSHEET_NOTE}"
        ),
        "version": report.version,
        "sources": [{"title": f"{report.title}, versie {report.version}, {report.date.isoformat()}"}],
        "resources": [
            package_resource("klachten", "klachten.csv", "De klachten uit de bijlage van het verslag.", _complaint_fields(report.vocabulary)),
            package_resource("geschillen", "geschillen.csv", "De zaken bij de Geschillencommissie Kinderopvang.", _dispute_fields(report.vocabulary), primary_key=None),
        ],
    }


def package_resource(name: str, path: str, description: str, fields: list[dict], primary_key: str | None = "volgnummer") -> dict:
    table_schema: dict = {"fields": fields, "missingValues": [""]}
    if primary_key:
        table_schema["primaryKey"] = [primary_key]
    return {
        "name": name,
        "path": path,
        "profile": "tabular-data-resource",
        "description": description,
        "format": "csv",
        "mediatype": "text/csv",
        "encoding": "utf-8-sig",
        "dialect": {"delimiter": ",", "header": True},
        "schema": table_schema,
    }


def package_field(column: schema.Column, enum: tuple[str, ...] | list[str] | None = None) -> dict:
    field: dict = {"name": column.name, "type": column.kind, "description": column.description}
    constraints: dict = {}
    if column.required:
        constraints["required"] = True
    if column.kind == "integer":
        constraints["minimum"] = 1
    if enum:
        constraints["enum"] = list(enum)
    if constraints:
        field["constraints"] = constraints
    return field


def _complaint_fields(vocabulary: Vocabulary) -> list[dict]:
    allowed = {"categorie": vocabulary.category_names, schema.JUDGEMENT_COLUMN: vocabulary.judgement_names, schema.LABEL_COLUMN: sorted(vocabulary.labels)}
    return [package_field(column, allowed.get(column.name)) for column in vocabulary.complaint_columns]


def _dispute_fields(vocabulary: Vocabulary) -> list[dict]:
    return [package_field(column, vocabulary.outcome_names if column.name == "uitkomst" else None) for column in schema.DISPUTE_COLUMNS]


def category_csv_files(year: YearContext) -> dict[str, str]:
    """Each category's complaints as one CSV for Dutch Excel, offered on the category's page."""
    by_volgnummer = {row["volgnummer"]: row for row in records(year.dataset.complaints)}
    fields = complaint_fields(year)
    return {
        category_csv_path(category): spreadsheet_csv(fields, [by_volgnummer[complaint.volgnummer] for complaint in category.complaints])
        for category in year.categories
    }


def category_csv_path(category: Category) -> str:
    return f"categorieen/{category.slug}.csv"
