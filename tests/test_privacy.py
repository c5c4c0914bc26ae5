"""The privacy check before publishing: what each detector finds, the allow-list, the real 2024
data, and `check` and `build` refusing unreviewed findings (the plugin: tests/test_mkdocs_plugin.py)."""

from __future__ import annotations

import csv
import io
import shutil
from pathlib import Path

import pytest

from generator.cli import main
from generator.dataset import load_dataset
from generator.privacy import PrivacyNotReviewed, review_privacy, scan_dataset
from generator.privacy.address import find_addresses
from generator.privacy.birth_dates import find_birth_dates
from generator.privacy.contact import find_email_addresses, find_phone_numbers
from generator.privacy.finding import context
from generator.privacy.names import KnownTerms, NameFinder
from generator.privacy.numbers import find_bsn, find_iban, has_valid_iban_checksum, passes_eleven_test
from generator.privacy.sentences import sentence_starts
from generator.site.generate import render_docs
from generator.view.load import load_year

ROOT = Path(__file__).resolve().parents[1]
GOOD = ROOT / "tests" / "fixtures" / "good"


def found(detector, text: str) -> list[str]:
    return [text[hit.start : hit.end] for hit in detector(text)]


# --- Detectors ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "number",
    [
        "06-12345678",
        "06 12345678",
        "0612345678",
        "06 12 34 56 78",
        "020-1234567",
        "020 123 4567",
        "(020) 1234567",
        "0174-123456",
        "+31 6 12345678",
        "+31612345678",
        "+31 (0)20 1234567",
        "0031 6 12345678",
    ],
)
def test_dutch_phone_numbers_in_every_usual_spelling(number: str) -> None:
    assert found(find_phone_numbers, f"Ouder vraagt terug te bellen op {number} na vijf uur.") == [number]


@pytest.mark.parametrize(
    "text",
    ["Op 06-12-2024 12:00 ging de deur dicht.", "In 2024 73.190 kinderen.", "Zaaknummer 635130.", "Om 07.30 uur open.", "Bel 0800-1234."],
)
def test_dates_figures_and_short_numbers_are_no_phone_numbers(text: str) -> None:
    assert found(find_phone_numbers, text) == []


def test_email_address_without_the_full_stop_after_it() -> None:
    assert found(find_email_addresses, "Mail naar j.de-vries+klacht@example.nl.") == ["j.de-vries+klacht@example.nl"]


def test_bsn_only_when_it_passes_the_eleven_test() -> None:
    assert passes_eleven_test("111222333")
    assert not passes_eleven_test("123456789")
    assert not passes_eleven_test("000000000")
    text = "BSN 111222333, 1112.22.333 of 111 222 333; niet 123456789 en niet het bedrag 111.222.333,00."
    assert found(find_bsn, text) == ["111222333", "1112.22.333", "111 222 333"]


def test_iban_with_or_without_spaces_only_with_a_valid_checksum() -> None:
    assert has_valid_iban_checksum("NL91ABNA0417164300")
    assert not has_valid_iban_checksum("NL91ABNA0417164301")
    text = "Op NL91ABNA0417164300 of NL91 ABNA 0417 1643 00 of BE68 5390 0754 7034, niet op NL91ABNA0417164301."
    assert found(find_iban, text) == ["NL91ABNA0417164300", "NL91 ABNA 0417 1643 00", "BE68 5390 0754 7034"]


def test_postcode_with_house_number_before_or_after_it() -> None:
    text = "Ouder woont op 1234 AB 12, eerder op 1234AB 12a en daarvoor Kerkstraat 12, 2345 CD. Alleen 3456 EF is geen adres."
    assert found(find_addresses, text) == ["1234 AB 12", "1234AB 12a", "12, 2345 CD"]


