"""privacy-toegestaan.yaml: its writer gives the text the reader reads back into the same entries."""

from __future__ import annotations

from pathlib import Path

from generator.dataset.privacy_allowed import AllowedFinding, load_privacy_allowed, privacy_allowed_yaml

ENTRIES = (
    AllowedFinding(text="klachten@voorbeeld.nl", reason="Het algemene adres, geen persoon.", file=Path("tekst/nawoord.md"), row=None, column=None),
    AllowedFinding(text="2023", reason="Een jaartal, geen geboortedatum.", file=Path("klachten.csv"), row=4, column="omschrijving"),
    AllowedFinding(text="Customer Support", reason="De klantenservice.", file=None, row=None, column="locatie"),
)
WRITTEN = """# Nagekeken
# in twee regels
toegestaan:
- tekst: klachten@voorbeeld.nl
  bestand: tekst/nawoord.md
  reden: Het algemene adres, geen persoon.
- tekst: '2023'
  bestand: klachten.csv
  rij: 4
  kolom: omschrijving
  reden: Een jaartal, geen geboortedatum.
- tekst: Customer Support
  kolom: locatie
  reden: De klantenservice.
"""


def test_the_writer_puts_the_keys_in_the_readers_order_and_leaves_out_an_absent_place() -> None:
    assert privacy_allowed_yaml(ENTRIES, "Nagekeken\nin twee regels") == WRITTEN


def test_reading_the_written_file_gives_the_entries_with_their_lines(tmp_path: Path) -> None:
    (tmp_path / "tekst").mkdir()
    (tmp_path / "tekst" / "nawoord.md").write_text("Mail naar klachten@voorbeeld.nl.\n", encoding="utf-8")
    (tmp_path / "klachten.csv").write_text("volgnummer\n1\n", encoding="utf-8")
    (tmp_path / "privacy-toegestaan.yaml").write_text(privacy_allowed_yaml(ENTRIES, "Nagekeken\nin twee regels"), encoding="utf-8")

    entries, problems = load_privacy_allowed(tmp_path)

    assert problems == []
    assert [entry.line for entry in entries] == [4, 7, 12]
    assert [(entry.text, entry.reason, entry.file, entry.row, entry.column) for entry in entries] == [
        (entry.text, entry.reason, entry.file, entry.row, entry.column) for entry in ENTRIES
    ]
