"""Reviewed corrections for the few rows whose columns the importer cannot tell apart.

Each correction names a complaint by volgnummer and the source line the extraction mixed up, and
gives the words of the omschrijving and of the oplossing on that line. The importer checks that
the words are exactly the words on that line, so a correction can move words between the two
columns but can never add, drop or change one.

correcties.yaml is read like verslag.yaml (generator.dataset.yaml_reader): every problem in it
is reported at once, each with its line and key.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from yaml.nodes import Node

from generator.dataset.layout import CORRECTIONS_FILE
from generator.dataset.paths import not_a_file_problem
from generator.dataset.yaml_reader import Field, NodeReader, Place, read_yaml
from generator.errors import DataInvalid
from generator.importer.annex import LineSplit


@dataclass(frozen=True)
class Correction:
    volgnummer: int
    split: LineSplit
    reason: str


def load_corrections(path: Path) -> list[Correction]:
    """The corrections in the file; none when there is no such file. Raises DataInvalid with
    every problem of the file."""
    not_a_file = not_a_file_problem(path, f"zet de correcties in een bestand {CORRECTIONS_FILE} (geen map of koppeling), of haal het weg.")
    if not_a_file is not None:
        raise DataInvalid([not_a_file])
    if not path.is_file():
        return []
    corrections, problems = read_yaml(path, _file, None)
    if problems:
        raise DataInvalid(problems)
    return corrections or []


def _file(reader: NodeReader, node: Node, place: Place) -> list[Correction]:
    values = reader.mapping(node, place, {"correcties": Field(_corrections, example="correcties: []")})
    return values["correcties"] or []


def _corrections(reader: NodeReader, node: Node, place: Place) -> list[Correction]:
    return [correction for correction in reader.items(node, place, _correction) if correction is not None]


def _correction(reader: NodeReader, node: Node, place: Place) -> Correction | None:
    problems_before = len(reader.problems)
    values = reader.mapping(
        node,
        place,
        {
            "volgnummer": Field(NodeReader.count, example="volgnummer: 35"),
            "bron_regel": Field(NodeReader.count, example="bron_regel: 1249"),
            "omschrijving": Field(NodeReader.text, required=False),
            "oplossing": Field(NodeReader.text, required=False),
            "reden": Field(NodeReader.text, example="reden: waarom de regel zo gesplitst wordt"),
        },
    )
    if values["omschrijving"] is None and values["oplossing"] is None and len(reader.problems) == problems_before:
        reader.add_problem(place, "de correctie geeft geen woorden", "geef 'omschrijving', 'oplossing' of allebei: de woorden van de regel in elke kolom.")
    if len(reader.problems) > problems_before:
        return None
    split = LineSplit(values["bron_regel"], values["omschrijving"] or "", values["oplossing"] or "")
    return Correction(values["volgnummer"], split, values["reden"])


def splits_by_line(corrections: list[Correction]) -> dict[int, LineSplit]:
    return {correction.split.line: correction.split for correction in corrections}