def test_dates_only_next_to_a_birth_word() -> None:
    text = (
        "Kind is geboren op 12-03-2021. Geboortedatum: 3 mei 2020. geb. 2021-03-12. Kind was jarig op 4 juni. Geb. 5 okt. 2019. "
        "Op 26-02 was de groep dicht. Vanaf 1 oktober 2024 is er een nieuw rooster. Het broertje is geboren in 2021."
    )
    assert found(find_birth_dates, text) == ["12-03-2021", "3 mei 2020", "2021-03-12", "4 juni", "5 okt. 2019"]


NAMES = NameFinder(KnownTerms(words=frozenset({"Belastingdienst", "Partou"}), phrases=("De Boomhut",)))


def test_title_with_a_capitalised_name() -> None:
    text = "Ouder sprak juf Anna, Mevrouw de Vries, dhr. J. Jansen en meneer Van den Berg; niet de juf van de groep of van De Boomhut."
    assert found(NAMES.titled_names, text) == ["juf Anna", "Mevrouw de Vries", "dhr. J. Jansen", "meneer Van den Berg"]


def test_capitalised_words_in_the_middle_of_a_sentence_that_are_not_known() -> None:
    text = (
        "Ouder sprak met Sandra over de planning. Anna de Vries belde de Belastingdienst over Partou. "
        "Afspraken: - De bosjes worden gesnoeid. Op De Boomhut is de Customer Support gebeld."
    )
    assert found(NAMES.possible_names, text) == ["Sandra", "Anna de Vries", "Customer Support"]


def test_sentences_start_after_a_full_stop_a_line_break_or_a_list_marker_but_not_after_an_abbreviation() -> None:
    text = "Kind wilde niet wennen.De groep was vol. Dit is o.a. Anna – en Bas – gezegd:\n- Afspraak een * Tweede"
    assert [text[start:].split()[0] for start in sorted(sentence_starts(text))] == ["Kind", "De", "Dit", "Afspraak", "Tweede"]


def test_context_is_cut_at_whole_words() -> None:
    text = "Ouder geeft aan dat de pedagogisch medewerker het kind niet heeft gezien en belde daarom 06-12345678 om het te melden aan de locatiemanager van de groep."
    start = text.index("06")
    assert context(text, start, start + 11) == "…kind niet heeft gezien en belde daarom 06-12345678 om het te melden aan de locatiemanager…"


# --- A year folder with personal data planted in it --------------------------------------------


@pytest.fixture
def year(tmp_path: Path) -> Path:
    folder = tmp_path / "2024"
    shutil.copytree(GOOD, folder)
    return folder


def set_cell(path: Path, row: int, column: str, text: str) -> None:
    """Change one cell of a CSV file; row as a spreadsheet counts (header = 1)."""
    rows = list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8"))))
    rows[row - 2][column] = text
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=list(rows[0]), lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    path.write_text(buffer.getvalue(), encoding="utf-8")


def plant_one_of_each(year: Path) -> None:
    set_cell(year / "klachten.csv", 2, "omschrijving", "Ouder wil teruggebeld worden op 06-12345678 of gemaild op ouder@example.nl.")
    set_cell(year / "klachten.csv", 3, "oplossing", "Juf Anna heeft met Sandra gesproken.")
    set_cell(year / "klachten.csv", 4, "omschrijving", "Terugbetalen op NL91 ABNA 0417 1643 00, BSN 111222333.")
    set_cell(year / "klachten.csv", 5, "oplossing", "Kind is geboren op 12-03-2021 en woont op 1234 AB 12.")
    set_cell(year / "geschillen.csv", 3, "uitspraak", "Mevrouw de Vries kreeg geen uitspraak.")
    (year / "tekst" / "voorwoord.md").write_text("# Voorwoord\n\nIn 2024 ontvingen we vijf klachten.\nVragen: klachten@example.nl\n", encoding="utf-8")


