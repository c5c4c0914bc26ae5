"""KeptLoads: what one load of a site keeps for the next (a live preview's rebuild): the nodes of
the YAML files by their text, the privacy check's hits by text. After every change, a load with
them gives what a load without them gives: the same pages, or the same refusal."""

from __future__ import annotations

import shutil
from pathlib import Path

from generator.errors import GeneratorError
from generator.site.generate import render_docs
from generator.view.load import KeptLoads, load_site
from test_privacy import set_cell

GOOD = Path(__file__).parent / "fixtures" / "good"
SANDRA = "Ouder sprak met Sandra."


def outcome(folder: Path, kept: KeptLoads | None) -> tuple[str, object]:
    """The generated files, or the message that refused them."""
    try:
        return "gebouwd", render_docs(load_site([folder], kept=kept))
    except GeneratorError as error:
        return "geweigerd", str(error)


def kept_and_fresh(folder: Path, kept: KeptLoads) -> tuple[str, object]:
    with_kept = outcome(folder, kept)
    assert with_kept == outcome(folder, None)
    return with_kept


def year_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "data" / "2024"
    shutil.copytree(GOOD, folder)
    return folder


def test_a_changed_text_is_read_again_and_a_privacy_finding_in_it_still_refuses(tmp_path: Path) -> None:
    folder = year_folder(tmp_path)
    complaints = folder / "klachten.csv"
    original = complaints.read_text(encoding="utf-8")
    kept = KeptLoads()
    first = kept_and_fresh(folder, kept)
    assert first[0] == "gebouwd"

    set_cell(complaints, 2, "omschrijving", "Ouder kreeg na drie weken een antwoord.")
    changed = kept_and_fresh(folder, kept)
    assert "Ouder kreeg na drie weken een antwoord." in changed[1]["locaties/avontuurlijk.md"]

    set_cell(complaints, 2, "omschrijving", SANDRA)
    refused = kept_and_fresh(folder, kept)
    assert refused[0] == "geweigerd"
    assert refused[1].splitlines()[:2] == [
        "1 vondst van de privacycontrole is nog niet nagekeken:",
        f"{complaints}, rij 2 (volgnummer 1), kolom 'omschrijving': mogelijke naam 'Sandra' in \"{SANDRA}\"",
    ]

    complaints.write_text(original, encoding="utf-8")
    assert kept_and_fresh(folder, kept) == first

    # The same text in another row: the finding names that row.
    set_cell(complaints, 3, "oplossing", SANDRA)
    again = kept_and_fresh(folder, kept)
    assert f"{complaints}, rij 3 (volgnummer 2), kolom 'oplossing': mogelijke naam 'Sandra'" in again[1]


def test_a_changed_verslag_yaml_is_read_again(tmp_path: Path) -> None:
    folder = year_folder(tmp_path)
    meta = folder / "verslag.yaml"
    original = meta.read_text(encoding="utf-8")
    kept = KeptLoads()
    first = kept_and_fresh(folder, kept)

    meta.write_text(original.replace("titel: ", "titel: Nieuw ", 1), encoding="utf-8")
    retitled = kept_and_fresh(folder, kept)
    assert "Nieuw Klachtenjaarverslag" in retitled[1]["verslag/index.md"]

    meta.write_text(original.replace("jaar: 2024", "jaar: [2024", 1), encoding="utf-8")
    broken = kept_and_fresh(folder, kept)
    assert broken[0] == "geweigerd" and "verslag.yaml" in broken[1]

    # A person's name as the author: the privacy check reads verslag.yaml too.
    meta.write_text(original.replace("auteur: Partou kinderopvang, klachtencoördinatie", "auteur: Sandra Jansen", 1), encoding="utf-8")
    assert "Sandra" in kept_and_fresh(folder, kept)[1]

    meta.write_text(original, encoding="utf-8")
    assert kept_and_fresh(folder, kept) == first


def test_an_unchanged_allow_list_is_checked_again_against_the_files_it_names(tmp_path: Path) -> None:
    """privacy-toegestaan.yaml names a file beside the year folder: whether that file exists is
    checked on every load, also when the list itself did not change."""
    folder = year_folder(tmp_path)
    locations = folder.parent / "locaties.csv"
    (folder / "privacy-toegestaan.yaml").write_text(
        "toegestaan:\n  - tekst: Gastouder Marieke\n    bestand: ../locaties.csv\n    rij: 2\n    reden: proef\n", encoding="utf-8",
    )
    kept = KeptLoads()
    missing = kept_and_fresh(folder, kept)
    assert missing[0] == "geweigerd" and "het bestand '../locaties.csv' staat niet in de jaarmap" in missing[1]

    locations.write_text("actuele_naam_oko;label\nGastouder Marieke;\n", encoding="utf-8")
    assert kept_and_fresh(folder, kept)[0] == "gebouwd"

    locations.unlink()
    assert kept_and_fresh(folder, kept) == missing


def test_a_changed_locations_file_is_scanned_again(tmp_path: Path) -> None:
    folder = year_folder(tmp_path)
    locations = folder.parent / "locaties.csv"
    locations.write_text("actuele_naam_oko;label\nAvontuurlijk;Smallsteps B.V.\n", encoding="utf-8")
    kept = KeptLoads()
    assert kept_and_fresh(folder, kept)[0] == "gebouwd"

    locations.write_text("actuele_naam_oko;label;opvanglocatie_woonplaats\nAvontuurlijk;Smallsteps B.V.;Bel 06-12345678\n", encoding="utf-8")
    refused = kept_and_fresh(folder, kept)
    assert refused[0] == "geweigerd"
    assert f"{locations}, rij 2" in refused[1] and "06-12345678" in refused[1]
