"""Next year's input is a workbook: `sjabloon` and `nieuw-jaar` make it, a coordinator fills it in
(here through openpyxl, which writes what Excel writes) and `check` reads it back with the errors it
gives any table. Nothing the tool did not make is replaced, and nothing is left half-written."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import openpyxl
import pytest

from generator.cli import main
from generator.dataset import layout
from generator.dataset.report_meta import load_report_meta

ROOT = Path(__file__).resolve().parents[1]
REPORT_2024 = ROOT / "data" / "2024" / layout.REPORT_FILE
SIX_CATEGORIES = ROOT / "tests" / "fixtures" / "zes-soorten" / "data"
COMPLAINT_HEADER = ["volgnummer", "locatie", "label", "categorie", "omschrijving", "oplossing", "gegrond"]
DISPUTE_HEADER = ["entiteit", "zaaknummer", "uitspraak", "uitkomst"]
COMPLAINTS = [
    [1, "Kinderdagverblijf De Regenboog", "Partou B.V.", "Communicatie", "De ouder kreeg geen bericht over de nieuwe groep.", "Er is een gesprek gevoerd.", "Ja"],
    [2, "Buitenschoolse opvang Het Anker", "Smallsteps B.V.", "Pedagogische kwaliteit", "Het kind werd te laat opgehaald van school.", "De planning is aangepast.", "Deels"],
]
DISPUTES = [["Partou B.V.", "123456", "De commissie vond de klacht over de opzegtermijn gegrond.", "Gegrond"]]
FILLED_IN = {"titel": "Klachtenjaarverslag 2025", "versie": "'1.0'", "datum": "2026-05-31", "locaties_organisatie": "400", "kinderen_opgevangen": "50000"}


def data_root_with_2024(tmp_path: Path) -> Path:
    """A data folder whose only year is 2024, known by its verslag.yaml (all nieuw-jaar reads)."""
    data_root = tmp_path / "data"
    (data_root / "2024").mkdir(parents=True)
    shutil.copy(REPORT_2024, data_root / "2024" / layout.REPORT_FILE)
    return data_root


@pytest.fixture
def new_folder(tmp_path: Path, capsys) -> Path:
    data_root = data_root_with_2024(tmp_path)
    assert main(["nieuw-jaar", "2025", "--data", str(data_root)]) == 0
    capsys.readouterr()
    return data_root / "2025"


def fill_in(workbook_path: Path, complaints: list[list], disputes: list[list]) -> None:
    workbook = openpyxl.load_workbook(workbook_path)
    for row in complaints:
        workbook[layout.COMPLAINTS_SHEET].append(row)
    for row in disputes:
        workbook[layout.DISPUTES_SHEET].append(row)
    workbook.save(workbook_path)


def complete_report(folder: Path) -> None:
    """Replace every 'VUL IN' in verslag.yaml, as the coordinator does."""
    path = folder / layout.REPORT_FILE
    text = path.read_text(encoding="utf-8")
    for key, value in FILLED_IN.items():
        text = re.sub(rf"^{key}: 'VUL IN: .*$", f"{key}: {value}", text, flags=re.MULTILINE)
    path.write_text(text, encoding="utf-8")


def files_in(folder: Path) -> dict[str, bytes]:
    return {str(path.relative_to(folder)): path.read_bytes() for path in sorted(folder.rglob("*")) if path.is_file()}


def validation_values(workbook, sheet_name: str) -> dict[str, list[str]]:
    """For each column of a sheet with a drop-down list: the values the list offers."""
    sheet = workbook[sheet_name]
    header = [cell.value for cell in sheet[1]]
    lists = {}
    for validation in sheet.data_validations.dataValidation:
        if validation.type != "list":
            continue
        column = header[openpyxl.utils.column_index_from_string(str(validation.sqref).split(":")[0].rstrip("0123456789")) - 1]
        source_sheet, cells = validation.formula1.split("!")
        lists[column] = [cell.value for row in workbook[source_sheet.strip("'")][cells.replace("$", "")] for cell in row]
    return lists


# --- sjabloon -------------------------------------------------------------------------------------


def test_sjabloon_writes_sheets_with_drop_down_lists_of_the_last_years_words_widths_and_a_frozen_header(tmp_path: Path, capsys) -> None:
    data_root = data_root_with_2024(tmp_path)
    target = tmp_path / "uit" / "klachten-2025.xlsx"
    assert main(["sjabloon", "--jaar", "2025", "--data", str(data_root), "--uit", str(target)]) == 0
    assert capsys.readouterr().out == f"Het sjabloon voor 2025 staat in {target}; de keuzelijsten komen uit {data_root / '2024' / layout.REPORT_FILE}.\n"
    workbook = openpyxl.load_workbook(target)
    assert workbook.sheetnames == [layout.INSTRUCTIONS_SHEET, layout.COMPLAINTS_SHEET, layout.DISPUTES_SHEET]
    complaints, disputes = workbook[layout.COMPLAINTS_SHEET], workbook[layout.DISPUTES_SHEET]
    assert [cell.value for cell in complaints[1]] == COMPLAINT_HEADER
    assert [cell.value for cell in disputes[1]] == DISPUTE_HEADER
    assert complaints.freeze_panes == "A2" and disputes.freeze_panes == "A2"
    assert complaints.column_dimensions["E"].width == 70 and complaints.column_dimensions["A"].width == 12
    vocabulary = load_report_meta(REPORT_2024)[0].vocabulary
    assert validation_values(workbook, layout.COMPLAINTS_SHEET) == {
        "categorie": list(vocabulary.category_names),
        "label": list(vocabulary.labels),
        "gegrond": [judgement.name for judgement in vocabulary.judgements],
    }
    assert validation_values(workbook, layout.DISPUTES_SHEET) == {"uitkomst": [outcome.name for outcome in vocabulary.dispute_outcomes]}
    instructions = [value for row in workbook[layout.INSTRUCTIONS_SHEET].iter_rows(values_only=True) for value in row if value]
    assert instructions[0] == "Klachten over 2025 invullen"
    assert "Controleer alles: .venv/bin/python -m generator check data/2025." in " ".join(instructions)


def test_sjabloon_for_a_year_without_labels_and_gegrond_has_no_such_columns(tmp_path: Path, capsys) -> None:
    target = tmp_path / "zes.xlsx"
    assert main(["sjabloon", "--jaar", "2026", "--data", str(SIX_CATEGORIES), "--uit", str(target)]) == 0
    workbook = openpyxl.load_workbook(target)
    assert [cell.value for cell in workbook[layout.COMPLAINTS_SHEET][1]] == ["volgnummer", "locatie", "categorie", "omschrijving", "oplossing"]
    six = load_report_meta(SIX_CATEGORIES / "2025" / layout.REPORT_FILE)[0].vocabulary
    assert validation_values(workbook, layout.COMPLAINTS_SHEET) == {"categorie": list(six.category_names)}
    text = " ".join(str(value) for row in workbook[layout.INSTRUCTIONS_SHEET].iter_rows(values_only=True) for value in row if value)
    assert "kolom gegrond" not in text and "kolom label" not in text


def test_sjabloon_replaces_its_own_empty_template_but_never_a_filled_one_or_another_file(tmp_path: Path, capsys) -> None:
    data_root = data_root_with_2024(tmp_path)
    target = tmp_path / "klachten-2025.xlsx"
    command = ["sjabloon", "--jaar", "2025", "--data", str(data_root), "--uit", str(target)]
    assert main(command) == 0 and main(command) == 0
    fill_in(target, COMPLAINTS[:1], [])
    filled = target.read_bytes()
    capsys.readouterr()
    assert main(command) == 2
    assert capsys.readouterr().err == (
        f"fout: --uit {target}: het bestand bestaat al en is geen leeg sjabloon dat dit programma heeft gemaakt; er is niets veranderd. "
        "Oplossing: kies een nieuwe bestandsnaam; een eerder gemaakt sjabloon waarin nog niets is ingevuld wordt wel vervangen.\n"
    )
    assert target.read_bytes() == filled
    other = tmp_path / "begroting.xlsx"
    workbook = openpyxl.Workbook()
    workbook.active["A1"] = "begroting"
    workbook.save(other)
    assert main(["sjabloon", "--jaar", "2025", "--data", str(data_root), "--uit", str(other)]) == 2
    assert "het bestand bestaat al en is geen leeg sjabloon" in capsys.readouterr().err


def test_sjabloon_that_fails_while_writing_leaves_no_file(tmp_path: Path, capsys, monkeypatch) -> None:
    data_root = data_root_with_2024(tmp_path)
    target = tmp_path / "uit" / "klachten-2025.xlsx"

    def disk_full(source, destination):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("generator.dataset.writer.os.replace", disk_full)
    assert main(["sjabloon", "--jaar", "2025", "--data", str(data_root), "--uit", str(target)]) == 1
    assert capsys.readouterr().err.startswith("fout: ")
    assert list(target.parent.iterdir()) == []


def test_sjabloon_without_an_earlier_year_says_what_to_do(tmp_path: Path, capsys) -> None:
    data_root = data_root_with_2024(tmp_path)
    assert main(["sjabloon", "--jaar", "2024", "--data", str(data_root), "--uit", str(tmp_path / "t.xlsx")]) == 2
    assert capsys.readouterr().err == (
        f"fout: {data_root}: er staat geen jaarmap van een jaar vóór 2024 in, dus er zijn geen soorten klachten, labels en oordelen "
        "om over te nemen. Oplossing: kies het jaar na een jaar dat er al is, of maak de eerste jaarmap zelf (zie data/2024/ als voorbeeld).\n"
    )
    assert not (tmp_path / "t.xlsx").exists()


# --- nieuw-jaar -----------------------------------------------------------------------------------


def test_nieuw_jaar_makes_the_year_folder_with_the_template_and_a_report_to_complete(tmp_path: Path, capsys) -> None:
    data_root = data_root_with_2024(tmp_path)
    assert main(["nieuw-jaar", "2025", "--data", str(data_root)]) == 0
    folder = data_root / "2025"
    assert capsys.readouterr().out == (
        f"De jaarmap {folder} is gemaakt, met de woorden uit {data_root / '2024' / layout.REPORT_FILE}:\n"
        f"  {folder / 'klachten.xlsx'}\n"
        f"  {folder / layout.REPORT_FILE}\n"
        f"Vul ze in (de uitleg staat in het werkblad Uitleg en bovenin verslag.yaml) en controleer: python -m generator check {folder}\n"
    )
    assert sorted(path.name for path in data_root.iterdir()) == ["2024", "2025"]
    report = (folder / layout.REPORT_FILE).read_text(encoding="utf-8")
    assert "\njaar: 2025\n" in report and "\ngepubliceerd:" not in report
    assert len(re.findall(r"^\w+: 'VUL IN: ", report, flags=re.MULTILINE)) == len(FILLED_IN)
    previous = (REPORT_2024).read_text(encoding="utf-8")
    vocabulary_part = previous[previous.index("categorieen:") : previous.index("gepubliceerd:")]
    assert vocabulary_part in report


def test_the_new_folder_is_not_ready_until_everything_is_filled_in(new_folder: Path, capsys) -> None:
    assert main(["check", str(new_folder)]) == 1
    error = capsys.readouterr().err.splitlines()
    assert error[0] == "6 fouten in de gegevens:"
    assert error[1] == (
        f"{new_folder / layout.REPORT_FILE}, rij 12, kolom 'titel': nog niet ingevuld: de titel van het verslag, bijvoorbeeld "
        "'Klachtenjaarverslag Partou kinderopvang 2025'. Oplossing: vervang de waarde, bijvoorbeeld door "
        "'titel: Klachtenjaarverslag Kinderopvang De Voorbeeld 2024'."
    )
    assert error[6] == (
        f"{new_folder / 'klachten.xlsx'}, werkblad 'Klachten': het bestand bevat geen enkele klacht. "
        "Oplossing: zet onder de kopregel één rij per klacht."
    )


def test_nieuw_jaar_refuses_a_folder_that_exists_and_changes_nothing(tmp_path: Path, capsys) -> None:
    data_root = data_root_with_2024(tmp_path)
    folder = data_root / "2025"
    folder.mkdir()
    (folder / "klachten.csv").write_text("volgnummer\n", encoding="utf-8")
    before = files_in(data_root)
    assert main(["nieuw-jaar", "2025", "--data", str(data_root)]) == 2
    assert capsys.readouterr().err == (
        f"fout: {folder}: de jaarmap bestaat al; nieuw-jaar maakt alleen een nieuwe jaarmap en verandert niets in een bestaande. "
        f"Oplossing: vul de bestanden in {folder} verder in, of haal de map eerst zelf weg als je opnieuw wilt beginnen.\n"
    )
    assert files_in(data_root) == before


def test_nieuw_jaar_that_fails_while_writing_leaves_no_folder(tmp_path: Path, capsys, monkeypatch) -> None:
    data_root = data_root_with_2024(tmp_path)

    def disk_full(path: Path, text: str) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("generator.dataset.writer.write_text", disk_full)
    assert main(["nieuw-jaar", "2025", "--data", str(data_root)]) == 1
    assert capsys.readouterr().err.startswith("fout: ")
    assert sorted(path.name for path in data_root.iterdir()) == ["2024"]


def test_nieuw_jaar_needs_an_existing_data_folder(tmp_path: Path, capsys) -> None:
    assert main(["nieuw-jaar", "2025", "--data", str(tmp_path / "daat")]) == 2
    assert capsys.readouterr().err == (
        f"fout: --data {tmp_path / 'daat'}: de map bestaat niet. Oplossing: geef de map met de jaarmappen (bijvoorbeeld --data data) op.\n"
    )
    assert list(tmp_path.iterdir()) == []


# --- check of the filled-in workbook ---------------------------------------------------------------


def test_the_filled_in_template_passes_check(new_folder: Path, capsys) -> None:
    fill_in(new_folder / "klachten.xlsx", COMPLAINTS, DISPUTES)
    complete_report(new_folder)
    assert main(["check", str(new_folder)]) == 0
    output = capsys.readouterr().out
    assert "Controle van " in output and "Klachtenjaarverslag 2025, versie 1.0" in output
    assert "2 klachten over 2 locaties, 1 geschil" in output
    assert "Meldingen: geen." in output  # none about the source line the template leaves out
    assert output.rstrip().endswith("Geen fouten: de gegevens kunnen gepubliceerd worden.")


def test_a_value_typed_in_outside_the_drop_down_lists_is_a_clear_error(new_folder: Path, capsys) -> None:
    complaints = [COMPLAINTS[0][:3] + ["Comunicatie"] + COMPLAINTS[0][4:], COMPLAINTS[1][:6] + ["Misschien"]]
    fill_in(new_folder / "klachten.xlsx", complaints, [DISPUTES[0][:3] + ["Toegewezen"]])
    complete_report(new_folder)
    before = files_in(new_folder)
    assert main(["check", str(new_folder)]) == 1
    workbook = new_folder / "klachten.xlsx"
    assert capsys.readouterr().err.splitlines() == [
        "3 fouten in de gegevens:",
        f"{workbook}, werkblad 'Klachten', rij 2 (volgnummer 1), kolom 'categorie': onbekende categorie 'Comunicatie'. Oplossing: bedoel je 'Communicatie'?",
        f"{workbook}, werkblad 'Klachten', rij 3 (volgnummer 2), kolom 'gegrond': ongeldige waarde 'Misschien' voor gegrond. "
        "Oplossing: gebruik Ja, Deels of Nee (de oordelen onder 'oordelen' in verslag.yaml), of laat de cel leeg als het verslag geen oordeel geeft.",
        f"{workbook}, werkblad 'Geschillen', rij 2, kolom 'uitkomst': onbekende uitkomst 'Toegewezen'. Oplossing: gebruik Gegrond, Ongegrond of Geen uitspraak.",
        "Er is niets geschreven. Verbeter de fouten en probeer het opnieuw.",
    ]
    assert files_in(new_folder) == before


def test_a_renamed_sheet_is_one_error_naming_the_sheets(new_folder: Path, capsys) -> None:
    workbook_path = new_folder / "klachten.xlsx"
    fill_in(workbook_path, COMPLAINTS, [])
    complete_report(new_folder)
    workbook = openpyxl.load_workbook(workbook_path)
    workbook[layout.COMPLAINTS_SHEET].title = "Blad1"
    workbook.save(workbook_path)
    assert main(["check", str(new_folder)]) == 1
    assert capsys.readouterr().err.splitlines()[:2] == [
        "1 fout in de gegevens:",
        f"{workbook_path}: het werkblad 'Klachten' ontbreekt; de werkmap heeft de werkbladen 'Uitleg', 'Blad1' en 'Geschillen'. "
        "Oplossing: geef het juiste werkblad weer de naam 'Klachten'; de werkbladen heten 'Klachten', 'Geschillen' en 'Uitleg'.",
    ]


def test_disputes_both_on_the_sheet_and_in_a_file_of_their_own_are_an_error(new_folder: Path, capsys) -> None:
    fill_in(new_folder / "klachten.xlsx", COMPLAINTS, DISPUTES)
    complete_report(new_folder)
    (new_folder / "geschillen.csv").write_text("entiteit,zaaknummer,uitspraak,uitkomst\nPartou B.V.,654321,Ongegrond verklaard.,Ongegrond\n", encoding="utf-8")
    assert main(["check", str(new_folder)]) == 1
    assert capsys.readouterr().err.splitlines()[1] == (
        f"{new_folder}: de geschillen staan zowel in geschillen.csv als op werkblad 'Geschillen' van klachten.xlsx. "
        "Oplossing: houd één van de twee over: haal geschillen.csv weg, of maak werkblad 'Geschillen' leeg (op de kopregel na); "
        "welke de juiste geschillen heeft, is niet te raden."
    )


@pytest.mark.slow
def test_the_pages_are_built_from_the_filled_in_template(new_folder: Path, tmp_path: Path, capsys) -> None:
    fill_in(new_folder / "klachten.xlsx", COMPLAINTS, DISPUTES)
    complete_report(new_folder)
    docs = tmp_path / "docs"
    assert main(["build", "--data", str(new_folder.parent), "--docs", str(docs)]) == 0
    assert "voor Klachtenjaarverslag 2025 in" in capsys.readouterr().out
    csv_text = (docs / "data" / "klachten.csv").read_text(encoding="utf-8")
    assert "De ouder kreeg geen bericht over de nieuwe groep." in csv_text
    assert "Het kind werd te laat opgehaald van school." in csv_text