def test_every_kind_planted_is_found_with_file_row_column_and_context(year: Path) -> None:
    plant_one_of_each(year)

    findings = [str(finding) for finding in scan_dataset(load_dataset(year))]

    complaints, disputes, foreword = year / "klachten.csv", year / "geschillen.csv", year / "tekst" / "voorwoord.md"
    assert findings == [
        f"{complaints}, rij 2 (volgnummer 1), kolom 'omschrijving': telefoonnummer '06-12345678' in "
        '"Ouder wil teruggebeld worden op 06-12345678 of gemaild op ouder@example.nl."',
        f"{complaints}, rij 2 (volgnummer 1), kolom 'omschrijving': e-mailadres 'ouder@example.nl' in "
        '"…worden op 06-12345678 of gemaild op ouder@example.nl."',
        f"{complaints}, rij 3 (volgnummer 2), kolom 'oplossing': naam met aanspreekvorm 'Juf Anna' in \"Juf Anna heeft met Sandra gesproken.\"",
        f"{complaints}, rij 3 (volgnummer 2), kolom 'oplossing': mogelijke naam 'Sandra' in \"Juf Anna heeft met Sandra gesproken.\"",
        f"{complaints}, rij 4 (volgnummer 3), kolom 'omschrijving': rekeningnummer (IBAN) 'NL91 ABNA 0417 1643 00' in "
        '"Terugbetalen op NL91 ABNA 0417 1643 00, BSN 111222333."',
        f"{complaints}, rij 4 (volgnummer 3), kolom 'omschrijving': burgerservicenummer '111222333' in "
        '"…op NL91 ABNA 0417 1643 00, BSN 111222333."',
        f"{complaints}, rij 5 (volgnummer 4), kolom 'oplossing': geboortedatum '12-03-2021' in \"Kind is geboren op 12-03-2021 en woont op 1234 AB 12.\"",
        f"{complaints}, rij 5 (volgnummer 4), kolom 'oplossing': postcode met huisnummer '1234 AB 12' in "
        '"…is geboren op 12-03-2021 en woont op 1234 AB 12."',
        f"{disputes}, rij 3, kolom 'uitspraak': naam met aanspreekvorm 'Mevrouw de Vries' in \"Mevrouw de Vries kreeg geen uitspraak.\"",
        f"{foreword}, rij 4: e-mailadres 'klachten@example.nl' in \"Vragen: klachten@example.nl\"",
    ]


def test_the_good_fixture_has_no_findings() -> None:
    assert scan_dataset(load_dataset(GOOD)) == []


def test_locations_labels_and_categories_of_the_data_are_no_names(year: Path) -> None:
    set_cell(year / "klachten.csv", 2, "omschrijving", "Ouder wil naar Kindercentrum Café of De Boomhut van Smallsteps, over Communicatie.")

    assert scan_dataset(load_dataset(year)) == []


# A name inside a known name (an entity, a location, the organisation) stays a name elsewhere:
# only the whole known name, where it stands, is known.
KNOWN_NAME = "Gastouderbureau Petra Jansen"


def plant_known_name(year: Path, where: str) -> None:
    if where == "entiteit":
        set_cell(year / "geschillen.csv", 2, "entiteit", KNOWN_NAME)
    elif where == "locatie":
        set_cell(year / "klachten.csv", 2, "locatie", KNOWN_NAME)
    else:
        report = year / "verslag.yaml"
        report.write_text(report.read_text(encoding="utf-8").replace("organisatie: Partou kinderopvang", f"organisatie: {KNOWN_NAME}"), encoding="utf-8")


@pytest.mark.parametrize("where", ["entiteit", "locatie", "organisatie"])
@pytest.mark.parametrize(
    "text, names",
    [
        ("Mevrouw Jansen van de groep heeft gebeld.", ["Mevrouw Jansen"]),
        ("Ouder sprak met juf Petra over het wennen.", ["juf Petra"]),
        ("Mevr. Jansen heeft gebeld.", ["Mevr. Jansen"]),
        ("Ouder heeft gebeld. Locatiemanager Petra heeft gebeld.", ["Locatiemanager Petra"]),
        ("Ouder sprak met Jansen en met Petra.", ["Jansen", "Petra"]),
        ("Ouder heeft Gastouderbureau Petra Jansen gebeld; de juf van Gastouderbureau Petra Jansen ook.", []),
    ],
)
def test_a_name_inside_a_known_name_is_still_a_name_elsewhere(year: Path, where: str, text: str, names: list[str]) -> None:
    plant_known_name(year, where)
    set_cell(year / "klachten.csv", 3, "oplossing", text)

    findings = scan_dataset(load_dataset(year))

    assert [finding.text for finding in findings if finding.column == "oplossing"] == names


