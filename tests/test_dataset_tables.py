import csv
from pathlib import Path

import openpyxl

from generator.dataset.tables import read_table
from generator.errors import MELDING

BAD = Path(__file__).parent / "fixtures" / "bad"
HEADER = "volgnummer,locatie,label,categorie,omschrijving,oplossing,gegrond,bron_regel"
SAVE_AS = 'Oplossing: open het bestand in Excel en kies Opslaan als, met als type "CSV UTF-8".'


def write(tmp_path: Path, data: bytes) -> Path:
    path = tmp_path / "klachten.csv"
    path.write_bytes(data)
    return path


def messages(problems) -> list[str]:
    return [str(problem) for problem in problems]


def test_reads_utf8_without_bom(tmp_path):
    path = write(tmp_path, f"{HEADER}\n1,Kindercentrum Café,,Overig,Één klacht.,,Ja,\n".encode())

    table, problems = read_table(path)

    assert problems == []
    assert table.header == tuple(HEADER.split(","))
    assert table.rows[0].number == 2
    assert table.rows[0].values["locatie"] == "Kindercentrum Café"
    assert table.rows[0].values["omschrijving"] == "Één klacht."


def test_reads_utf8_with_bom(tmp_path):
    path = write(tmp_path, f"{HEADER}\n1,Café,,Overig,Klacht.,,Ja,\n".encode("utf-8-sig"))

    table, problems = read_table(path)

    assert problems == []
    assert table.header[0] == "volgnummer"
    assert table.rows[0].values["locatie"] == "Café"


def test_reads_utf16_with_bom(tmp_path):
    path = write(tmp_path, f"{HEADER}\n1,Café,,Overig,Klacht.,,Ja,\n".encode("utf-16"))

    table, problems = read_table(path)

    assert problems == []
    assert table.header[0] == "volgnummer"
    assert table.rows[0].values["locatie"] == "Café"


def test_reads_cp1252_and_reports_it(tmp_path):
    path = write(tmp_path, f"{HEADER}\n1,Café ’t Kasteel,,Overig,Klacht.,,Ja,\n".encode("cp1252"))

    table, problems = read_table(path)

    assert table.rows[0].values["locatie"] == "Café ’t Kasteel"
    assert [problem.severity for problem in problems] == [MELDING]
    assert messages(problems) == [
        f"{path}: het bestand is niet als UTF-8 opgeslagen en is gelezen als Windows-1252 (ANSI). "
        'Oplossing: controleer letters als é en ë op de site, of open het bestand in Excel en kies Opslaan als, met als type "CSV UTF-8".'
    ]


def test_binary_file_is_not_text():
    path = BAD / "binary.csv"

    table, problems = read_table(path)

    assert table is None
    assert messages(problems) == [f"{path}: tekst is niet te lezen. {SAVE_AS}"]


def test_semicolon_delimiter(tmp_path):
    path = write(tmp_path, f"{HEADER.replace(',', ';')}\n1;De Boomhut;;Overig;Klacht, met komma.;;Ja;\n".encode())

    table, problems = read_table(path)

    assert problems == []
    assert table.header == tuple(HEADER.split(","))
    assert table.rows[0].values["omschrijving"] == "Klacht, met komma."


def test_quoted_delimiter_inside_a_field(tmp_path):
    text = f'{HEADER}\n1,"De Boomhut, locatie 2",,Overig,"Ouder zei: ""te laat"", twee keer.",,Ja,\n'
    path = write(tmp_path, text.encode())

    table, problems = read_table(path)

    assert problems == []
    assert table.rows[0].values["locatie"] == "De Boomhut, locatie 2"
    assert table.rows[0].values["omschrijving"] == 'Ouder zei: "te laat", twee keer.'


def test_semicolon_header_with_quoted_commas_is_still_semicolon(tmp_path):
    path = write(tmp_path, b'"a,b";"c,d";e\n1;2;3\n')

    table, problems = read_table(path)

    assert problems == []
    assert table.header == ("a,b", "c,d", "e")
    assert table.rows[0].values == {"a,b": "1", "c,d": "2", "e": "3"}


