"""`python -m generator synth --met-locaties`: a made-up locations file in the LRK's columns for
every location of a synthetic year, beside its folder, that `check` accepts without a notice about
it and whose privacy review is carried over like the rest."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.cli import main
from generator.dataset import load_dataset
from generator.dataset.locations import CARE_TYPES
from generator.errors import GeneratorError
from generator.synth import synthesise, write_year_folder

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def folder(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("synth") / "data" / "2024"
    assert main(["synth", "--schaal", "1", "--seed", "3", "--uit", str(folder), "--met-locaties"]) == 0
    return folder


def test_every_synthetic_location_has_one_row_and_check_passes(folder: Path, capsys) -> None:
    capsys.readouterr()
    assert main(["check", str(folder)]) == 0
    output = capsys.readouterr()
    assert output.err == ""
    assert "locaties.csv" not in output.out  # no notice: every row matches a location, every location a row
    assert output.out.endswith(" 0 niet nagekeken.\n\nGeen fouten: de gegevens kunnen gepubliceerd worden.\n")
    dataset = load_dataset(folder)
    keys = set(dataset.complaints[["locatie", "label"]].drop_duplicates().itertuples(index=False, name=None))
    records = dataset.locations.records
    assert {record.key for record in records} == keys and len(records) == len(keys)
    numbers = [record.lrk_number for record in records]
    assert len(set(numbers)) == len(numbers) and all(len(number) == 9 for number in numbers)
    assert {record.care_type for record in records} <= set(CARE_TYPES)
    assert all(record.child_places and record.place and record.municipality and not record.lrk_address for record in records)


def test_the_complaints_are_the_same_with_or_without_the_locations_file(folder: Path, tmp_path: Path) -> None:
    real = load_dataset(ROOT / "data" / "2024")
    without = synthesise(real, 1, 3)
    with_file = synthesise(real, 1, 3, with_locations_file=True)
    assert {path: text for path, text in without.files.items() if path != "privacy-toegestaan.yaml"} == {
        path: text for path, text in with_file.files.items() if path != "privacy-toegestaan.yaml"
    }
    assert with_file.locations_file == (folder.parent / "locaties.csv").read_text(encoding="utf-8")


def test_an_existing_locations_file_is_never_overwritten(tmp_path: Path) -> None:
    real = load_dataset(ROOT / "data" / "2024")
    (tmp_path / "locaties.csv").write_text("echt\n", encoding="utf-8")
    with pytest.raises(GeneratorError, match="locaties.csv bestaat al"):
        write_year_folder(synthesise(real, 1, 3, with_locations_file=True), tmp_path / "2024")
    assert (tmp_path / "locaties.csv").read_text(encoding="utf-8") == "echt\n"
    assert not (tmp_path / "2024").exists()


def test_a_following_year_with_a_locations_file_of_its_own_is_refused(tmp_path: Path, capsys) -> None:
    assert main(["synth", "--volgend-jaar", "--met-locaties", "--uit", str(tmp_path / "2025")]) == 2
    assert capsys.readouterr().err == (
        "fout: --met-locaties gaat alleen samen met --schaal. Oplossing: laat --met-locaties weg bij --volgend-jaar; "
        "het locatiebestand naast de jaarmappen geldt voor elk jaar.\n"
    )
    assert not (tmp_path / "2025").exists() and not (tmp_path / "locaties.csv").exists()
