"""The downloads: the same data as data/2024, described field by field, readable by Excel and by
`check` alike."""

from __future__ import annotations

import csv
import io
import shutil
from pathlib import Path

import pandas as pd
from frictionless import validate

from generator import schema
from generator.importer import vocabulary
from generator.dataset.dataset import load_dataset
from generator.view.slugs import category_slugs
from site_builder import ROOT

DATA = ROOT / "data" / "2024"
BOM = "\ufeff"


def test_data_package_validates(real_site: Path) -> None:
    report = validate(str(real_site / "data" / "datapackage.json"))
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])


def test_data_package_describes_every_field_in_dutch(real_site: Path) -> None:
    import json

    package = json.loads((real_site / "data" / "datapackage.json").read_text(encoding="utf-8"))
    fields = {resource["name"]: resource["schema"]["fields"] for resource in package["resources"]}
    assert [field["name"] for field in fields["klachten"]] == schema.column_names(schema.COMPLAINT_COLUMNS)
    assert all(field["description"] for resource in fields.values() for field in resource)
    categorie = next(field for field in fields["klachten"] if field["name"] == "categorie")
    assert categorie["constraints"]["enum"] == list(vocabulary.CATEGORIES)


def test_csv_download_is_the_committed_csv_with_a_byte_order_mark(real_site: Path) -> None:
    download = (real_site / "data" / "klachten.csv").read_text(encoding="utf-8")
    assert download.startswith(BOM)
    assert download[1:] == (DATA / "klachten.csv").read_text(encoding="utf-8")


def copy_of_year_with(complaints_file: Path, tmp_path: Path) -> Path:
    folder = tmp_path / "2024"
    shutil.copytree(DATA, folder)
    shutil.copy(complaints_file, folder / "klachten.csv")
    return folder


def test_excel_csv_round_trips_through_check_unchanged(real_site: Path, tmp_path: Path) -> None:
    excel = real_site / "data" / "klachten-excel.csv"
    assert excel.read_bytes().startswith(b"\xef\xbb\xbf")
    assert excel.read_text(encoding="utf-8-sig").splitlines()[0] == ";".join(schema.column_names(schema.COMPLAINT_COLUMNS))
    reloaded = load_dataset(copy_of_year_with(excel, tmp_path))
    pd.testing.assert_frame_equal(reloaded.complaints, load_dataset(DATA).complaints)


def test_json_download_has_every_complaint(real_site: Path) -> None:
    import json

    complaints = json.loads((real_site / "data" / "klachten.json").read_text(encoding="utf-8"))
    original = load_dataset(DATA).complaints
    assert len(complaints) == len(original) == 537
    assert complaints[0]["volgnummer"] == 1 and complaints[0]["locatie"] == original["locatie"].iloc[0]


def test_each_location_offers_its_own_complaints_as_csv(real_site: Path) -> None:
    complaints = load_dataset(DATA).complaints
    files = sorted((real_site / "locaties").glob("*.csv"))
    assert len(files) == complaints[["locatie", "label"]].drop_duplicates().shape[0]
    total = 0
    for path in files:
        frame = pd.read_csv(path, sep=";", encoding="utf-8-sig", dtype=str, keep_default_na=False)
        assert frame[["locatie", "label"]].drop_duplicates().shape[0] == 1, path
        page = (real_site / "locaties" / path.stem / "index.html").read_text(encoding="utf-8")
        assert f'href="../{path.name}"' in page
        total += len(frame)
    assert total == len(complaints)


def excel_rows(path: Path) -> list[list[str]]:
    return list(csv.reader(io.StringIO(path.read_text(encoding="utf-8-sig")), delimiter=";"))


def test_each_category_offers_its_own_complaints_as_csv_on_its_page(real_site: Path) -> None:
    header, *everything = excel_rows(real_site / "data" / "klachten-excel.csv")
    column = header.index("categorie")
    names = {slug: name for name, slug in category_slugs(vocabulary.CATEGORIES).items()}
    files = sorted((real_site / "categorieen").glob("*.csv"))
    assert sorted(path.stem for path in files) == sorted(names)
    shown = 0
    for path in files:
        assert path.read_bytes().startswith(BOM.encode("utf-8"))
        file_header, *rows = excel_rows(path)
        assert file_header == header, path
        # Every row of that category, as in klachten-excel.csv and in the same order.
        assert rows == [row for row in everything if row[column] == names[path.stem]], path
        page = (real_site / "categorieen" / path.stem / "index.html").read_text(encoding="utf-8")
        assert f'href="../{path.name}"' in page
        shown += len(rows)
    assert shown == len(everything)