def test_values_are_stripped_and_empty_rows_skipped(tmp_path):
    path = write(tmp_path, " volgnummer , locatie \n\n  7 ,  De Boomhut  \n,\n8,Avontuurlijk\n".encode())

    table, problems = read_table(path)

    assert problems == []
    assert table.header == ("volgnummer", "locatie")
    assert [(row.number, row.values) for row in table.rows] == [
        (3, {"volgnummer": "7", "locatie": "De Boomhut"}),
        (5, {"volgnummer": "8", "locatie": "Avontuurlijk"}),
    ]


def test_newline_inside_a_field():
    path = BAD / "newline_in_field.csv"

    table, problems = read_table(path)

    assert messages(problems) == [
        f"{path}, rij 2, kolom 'omschrijving': de waarde beslaat meer dan één regel. "
        "Oplossing: haal de regelovergang (Alt+Enter) uit de cel weg; elke waarde is één regel tekst."
    ]
    # The value spans two lines of the file, yet the next row is still counted as a spreadsheet counts.
    assert [row.number for row in table.rows] == [2]


def test_more_values_than_columns(tmp_path):
    path = write(tmp_path, b"volgnummer,locatie\n1,De Boomhut,extra\n2,Avontuurlijk,,\n")

    table, problems = read_table(path)

    assert messages(problems) == [
        f"{path}, rij 2: de rij heeft 3 waarden, maar de kopregel heeft 2 kolommen. "
        "Oplossing: zet een waarde met een , erin tussen dubbele aanhalingstekens (zo slaat Excel het zelf op), "
        "of haal de waarden rechts van de laatste kolom weg. De andere waarden van deze rij worden pas gecontroleerd als ze in de goede kolom staan."
    ]
    assert [row.shifted for row in table.rows] == [True, False]


def test_empty_file():
    path = BAD / "empty.csv"

    table, problems = read_table(path)

    assert table is None
    assert messages(problems) == [
        f"{path}: het bestand is leeg. Oplossing: zet de kolomnamen in de eerste rij en daaronder één rij per klacht of geschil."
    ]


def test_header_only_file_has_a_header_and_no_rows():
    table, problems = read_table(BAD / "header_only.csv")

    assert problems == []
    assert table.header == tuple(HEADER.split(","))
    assert table.rows == ()


def make_workbook(path: Path, rows: list[list[object]], extra_sheet: str | None = None) -> Path:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "Klachten"
    for row in rows:
        sheet.append(row)
    if extra_sheet:
        workbook.create_sheet(extra_sheet)
    workbook.save(path)
    return path


def test_xlsx_cells_become_text(tmp_path):
    path = make_workbook(
        tmp_path / "klachten.xlsx",
        [
            HEADER.split(","),
            [12, " De Boomhut ", None, "Overig", "Klacht.", None, "Ja", 2513.0],
            [],
            [13.0, "Avontuurlijk", "Partou B.V.", "Privacy", "Foto.", "Verwijderd.", "nee", 0.5],
        ],
    )

    table, problems = read_table(path)

    assert problems == []
    assert table.header == tuple(HEADER.split(","))
    assert [(row.number, row.values["volgnummer"], row.values["bron_regel"]) for row in table.rows] == [
        (2, "12", "2513"),
        (4, "13", "0.5"),
    ]
    assert table.rows[0].values["locatie"] == "De Boomhut"
    assert table.rows[0].values["label"] == ""


def test_xlsx_extra_sheet_is_ignored_but_reported(tmp_path):
    path = make_workbook(tmp_path / "klachten.xlsx", [["volgnummer"], [1]], extra_sheet="Toelichting")

    table, problems = read_table(path)

    assert [row.values for row in table.rows] == [{"volgnummer": "1"}]
    assert [problem.severity for problem in problems] == [MELDING]
    assert messages(problems) == [
        f"{path}: alleen het eerste werkblad ('Klachten') wordt gelezen; de andere werkbladen ('Toelichting') worden overgeslagen. "
        "Oplossing: haal de andere werkbladen weg als ze niet bij de gegevens horen."
    ]