def test_a_title_before_a_known_name_is_a_name_unless_it_is_a_role_at_that_place() -> None:
    names = NameFinder(KnownTerms(words=frozenset(), phrases=("Jansen", "De Boomhut", "Anna")))
    text = "Mevrouw Jansen belde. De juf van De Boomhut belde. Ouder sprak met juf De Boomhut. Ouder sprak met Anna en met Jansen."

    assert found(names.titled_names, text) == ["Mevrouw Jansen", "juf De Boomhut"]
    # A known name that is one first name alone knows nobody.
    assert found(names.possible_names, text) == ["Anna"]


# --- The allow-list ------------------------------------------------------------------------------


def test_the_allow_list_accepts_exactly_the_listed_findings(year: Path) -> None:
    set_cell(year / "klachten.csv", 2, "omschrijving", "Ouder sprak met Sandra en met Konnect.")
    set_cell(year / "klachten.csv", 3, "omschrijving", "Ouder sprak met Sandra.")
    (year / "privacy-toegestaan.yaml").write_text(
        "toegestaan:\n"
        "  - tekst: Konnect\n"
        "    reden: De app van de organisatie.\n"
        "  - tekst: Sandra\n"
        "    bestand: klachten.csv\n"
        "    rij: 2\n"
        "    kolom: omschrijving\n"
        "    reden: Nagekeken.\n"
        "  - tekst: Sandra\n"
        "    bestand: klachten.csv\n"
        "    rij: 3\n"
        "    kolom: oplossing\n"
        "    reden: Staat in een andere kolom.\n",
        encoding="utf-8",
    )

    review = review_privacy(load_dataset(year))

    assert [finding.text for finding in review.findings] == ["Sandra", "Konnect", "Sandra"]
    assert [str(finding) for finding in review.unreviewed] == [
        f"{year / 'klachten.csv'}, rij 3 (volgnummer 2), kolom 'omschrijving': mogelijke naam 'Sandra' in \"Ouder sprak met Sandra.\""
    ]
    assert [str(problem) for problem in review.unused] == [
        f"{year / 'privacy-toegestaan.yaml'}, rij 9: 'Sandra' staat in de lijst, maar de privacycontrole vindt het niet (meer). "
        "Oplossing: haal het weg uit de lijst, of controleer tekst, bestand, rij en kolom."
    ]


@pytest.mark.parametrize(
    "file, column, reviewed, new_name",
    [
        ("klachten.csv", "locatie", "Woeste Willem", "Gastouderopvang bij Willem"),
        ("klachten.csv", "locatie", "Tante Toos", "Gastouder Toos"),
        ("geschillen.csv", "entiteit", "Gastouderbureau Anja Smit", "Gastouderbureau Anja"),
    ],
)
def test_a_reviewed_name_accepts_only_itself_not_another_name_with_the_same_first_name(
    year: Path, file: str, column: str, reviewed: str, new_name: str
) -> None:
    set_cell(year / file, 2, column, reviewed)
    set_cell(year / file, 3, column, new_name)
    (year / "privacy-toegestaan.yaml").write_text(
        f"toegestaan:\n  - tekst: {reviewed}\n    bestand: {file}\n    kolom: {column}\n    reden: Nagekeken, de naam van een kindercentrum.\n",
        encoding="utf-8",
    )

    review = review_privacy(load_dataset(year))

    assert [(finding.row, finding.reviewed_text) for finding in review.findings if finding.column == column] == [(2, reviewed), (3, new_name)]
    assert [(finding.row, finding.reviewed_text) for finding in review.unreviewed] == [(3, new_name)]
    assert review.unused == ()


