"""Typed loading and writing of privacy-toegestaan.yaml: the findings of the privacy check that a
person has read in their context and judged safe to publish.

The file is written by hand (`synth` writes one with privacy_allowed_yaml()), one entry per
reviewed finding:

    toegestaan:
      - tekst: klachten@voorbeeld.nl
        bestand: tekst/nawoord.md
        reden: Het algemene adres van de klachtencoördinatie, geen adres van een persoon.
      - tekst: Customer Support
        reden: De naam van de klantenservice van de organisatie, geen persoon.

'tekst' is the found text exactly as the check prints it (in a name - a location, label,
entity, case number or a text of verslag.yaml - the whole name), and 'reden' says why it may be
published. 'bestand' (relative to the year folder; the locations file beside it is
../locaties.csv), 'rij' and 'kolom' are optional and narrow
the entry down to that place; without them the text is accepted wherever it is found. An entry
with 'rij' needs 'bestand'. A text with a first name in it is accepted only where it was read:
in a free text it needs 'rij', so that accepting one Willem accepts no other. The file is
optional: without it every finding is unreviewed.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from yaml.nodes import MappingNode, Node, ScalarNode

from generator.dataset import layout
from generator.dataset.paths import not_a_file_problem
from generator.dataset.yaml_reader import Field, KeptYamlNodes, NodeReader, Place, read_yaml
from generator.dataset.validate import suggestion_hint
from generator.dataset.writer import yaml_text
from generator.errors import Problem

# The columns the privacy check reads; an entry's 'kolom' must be one of them, or a key of
# verslag.yaml for an entry of that file.
COMPLAINT_TEXT_COLUMNS = ("omschrijving", "oplossing")
DISPUTE_TEXT_COLUMNS = ("uitspraak",)
COMPLAINT_NAME_COLUMNS = ("locatie", "label")
DISPUTE_NAME_COLUMNS = ("entiteit", "zaaknummer")
# Of the locations file beside the year folders ('bestand: ../locaties.csv').
LOCATION_NAME_COLUMNS = ("actuele_naam_oko", "opvanglocatie_woonplaats", "verantwoordelijke_gemeente")
FREE_TEXT_COLUMNS = COMPLAINT_TEXT_COLUMNS + DISPUTE_TEXT_COLUMNS
NAME_COLUMNS = COMPLAINT_NAME_COLUMNS + DISPUTE_NAME_COLUMNS + LOCATION_NAME_COLUMNS
SCANNED_COLUMNS = FREE_TEXT_COLUMNS + NAME_COLUMNS
WORD = re.compile(r"[^\W\d_]+")


@dataclass(frozen=True)
class AllowedFinding:
    text: str
    reason: str
    file: Path | None  # relative to the year folder; None: in every file
    row: int | None
    column: str | None
    line: int = 0  # where the entry starts in privacy-toegestaan.yaml; 0 for an entry still to be written


def load_privacy_allowed(folder: Path, kept: KeptYamlNodes | None = None) -> tuple[tuple[AllowedFinding, ...], list[Problem]]:
    """The reviewed findings of a year folder; none when it has no privacy-toegestaan.yaml.
    `kept`: see read_yaml()."""
    path = folder / layout.PRIVACY_ALLOWED_FILE
    not_a_file = not_a_file_problem(path, f"zet de nagekeken vondsten in een bestand {layout.PRIVACY_ALLOWED_FILE} (geen map of koppeling), of haal het weg.")
    if not_a_file is not None:
        return (), [not_a_file]
    if not path.is_file():
        return (), []
    entries, problems = read_yaml(path, partial(_file, folder=folder), None, kept)
    return tuple(entries or ()), problems


def _file(reader: NodeReader, node: Node, place: Place, folder: Path) -> list[AllowedFinding]:
    values = reader.mapping(node, place, {"toegestaan": Field(partial(_entries, folder=folder), example="toegestaan: []")})
    return values["toegestaan"] or []


def _entries(reader: NodeReader, node: Node, place: Place, folder: Path) -> list[AllowedFinding]:
    return [entry for entry in reader.items(node, place, partial(_entry, folder=folder)) if entry is not None]


def _entry(reader: NodeReader, node: Node, place: Place, folder: Path) -> AllowedFinding | None:
    values = reader.mapping(
        node,
        place,
        {
            "tekst": Field(NodeReader.text, example="tekst: klachten@voorbeeld.nl"),
            "bestand": Field(NodeReader.text, required=False),
            "rij": Field(NodeReader.count, required=False),
            "kolom": Field(NodeReader.text, required=False),
            "reden": Field(NodeReader.text, example="reden: waarom dit gepubliceerd mag worden"),
        },
    )
    _check_place(reader, folder, _key_places(node, place), values)
    if values["tekst"] is None or values["reden"] is None:
        return None
    return AllowedFinding(
        text=values["tekst"],
        reason=values["reden"],
        file=Path(values["bestand"]) if values["bestand"] else None,
        row=values["rij"],
        column=values["kolom"],
        line=place.line,
    )


def _key_places(node: Node, place: Place) -> dict[str, Place]:
    """The place of each key of an entry, for problems about its value."""
    pairs = node.value if isinstance(node, MappingNode) else []
    return {key.value: place.child(key.value, key.start_mark.line + 1) for key, _ in pairs if isinstance(key, ScalarNode)}


def _check_place(reader: NodeReader, folder: Path, places: dict[str, Place], values: dict[str, object]) -> None:
    """A place that cannot occur would make the entry accept nothing, silently."""
    file, row, column = values["bestand"], values["rij"], values["kolom"]
    if file and not (folder / str(file)).is_file():
        hint = f"schrijf het pad vanaf de jaarmap, zoals het in de vondst staat, bijvoorbeeld {layout.COMPLAINTS_FILE_STEM}.csv of tekst/nawoord.md."
        reader.add_problem(places["bestand"], f"het bestand '{file}' staat niet in de jaarmap", hint)
    if row is not None and not file:
        hint = "voeg 'bestand:' toe, of haal 'rij:' weg om de tekst in elk bestand toe te staan."
        reader.add_problem(places["rij"], "een rij zonder bestand", hint)
    first_name = _first_name_in(str(values["tekst"] or ""))
    if first_name and "rij" not in places and column not in NAME_COLUMNS and str(file) != layout.REPORT_FILE:
        hint = (
            "geef bestand en rij van de vondst op (en de kolom), zoals de controle ze noemt; voor een naam van een locatie, "
            "label of entiteit: de hele naam met kolom: locatie, label of entiteit."
        )
        reader.add_problem(places["tekst"], f"'{values['tekst']}' bevat de voornaam {first_name}; zonder rij zou deze regel elke {first_name} overal toestaan", hint)
    if column and column not in SCANNED_COLUMNS and str(file) != layout.REPORT_FILE:
        otherwise = f"gebruik {', '.join(SCANNED_COLUMNS[:-1])} of {SCANNED_COLUMNS[-1]}, of haal 'kolom:' weg."
        hint = suggestion_hint(str(column), SCANNED_COLUMNS, otherwise)
        reader.add_problem(places["kolom"], f"de privacycontrole leest geen kolom '{column}'", hint)


def _first_name_in(text: str) -> str | None:
    # Imported here: the privacy package reads datasets, which read this file.
    from generator.privacy.first_names import FIRST_NAMES

    return next((word for word in WORD.findall(text) if word.lower() in FIRST_NAMES), None)


# --- Writing the file ----------------------------------------------------------------------------


def privacy_allowed_yaml(entries: Iterable[AllowedFinding], header: str = "") -> str:
    """privacy-toegestaan.yaml with these entries, with `header` as a comment on top: each entry's
    keys in the order the reader declares them, an absent place left out. Reading the text back
    gives the entries again, each with the line where it starts."""
    return yaml_text({"toegestaan": [_entry_data(entry) for entry in entries]}, header)


def _entry_data(entry: AllowedFinding) -> dict[str, object]:
    data: dict[str, object] = {"tekst": entry.text}
    if entry.file is not None:
        data["bestand"] = entry.file.as_posix()
    if entry.row is not None:
        data["rij"] = entry.row
    if entry.column is not None:
        data["kolom"] = entry.column
    data["reden"] = entry.reason
    return data
