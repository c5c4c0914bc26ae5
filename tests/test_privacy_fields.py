"""Personal data planted in any published field is found by `check` and blocks the build: every
column of the tables that reaches the site, every text of verslag.yaml, and the Markdown texts.
And the detector classes of issue 11: phone numbers in groups, written-out e-mail addresses, names
after a title in lower case or capitals, and a bare date that can only be a birth date."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from generator.cli import main
from generator.privacy import PrivacyNotReviewed
from generator.privacy.birth_dates import bare_birth_dates
from generator.privacy.contact import find_email_addresses, find_phone_numbers
from generator.privacy.names import NameFinder
from generator.privacy.scan import known_terms
from generator.view.load import load_year
from test_hostile_input import GOOD, replace_in, set_cell


def both(*plants: Callable[[Path], None]) -> Callable[[Path], None]:
    def plant(folder: Path) -> None:
        for one in plants:
            one(folder)

    return plant


def cell(file: str, row: int, column: str, value: str) -> Callable[[Path], None]:
    return lambda folder: set_cell(folder, file, row, column, value)


def yaml_line(old: str, new: str) -> Callable[[Path], None]:
    return replace_in("verslag.yaml", old.encode(), new.encode())


def replace_all(file: str, old: str, new: str) -> Callable[[Path], None]:
    def plant(folder: Path) -> None:
        path = folder / file
        path.write_text(path.read_text(encoding="utf-8").replace(old, new), encoding="utf-8")

    return plant


def text(file: str, content: str) -> Callable[[Path], None]:
    def plant(folder: Path) -> None:
        (folder / file).parent.mkdir(parents=True, exist_ok=True)
        (folder / file).write_text(content, encoding="utf-8")

    return plant


FIELDS = [
    ("klachten.locatie", cell("klachten.csv", 3, "locatie", "Gastouderopvang Petra de Wit"), "klachten.csv, rij 3 (volgnummer 2), kolom 'locatie': mogelijke naam 'Petra de Wit'"),
    (
        "klachten.label",
        both(replace_all("klachten.csv", "Partou B.V.", "Gastouder Karin B.V."), yaml_line("  Partou B.V.: Partou", "  Gastouder Karin B.V.: Partou")),
        "klachten.csv, rij 3 (volgnummer 2), kolom 'label': mogelijke naam 'Karin B'",
    ),
    ("klachten.omschrijving", cell("klachten.csv", 2, "omschrijving", "Bel ouder op 06 - 12 34 56 78."), "klachten.csv, rij 2 (volgnummer 1), kolom 'omschrijving': telefoonnummer '06 - 12 34 56 78'"),
    ("klachten.oplossing", cell("klachten.csv", 2, "oplossing", "Gesprek gehad met juf sanne."), "klachten.csv, rij 2 (volgnummer 1), kolom 'oplossing': naam met aanspreekvorm 'juf sanne'"),
    ("geschillen.entiteit", cell("geschillen.csv", 2, "entiteit", "Gastouderbureau Truus"), "geschillen.csv, rij 2, kolom 'entiteit': mogelijke naam 'Truus'"),
    ("geschillen.zaaknummer", cell("geschillen.csv", 2, "zaaknummer", "0201234567"), "geschillen.csv, rij 2, kolom 'zaaknummer': telefoonnummer '0201234567'"),
    ("geschillen.uitspraak", cell("geschillen.csv", 3, "uitspraak", "Mail ouder via ouder [at] voorbeeld [dot] nl."), "geschillen.csv, rij 3, kolom 'uitspraak': e-mailadres 'ouder [at] voorbeeld [dot] nl'"),
    ("verslag.organisatie", yaml_line("organisatie: Partou kinderopvang", "organisatie: Kinderopvang Henk"), "verslag.yaml, rij 1, kolom 'organisatie': mogelijke naam 'Henk'"),
    ("verslag.titel", yaml_line("titel: Klachtenjaarverslag Partou", "titel: Klachten van MEVROUW JANSEN bij Partou"), "verslag.yaml, rij 3, kolom 'titel': naam met aanspreekvorm 'MEVROUW JANSEN'"),
    ("verslag.versie", yaml_line("versie: '1.1'", "versie: '1.1 (tel. 020 123 45 67)'"), "verslag.yaml, rij 4, kolom 'versie': telefoonnummer '020 123 45 67'"),
    ("verslag.auteur", yaml_line("auteur: Partou kinderopvang, klachtencoördinatie", "auteur: Anna de Vries"), "verslag.yaml, rij 6, kolom 'auteur': mogelijke naam 'Anna de Vries'"),
    ("verslag.bron", yaml_line("bron: ../bron/", "bron: ../bron/j.jansen@voorbeeld.nl/"), "verslag.yaml, rij 7, kolom 'bron': e-mailadres 'j.jansen@voorbeeld.nl'"),
    ("verslag.labels", yaml_line("  Smallsteps B.V.: Smallsteps", "  Smallsteps B.V.: Smallsteps (Ingrid Smit)"), "verslag.yaml, rij 12, kolom 'labels.Smallsteps B.V.': mogelijke naam 'Ingrid Smit'"),
    ("tekst.voorwoord", text("tekst/voorwoord.md", "# Voorwoord\n\nKind van 14-02-2019 bleef thuis.\n"), "tekst/voorwoord.md, rij 3: geboortedatum '14-02-2019'"),
    ("tekst.categorie", text("tekst/categorie/communicatie.md", "Geld terug op NL91ABNA0417164300.\n"), "tekst/categorie/communicatie.md, rij 1: rekeningnummer (IBAN) 'NL91ABNA0417164300'"),
]


@pytest.mark.parametrize("plant, expected", [(plant, expected) for _, plant, expected in FIELDS], ids=[name for name, _, _ in FIELDS])
def test_planted_personal_data_is_found_by_check_and_blocks_the_build(plant, expected: str, tmp_path: Path, capsys) -> None:
    folder = tmp_path / "2024"
    shutil.copytree(GOOD, folder)
    plant(folder)

    assert main(["check", str(folder)]) == 1
    lines = capsys.readouterr().err.splitlines()
    assert lines[0].startswith("fout: ") and "van de privacycontrole" in lines[0]
    assert any(line.startswith(f"{folder}/{expected}") for line in lines), lines
    with pytest.raises(PrivacyNotReviewed):
        load_year(folder)


@pytest.fixture(scope="module")
def names() -> NameFinder:
    from generator.dataset.dataset import load_dataset

    return NameFinder(known_terms(load_dataset(GOOD)))


@pytest.mark.parametrize(
    "text, found",
    [
        ("Bel 06 12 34 56 78.", "06 12 34 56 78"),
        ("Bel 06.12.34.56.78.", "06.12.34.56.78"),
        ("Bel 020 - 123 45 67 terug.", "020 - 123 45 67"),
        ("Bel +31 (0)6 1234 5678.", "+31 (0)6 1234 5678"),
        ("Bel 0031 20 123 45 67.", "0031 20 123 45 67"),
        ("Bel 06/12345678.", "06/12345678"),
    ],
)
def test_phone_numbers_in_groups(text: str, found: str) -> None:
    assert [text[hit.start : hit.end] for hit in find_phone_numbers(text)] == [found]


@pytest.mark.parametrize("text", ["Op 06-12-2024 12:00 uur gebeld.", "Zaak 635130 en 801846.", "Bedrag 1.234.567,89 euro.", "Om 12-03-2024 14.30 uur."])
def test_dates_amounts_and_case_numbers_are_no_phone_numbers(text: str) -> None:
    assert list(find_phone_numbers(text)) == []


@pytest.mark.parametrize(
    "text, found",
    [
        ("Mail naar anna at partou dot nl.", "anna at partou dot nl"),
        ("Mail naar anna[at]partou[dot]nl.", "anna[at]partou[dot]nl"),
        ("Mail naar anna (at) partou.nl.", "anna (at) partou.nl"),
        ("Mail naar anna @ partou . nl.", "anna @ partou . nl"),
        ("Mail naar ANNA AT GMAIL DOT COM.", "ANNA AT GMAIL DOT COM"),
    ],
)
def test_written_out_email_addresses(text: str, found: str) -> None:
    assert [text[hit.start : hit.end] for hit in find_email_addresses(text)] == [found]


def test_at_as_a_word_is_no_email_address() -> None:
    assert list(find_email_addresses("Het kind was at home en keek naar partou.nl.")) == []


@pytest.mark.parametrize(
    "text, found",
    [
        ("Ouder sprak met juf sanne.", ["juf sanne"]),
        ("Ouder sprak met JUF ANNA.", ["JUF ANNA"]),
        ("Ouder sprak met meester bas.", ["meester bas"]),
        ("Ouder sprak met mevrouw jansen.", ["mevrouw jansen"]),
        ("De juf heeft gebeld en de meester ook.", []),
        ("Gebeld door de juf van school.", []),
    ],
)
def test_names_after_a_title_in_lower_case_or_capitals(names: NameFinder, text: str, found: list[str]) -> None:
    assert [text[hit.start : hit.end] for hit in names.addressed_names(text)] == found


@pytest.mark.parametrize(
    "text, found",
    [
        ("Kind 12-03-2019 bleef thuis.", ["12-03-2019"]),
        ("Op 3 mei 2020 begonnen.", ["3 mei 2020"]),
        ("2019-05-03", ["2019-05-03"]),
        ("12-03-2024", ["12-03-2024"]),
        ("Op 12-03-2024 was de groep dicht.", []),
        ("Sinds 1-9-2023 anders geregeld.", []),
    ],
)
def test_a_bare_date_that_can_only_be_a_birth_date(text: str, found: list[str]) -> None:
    assert [text[hit.start : hit.end] for hit in bare_birth_dates(2024)(text)] == found


@pytest.mark.parametrize(
    "text, found",
    [
        ("Mail naar anja(a)gmail.com graag.", "anja(a)gmail.com"),
        ("Mail naar anja[a]gmail.com graag.", "anja[a]gmail.com"),
        ("Mail naar anja＠gmail.com graag.", "anja＠gmail.com"),
        ("Mail naar anja﹫gmail.com graag.", "anja﹫gmail.com"),
        ("Mail naar anja@gmail．com graag.", "anja@gmail．com"),
        ("Mail naar anja\u200b@gmail.com graag.", "anja\u200b@gmail.com"),
        ("Mail naar ａｎｊａ＠ｇｍａｉｌ．ｃｏｍ graag.", "ａｎｊａ＠ｇｍａｉｌ．ｃｏｍ"),
        ("Bel ０６-１２３４５６７８ terug.", "０６-１２３４５６７８"),
        ("Bel 06\u200b-12345678 terug.", "06\u200b-12345678"),
        ("Gesprek met juf An\u00adna gehad.", "juf An\u00adna"),
        ("Gesprek met ｊｕｆ ｓａｎｎｅ gehad.", "ｊｕｆ ｓａｎｎｅ"),
    ],
)
def test_personal_data_written_in_other_characters_is_found_as_it_is_written(text: str, found: str) -> None:
    from generator.privacy.finding import TextField
    from generator.privacy.names import KnownTerms
    from generator.privacy.scan import make_detectors, scan_field

    detectors = make_detectors(KnownTerms(frozenset(), ()), 2024)

    assert [finding.text for finding in scan_field(TextField(Path("klachten.csv"), 2, "omschrijving", text), detectors)] == [found]
