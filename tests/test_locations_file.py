"""The optional locations file (locaties.csv or .xlsx beside the year folders): what `check` says
about it, word for word, and with which exit code; what it publishes; and that without it nothing
changes (tests/test_site_golden.py)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from frictionless import validate

from generator.cli import main
from generator.dataset.dataset import load_dataset
from generator.privacy import review_privacy
from generator.site.generate import render_docs
from generator.view.load import load_year

ROOT = Path(__file__).resolve().parents[1]
GOOD = ROOT / "tests" / "fixtures" / "good"
HEADER = "actuele_naam_oko;label;lrk_id;type_oko;aantal_kindplaatsen;opvanglocatie_woonplaats;verantwoordelijke_gemeente"
# The locations of tests/fixtures/good: (name, label).
AVONTUURLIJK = "Avontuurlijk;Smallsteps B.V."
BOOMHUT = "De Boomhut;Partou B.V."
ZONNETJE = "Het Zonnetje;"
CAFE = "Kindercentrum Café;Partou B.V."


def year_with_locations(tmp_path: Path, *lines: str, name: str = "locaties.csv") -> Path:
    """tests/fixtures/good as data/2024, with a locations file of these lines beside it."""
    folder = tmp_path / "data" / "2024"
    shutil.copytree(GOOD, folder)
    (tmp_path / "data" / name).write_text("\n".join(lines) + "\n", encoding="utf-8")
    return folder


def check_errors(folder: Path, capsys) -> list[str]:
    assert main(["check", str(folder)]) == 1
    return capsys.readouterr().err.splitlines()


def check_output(folder: Path, capsys) -> list[str]:
    assert main(["check", str(folder)]) == 0
    return capsys.readouterr().out.splitlines()


def test_a_locations_file_without_the_name_column_says_which_column_to_rename(tmp_path: Path, capsys) -> None:
    folder = year_with_locations(tmp_path, "locatie;label;type_oko", "Avontuurlijk;Smallsteps B.V.;KDV")
    path = folder.parent / "locaties.csv"
    assert check_errors(folder, capsys)[:3] == [
        "2 fouten in de gegevens:",
        f"{path}, rij 1, kolom 'locatie': onbekende kolomnaam. Oplossing: hernoem de kolom of haal hem weg; de kolommen zijn: "
        "actuele_naam_oko, label, lrk_id, type_oko, aantal_kindplaatsen, opvanglocatie_woonplaats, verantwoordelijke_gemeente, lrk_url.",
        f"{path}, rij 1, kolom 'actuele_naam_oko': de kolom met de naam van de locatie ontbreekt. Oplossing: hernoem de kolom "
        "'locatie' naar 'actuele_naam_oko' (de naam van de kolom in het bestand van het Landelijk Register Kinderopvang).",
    ]


def test_an_unknown_column_gets_a_suggestion_and_lrk_columns_are_left_out_with_a_notice(tmp_path: Path, capsys) -> None:
    folder = year_with_locations(tmp_path, "actuele_naam_oko;label;kindplaatsen;contact_persoon;naam_houder", f"{AVONTUURLIJK};40;Jan;Houder B.V.")
    path = folder.parent / "locaties.csv"
    assert check_errors(folder, capsys)[:2] == [
        "1 fout in de gegevens:",
        f"{path}, rij 1, kolom 'kindplaatsen': onbekende kolomnaam. Oplossing: bedoel je 'aantal_kindplaatsen'? Hernoem de kolom of "
        "haal hem weg; de kolommen zijn: actuele_naam_oko, label, lrk_id, type_oko, aantal_kindplaatsen, opvanglocatie_woonplaats, "
        "verantwoordelijke_gemeente, lrk_url.",
    ]
    (folder.parent / "locaties.csv").write_text(f"actuele_naam_oko;label;contact_persoon;naam_houder\n{AVONTUURLIJK};Jan;Houder B.V.\n", encoding="utf-8")
    output = check_output(folder, capsys)
    assert (
        f"  {path}, rij 1: de kolommen contact_persoon, naam_houder uit het LRK-bestand worden niet gebruikt en niet gepubliceerd. "
        "Oplossing: haal ze weg als je het bestand kleiner wilt hebben."
    ) in output


def test_duplicate_lrk_number_non_numeric_child_places_and_unknown_type_are_errors(tmp_path: Path, capsys) -> None:
    folder = year_with_locations(
        tmp_path,
        HEADER,
        f"{AVONTUURLIJK};123456789;KDV;40;Enschede;Enschede",
        f"{BOOMHUT};123456789;KDX;veertig;Enschede;Enschede",
        f"{CAFE};12345678x;BSO;12,5;Hengelo;Hengelo",
    )
    path = folder.parent / "locaties.csv"
    assert check_errors(folder, capsys) == [
        "5 fouten in de gegevens:",
        f"{path}, rij 3, kolom 'type_oko': onbekende soort opvang 'KDX'. Oplossing: bedoel je 'KDV'? Gebruik een soort uit het LRK: "
        "KDV, BSO, PSZ, VGO of GOB, of laat de cel leeg.",
        f"{path}, rij 3, kolom 'aantal_kindplaatsen': 'veertig' is geen aantal kindplaatsen. Oplossing: schrijf het aantal als een "
        "geheel getal vanaf 1, zoals 40, zonder punt, komma, spaties of tekst; laat de cel leeg als het niet bekend is.",
        f"{path}, rij 3, kolom 'lrk_id': LRK-nummer 123456789 staat ook in rij 2. Oplossing: elke locatie heeft een eigen nummer "
        "in het Landelijk Register Kinderopvang; zoek op welk nummer bij welke locatie hoort.",
        f"{path}, rij 4, kolom 'lrk_id': '12345678x' is geen LRK-nummer. Oplossing: schrijf het registratienummer uit het Landelijk "
        "Register Kinderopvang, alleen cijfers (zoals 123456789), of laat de cel leeg.",
        f"{path}, rij 4, kolom 'aantal_kindplaatsen': '12,5' is geen aantal kindplaatsen. Oplossing: schrijf het aantal als een "
        "geheel getal vanaf 1, zoals 40, zonder punt, komma, spaties of tekst; laat de cel leeg als het niet bekend is.",
        "Er is niets geschreven. Verbeter de fouten en probeer het opnieuw.",
    ]


def test_the_same_location_twice_an_unknown_label_and_a_foreign_address_are_errors(tmp_path: Path, capsys) -> None:
    folder = year_with_locations(
        tmp_path,
        "actuele_naam_oko;label;lrk_url",
        f"{AVONTUURLIJK};https://www.landelijkregisterkinderopvang.nl/pp/#/inzien/oko/gegevens/abc",
        f"{AVONTUURLIJK};",
        "De Boomhut;Partou;https://example.org/",
    )
    path = folder.parent / "locaties.csv"
    assert check_errors(folder, capsys)[:4] == [
        "3 fouten in de gegevens:",
        f"{path}, rij 3, kolom 'actuele_naam_oko': de locatie 'Avontuurlijk' met label 'Smallsteps B.V.' staat ook in rij 2. "
        "Oplossing: houd één rij per locatie over (naam en label), met de gegevens die kloppen.",
        f"{path}, rij 4, kolom 'label': onbekend label 'Partou'. Oplossing: bedoel je 'Partou B.V.'? Gebruik een label uit "
        "verslag.yaml onder 'labels' (Partou B.V., Smallsteps B.V.) of laat de cel leeg.",
        f"{path}, rij 4, kolom 'lrk_url': dit is geen adres in het Landelijk Register Kinderopvang. Oplossing: neem het adres over "
        "uit de kolom lrk_url van het LRK-bestand (het begint met https://www.landelijkregisterkinderopvang.nl/), of laat de cel leeg.",
    ]


def test_a_year_with_labels_needs_the_label_column(tmp_path: Path, capsys) -> None:
    folder = year_with_locations(tmp_path, "actuele_naam_oko;type_oko", "Avontuurlijk;KDV")
    path = folder.parent / "locaties.csv"
    assert check_errors(folder, capsys)[:2] == [
        "1 fout in de gegevens:",
        f"{path}, rij 1, kolom 'label': verplichte kolom ontbreekt: dit jaar heeft labels. Oplossing: voeg de kolom 'label' toe met "
        "het label van elke locatie, precies zoals in de klachten (leeg voor een locatie zonder label).",
    ]


def test_unmatched_names_are_notices_with_a_suggestion_never_a_match(tmp_path: Path, capsys) -> None:
    folder = year_with_locations(tmp_path, HEADER, f"{AVONTUURLIJK};1;KDV;40;Enschede;Enschede", "De Boomhutt;Partou B.V.;2;BSO;20;Hengelo;Hengelo")
    path = folder.parent / "locaties.csv"
    output = check_output(folder, capsys)
    assert (
        f"  {path}, kolom 'actuele_naam_oko': de locatie 'De Boomhut' met label 'Partou B.V.' heeft klachten in 2024, maar geen rij "
        "in locaties.csv. Oplossing: bedoel je 'De Boomhutt'? Maak de namen dan precies gelijk; de site koppelt alleen gelijke namen. "
        "Anders: zet de naam precies zo in de kolom actuele_naam_oko als je bij deze locatie plaats, soort opvang of kindplaatsen wilt tonen."
    ) in output
    assert (
        f"  {path}, rij 3, kolom 'actuele_naam_oko': de locatie 'De Boomhutt' heeft geen klachten in 2024. Oplossing: bedoel je "
        "'De Boomhut'? Maak de namen dan precies gelijk; de site koppelt alleen gelijke namen. Anders: dat kan kloppen; de locatie "
        "staat dan wel bij haar plaats en gemeente, met 0 klachten."
    ) in output
    year = load_year(folder)
    boomhut = next(location for location in year.locations if location.name == "De Boomhut")
    assert year.register.of(boomhut) is None
    assert [entry.complaints for entry in year.register.entries] == [2, 0]


def test_a_workbook_is_read_like_a_csv_file(tmp_path: Path) -> None:
    openpyxl = pytest.importorskip("openpyxl")
    folder = year_with_locations(tmp_path, "unused")
    (folder.parent / "locaties.csv").unlink()
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(HEADER.split(";"))
    sheet.append(["Avontuurlijk", "Smallsteps B.V.", 123456789, "bso", 40, "Enschede", "Enschede"])
    workbook.save(folder.parent / "locaties.xlsx")
    record = load_dataset(folder).locations.records[0]
    assert (record.lrk_number, record.care_type, record.child_places, record.place) == ("123456789", "BSO", 40, "Enschede")


def test_the_rate_counts_every_location_with_known_child_places(tmp_path: Path) -> None:
    folder = year_with_locations(
        tmp_path, HEADER, f"{AVONTUURLIJK};1;KDV;40;Enschede;Enschede", f"{BOOMHUT};2;BSO;;Enschede;Enschede", "Nieuw;Partou B.V.;3;BSO;60;Hengelo;Hengelo"
    )
    year = load_year(folder)
    avontuurlijk = next(location for location in year.locations if location.name == "Avontuurlijk")
    # Avontuurlijk has 2 complaints in 40 places; Nieuw none in 60; De Boomhut has no places.
    assert len(avontuurlijk.complaints) == 2
    assert (year.register.rate.complaints, year.register.rate.child_places, year.register.rate.locations) == (2, 100, 2)
    assert year.register.rate.per_100_places_text == "2,0"
    assert year.register.of(avontuurlijk).per_100_places_text == "5,0"
    assert [(group.name, [entry.record.name for entry in group.entries]) for group in year.register.municipalities] == [
        ("Enschede", ["Avontuurlijk", "De Boomhut"]),
        ("Hengelo", ["Nieuw"]),
    ]


def test_the_downloads_carry_the_locations_and_validate(tmp_path: Path, capsys) -> None:
    folder = year_with_locations(tmp_path, HEADER, f"{AVONTUURLIJK};1;KDV;40;Enschede;Enschede", "Nieuw;Partou B.V.;3;BSO;60;Hengelo;Hengelo")
    files = render_docs(load_year(folder))
    site = tmp_path / "site"
    for path, text in files.items():
        (site / path).parent.mkdir(parents=True, exist_ok=True)
        (site / path).write_text(text, encoding="utf-8")
    report = validate(str(site / "data" / "datapackage.json"))
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])
    assert [resource["name"] for resource in json.loads(files["data/datapackage.json"])["resources"]] == ["klachten", "geschillen", "locaties"]
    assert files["gemeenten/enschede.csv"].splitlines()[1] == (
        "Enschede;Enschede;Avontuurlijk;Smallsteps B.V.;1;KDV;40;2;5,0;locaties/avontuurlijk/"
    )
    # The published locations file is a locations file again, with the same records.
    again = tmp_path / "again" / "data"
    shutil.copytree(folder, again / "2024")
    shutil.copy(site / "data" / "locaties.csv", again / "locaties.csv")
    assert load_dataset(again / "2024").locations.records[0].key == load_dataset(folder).locations.records[0].key
    assert sorted(record.key for record in load_dataset(again / "2024").locations.records) == sorted(
        record.key for record in load_dataset(folder).locations.records
    )


def test_the_privacy_check_reads_the_names_and_places_of_the_locations_file(tmp_path: Path) -> None:
    folder = year_with_locations(tmp_path, "actuele_naam_oko;label;opvanglocatie_woonplaats", "Gastouder Marieke;;Bel 06-12345678")
    findings = review_privacy(load_dataset(folder)).unreviewed
    path = folder.parent / "locaties.csv"
    assert [(finding.file, finding.row, finding.column, finding.text) for finding in findings] == [
        (path, 2, "actuele_naam_oko", "Marieke"),
        (path, 2, "opvanglocatie_woonplaats", "06-12345678"),
    ]
    # A name is reviewed whole, as the check prints it (also a place or a municipality).
    assert [finding.reviewed_text for finding in findings] == ["Gastouder Marieke", "Bel 06-12345678"]
    (folder / "privacy-toegestaan.yaml").write_text(
        "toegestaan:\n"
        "  - tekst: Gastouder Marieke\n    bestand: ../locaties.csv\n    rij: 2\n    reden: proef\n"
        "  - tekst: Bel 06-12345678\n    bestand: ../locaties.csv\n    reden: proef\n",
        encoding="utf-8",
    )
    assert review_privacy(load_dataset(folder)).unreviewed == ()


def test_mkdocs_serve_loads_the_year_again_when_the_locations_file_changes(tmp_path: Path) -> None:
    from generator.view.load import sites_folders_state

    folder = year_with_locations(tmp_path, "actuele_naam_oko;label", f"{AVONTUURLIJK}")
    before = sites_folders_state([folder])
    (folder.parent / "locaties.csv").write_text(f"actuele_naam_oko;label\n{AVONTUURLIJK}\n{BOOMHUT}\n", encoding="utf-8")
    assert sites_folders_state([folder]) != before
