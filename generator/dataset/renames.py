"""hernoemd.csv: the locations of a year that had another name (or label) in an earlier year,
as the organisation reviewed them. The site joins a location's years only through this list,
never by a guess from similar names: a renamed location keeps its page and its address.

    oude_naam,oud_label,nieuwe_naam,nieuw_label
    De Klaver,Voorbeeld B.V.,De Klaverhof,Voorbeeld B.V.

The labels are as in the label column of klachten.csv (empty in a year without labels). Whether
the old name really is a location of an earlier year and the new one of this year is checked
where all years are known (generator/view/site_locations.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from generator.dataset import layout
from generator.dataset.paths import not_a_file_problem
from generator.dataset.tables import read_table
from generator.errors import Problem

COLUMNS = ("oude_naam", "oud_label", "nieuwe_naam", "nieuw_label")
REQUIRED = ("oude_naam", "nieuwe_naam")
FORMAT_HINT = f"de eerste rij van {layout.RENAMES_FILE} is {','.join(COLUMNS)}; daaronder één rij per hernoemde locatie."


@dataclass(frozen=True)
class Rename:
    old: tuple[str, str]  # (name, label) in an earlier year
    new: tuple[str, str]  # (name, label) in this year
    row: int  # the row in hernoemd.csv, as a spreadsheet shows it


def load_renames(folder: Path) -> tuple[tuple[Rename, ...], list[Problem]]:
    """The renames of the year folder; none when it has no hernoemd.csv."""
    path = folder / layout.RENAMES_FILE
    not_a_file = not_a_file_problem(path, f"vervang dit door het bestand {layout.RENAMES_FILE} zelf, of haal het weg.")
    if not_a_file is not None:
        return (), [not_a_file]
    if not path.is_file():
        return (), []
    table, problems = read_table(path)
    if table is None:
        return (), problems
    if tuple(table.header) != COLUMNS:
        return (), problems + [Problem(path, table.header_row, None, f"de kolommen zijn {','.join(table.header) or 'leeg'}", FORMAT_HINT)]
    renames: list[Rename] = []
    seen: dict[tuple[str, str], int] = {}
    for row in table.rows:
        values = row.values
        missing = [column for column in REQUIRED if not values.get(column)]
        for column in missing:
            problems.append(Problem(path, row.number, column, "de naam ontbreekt", "vul de naam van de locatie in, precies zoals in klachten.csv van dat jaar."))
        if missing:
            continue
        rename = Rename((values["oude_naam"], values["oud_label"]), (values["nieuwe_naam"], values["nieuw_label"]), row.number)
        if rename.old == rename.new:
            problems.append(Problem(path, row.number, "nieuwe_naam", "de oude en de nieuwe naam en het label zijn hetzelfde", "haal deze rij weg; een locatie met dezelfde naam houdt vanzelf haar pagina."))
            continue
        for key, column in ((rename.old, "oude_naam"), (rename.new, "nieuwe_naam")):
            if key in seen:
                problems.append(Problem(path, row.number, column, f"'{key[0]}' staat al in rij {seen[key]}", "noem elke locatie maar één keer: één rij per hernoemde locatie."))
            seen.setdefault(key, row.number)
        renames.append(rename)
    return tuple(renames), problems
