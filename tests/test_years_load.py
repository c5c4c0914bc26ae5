"""A site of several years is loaded whole or not at all, with the errors of every year at once:
a year just made with nieuw-jaar and not yet filled in is reported beside an error of another
year, each at its file, row and column."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from generator.cli import main
from generator.errors import DataInvalid
from generator.view.load import load_site
from site_builder import ROOT

FIRST_YEAR = ROOT / "tests" / "fixtures" / "site" / "data" / "2024"


def test_the_errors_of_every_year_come_together(tmp_path: Path, capsys) -> None:
    data = tmp_path / "data"
    shutil.copytree(FIRST_YEAR, data / "2024")
    complaints = data / "2024" / "klachten.csv"
    complaints.write_text(complaints.read_text(encoding="utf-8").replace(",Communicatie,", ",Comunicatie,", 1), encoding="utf-8")
    assert main(["nieuw-jaar", "2025", "--data", str(data)]) == 0
    capsys.readouterr()

    with pytest.raises(DataInvalid) as invalid:
        load_site([data / "2024", data / "2025"])

    files = [problem.file for problem in invalid.value.problems]
    assert files[0] == complaints
    assert str(invalid.value.problems[0]) == (
        f"{complaints}, rij 2 (volgnummer 1), kolom 'categorie': onbekende categorie 'Comunicatie'. Oplossing: bedoel je 'Communicatie'?"
    )
    assert {file.parent for file in files[1:]} == {data / "2025"}
    assert any(str(problem).startswith(f"{data / '2025' / 'verslag.yaml'}, rij ") and "nog niet ingevuld" in str(problem) for problem in invalid.value.problems)
