"""A whole synthetic year folder: every file made in memory first, then written in one move."""

from __future__ import annotations

import random
from dataclasses import dataclass
from pathlib import Path

from generator import schema
from generator.dataset import layout
from generator.dataset.dataset import Dataset
from generator.dataset.privacy_allowed import COMPLAINT_TEXT_COLUMNS, DISPUTE_TEXT_COLUMNS
from generator.dataset.report_meta import report_meta_yaml
from generator.dataset.writer import csv_text, write_atomically, write_new_folder
from generator.errors import GeneratorError
from generator.synth.locations import synthetic_locations
from generator.synth.privacy import LOCATION_COLUMN, allow_list_text
from generator.synth.records import synthetic_complaints, synthetic_disputes
from generator.synth.report import report_header, synthetic_report


@dataclass(frozen=True)
class SyntheticYear:
    files: dict[str, str]  # text by path relative to the year folder
    complaints: int
    locations: int
    disputes: int
    locations_file: str | None = None  # locaties.csv, for beside the year folder; None when not asked for


def synthesise(
    real: Dataset,
    scale: int,
    seed: int,
    with_locations_file: bool = False,
    organisation: str | None = None,
    shared_place: tuple[str, str] | None = None,
    shared_name: str | None = None,
) -> SyntheticYear:
    """A year folder `scale` times the size of the real one; the same scale and seed give the same
    bytes. `with_locations_file`: also a locations file for its locations (drawn after everything
    else, so that the complaints and disputes are the same with or without it). `organisation`:
    the name of the synthetic organisation (a site of several organisations); `shared_place`:
    the (municipality, place) of the first location in the locations file; `shared_name`: a
    location name the year must have."""
    if scale < 1:
        raise GeneratorError(f"schaal {scale}: kies een geheel getal van 1 of meer, bijvoorbeeld --schaal 10")
    rng = random.Random(seed)
    complaints = synthetic_complaints(real, scale, rng, shared_name)
    disputes = synthetic_disputes(real.disputes, scale, rng)
    files = {
        f"{layout.COMPLAINTS_FILE_STEM}.csv": csv_text(schema.column_names(real.report.vocabulary.complaint_columns), complaints),
        f"{layout.DISPUTES_FILE_STEM}.csv": csv_text(schema.column_names(schema.DISPUTE_COLUMNS), disputes),
        layout.REPORT_FILE: report_meta_yaml(synthetic_report(real.report, scale, complaints, disputes, organisation), report_header(scale, seed)),
    }
    files |= {layout.text_file(stem): text for stem, text in real.texts.items()}
    files |= {layout.category_text_file(stem): text for stem, text in real.category_texts.items()}
    free_texts = [str(row[column]) for row in complaints for column in COMPLAINT_TEXT_COLUMNS]
    free_texts += [str(row[column]) for row in disputes for column in DISPUTE_TEXT_COLUMNS]
    free_texts += [*real.texts.values(), *real.category_texts.values()]
    location_columns = (LOCATION_COLUMN, schema.LOCATION_NAME_COLUMN) if with_locations_file else (LOCATION_COLUMN,)
    files[layout.PRIVACY_ALLOWED_FILE] = allow_list_text(real, free_texts, [str(row["locatie"]) for row in complaints], location_columns)
    locations = list(dict.fromkeys((str(complaint["locatie"]), str(complaint.get(schema.LABEL_COLUMN) or "")) for complaint in complaints))
    locations_file = None
    if with_locations_file:
        columns, rows = synthetic_locations(locations, real.report.vocabulary.has_labels, rng, shared_place)
        locations_file = csv_text(columns, rows)
    return SyntheticYear(files, len(complaints), len(locations), len(disputes), locations_file)


def write_year_folder(year: SyntheticYear, folder: Path) -> None:
    """Write the folder in one move (a folder that is there is complete). An existing folder or
    locations file is never overwritten (it could be real data). The locations file goes beside
    the year folder, where `check` looks for it, before the folder: a folder that is there has
    its locations file."""
    if folder.exists():
        raise GeneratorError(f"{folder} bestaat al; kies een nieuwe map of haal deze eerst weg")
    locations_path = synthetic_locations_path(folder)
    if year.locations_file is None:
        write_new_folder(folder, dict(year.files))
        return
    if locations_path.exists() or locations_path.is_symlink():
        raise GeneratorError(f"{locations_path} bestaat al; kies een nieuwe map of haal dit bestand eerst weg")
    write_atomically(locations_path, year.locations_file.encode("utf-8"))
    try:
        write_new_folder(folder, dict(year.files))
    except BaseException:
        locations_path.unlink(missing_ok=True)
        raise


def synthetic_locations_path(folder: Path) -> Path:
    return layout.locations_folder(folder) / f"{layout.LOCATIONS_FILE_STEM}.csv"
