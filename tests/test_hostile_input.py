"""Hostile and broken input, one class of failure per case, through the real command line: the exact
Dutch lines and the exit code. Written from the classes of failure a user can cause (see issue 11,
point 6), not from a list of payloads: each case plants one instance of its class in a copy of
tests/fixtures/good.

Classes: integers too large; a folder, a broken link or a pipe where a file belongs; a damaged or
truncated workbook and one that unpacks past the size limit; control characters, bidi overrides,
U+FFFE and NUL in a value, a header, a YAML text or a Markdown line; a byte that is not UTF-8 in an
otherwise UTF-8 file; tab-separated files; a BOM inside a header; names that differ only in
capitals, Unicode form or invisible characters (a notice naming both rows).
"""

from __future__ import annotations

import csv
import io
import os
import shutil
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import openpyxl
import pytest

from generator.cli import main

GOOD = Path(__file__).parent / "fixtures" / "good"
NOTHING_WRITTEN = "Er is niets geschreven. Verbeter de fouten en probeer het opnieuw."
HEADER = "volgnummer,locatie,label,categorie,omschrijving,oplossing,gegrond,bron_regel"
CHARACTER_HINT = (
    "Oplossing: haal het teken weg (typ de waarde zo nodig opnieuw). Zulke onzichtbare tekens komen mee bij kopiëren uit een "
    "ander programma en kunnen tekst anders laten lezen dan hij is."
)
BYTE_HINT = 'Oplossing: sla het bestand op als UTF-8 (in Excel: Opslaan als, met als type "CSV UTF-8"), of typ de tekens op deze plek opnieuw.'
NOT_A_WORKBOOK = "het bestand is geen Excel-werkmap die te lezen is. Oplossing: open het bestand in Excel en sla het op als Excel-werkmap (.xlsx)."


@dataclass(frozen=True)
class Case:
    name: str
    plant: Callable[[Path], None]  # changes a copy of the good year folder
    stderr: tuple[str, ...]  # {map} stands for the year folder
    exit_code: int = 1
    stdout_line: str | None = None  # a line that must be in stdout (notices)

    def __str__(self) -> str:
        return self.name


def error(*lines: str) -> tuple[str, ...]:
    heading = "1 fout in de gegevens:" if len(lines) == 1 else f"{len(lines)} fouten in de gegevens:"
    return (heading, *lines, NOTHING_WRITTEN)


def set_cell(folder: Path, file: str, row: int, column: str, value: str) -> None:
    """Put `value` into a cell of a CSV file of the folder, as text (row as a spreadsheet counts)."""
    path = folder / file
    lines = path.read_text(encoding="utf-8").splitlines()
    header = lines[0].split(",")
    records = list(csv.reader(lines))
    records[row - 1][header.index(column)] = value
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerows(records)
    path.write_text(buffer.getvalue(), encoding="utf-8")


def cell(file: str, row: int, column: str, value: str) -> Callable[[Path], None]:
    return lambda folder: set_cell(folder, file, row, column, value)


def replace_in(file: str, old: bytes, new: bytes) -> Callable[[Path], None]:
    def plant(folder: Path) -> None:
        path = folder / file
        data = path.read_bytes()
        assert old in data, old
        path.write_bytes(data.replace(old, new, 1))

    return plant


def folder_instead_of(file: str) -> Callable[[Path], None]:
    def plant(folder: Path) -> None:
        path = folder / file
        if path.exists():
            path.unlink()
        path.mkdir()
        (path / "leeg.txt").write_text("", encoding="utf-8")

    return plant


def broken_link_instead_of(file: str) -> Callable[[Path], None]:
    def plant(folder: Path) -> None:
        path = folder / file
        if path.exists():
            path.unlink()
        path.symlink_to(folder / "bestaat-niet.csv")

    return plant


def workbook_bytes() -> bytes:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(HEADER.split(","))
    sheet.append([1, "De Boomhut", "Partou B.V.", "Communicatie", "Geen reactie op mail.", "Excuses gemaakt.", "Ja", 10])
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def as_workbook(content: Callable[[], bytes]) -> Callable[[Path], None]:
    def plant(folder: Path) -> None:
        (folder / "klachten.csv").unlink()
        (folder / "klachten.xlsx").write_bytes(content())

    return plant


