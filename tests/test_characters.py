"""One rule for every character that does not show (Unicode's format characters, category Cf, and
the other default ignorable ones): refused where it can turn or hide text, left out when names
are compared everywhere else."""

from __future__ import annotations

import shutil
import sys
import unicodedata
from pathlib import Path

import pytest

from generator.cli import main
from generator.dataset.characters import FORBIDDEN, INVISIBLE, first_bad_character
from generator.dataset.lookalikes import comparison_key
from test_hostile_input import CHARACTER_HINT, set_cell

GOOD = Path(__file__).parent / "fixtures" / "good"
TURNING = {"links-naar-rechts": "\u200e", "rechts-naar-links": "\u200f", "arabisch": "\u061c", "isolaat": "\u2066", "override": "\u202e"}
HIDING = {"label-A": "\U000e0041", "label-einde": "\U000e007f", "label-begin": "\U000e0001", "oud-opmaakteken": "\u206a", "annotatie": "\ufff9"}
# Invisible, but some scripts and emoji need them: allowed in a value, left out in a comparison.
HARMLESS = {
    "spatie-zonder-breedte": "\u200b", "verbinder": "\u200d", "woordverbinder": "\u2060", "zacht-afbreekstreepje": "\u00ad",
    "variatiekiezer": "\ufe0f", "grafeemverbinder": "\u034f", "mongools-scheidingsteken": "\u180e", "onzichtbaar-plus": "\u2064",
    "hangul-vulteken": "\u3164",
}


def test_every_format_character_is_invisible() -> None:
    format_characters = [chr(code) for code in range(sys.maxunicode + 1) if unicodedata.category(chr(code)) == "Cf"]
    assert len(format_characters) > 150
    assert [f"U+{ord(character):04X}" for character in format_characters if not INVISIBLE.fullmatch(character)] == []


@pytest.mark.parametrize("character", TURNING.values(), ids=TURNING.keys())
def test_a_character_that_turns_the_reading_direction_is_refused(character: str) -> None:
    bad = first_bad_character(f"De Boom{character}hut")
    assert bad.message() == f"de waarde bevat op positie 8 een onzichtbaar teken dat de leesrichting verandert (U+{ord(character):04X})"


@pytest.mark.parametrize("character", HIDING.values(), ids=HIDING.keys())
def test_a_character_that_hides_text_is_refused(character: str) -> None:
    bad = first_bad_character(f"De Boom{character}hut")
    assert bad.message() == f"de waarde bevat op positie 8 een onzichtbaar teken dat tekst kan verbergen (U+{ord(character):04X})"


@pytest.mark.parametrize("character", HARMLESS.values(), ids=HARMLESS.keys())
def test_a_harmless_invisible_character_is_allowed_and_left_out_of_a_comparison(character: str) -> None:
    assert first_bad_character(f"De Boom{character}hut") is None and not FORBIDDEN.search(character)
    assert comparison_key(f"De Boom{character}hut") == comparison_key("de boomhut")


@pytest.fixture
def year(tmp_path: Path) -> Path:
    folder = tmp_path / "2024"
    shutil.copytree(GOOD, folder)
    return folder


@pytest.mark.parametrize("character", [TURNING["rechts-naar-links"], HIDING["label-A"]], ids=["rechts-naar-links", "label-A"])
def test_check_refuses_such_a_character_in_a_cell_with_its_place(year: Path, capsys, character: str) -> None:
    set_cell(year, "klachten.csv", 3, "locatie", f"Gastouder{character} Anja")

    assert main(["check", str(year)]) == 1

    kind = "de leesrichting verandert" if character in TURNING.values() else "tekst kan verbergen"
    assert capsys.readouterr().err.splitlines()[1] == (
        f"{year / 'klachten.csv'}, rij 3 (volgnummer 2), kolom 'locatie': de waarde bevat op positie 10 een onzichtbaar teken dat {kind} "
        f"(U+{ord(character):04X}). {CHARACTER_HINT}"
    )


@pytest.mark.parametrize("character", [HARMLESS["woordverbinder"], HARMLESS["variatiekiezer"]], ids=["woordverbinder", "variatiekiezer"])
def test_names_that_differ_only_by_a_harmless_invisible_character_get_a_notice(year: Path, capsys, character: str) -> None:
    set_cell(year, "klachten.csv", 4, "locatie", f"De {character}Boomhut")

    assert main(["check", str(year)]) == 0

    notices = [line for line in capsys.readouterr().out.splitlines() if "lijkt op" in line]
    assert notices == [
        f"  {year / 'klachten.csv'}, rij 4 (volgnummer 3), kolom 'locatie': 'De <U+{ord(character):04X}>Boomhut' lijkt op 'De Boomhut' in rij 3, "
        "maar verschilt in onzichtbare tekens (zoals een spatie zonder breedte); de site maakt er twee verschillende locaties van. "
        "Oplossing: schrijf de naam overal op dezelfde manier als het om dezelfde gaat; anders is dit in orde."
    ]
