"""Reviewed corrections for the few rows whose columns the importer cannot tell apart.

Each correction names a complaint by volgnummer and the source line the extraction mixed up, and
gives the words of the omschrijving and of the oplossing on that line. The importer checks that
the words are exactly the words on that line, so a correction can move words between the two
columns but can never add, drop or change one.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import yaml

from generator.errors import ImportProblem
from generator.importer.annex import LineSplit

REQUIRED_KEYS = {"volgnummer", "bron_regel", "reden"}
ALLOWED_KEYS = REQUIRED_KEYS | {"omschrijving", "oplossing"}


@dataclass(frozen=True)
class Correction:
    volgnummer: int
    split: LineSplit
    reason: str


def load_corrections(path: Path) -> list[Correction]:
    if not path.exists():
        return []
    document = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    entries = document.get("correcties", []) if isinstance(document, dict) else None
    if not isinstance(entries, list):
        raise ImportProblem(path, None, "verwacht een lijst onder 'correcties:'")
    return [_correction(path, number, entry) for number, entry in enumerate(entries, 1)]


def _correction(path: Path, number: int, entry: object) -> Correction:
    where = f"correctie {number}"
    if not isinstance(entry, dict):
        raise ImportProblem(path, None, f"{where} is geen lijst van sleutels en waarden")
    missing = REQUIRED_KEYS - entry.keys()
    unknown = entry.keys() - ALLOWED_KEYS
    if missing or unknown:
        raise ImportProblem(path, None, f"{where}: ontbrekend {sorted(missing)}, onbekend {sorted(unknown)}")
    if not entry.get("omschrijving") and not entry.get("oplossing"):
        raise ImportProblem(path, None, f"{where}: geef 'omschrijving', 'oplossing' of allebei")
    split = LineSplit(int(entry["bron_regel"]), str(entry.get("omschrijving") or ""), str(entry.get("oplossing") or ""))
    return Correction(int(entry["volgnummer"]), split, str(entry["reden"]))


def splits_by_line(corrections: list[Correction]) -> dict[int, LineSplit]:
    return {correction.split.line: correction.split for correction in corrections}