def test_an_entry_for_a_part_of_a_name_accepts_nothing(year: Path) -> None:
    set_cell(year / "klachten.csv", 2, "locatie", "Woeste Willem")
    (year / "privacy-toegestaan.yaml").write_text(
        "toegestaan:\n  - tekst: Willem\n    bestand: klachten.csv\n    kolom: locatie\n    reden: Uit 'Woeste Willem'.\n", encoding="utf-8"
    )

    review = review_privacy(load_dataset(year))

    assert [str(finding) for finding in review.unreviewed] == [
        f"{year / 'klachten.csv'}, rij 2 (volgnummer 1), kolom 'locatie': mogelijke naam 'Willem' in \"Woeste Willem\""
    ]
    assert [problem.message for problem in review.unused] == ["'Willem' staat in de lijst, maar de privacycontrole vindt het niet (meer)"]


@pytest.mark.parametrize(
    "entry",
    [
        "  - tekst: Willem\n",
        "  - tekst: Willem\n    bestand: klachten.csv\n    kolom: omschrijving\n",
        "  - tekst: Ouder sprak met Anja de Vries\n    kolom: oplossing\n",
    ],
)
def test_an_entry_with_a_first_name_and_no_row_is_refused(year: Path, entry: str, capsys) -> None:
    (year / "privacy-toegestaan.yaml").write_text(f"toegestaan:\n{entry}    reden: Nagekeken.\n", encoding="utf-8")

    assert main(["check", str(year)]) == 1

    name = "Willem" if "Willem" in entry else "Anja"
    text = "Willem" if "Willem" in entry else "Ouder sprak met Anja de Vries"
    assert capsys.readouterr().err.splitlines()[:2] == [
        "1 fout in de gegevens:",
        f"{year / 'privacy-toegestaan.yaml'}, rij 2, kolom 'toegestaan[1].tekst': '{text}' bevat de voornaam {name}; zonder rij zou deze regel "
        f"elke {name} overal toestaan. Oplossing: geef bestand en rij van de vondst op (en de kolom), zoals de controle ze noemt; voor een naam "
        "van een locatie, label of entiteit: de hele naam met kolom: locatie, label of entiteit.",
    ]


def test_in_the_2024_data_a_new_location_named_after_a_reviewed_first_name_is_a_new_finding(tmp_path: Path) -> None:
    year = tmp_path / "2024"
    shutil.copytree(ROOT / "data" / "2024", year)
    set_cell(year / "klachten.csv", 2, "locatie", "Gastouderopvang bij Willem")
    set_cell(year / "klachten.csv", 3, "locatie", "Gastouder Toos")

    review = review_privacy(load_dataset(year))

    assert [(finding.row, finding.text, finding.reviewed_text) for finding in review.unreviewed] == [
        (2, "Willem", "Gastouderopvang bij Willem"),
        (3, "Toos", "Gastouder Toos"),
    ]


def test_the_2024_data_has_no_unreviewed_finding_and_no_unused_entry() -> None:
    review = review_privacy(load_dataset(ROOT / "data" / "2024"))

    assert [str(finding) for finding in review.unreviewed] == []
    assert [str(problem) for problem in review.unused] == []
    assert len(review.findings) == 88


# --- check, build and the hook -------------------------------------------------------------------


def hint_lines(year: Path) -> list[str]:
    return [
        "Oplossing: lees elke vondst na in de tekst eromheen. Gaat het om een persoon, haal het dan weg uit de gegevens: "
        "een oordeel mag niet naar een persoon te herleiden zijn (Wet kinderopvang, artikel 1.57b). "
        f"Gaat het niet om een persoon, zet het dan met de reden in {year / 'privacy-toegestaan.yaml'}, bijvoorbeeld:",
        "toegestaan:",
        "  - tekst: 'Sandra'",
        "    bestand: klachten.csv",
        "    rij: 2",
        "    kolom: omschrijving",
        "    reden: waarom dit niemand aanwijst",
    ]


