"""hernoemd.csv: the reviewed renames of a year's locations. Every mistake in it is one Dutch
error naming the file, the row and the column and how to fix it; `check` of the years exits 1."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from generator.cli import main
from generator.dataset import layout
from generator.dataset.dataset import load_dataset
from generator.synth import write_year_folder
from generator.synth.following import following_year
from site_builder import ROOT

FIRST_YEAR = ROOT / "tests" / "fixtures" / "site" / "data" / "2024"
HEADER = "oude_naam,oud_label,nieuwe_naam,nieuw_label\n"


@pytest.fixture(scope="module")
def made_years(tmp_path_factory) -> Path:
    """2024 of the site fixture and a synthetic 2025 after it (its rename: Kids | Club <b>Ster</b> -> ... Oost)."""
    data = tmp_path_factory.mktemp("hernoemd") / "data"
    shutil.copytree(FIRST_YEAR, data / "2024")
    write_year_folder(following_year(load_dataset(data / "2024"), 1), data / "2025")
    return data


@pytest.fixture
def data(made_years: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "data"
    shutil.copytree(made_years, copy)
    return copy


def check_with_renames(data: Path, rows: str, capsys) -> tuple[int, list[str]]:
    renames = data / "2025" / layout.RENAMES_FILE
    renames.write_text(rows, encoding="utf-8")
    code = main(["check", "--data", str(data)])
    return code, capsys.readouterr().err.splitlines()


def test_the_synthetic_years_pass_with_their_rename(data: Path, capsys) -> None:
    assert main(["check", "--data", str(data)]) == 0
    assert capsys.readouterr().out.splitlines()[-1] == (
        "De 2 jaren samen: elke hernoemde locatie staat in het jaar ervoor; elke locatie houdt haar adres."
    )


RENAMED = "Kids | Club <b>Ster</b>,Smallsteps B.V."
ROW_OF_THE_SYNTH = f"{RENAMED},Kids | Club <b>Ster</b> Oost,Smallsteps B.V.\n"


@pytest.mark.parametrize(("rows", "error"), [
    pytest.param(
        "oud,nieuw\nA,B\n",
        "rij 1: de kolommen zijn oud,nieuw. Oplossing: de eerste rij van hernoemd.csv is oude_naam,oud_label,nieuwe_naam,nieuw_label; "
        "daaronder één rij per hernoemde locatie.",
        id="other-columns",
    ),
    pytest.param(
        HEADER + ",Partou B.V.,De Klaver,Partou B.V.\n",
        "rij 2, kolom 'oude_naam': de naam ontbreekt. Oplossing: vul de naam van de locatie in, precies zoals in klachten.csv van dat jaar.",
        id="no-old-name",
    ),
    pytest.param(
        HEADER + "Index,Partou B.V.,Index,Partou B.V.\n",
        "rij 2, kolom 'nieuwe_naam': de oude en de nieuwe naam en het label zijn hetzelfde. "
        "Oplossing: haal deze rij weg; een locatie met dezelfde naam houdt vanzelf haar pagina.",
        id="same-name",
    ),
    pytest.param(
        HEADER + ROW_OF_THE_SYNTH + f"{RENAMED},De Klaver 15,Partou B.V.\n",
        "rij 3, kolom 'oude_naam': 'Kids | Club <b>Ster</b>' staat al in rij 2. Oplossing: noem elke locatie maar één keer: één rij per hernoemde locatie.",
        id="old-name-twice",
    ),
    pytest.param(
        HEADER + "De Klavertje,Partou B.V.,Kids | Club <b>Ster</b> Oost,Smallsteps B.V.\n",
        "rij 2, kolom 'oude_naam': 'De Klavertje (Partou B.V.)' staat in geen eerder jaar. "
        "Oplossing: schrijf de naam en het label precies zoals in klachten.csv van het jaar ervoor.",
        id="old-name-in-no-earlier-year",
    ),
    pytest.param(
        HEADER + f"{RENAMED},Kids Club Oost,Smallsteps B.V.\n",
        "rij 2, kolom 'nieuwe_naam': 'Kids Club Oost (Smallsteps B.V.)' staat niet in de klachten van 2025. "
        "Oplossing: schrijf de naam en het label precies zoals in klachten.csv van dit jaar.",
        id="new-name-not-this-year",
    ),
    pytest.param(
        HEADER + f"{RENAMED},Index,Partou B.V.\n",
        "rij 2, kolom 'nieuwe_naam': 'Index (Partou B.V.)' had in een eerder jaar al een eigen pagina. "
        "Oplossing: haal deze rij weg als het om die locatie gaat; twee locaties worden nooit samengevoegd.",
        id="two-locations-joined",
    ),
    pytest.param(
        HEADER + "Index,Partou B.V.,Kids | Club <b>Ster</b> Oost,Smallsteps B.V.\n",
        "rij 2, kolom 'oude_naam': 'Index (Partou B.V.)' heeft dit jaar ook nog klachten onder de oude naam. "
        "Oplossing: haal deze rij weg of verbeter de naam in klachten.csv; één locatie heeft per jaar één naam.",
        id="old-name-still-used",
    ),
])
def test_a_mistake_in_hernoemd_csv_is_one_dutch_error_at_its_row_and_column(data: Path, capsys, rows: str, error: str) -> None:
    code, lines = check_with_renames(data, rows, capsys)

    assert code == 1
    assert lines == [
        "1 fout in de gegevens:",
        f"{data / '2025' / layout.RENAMES_FILE}, {error}",
        "Er is niets geschreven. Verbeter de fouten en probeer het opnieuw.",
    ]


def test_the_oldest_years_hernoemd_csv_is_a_notice_that_it_is_not_used(data: Path, capsys) -> None:
    (data / "2024" / layout.RENAMES_FILE).write_text(f"oude_naam,oud_label,nieuwe_naam,nieuw_label\n{ROW_OF_THE_SYNTH}", encoding="utf-8")

    assert main(["check", "--data", str(data)]) == 0
    assert capsys.readouterr().out.splitlines()[-2:] == [
        "Meldingen over de jaren samen (1; ze houden de publicatie niet tegen, maar kijk ze na):",
        f"  {data / '2024' / layout.RENAMES_FILE}, rij 2, kolom 'oude_naam': 'Kids | Club <b>Ster</b> (Smallsteps B.V.)' staat in geen jaar vóór 2024 op de site; "
        "deze rij wordt niet gebruikt en de locatie krijgt een eigen adres. "
        "Oplossing: zet de map van het jaar ervoor in de datamap als de site dat jaar ook moet tonen, of haal de rij weg.",
    ]


def test_a_folder_named_hernoemd_csv_is_an_error(data: Path, capsys) -> None:
    renames = data / "2025" / layout.RENAMES_FILE
    renames.unlink()
    renames.mkdir()

    assert main(["check", "--data", str(data)]) == 1
    assert capsys.readouterr().err.splitlines()[1] == (
        f"{renames}: dit is een map, geen bestand. Oplossing: vervang dit door het bestand hernoemd.csv zelf, of haal het weg."
    )


def test_without_its_rename_the_new_name_is_a_location_of_its_own(data: Path) -> None:
    from generator.view.load import load_site

    (data / "2025" / layout.RENAMES_FILE).unlink()
    site = load_site([data / "2024", data / "2025"])

    names = {location.slug: [entry.name for entry in location.present] for location in site.locations}
    old = next(slug for slug, present in names.items() if "Kids | Club <b>Ster</b>" in present)
    new = next(slug for slug, present in names.items() if "Kids | Club <b>Ster</b> Oost" in present)
    assert old != new
    assert (names[old], names[new]) == (["Kids | Club <b>Ster</b>"], ["Kids | Club <b>Ster</b> Oost"])


def test_with_its_rename_the_location_keeps_its_page_with_both_names(data: Path) -> None:
    from generator.view.load import load_site

    site = load_site([data / "2024", data / "2025"])

    joined = [location for location in site.locations if "Kids | Club <b>Ster</b> Oost" in [entry.name for entry in location.present]]
    assert [[entry.name for entry in location.present] for location in joined] == [["Kids | Club <b>Ster</b> Oost", "Kids | Club <b>Ster</b>"]]