def truncated_workbook() -> bytes:
    data = workbook_bytes()
    return data[: len(data) * 2 // 3]


def workbook_with_damaged_sheet() -> bytes:
    """A valid zip whose sheet XML is cut off half-way: openpyxl fails only while reading rows."""
    source = zipfile.ZipFile(io.BytesIO(workbook_bytes()))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            data = source.read(info)
            if info.filename == "xl/worksheets/sheet1.xml":
                data = data[: len(data) // 2]
            target.writestr(info, data)
    return buffer.getvalue()


def zip_bomb_workbook() -> bytes:
    """A workbook with a part of 200 MB of one repeated byte: a few hundred kB packed."""
    source = zipfile.ZipFile(io.BytesIO(workbook_bytes()))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            target.writestr(info, source.read(info))
        with target.open("xl/media/opvulling.bin", "w", force_zip64=True) as part:
            block = b"0" * 1_000_000
            for _ in range(200):
                part.write(block)
    return buffer.getvalue()


def tab_separated(folder: Path) -> None:
    path = folder / "klachten.csv"
    records = list(csv.reader(path.read_text(encoding="utf-8").splitlines()))
    path.write_text("\n".join("\t".join(record) for record in records) + "\n", encoding="utf-8")


def write_text(file: str, text: str) -> Callable[[Path], None]:
    return lambda folder: (folder / file).write_text(text, encoding="utf-8")


def append_rows(*rows: str) -> Callable[[Path], None]:
    def plant(folder: Path) -> None:
        path = folder / "klachten.csv"
        path.write_text(path.read_text(encoding="utf-8") + "".join(row + "\n" for row in rows), encoding="utf-8")

    return plant


def text_instead_of_folder(folder: Path) -> None:
    shutil.rmtree(folder / "tekst")
    (folder / "tekst").write_text("Voorwoord.\n", encoding="utf-8")


def pipe_instead_of(file: str) -> Callable[[Path], None]:
    def plant(folder: Path) -> None:
        (folder / file).unlink()
        os.mkfifo(folder / file)

    return plant


K = "{map}/klachten.csv"
G = "{map}/geschillen.csv"
V = "{map}/verslag.yaml"

CASES = [
    # --- Integers too large -------------------------------------------------------------------
    Case(
        "volgnummer_of_twenty_digits",
        cell("klachten.csv", 3, "volgnummer", "12345678901234567890"),
        error(
            f"{K}, rij 3, kolom 'volgnummer': '12345678901234567890' is te groot. "
            "Oplossing: gebruik een geheel getal van 1 tot en met 999.999.999; controleer of er niet per ongeluk cijfers bij zijn gekomen."
        ),
    ),
    Case(
        "bron_regel_of_five_thousand_digits",
        cell("klachten.csv", 2, "bron_regel", "9" * 5000),
        error(
            f"{K}, rij 2 (volgnummer 1), kolom 'bron_regel': '{'9' * 20}…' is te groot. "
            "Oplossing: gebruik een geheel getal van 1 tot en met 999.999.999; controleer of er niet per ongeluk cijfers bij zijn gekomen."
        ),
    ),
    Case(
        "count_of_thirty_digits_in_verslag",
        replace_in("verslag.yaml", b"kinderen_opgevangen: 73190", b"kinderen_opgevangen: 731900000000000000000000000000"),
        error(
            f"{V}, rij 9, kolom 'kinderen_opgevangen': het getal 73190000000000000000… is te groot. "
            "Oplossing: schrijf een geheel getal tot een miljard; controleer of er niet per ongeluk cijfers bij zijn gekomen."
        ),
    ),
    # --- A folder, a broken link or a pipe where a file belongs -------------------------------
    Case(
        "folder_named_geschillen_csv",
        folder_instead_of("geschillen.csv"),
        error(f"{G}: dit is een map, geen bestand. Oplossing: vervang dit door het bestand zelf (geschillen.csv of geschillen.xlsx), of haal het weg."),
    ),
    Case(
        "folder_named_klachten_csv",
        folder_instead_of("klachten.csv"),
        error(f"{K}: dit is een map, geen bestand. Oplossing: vervang dit door het bestand zelf (klachten.csv of klachten.xlsx), of haal het weg."),
    ),
    Case(
        "broken_link_as_geschillen_csv",
        broken_link_instead_of("geschillen.csv"),
        error(
            f"{G}: dit is een koppeling (symbolische link) naar een bestand dat niet bestaat. "
            "Oplossing: vervang dit door het bestand zelf (geschillen.csv of geschillen.xlsx), of haal het weg."
        ),
    ),
    Case(
        "folder_named_verslag_yaml",
        folder_instead_of("verslag.yaml"),
        error(f"{V}: dit is een map, geen bestand. Oplossing: zet de gegevens van het verslag in een bestand verslag.yaml (geen map of koppeling)."),
    ),
    Case(
        "folder_named_like_a_text",
        folder_instead_of("tekst/nawoord.md"),
        error("{map}/tekst/nawoord.md: dit is een map, geen bestand. Oplossing: vervang dit door een tekstbestand (.md), of haal het weg."),
    ),
    Case(
        "broken_link_as_a_text",
        broken_link_instead_of("tekst/voorwoord.md"),
        error(
            "{map}/tekst/voorwoord.md: dit is een koppeling (symbolische link) naar een bestand dat niet bestaat. "
            "Oplossing: vervang dit door een tekstbestand (.md), of haal het weg."
        ),
    ),
    Case(
        "file_named_tekst",
        text_instead_of_folder,
        error(
            "{map}/tekst: dit moet een map met teksten zijn, maar het is een bestand of een kapotte koppeling. "
            "Oplossing: maak er een map van met daarin de teksten als .md-bestanden, of haal het weg."
        ),
    ),
    Case(
        "folder_named_privacy_toegestaan",
        folder_instead_of("privacy-toegestaan.yaml"),
        error(
            "{map}/privacy-toegestaan.yaml: dit is een map, geen bestand. "
            "Oplossing: zet de nagekeken vondsten in een bestand privacy-toegestaan.yaml (geen map of koppeling), of haal het weg."
        ),
    ),
    Case(
        "named_pipe_as_geschillen_csv",
        pipe_instead_of("geschillen.csv"),
        error(
            f"{G}: dit is geen gewoon bestand (maar bijvoorbeeld een apparaat of pijp). "
            "Oplossing: vervang dit door het bestand zelf (geschillen.csv of geschillen.xlsx), of haal het weg."
        ),
    ),
    # --- Damaged workbooks ---------------------------------------------------------------------
    Case("truncated_workbook", as_workbook(truncated_workbook), error("{map}/klachten.xlsx: " + NOT_A_WORKBOOK)),
    Case("workbook_with_a_damaged_sheet", as_workbook(workbook_with_damaged_sheet), error("{map}/klachten.xlsx: " + NOT_A_WORKBOOK)),
    Case(
        "workbook_that_unpacks_to_200_mb",
        as_workbook(zip_bomb_workbook),
        error(
            "{map}/klachten.xlsx: de werkmap is uitgepakt 200,0 MB; een werkmap van één jaar mag uitgepakt hoogstens 160 MB zijn. "
            "Oplossing: controleer of dit het juiste bestand is, of sla het werkblad met de klachten op als CSV UTF-8."
        ),
    ),
    Case("text_file_named_xlsx", as_workbook(lambda: HEADER.encode() + b"\n1,a,b\n"), error("{map}/klachten.xlsx: " + NOT_A_WORKBOOK)),
    # --- Control characters, bidi overrides, U+FFFE and NUL ------------------------------------
    Case(
        "nul_byte_in_omschrijving",
        cell("klachten.csv", 3, "omschrijving", "Ouder\x00 werd niet gebeld."),
        error(f"{K}, rij 3 (volgnummer 2), kolom 'omschrijving': de waarde bevat op positie 6 een NUL-teken (U+0000). {CHARACTER_HINT}"),
    ),
    Case(
        "bell_in_locatie",
        cell("klachten.csv", 4, "locatie", "Het\x07Zonnetje"),
        error(f"{K}, rij 4 (volgnummer 3), kolom 'locatie': de waarde bevat op positie 4 een stuurteken (U+0007). {CHARACTER_HINT}"),
    ),
    Case(
        "delete_character_in_oplossing",
        cell("klachten.csv", 2, "oplossing", "Alternatieve\x7f dagen."),
        error(f"{K}, rij 2 (volgnummer 1), kolom 'oplossing': de waarde bevat op positie 13 een DEL-teken (U+007F). {CHARACTER_HINT}"),
    ),
    Case(
        "c1_control_at_the_end_of_a_value",
        cell("klachten.csv", 2, "omschrijving", "Geen plek.\x85"),
        error(f"{K}, rij 2 (volgnummer 1), kolom 'omschrijving': de waarde bevat op positie 11 een stuurteken (U+0085). {CHARACTER_HINT}"),
    ),
    Case(
        "right_to_left_override_in_locatie",
        cell("klachten.csv", 3, "locatie", "De \u202eBoomhut"),
        error(
            f"{K}, rij 3 (volgnummer 2), kolom 'locatie': de waarde bevat op positie 4 een onzichtbaar teken dat de leesrichting verandert (U+202E). "
            + CHARACTER_HINT
        ),
    ),
    Case(
        "bidi_isolate_twice_in_uitspraak",
        cell("geschillen.csv", 2, "uitspraak", "De commissie \u2066verklaart\u2069 de klacht gegrond."),
        error(
            f"{G}, rij 2, kolom 'uitspraak': de waarde bevat op positie 14 een onzichtbaar teken dat de leesrichting verandert (U+2066) "
            "(en nog 1 zulke tekens). " + CHARACTER_HINT
        ),
    ),
    Case(
        "non_character_fffe_in_entiteit",
        cell("geschillen.csv", 3, "entiteit", "Partou\ufffe kinderopvang"),
        error(f"{G}, rij 3, kolom 'entiteit': de waarde bevat op positie 7 een ongeldig teken (U+FFFE). {CHARACTER_HINT}"),
    ),
    Case(
        "control_character_in_a_header",
        replace_in("klachten.csv", b"locatie,label", b"loca\x1btie,label"),
        error(
            f"{K}, rij 1, kolom 'locatie': de kolomnaam bevat op positie 5 een stuurteken (U+001B). {CHARACTER_HINT}",
            f"{K}, rij 1, kolom 'loca\x1btie': onbekende kolomnaam. Oplossing: bedoel je 'locatie'? Hernoem de kolom of haal hem weg; "
            "de kolommen zijn: volgnummer, locatie, label, categorie, omschrijving, oplossing, gegrond, bron_regel.",
            f"{K}, rij 1, kolom 'locatie': verplichte kolom ontbreekt. Oplossing: voeg de kolom 'locatie' toe aan de kopregel; "
            "de kolommen zijn: volgnummer, locatie, label, categorie, omschrijving, oplossing, gegrond, bron_regel.",
        ),
    ),
    Case(
        "escaped_override_in_the_yaml_title",
        replace_in("verslag.yaml", b"titel: Klachtenjaarverslag Partou kinderopvang 2024\n", b'titel: "\\u202eKlachtenjaarverslag Partou kinderopvang 2024"\n'),
        (),  # filled below: the YAML line must end in a quote
    ),
    Case(
        "escaped_nul_in_a_yaml_label",
        replace_in("verslag.yaml", b"  Partou B.V.: Partou\n", b'  Partou B.V.: "Par\\0tou"\n'),
        error(f"{V}, rij 11, kolom 'labels.Partou B.V.': de waarde bevat op positie 4 een NUL-teken (U+0000). {CHARACTER_HINT}"),
    ),
    Case(
        "override_in_a_markdown_line",
        write_text("tekst/voorwoord.md", "# Voorwoord\n\nDit is \u202egnirovooW.\n"),
        error(
            "{map}/tekst/voorwoord.md, rij 3: de regel bevat op positie 8 een onzichtbaar teken dat de leesrichting verandert (U+202E). "
            + CHARACTER_HINT
        ),
    ),
    Case(
        "nul_in_a_category_text",
        write_text("tekst/categorie/communicatie.md", "Over communicatie.\n\x00\n"),
        error("{map}/tekst/categorie/communicatie.md, rij 2: de regel bevat op positie 1 een NUL-teken (U+0000). " + CHARACTER_HINT),
    ),
    # --- A byte that is not UTF-8 in an otherwise UTF-8 file ------------------------------------
    Case(
        "one_latin1_byte_in_a_utf8_file",
        replace_in("klachten.csv", b"Factuur klopte niet.", b"Factuur klopte niet \xe9\xe9n keer."),
        error(f"{K}, rij 4 (volgnummer 3), kolom 'omschrijving': de waarde bevat op positie 21 de byte 0xE9, die geen UTF-8 is (en nog 1 zulke tekens). {BYTE_HINT}"),
    ),
    Case(
        "one_invalid_byte_in_geschillen",
        replace_in("geschillen.csv", b"Er is geen uitspraak", b"Er is g\xffeen uitspraak"),
        (),  # geschillen.csv is ASCII otherwise, so it is filled below
    ),
    Case(
        "cut_multibyte_character_in_a_text",
        lambda folder: (folder / "tekst" / "voorwoord.md").write_bytes("# Voorwoord\n\nDit jaar is één jaar.\nHet tweede jaar".encode() + b"\xc3 ook.\n"),
        (),  # filled below
    ),
    # --- Tab-separated files and BOMs in headers -------------------------------------------------
    Case(
        "tab_separated_klachten",
        tab_separated,
        error(
            f"{K}: het bestand is gescheiden met tabs, niet met komma's of puntkomma's zoals een CSV-bestand. "
            'Oplossing: open het bestand in Excel en kies Opslaan als, met als type "CSV UTF-8".'
        ),
    ),
    Case(
        "tab_separated_geschillen",
        lambda folder: (folder / "geschillen.csv").write_text("entiteit\tzaaknummer\tuitspraak\tuitkomst\nA\t1\tU\tGegrond\n", encoding="utf-8"),
        error(
            f"{G}: het bestand is gescheiden met tabs, niet met komma's of puntkomma's zoals een CSV-bestand. "
            'Oplossing: open het bestand in Excel en kies Opslaan als, met als type "CSV UTF-8".'
        ),
    ),
    Case(
        "bom_inside_a_header_name",
        replace_in("klachten.csv", b",categorie,", b",\xef\xbb\xbfcategorie,"),
        error(
            f"{K}, rij 1, kolom 'categorie': de kolomnaam bevat een onzichtbaar BOM-teken (U+FEFF), zodat hij niet als kolomnaam herkend wordt. "
            'Oplossing: typ de kolomnaam opnieuw, of open het bestand in Excel en kies Opslaan als, met als type "CSV UTF-8".',
            f"{K}, rij 1, kolom '\ufeffcategorie': onbekende kolomnaam. Oplossing: bedoel je 'categorie'? Hernoem de kolom of haal hem weg; "
            "de kolommen zijn: volgnummer, locatie, label, categorie, omschrijving, oplossing, gegrond, bron_regel.",
            f"{K}, rij 1, kolom 'categorie': verplichte kolom ontbreekt. Oplossing: voeg de kolom 'categorie' toe aan de kopregel; "
            "de kolommen zijn: volgnummer, locatie, label, categorie, omschrijving, oplossing, gegrond, bron_regel.",
        ),
    ),
    Case(
        "two_boms_at_the_start",
        lambda folder: (folder / "klachten.csv").write_bytes(b"\xef\xbb\xbf\xef\xbb\xbf" + (folder / "klachten.csv").read_bytes()),
        (),  # filled below
    ),
    # --- Names that look the same ---------------------------------------------------------------
    Case(
        "location_differing_in_capitals",
        append_rows("6,de boomhut,Partou B.V.,Communicatie,Geen reactie.,Excuses.,Ja,"),
        (),
        0,
        f"  {K}, rij 7 (volgnummer 6), kolom 'locatie': 'de boomhut' lijkt op 'De Boomhut' in rij 3, maar verschilt in hoofdletters; "
        "de site maakt er twee verschillende locaties van. Oplossing: schrijf de naam overal op dezelfde manier als het om dezelfde gaat; anders is dit in orde.",
    ),
    Case(
        "location_differing_in_unicode_form",
        append_rows("6,Kindercentrum Cafe\u0301,Partou B.V.,Communicatie,Geen reactie.,Excuses.,Ja,"),
        (),
        0,
        f"  {K}, rij 7 (volgnummer 6), kolom 'locatie': 'Kindercentrum Cafe\u0301' lijkt op 'Kindercentrum Café' in rij 5, maar verschilt in "
        "de manier waarop letters met accenten zijn opgeslagen; de site maakt er twee verschillende locaties van. "
        "Oplossing: schrijf de naam overal op dezelfde manier als het om dezelfde gaat; anders is dit in orde.",
    ),
    Case(
        "location_with_a_zero_width_space",
        append_rows("6,Het\u200bZonnetje,,Communicatie,Geen reactie.,Excuses.,Ja,", "7,Het\u200b Zonnetje,,Communicatie,Geen reactie.,Excuses.,Ja,"),
        (),
        0,
        f"  {K}, rij 8 (volgnummer 7), kolom 'locatie': 'Het<U+200B> Zonnetje' lijkt op 'Het Zonnetje' in rij 4, maar verschilt in "
        "onzichtbare tekens (zoals een spatie zonder breedte); de site maakt er twee verschillende locaties van. "
        "Oplossing: schrijf de naam overal op dezelfde manier als het om dezelfde gaat; anders is dit in orde.",
    ),
    Case(
        "entity_differing_in_capitals",
        cell("geschillen.csv", 3, "entiteit", "SMALLSTEPS KINDEROPVANG"),
        (),
        0,
        f"  {G}, rij 3, kolom 'entiteit': 'SMALLSTEPS KINDEROPVANG' lijkt op 'Smallsteps kinderopvang' in rij 2, maar verschilt in hoofdletters; "
        "de site maakt er twee verschillende rechtspersonen van. Oplossing: schrijf de naam overal op dezelfde manier als het om dezelfde gaat; anders is dit in orde.",
    ),
]


def _fill(name: str, stderr: tuple[str, ...]) -> None:
    index = next(position for position, case in enumerate(CASES) if case.name == name)
    case = CASES[index]
    CASES[index] = Case(case.name, case.plant, stderr, case.exit_code, case.stdout_line)


_fill(
    "escaped_override_in_the_yaml_title",
    error(f"{V}, rij 3, kolom 'titel': de waarde bevat op positie 1 een onzichtbaar teken dat de leesrichting verandert (U+202E). " + CHARACTER_HINT),
)
_fill(
    "one_invalid_byte_in_geschillen",
    error(f"{G}, rij 3, kolom 'uitspraak': de waarde bevat op positie 8 de byte 0xFF, die geen UTF-8 is. {BYTE_HINT}"),
)
_fill(
    "cut_multibyte_character_in_a_text",
    error("{map}/tekst/voorwoord.md, rij 4: de regel bevat op positie 16 de byte 0xC3, die geen UTF-8 is. Oplossing: sla het bestand op als UTF-8 (in Kladblok: Opslaan als, Codering UTF-8)."),
)
_fill(
    "two_boms_at_the_start",
    error(
        f"{K}, rij 1, kolom 'volgnummer': de kolomnaam bevat een onzichtbaar BOM-teken (U+FEFF), zodat hij niet als kolomnaam herkend wordt. "
        'Oplossing: typ de kolomnaam opnieuw, of open het bestand in Excel en kies Opslaan als, met als type "CSV UTF-8".',
        f"{K}, rij 1, kolom '\ufeffvolgnummer': onbekende kolomnaam. Oplossing: bedoel je 'volgnummer'? Hernoem de kolom of haal hem weg; "
        "de kolommen zijn: volgnummer, locatie, label, categorie, omschrijving, oplossing, gegrond, bron_regel.",
        f"{K}, rij 1, kolom 'volgnummer': verplichte kolom ontbreekt. Oplossing: voeg de kolom 'volgnummer' toe aan de kopregel; "
        "de kolommen zijn: volgnummer, locatie, label, categorie, omschrijving, oplossing, gegrond, bron_regel.",
    ),
)


def good_copy(tmp_path: Path) -> Path:
    folder = tmp_path / "2024"
    shutil.copytree(GOOD, folder)
    (folder / "tekst" / "categorie").mkdir(exist_ok=True)
    return folder


def test_each_case_has_its_expected_outcome_and_its_own_name() -> None:
    assert all(case.stderr or case.stdout_line for case in CASES)
    assert len({case.name for case in CASES}) == len(CASES)


@pytest.mark.parametrize("case", CASES, ids=str)
def test_check_answers_exactly_these_lines_and_exit_code(case: Case, tmp_path: Path, capsys) -> None:
    folder = good_copy(tmp_path)
    case.plant(folder)
    before = sorted(path.name for path in folder.rglob("*"))

    code = main(["check", str(folder)])

    captured = capsys.readouterr()
    expected = [line.replace("{map}", str(folder)) for line in case.stderr]
    assert (code, captured.err.splitlines()) == (case.exit_code, expected)
    if case.stdout_line is not None:
        assert case.stdout_line.replace("{map}", str(folder)) in captured.out.splitlines()
    assert sorted(path.name for path in folder.rglob("*")) == before
