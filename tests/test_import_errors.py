"""A report text the importer cannot read ends in a Dutch message with what was not found and
how to fix it, for every part of the report the importer needs, and writes nothing."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest

from generator.cli import main

ROOT = Path(__file__).resolve().parents[1]
SOURCE_LINES = (ROOT / "data" / "bron" / "klachtenjaarverslag-partou-2024.txt").read_text(encoding="utf-8").split("\n")


def without(pattern: str) -> Callable[[list[str]], list[str]]:
    return lambda lines: [line for line in lines if not re.match(pattern, line)]


def first(count: int) -> Callable[[list[str]], list[str]]:
    return lambda lines: lines[:count]


BROKEN = {
    "zonder-inhoudsopgave": (without(r"Inhoud\s*$"), "de inhoudsopgave ('Inhoud') is niet gevonden"),
    "zonder-colofon": (without(r"(versie|datum)\s"), "versie en datum van het colofon zijn niet gevonden"),
    "afgebroken-na-de-inhoud": (first(140), "uit de inhoudsopgave staat niet in de tekst"),
    "zonder-tabelkop": (without(r"Aantal van omschrijving klacht"), "de kop van de tabel (eindigend op 'Eindtotaal') is niet gevonden"),
}


@pytest.mark.slow  # reads most of the 2024 report text, four times
@pytest.mark.parametrize(("change", "found"), BROKEN.values(), ids=BROKEN.keys())
def test_a_text_without_a_part_of_the_report_says_what_and_how_to_fix_it(tmp_path: Path, capsys, change, found: str) -> None:
    source = tmp_path / "verslag.txt"
    source.write_text("\n".join(change(SOURCE_LINES)), encoding="utf-8")

    assert main(["import", str(source), "--jaar", "2024", "--data", str(tmp_path / "data")]) == 1

    lines = capsys.readouterr().err.splitlines()
    assert lines[-1] == "Er is niets geschreven."
    assert all(re.fullmatch(rf"fout: {re.escape(str(source))}(, regel \d+)?: .+ \(.+\)", line) for line in lines[:-1]), lines
    assert found in lines[0]
    assert not (tmp_path / "data").exists()