def test_xlsx_newline_in_a_cell(tmp_path):
    path = make_workbook(tmp_path / "klachten.xlsx", [["volgnummer", "omschrijving"], [1, "Eerste regel\nTweede regel"]])

    table, problems = read_table(path)

    assert messages(problems) == [
        f"{path}, rij 2, kolom 'omschrijving': de waarde beslaat meer dan één regel. "
        "Oplossing: haal de regelovergang (Alt+Enter) uit de cel weg; elke waarde is één regel tekst."
    ]


def test_xlsx_that_is_not_a_workbook(tmp_path):
    path = tmp_path / "klachten.xlsx"
    path.write_bytes(b"volgnummer,locatie\n")

    table, problems = read_table(path)

    assert table is None
    assert messages(problems) == [
        f"{path}: het bestand is geen Excel-werkmap die te lezen is. Oplossing: open het bestand in Excel en sla het op als Excel-werkmap (.xlsx)."
    ]


def test_empty_xlsx(tmp_path):
    path = make_workbook(tmp_path / "klachten.xlsx", [])

    table, problems = read_table(path)

    assert table is None
    assert messages(problems) == [
        f"{path}: het bestand is leeg. Oplossing: zet de kolomnamen in de eerste rij en daaronder één rij per klacht of geschil."
    ]


def test_a_value_longer_than_pythons_csv_limit_is_read(tmp_path):
    long_text = "Ouder vindt het niet goed. " * 6000  # 162.000 characters; Python's csv stops at 131.072
    path = write(tmp_path, f'{HEADER}\n1,De Boomhut,,Overig,"{long_text}",,Ja,\n'.encode())

    table, problems = read_table(path)

    assert problems == []
    assert table.rows[0].values["omschrijving"] == long_text.strip()
    assert csv.field_size_limit() == 131072  # the csv module's limit is given back


def test_a_quote_that_is_never_closed_before_a_long_rest_is_named_as_such(tmp_path):
    rest = "".join(f"{number},Locatie {number},,Overig,Een klacht met wat tekst erin.,Opgelost.,Ja,\n" for number in range(2, 3000))
    path = write(tmp_path, f'{HEADER}\n1,De Boomhut,,Overig,"Geen reactie op mail.,Excuses.,Ja,\n{rest}'.encode())

    table, problems = read_table(path)

    assert messages(problems) == [
        f"{path}, rij 2, kolom 'omschrijving': de waarde begint met een aanhalingsteken dat niet gesloten wordt, waardoor de rijen eronder in deze cel staan. "
        'Oplossing: zet een " aan het eind van de waarde, of haal het " aan het begin weg.'
    ]
    assert "field" not in " ".join(messages(problems))


def test_an_xlsx_formula_without_a_result_is_named_as_such_not_as_a_missing_value(tmp_path, capsys):
    import shutil

    from generator.cli import main

    folder = tmp_path / "2024"
    shutil.copytree(Path(__file__).parent / "fixtures" / "good", folder)
    rows = [line.split(",") for line in (folder / "klachten.csv").read_text(encoding="utf-8").splitlines()[:3]]
    workbook = openpyxl.Workbook()
    for row in rows:
        workbook.active.append([int(cell) if cell.isdigit() else cell for cell in row])
    workbook.active["B3"] = '=CONCAT("De ","Boomhut")'  # openpyxl writes no result, as some programs do
    workbook.active["D2"] = None
    workbook.save(folder / "klachten.xlsx")
    (folder / "klachten.csv").unlink()

    assert main(["check", str(folder)]) == 1

    lines = capsys.readouterr().err.splitlines()
    assert (
        f"{folder / 'klachten.xlsx'}, rij 3 (volgnummer 2), kolom 'locatie': in deze cel staat een formule zonder uitkomst "
        '(=CONCAT("De ","Boomhut")), dus zonder waarde. Oplossing: open het bestand in Excel en sla het daar op (Excel bewaart dan '
        "de uitkomst), of typ de waarde zelf in de cel."
    ) in lines
    # An empty cell without a formula is still a missing value; the formula's cell is named once.
    assert (
        f"{folder / 'klachten.xlsx'}, rij 2 (volgnummer 1), kolom 'categorie': verplichte waarde ontbreekt. "
        "Oplossing: vul de cel in. Soort klacht: een van de categorieën van het verslag."
    ) in lines
    assert [line for line in lines if "rij 3 (volgnummer 2), kolom 'locatie'" in line and "formule" not in line] == []
