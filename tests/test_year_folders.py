"""A year folder is named by its year as written: four digits of a year from 1900 to 2999. Folders
such as '0000', '0999' or '２０２４' (full-width digits) are not read as another folder's year
(0, 999, 2024) and the messages name only folders that exist."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from generator.cli import main
from generator.dataset import layout

GOOD = Path(__file__).parent / "fixtures" / "good"


@pytest.mark.parametrize(("name", "year"), [("2024", True), ("1900", True), ("2999", True), ("0000", False), ("0999", False), ("3000", False), ("２０２４", False), ("202", False)])
def test_a_year_name_is_four_digits_of_a_year(name: str, year: bool) -> None:
    assert layout.is_year_name(name) is year


def test_folders_named_like_no_year_are_no_year_folders_and_the_message_says_why(tmp_path: Path, capsys) -> None:
    for name in ("0000", "0999", "２０２４"):
        shutil.copytree(GOOD, tmp_path / name)

    assert layout.years_in(tmp_path) == [] and layout.newest_year_folder(tmp_path) is None
    assert main(["build", "--data", str(tmp_path), "--docs", str(tmp_path / "docs")]) == 2

    assert capsys.readouterr().err == (
        f"fout: --data {tmp_path}: er staat geen jaarmap in (zoals {tmp_path / '2024'}) (0000, 0999 tellen niet: een jaarmap heet naar een "
        "jaar van 1900 tot en met 2999). Oplossing: maak een jaarmap met klachten.csv en verslag.yaml, of geef de goede map op met --data.\n"
    )
    assert not (tmp_path / "docs").exists()


def test_a_year_asked_for_names_only_the_year_folders_there_are(tmp_path: Path, capsys) -> None:
    shutil.copytree(GOOD, tmp_path / "0999")
    shutil.copytree(GOOD, tmp_path / "2023")

    assert main(["rapport", "--data", str(tmp_path), "--jaar", "2024"]) == 2

    assert capsys.readouterr().err == (
        f"fout: --jaar 2024: er is geen map {tmp_path / '2024'}. Oplossing: kies een jaar waarvan een map bestaat (in {tmp_path}: 2023).\n"
    )


def test_checking_a_folder_named_like_no_year_says_where_the_data_belongs(tmp_path: Path, capsys) -> None:
    folder = tmp_path / "0999"
    shutil.copytree(GOOD, folder)

    assert main(["check", str(folder)]) == 1

    assert capsys.readouterr().err.splitlines()[1] == (
        f"{folder / 'verslag.yaml'}, kolom 'jaar': jaar 2024 past niet bij de map '0999'. "
        "Oplossing: zet de gegevens in de map 2024: een jaarmap heet naar een jaar van 1900 tot en met 2999."
    )
