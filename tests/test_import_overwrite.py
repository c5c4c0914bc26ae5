"""`import` replaces only what it wrote itself: a file in the year folder that it did not write,
or that was changed since, is left alone and the import refused (unless --overschrijven); a text
of the organisation's own in tekst/ stays; a text an earlier import wrote and this one does not
goes."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from generator.cli import main
from generator.dataset import layout
from test_cli_arguments import tree

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT / "data" / "bron" / "klachtenjaarverslag-partou-2024.txt"
YEAR = ROOT / "data" / "2024"


def refusal(data_root: Path, *files: Path) -> str:
    return (
        f"fout: --data {data_root}: import zou bestanden vervangen die het niet zelf heeft geschreven of die daarna zijn veranderd: "
        f"{', '.join(str(file) for file in files)}; er is niets veranderd. Oplossing: zet wat je wilt houden eerst ergens anders neer of kies "
        "een andere map met --data, of geef --overschrijven als deze bestanden vervangen mogen worden.\n"
    )


@pytest.fixture
def data_root(tmp_path: Path) -> Path:
    root = tmp_path / "impd"
    (root / "2024").mkdir(parents=True)
    shutil.copy(YEAR / layout.CORRECTIONS_FILE, root / "2024" / layout.CORRECTIONS_FILE)
    return root


def run_import(data_root: Path, *extra: str) -> int:
    return main(["import", str(SOURCE), "--jaar", "2024", "--data", str(data_root), *extra])


@pytest.mark.slow  # reads the whole 2024 report text
def test_a_hand_written_table_is_not_overwritten(data_root: Path, capsys) -> None:
    own = data_root / "2024" / "klachten.csv"
    own.write_text("volgnummer,locatie\n1,Mijn eigen lijst\n", encoding="utf-8")
    before = tree(data_root)

    assert run_import(data_root) == 2

    assert capsys.readouterr().err == refusal(data_root, own)
    assert tree(data_root) == before


@pytest.mark.slow  # three imports of the 2024 report
def test_overschrijven_replaces_it_and_a_second_import_replaces_its_own_files(data_root: Path, capsys) -> None:
    own = data_root / "2024" / "klachten.csv"
    own.write_text("volgnummer,locatie\n1,Mijn eigen lijst\n", encoding="utf-8")

    assert run_import(data_root, "--overschrijven") == 0
    assert own.read_bytes() == (YEAR / "klachten.csv").read_bytes()
    assert (data_root / "2024" / layout.IMPORT_RECORD_FILE).read_bytes() == (YEAR / layout.IMPORT_RECORD_FILE).read_bytes()

    assert run_import(data_root) == 0

    own.write_text(own.read_text(encoding="utf-8").replace("Avontuurlijk", "Avontuurlijk (met de hand)", 1), encoding="utf-8")
    capsys.readouterr()
    assert run_import(data_root) == 2
    assert capsys.readouterr().err == refusal(data_root, own)


@pytest.mark.slow  # two imports of the 2024 report
def test_an_own_text_stays_and_a_text_of_an_earlier_import_goes(data_root: Path) -> None:
    assert run_import(data_root) == 0
    texts = data_root / "2024" / "tekst"
    (texts / "eigen.md").write_text("Een tekst van de organisatie zelf.\n", encoding="utf-8")
    # As if an earlier import had written a text this one does not.
    (texts / "categorie" / "oud.md").write_text("Een oude uitleg.\n", encoding="utf-8")
    record = data_root / "2024" / layout.IMPORT_RECORD_FILE
    from generator.importer.written_files import digest

    record.write_text(record.read_text(encoding="utf-8") + f"tekst/categorie/oud.md {digest(texts / 'categorie' / 'oud.md')}\n", encoding="utf-8")

    assert run_import(data_root) == 0

    assert (texts / "eigen.md").read_text(encoding="utf-8") == "Een tekst van de organisatie zelf.\n"
    assert not (texts / "categorie" / "oud.md").exists()
    assert record.read_bytes() == (YEAR / layout.IMPORT_RECORD_FILE).read_bytes()


@pytest.mark.slow  # an import of the 2024 report
def test_another_copy_of_the_source_text_is_not_overwritten(data_root: Path, capsys) -> None:
    copy = data_root / "bron" / SOURCE.name
    copy.parent.mkdir()
    copy.write_text("een andere versie van het verslag\n", encoding="utf-8")
    before = tree(data_root)

    assert run_import(data_root) == 2

    assert capsys.readouterr().err == refusal(data_root, copy)
    assert tree(data_root) == before
