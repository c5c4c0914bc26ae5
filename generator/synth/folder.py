"""A whole synthetic year folder: every file made in memory first, then written in one move."""

from __future__ import annotations

import random
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

from generator import schema
from generator.dataset import layout
from generator.dataset.dataset import Dataset
from generator.dataset.privacy_allowed import COMPLAINT_TEXT_COLUMNS, DISPUTE_TEXT_COLUMNS
from generator.dataset.report_meta import report_meta_yaml
from generator.dataset.writer import csv_text, write_text
from generator.errors import GeneratorError
from generator.synth.privacy import allow_list_text
from generator.synth.records import synthetic_complaints, synthetic_disputes
from generator.synth.report import report_header, synthetic_report


@dataclass(frozen=True)
class SyntheticYear:
    files: dict[str, str]  # text by path relative to the year folder
    complaints: int
    locations: int
    disputes: int


def synthesise(real: Dataset, scale: int, seed: int) -> SyntheticYear:
    """A year folder `scale` times the size of the real one; the same scale and seed give the same bytes."""
    if scale < 1:
        raise GeneratorError(f"schaal {scale}: kies een geheel getal van 1 of meer, bijvoorbeeld --schaal 10")
    rng = random.Random(seed)
    complaints = synthetic_complaints(real, scale, rng)
    disputes = synthetic_disputes(real.disputes, scale, rng)
    files = {
        f"{layout.COMPLAINTS_FILE_STEM}.csv": csv_text(schema.column_names(real.report.vocabulary.complaint_columns), complaints),
        f"{layout.DISPUTES_FILE_STEM}.csv": csv_text(schema.column_names(schema.DISPUTE_COLUMNS), disputes),
        layout.REPORT_FILE: report_meta_yaml(synthetic_report(real.report, scale, complaints, disputes), report_header(scale, seed)),
    }
    files |= {layout.text_file(stem): text for stem, text in real.texts.items()}
    files |= {layout.category_text_file(stem): text for stem, text in real.category_texts.items()}
    free_texts = [str(row[column]) for row in complaints for column in COMPLAINT_TEXT_COLUMNS]
    free_texts += [str(row[column]) for row in disputes for column in DISPUTE_TEXT_COLUMNS]
    free_texts += [*real.texts.values(), *real.category_texts.values()]
    files[layout.PRIVACY_ALLOWED_FILE] = allow_list_text(real, free_texts, [str(row["locatie"]) for row in complaints])
    locations = len({(complaint["locatie"], complaint.get(schema.LABEL_COLUMN, "")) for complaint in complaints})
    return SyntheticYear(files, len(complaints), locations, len(disputes))


def write_year_folder(year: SyntheticYear, folder: Path) -> None:
    """Write into a temporary folder next to `folder`, then move it into place: a folder that is
    there is complete. An existing folder is never overwritten (it could be real data)."""
    if folder.exists():
        raise GeneratorError(f"{folder} bestaat al; kies een nieuwe map of haal deze eerst weg")
    folder.parent.mkdir(parents=True, exist_ok=True)
    temporary = Path(tempfile.mkdtemp(prefix=f".{folder.name}-", dir=folder.parent))
    try:
        for relative, text in year.files.items():
            write_text(temporary / relative, text)
        temporary.chmod(0o755)  # mkdtemp makes it private; the folder is meant to be shared
        temporary.rename(folder)
    except BaseException:
        shutil.rmtree(temporary, ignore_errors=True)
        raise