def test_check_lists_unreviewed_findings_with_a_hint_and_exits_1(year: Path, capsys) -> None:
    set_cell(year / "klachten.csv", 2, "omschrijving", "Ouder sprak met Sandra.")
    set_cell(year / "klachten.csv", 3, "omschrijving", "Bel 06-12345678.")

    assert main(["check", str(year)]) == 1

    captured = capsys.readouterr()
    assert captured.err.splitlines() == [
        "fout: 2 vondsten van de privacycontrole zijn nog niet nagekeken:",
        f"{year / 'klachten.csv'}, rij 2 (volgnummer 1), kolom 'omschrijving': mogelijke naam 'Sandra' in \"Ouder sprak met Sandra.\"",
        f"{year / 'klachten.csv'}, rij 3 (volgnummer 2), kolom 'omschrijving': telefoonnummer '06-12345678' in \"Bel 06-12345678.\"",
        *hint_lines(year),
    ]
    assert captured.out.splitlines()[-4:] == [
        "Privacycontrole (namen, e-mailadressen, telefoonnummers, BSN, IBAN, postcodes met huisnummer, geboortedata):",
        f"  2 vondsten (mogelijke naam: 1, telefoonnummer: 1): 0 nagekeken in {year / 'privacy-toegestaan.yaml'}, 2 niet nagekeken.",
        "",
        "Niet publiceren: de privacycontrole heeft vondsten die nog niet zijn nagekeken.",
    ]


def test_check_of_the_2024_data_shows_the_privacy_section(capsys) -> None:
    assert main(["check", str(ROOT / "data" / "2024")]) == 0

    lines = capsys.readouterr().out.splitlines()
    assert lines[-4:] == [
        "Privacycontrole (namen, e-mailadressen, telefoonnummers, BSN, IBAN, postcodes met huisnummer, geboortedata):",
        f"  88 vondsten (mogelijke naam: 85, naam met aanspreekvorm: 2, e-mailadres: 1): 88 nagekeken in {ROOT / 'data' / '2024' / 'privacy-toegestaan.yaml'}, 0 niet nagekeken.",
        "",
        "Geen fouten: de gegevens kunnen gepubliceerd worden.",
    ]


def test_loading_refuses_unreviewed_findings_unless_told(year: Path) -> None:
    set_cell(year / "klachten.csv", 2, "omschrijving", "Ouder sprak met Sandra.")

    with pytest.raises(PrivacyNotReviewed) as refused:
        load_year(year)

    assert str(refused.value).splitlines()[:2] == [
        "1 vondst van de privacycontrole is nog niet nagekeken:",
        f"{year / 'klachten.csv'}, rij 2 (volgnummer 1), kolom 'omschrijving': mogelijke naam 'Sandra' in \"Ouder sprak met Sandra.\"",
    ]
    assert "Ouder sprak met Sandra." in render_docs(load_year(year, check_privacy=False))["locaties/avontuurlijk.md"]


def test_build_refuses_and_writes_nothing_then_builds_with_the_override(year: Path, tmp_path: Path, capsys) -> None:
    set_cell(year / "klachten.csv", 2, "omschrijving", "Ouder sprak met Sandra.")
    docs = tmp_path / "docs"
    command = ["build", "--data", str(year.parent), "--jaar", "2024", "--docs", str(docs)]

    assert main(command) == 1
    assert capsys.readouterr().err.splitlines()[:2] == [
        "fout: 1 vondst van de privacycontrole is nog niet nagekeken:",
        f"{year / 'klachten.csv'}, rij 2 (volgnummer 1), kolom 'omschrijving': mogelijke naam 'Sandra' in \"Ouder sprak met Sandra.\"",
    ]
    assert not docs.exists()

    assert main([*command, "--zonder-privacycontrole"]) == 0
    assert capsys.readouterr().err.splitlines() == [
        "Let op: de privacycontrole is overgeslagen (--zonder-privacycontrole); publiceer deze pagina's niet."
    ]
    assert "Ouder sprak met Sandra." in (docs / "locaties" / "avontuurlijk.md").read_text(encoding="utf-8")

