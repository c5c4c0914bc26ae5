"""The optional locations file of an organisation (locaties.csv or locaties.xlsx, beside its year
folders): per location name and label its place, municipality, type of care, number in the
Landelijk Register Kinderopvang (LRK) and child places.

Its columns carry the names of the LRK's open data export (generator/schema.py), so that the rows
of an organisation's locations can be taken from that export as they are. The export's other
columns (addresses, the holder, contact persons, ...) are known here: they are left out of
everything with one notice, never published. Any other column is an error.

A row belongs to the complaints of exactly its name and label, character for character. A location
in the complaints without a row, or a row without complaints, is a notice with at most a
suggestion: pairing two names that merely look alike would be a guess about which building a
complaint was about.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from pathlib import Path

from generator import schema
from generator.dataset.tables import Table, TableRow, read_table
from generator.dataset.validate import WHOLE_NUMBER, MAX_WHOLE_NUMBER, closest_spelling, suggestion_hint
from generator.dataset.vocabulary import Vocabulary
from generator.errors import FOUT, MELDING, Problem

NAME = schema.LOCATION_NAME_COLUMN
LABEL = schema.LABEL_COLUMN
LRK_NUMBER = "lrk_id"
CARE_TYPE = "type_oko"
CHILD_PLACES = "aantal_kindplaatsen"
PLACE = "opvanglocatie_woonplaats"
MUNICIPALITY = "verantwoordelijke_gemeente"
LRK_ADDRESS = "lrk_url"

# The kinds of care the LRK registers (its column type_oko), with their names for a parent.
CARE_TYPES = {
    "KDV": "kinderdagverblijf",
    "BSO": "buitenschoolse opvang",
    "PSZ": "peuterspeelzaal",
    "VGO": "gastouderopvang",
    "GOB": "gastouderbureau",
}
# The register's own pages; an lrk_url elsewhere is refused, so that no link from the data can
# lead a parent to another site under the register's name.
LRK_SITE = "https://www.landelijkregisterkinderopvang.nl/"
LRK_ADDRESS_PATTERN = re.compile(r"https://www\.landelijkregisterkinderopvang\.nl/[A-Za-z0-9/#?=&._~%-]*")
# The register's numbers have nine digits; a spreadsheet keeps 15 digits of a number, so a longer one
# would show as another number in the site's spreadsheet file (and is no register number anyway).
MOST_LRK_DIGITS = 15
# Of a longer one, a message shows this many.
SHOWN_DIGITS = 20
# The other columns of the LRK's export (export_opendata_lrk.csv): read past, never used.
LRK_EXPORT_COLUMNS = frozenset({
    "opc", "ve", "status", "inschrijfdatum", "uitschrijfdatum", "opvanglocatie_adres", "opvanglocatie_postcode", "bag_id",
    "naam_houder", "kvk_nummer_houder", "vestigingsnummer_houder", "rechtsvorm_houder", "start_geschillencommissie",
    "einde_geschillencommissie", "houder_adres", "houder_postcode", "houder_woonplaats", "houder_buitenland",
    "correspondentie_adres", "correspondentie_postcode", "correspondentie_woonplaats", "correspondentie_buitenland",
    "contact_persoon", "contact_telefoon", "contact_emailadres", "contact_website", "cbs_code", "gastouderbureau_1",
    "gastouderbureau_2", "peildatum",
})
# Where a person is likely to have put the name, under a name that is not the export's.
NAME_LOOKALIKES = ("locatie", "naam", "opvanglocatie", "opvanglocatie_naam", "naam_oko", "naam_locatie", "locatienaam")
# A check that names every unmatched location at once would bury the rest; after this many of a
# kind, one notice counts the others.
MOST_MATCH_NOTICES = 20


@dataclass(frozen=True)
class LocationRecord:
    """One row of the locations file, checked."""

    name: str
    label: str  # "" for none (and always in a year without labels)
    lrk_number: str  # digits as the register writes them; "" when not given
    care_type: str  # one of CARE_TYPES; "" when not given
    child_places: int | None
    place: str  # woonplaats
    municipality: str  # verantwoordelijke gemeente
    lrk_address: str  # the location's page in the register, from its export; "" when not given
    row: int  # as a spreadsheet shows it

    @property
    def key(self) -> tuple[str, str]:
        return (self.name, self.label)


@dataclass(frozen=True)
class LocationsFile:
    path: Path
    records: tuple[LocationRecord, ...]  # in the order of the file
    columns: tuple[str, ...]  # the columns of LOCATION_COLUMNS the file has, in schema order


def location_columns(vocabulary: Vocabulary | None) -> tuple[schema.Column, ...]:
    """The columns a locations file may have for this year: no label in a year without labels."""
    if vocabulary is not None and vocabulary.has_labels:
        return schema.LOCATION_COLUMNS
    return tuple(column for column in schema.LOCATION_COLUMNS if column.name != LABEL)


def read_locations(
    path: Path, vocabulary: Vocabulary | None, complaint_keys: Iterable[tuple[str, str]], year: int | None
) -> tuple[LocationsFile | None, list[Problem]]:
    """The locations file, checked, with a notice for each location of the complaints that has
    no row and each row that has no complaints; None when it has an error."""
    table, problems = read_table(path)
    if table is None:
        return None, problems
    columns = location_columns(vocabulary)
    records, row_problems = _records(table, columns, vocabulary)
    problems += check_locations_header(table, columns, vocabulary) + row_problems
    problems += _duplicates(table.path, records)
    if any(problem.severity == FOUT for problem in problems):
        return None, sorted(problems, key=lambda problem: problem.row or 0)
    problems += match_notices(table.path, records, complaint_keys, year)
    present = tuple(column.name for column in columns if column.name in table.header)
    return LocationsFile(path, tuple(records), present), problems


# --- Header ------------------------------------------------------------------------------------


def check_locations_header(table: Table, columns: tuple[schema.Column, ...], vocabulary: Vocabulary | None) -> list[Problem]:
    allowed = schema.column_names(columns)
    listing = ", ".join(allowed)
    problems = []
    seen: set[str] = set()
    ignored = []
    for position, name in enumerate(table.header, start=1):
        if not name:
            hint = f"geef de kolom een van deze namen of haal hem weg: {listing}."
            problems.append(Problem(table.path, table.header_row, None, f"kolom {position} heeft geen naam", hint))
        elif name in seen:
            problems.append(Problem(table.path, table.header_row, name, "de kolom staat meer dan één keer in de kopregel", f"houd één kolom '{name}' over."))
        elif name == LABEL and name not in allowed:
            message = "de kolom 'label' hoort niet bij dit jaar: verslag.yaml noemt geen labels"
            hint = "haal de kolom weg; zonder labels hoort een rij bij de locatie met precies die naam."
            problems.append(Problem(table.path, table.header_row, name, message, hint))
        elif name in LRK_EXPORT_COLUMNS:
            ignored.append(name)
        elif name not in allowed:
            hint = suggestion_hint(name, allowed, f"hernoem de kolom of haal hem weg; de kolommen zijn: {listing}.")
            problems.append(Problem(table.path, table.header_row, name, "onbekende kolomnaam", hint))
        seen.add(name)
    if NAME not in table.header:
        problems.append(_missing_name_problem(table))
    if LABEL in allowed and LABEL not in table.header:
        hint = "voeg de kolom 'label' toe met het label van elke locatie, precies zoals in de klachten (leeg voor een locatie zonder label)."
        problems.append(Problem(table.path, table.header_row, LABEL, "verplichte kolom ontbreekt: dit jaar heeft labels", hint))
    if ignored:
        what = f"de kolom {ignored[0]} uit het LRK-bestand wordt" if len(ignored) == 1 else f"de kolommen {', '.join(ignored)} uit het LRK-bestand worden"
        message = f"{what} niet gebruikt en niet gepubliceerd"
        hint = "haal de kolom weg als je het bestand kleiner wilt hebben." if len(ignored) == 1 else "haal ze weg als je het bestand kleiner wilt hebben."
        problems.append(Problem(table.path, table.header_row, None, message, hint, MELDING))
    return problems


def _missing_name_problem(table: Table) -> Problem:
    near = next((name for name in table.header if name.lower() in NAME_LOOKALIKES), None)
    hint = f"zet de naam van elke locatie in een kolom '{NAME}', zoals in het bestand van het Landelijk Register Kinderopvang."
    if near:
        hint = f"hernoem de kolom '{near}' naar '{NAME}' (de naam van de kolom in het bestand van het Landelijk Register Kinderopvang)."
    return Problem(table.path, table.header_row, NAME, "de kolom met de naam van de locatie ontbreekt", hint)


# --- Rows --------------------------------------------------------------------------------------


def _records(table: Table, columns: tuple[schema.Column, ...], vocabulary: Vocabulary | None) -> tuple[list[LocationRecord], list[Problem]]:
    records = []
    problems: list[Problem] = []
    labels = vocabulary.labels if vocabulary is not None else {}
    for row in table.rows:
        if row.shifted:
            continue  # its values may sit in the wrong columns; its own problem says so
        record, row_problems = _record(table.path, row, labels)
        records.append(record)
        problems += row_problems
    return records, problems


def _record(path: Path, row: TableRow, labels: Collection[str]) -> tuple[LocationRecord, list[Problem]]:
    values = row.values
    problems = []
    name = values.get(NAME, "")
    if NAME in values and not name:
        hint = "vul de naam van de locatie in, precies zoals in de kolom locatie van de klachten, of haal de rij weg."
        problems.append(Problem(path, row.number, NAME, "verplichte waarde ontbreekt", hint))
    label = values.get(LABEL, "")
    if label and label not in labels:
        otherwise = f"gebruik een label uit verslag.yaml onder 'labels' ({', '.join(labels)}) of laat de cel leeg."
        problems.append(Problem(path, row.number, LABEL, f"onbekend label '{label}'", suggestion_hint(label, labels, otherwise)))
    lrk_number, lrk_problems = _lrk_number(path, row)
    care_type, type_problems = _care_type(path, row)
    child_places, places_problems = _child_places(path, row)
    lrk_address, address_problems = _lrk_address(path, row)
    record = LocationRecord(
        name=name,
        label=label,
        lrk_number=lrk_number,
        care_type=care_type,
        child_places=child_places,
        place=values.get(PLACE, ""),
        municipality=values.get(MUNICIPALITY, ""),
        lrk_address=lrk_address,
        row=row.number,
    )
    return record, problems + lrk_problems + type_problems + places_problems + address_problems


def _lrk_number(path: Path, row: TableRow) -> tuple[str, list[Problem]]:
    value = row.values.get(LRK_NUMBER, "")
    if not value or (WHOLE_NUMBER.match(value) and len(value) <= MOST_LRK_DIGITS):
        return value, []
    hint = f"schrijf het registratienummer uit het Landelijk Register Kinderopvang (zoals 123456789, ten hoogste {MOST_LRK_DIGITS} cijfers), of laat de cel leeg."
    if WHOLE_NUMBER.match(value):
        shown = value if len(value) <= SHOWN_DIGITS else f"{value[:SHOWN_DIGITS]}…"
        return "", [Problem(path, row.number, LRK_NUMBER, f"'{shown}' is geen LRK-nummer: het heeft {len(value)} cijfers", hint)]
    hint = "schrijf het registratienummer uit het Landelijk Register Kinderopvang, alleen cijfers (zoals 123456789), of laat de cel leeg."
    return "", [Problem(path, row.number, LRK_NUMBER, f"'{value}' is geen LRK-nummer", hint)]


def _care_type(path: Path, row: TableRow) -> tuple[str, list[Problem]]:
    value = row.values.get(CARE_TYPE, "")
    if not value:
        return "", []
    if value.upper() in CARE_TYPES:
        return value.upper(), []
    codes = list(CARE_TYPES)
    otherwise = f"gebruik een soort uit het LRK: {', '.join(codes[:-1])} of {codes[-1]}, of laat de cel leeg."
    return "", [Problem(path, row.number, CARE_TYPE, f"onbekende soort opvang '{value}'", suggestion_hint(value, codes, otherwise))]


def _child_places(path: Path, row: TableRow) -> tuple[int | None, list[Problem]]:
    value = row.values.get(CHILD_PLACES, "")
    if not value:
        return None, []
    if WHOLE_NUMBER.match(value) and len(value) <= len(str(MAX_WHOLE_NUMBER)) and int(value) > 0:
        return int(value), []
    hint = "schrijf het aantal als een geheel getal vanaf 1, zoals 40, zonder punt, komma, spaties of tekst; laat de cel leeg als het niet bekend is."
    return None, [Problem(path, row.number, CHILD_PLACES, f"'{value}' is geen aantal kindplaatsen", hint)]


def _lrk_address(path: Path, row: TableRow) -> tuple[str, list[Problem]]:
    value = row.values.get(LRK_ADDRESS, "")
    if not value or LRK_ADDRESS_PATTERN.fullmatch(value):
        return value, []
    hint = f"neem het adres over uit de kolom lrk_url van het LRK-bestand (het begint met {LRK_SITE}), of laat de cel leeg."
    return "", [Problem(path, row.number, LRK_ADDRESS, "dit is geen adres in het Landelijk Register Kinderopvang", hint)]


def _duplicates(path: Path, records: list[LocationRecord]) -> list[Problem]:
    """One row per location (name and label), and one location per LRK number."""
    problems = []
    row_of_key: dict[tuple[str, str], int] = {}
    row_of_number: dict[str, int] = {}
    for record in records:
        if record.name and record.key in row_of_key:
            shown = f"'{record.name}'" + (f" met label '{record.label}'" if record.label else "")
            hint = "houd één rij per locatie over (naam en label), met de gegevens die kloppen."
            problems.append(Problem(path, record.row, NAME, f"de locatie {shown} staat ook in rij {row_of_key[record.key]}", hint))
        row_of_key.setdefault(record.key, record.row)
        if record.lrk_number and record.lrk_number in row_of_number:
            message = f"LRK-nummer {record.lrk_number} staat ook in rij {row_of_number[record.lrk_number]}"
            hint = "elke locatie heeft een eigen nummer in het Landelijk Register Kinderopvang; zoek op welk nummer bij welke locatie hoort."
            problems.append(Problem(path, record.row, LRK_NUMBER, message, hint))
        row_of_number.setdefault(record.lrk_number, record.row)
    return problems


# --- Matching ----------------------------------------------------------------------------------


def match_notices(path: Path, records: Iterable[LocationRecord], complaint_keys: Iterable[tuple[str, str]], year: int | None) -> list[Problem]:
    """A notice for each location of the complaints without a row and each row without
    complaints, with the closest name of the other side as a suggestion, never as a match."""
    records = list(records)
    keys = dict.fromkeys(complaint_keys)
    rows = {record.key for record in records}
    unmatched_rows = [record for record in records if record.key not in keys]
    missing = [key for key in keys if key not in rows]
    in_year = f" in {year}" if year is not None else ""
    notices = []
    for name, label in missing[:MOST_MATCH_NOTICES]:
        shown = f"'{name}'" + (f" met label '{label}'" if label else "")
        message = f"de locatie {shown} heeft klachten{in_year}, maar geen rij in {path.name}"
        hint = f"zet de naam precies zo in de kolom {NAME} als je bij deze locatie plaats, soort opvang of kindplaatsen wilt tonen."
        hint = _suggestion(name, [record.name for record in unmatched_rows], hint)
        notices.append(Problem(path, None, NAME, message, hint, MELDING))
    notices += _more(path, len(missing), f"locaties met klachten{in_year} zonder rij in {path.name}")
    complaint_names = [name for name, _ in missing]
    for record in unmatched_rows[:MOST_MATCH_NOTICES]:
        message = f"de locatie '{record.name}' heeft geen klachten{in_year}"
        hint = _suggestion(record.name, complaint_names, "dat kan kloppen; de locatie staat dan wel bij haar plaats en gemeente, met 0 klachten.")
        notices.append(Problem(path, record.row, NAME, message, hint, MELDING))
    notices += _more(path, len(unmatched_rows), f"rijen zonder klachten{in_year}")
    return notices


def _suggestion(name: str, others: list[str], otherwise: str) -> str:
    near = closest_spelling(name, {other: other for other in others})
    if near is None:
        return otherwise
    return f"bedoel je '{near}'? Maak de namen dan precies gelijk; de site koppelt alleen gelijke namen. Anders: {otherwise}"


def _more(path: Path, count: int, what: str) -> list[Problem]:
    if count <= MOST_MATCH_NOTICES:
        return []
    message = f"nog {count - MOST_MATCH_NOTICES} {what} (hierboven staan de eerste {MOST_MATCH_NOTICES})"
    return [Problem(path, None, NAME, message, "", MELDING)]
