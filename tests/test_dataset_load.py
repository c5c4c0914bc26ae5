import shutil
from pathlib import Path

import openpyxl
import pytest

from generator.dataset import load_dataset
from generator.errors import MELDING, DataInvalid
from generator.schema import COMPLAINT_COLUMNS, DISPUTE_COLUMNS, column_names

GOOD = Path(__file__).parent / "fixtures" / "good"


@pytest.fixture
def year(tmp_path) -> Path:
    folder = tmp_path / "2024"
    shutil.copytree(GOOD, folder)
    return folder


def problems_of(folder: Path) -> list[str]:
    with pytest.raises(DataInvalid) as caught:
        load_dataset(folder)
    return [str(problem) for problem in caught.value.problems]


def test_good_folder_loads():
    dataset = load_dataset(GOOD)

    complaints = dataset.complaints
    assert list(complaints.columns) == column_names(COMPLAINT_COLUMNS)
    assert complaints["volgnummer"].tolist() == [1, 2, 3, 4, 5]
    assert str(complaints["volgnummer"].dtype) == "int64"
    assert str(complaints["bron_regel"].dtype) == "Int64"
    assert complaints["bron_regel"].isna().tolist() == [False, False, False, False, True]
    assert complaints["gegrond"].tolist() == ["Deels", "Ja", "Nee", "", "Ja"]
    assert complaints["label"].tolist()[2] == ""
    assert complaints["locatie"].tolist()[3] == "Kindercentrum Café"
    assert list(dataset.disputes.columns) == column_names(DISPUTE_COLUMNS)
    assert dataset.disputes["uitkomst"].tolist() == ["Gegrond", "Geen uitspraak"]
    assert dataset.report.title == "Klachtenjaarverslag Partou kinderopvang 2024"
    assert list(dataset.texts) == ["voorwoord"]
    assert dataset.texts["voorwoord"].startswith("# Voorwoord")
    assert dataset.category_texts == {}


def test_good_folder_reports_its_notices():
    dataset = load_dataset(GOOD)

    assert [problem.severity for problem in dataset.notices] == [MELDING, MELDING]
    assert [str(problem) for problem in dataset.notices] == [
        f"{GOOD / 'klachten.csv'}, rij 5 (volgnummer 4), kolom 'gegrond': gegrond is niet ingevuld; de bron geeft geen oordeel. "
        "Oplossing: vul Ja, Deels of Nee in als het verslag wel een oordeel geeft.",
        f"{GOOD / 'klachten.csv'}, rij 6 (volgnummer 5), kolom 'oplossing': oplossing is niet ingevuld. "
        "Oplossing: vul de getroffen oplossing in als het verslag die noemt.",
    ]


def test_loading_writes_nothing(year):
    before = {path: path.stat().st_mtime_ns for path in year.rglob("*")}

    load_dataset(year)

    assert {path: path.stat().st_mtime_ns for path in year.rglob("*")} == before


def test_without_disputes_file_there_are_no_disputes(year):
    (year / "geschillen.csv").unlink()

    dataset = load_dataset(year)

    assert list(dataset.disputes.columns) == column_names(DISPUTE_COLUMNS)
    assert len(dataset.disputes) == 0


def test_texts_and_category_texts_by_stem(year):
    (year / "tekst" / "nawoord.md").write_text("Tot slot.", encoding="utf-8")
    (year / "tekst" / "categorie").mkdir()
    (year / "tekst" / "categorie" / "communicatie.md").write_text("Over communicatie.", encoding="utf-8")

    dataset = load_dataset(year)

    assert list(dataset.texts) == ["nawoord", "voorwoord"]
    assert dataset.category_texts == {"communicatie": "Over communicatie."}


def test_a_text_the_site_would_not_show_gets_a_notice_and_is_left_out(year):
    texts = year / "tekst"
    (texts / "inleiding.md").write_text("Een tekst onder een naam die de site niet kent.", encoding="utf-8")
    (texts / "nawoord.md").write_text(" \n\n", encoding="utf-8")
    (texts / "notities.txt").write_text("geen markdown", encoding="utf-8")
    (texts / "categorie").mkdir()
    (texts / "categorie" / "communicatie.md").write_text("Over communicatie.", encoding="utf-8")
    (texts / "categorie" / "wachtlijst.md").write_text("Een soort die er niet is.", encoding="utf-8")

    dataset = load_dataset(year)

    assert list(dataset.texts) == ["voorwoord"] and list(dataset.category_texts) == ["communicatie"]
    assert [str(notice) for notice in dataset.notices if notice.file.parent.name in ("tekst", "categorie")] == [
        f"{texts / 'inleiding.md'}: de site en de PDF tonen deze tekst niet (ze tonen alleen voorwoord.md, klachtenprocedure-intern.md, "
        "klachtenprocedure-extern.md, geschillen.md, labels.md, nawoord.md). Oplossing: is het een van die teksten, geef het bestand dan die naam; "
        "anders wordt hij niet gepubliceerd.",
        f"{texts / 'nawoord.md'}: de tekst is leeg; de site en de PDF laten hem weg. Oplossing: schrijf de tekst, of haal het bestand weg.",
        f"{texts / 'categorie' / 'wachtlijst.md'}: er is geen soort klacht met het adres 'wachtlijst', dus de site toont deze uitleg niet. "
        "Oplossing: noem het bestand naar het adres van de soort klacht: aanbod-van-de-dienstverlening.md, accommodatie-en-speelgoed.md, "
        "communicatie.md, diversiteit-discriminatie.md, facturatie-debiteuren.md, overig.md, pedagogische-kwaliteit.md, personele-bezetting.md, "
        "planning-en-plaatsing.md, privacy.md, sluiting-groep-vestiging.md, "
        "tarieven-incl-verruiming-openingstijden-doorbetalen-feestdagen.md, voorwaarden-rondom-ruil-en-inhaaluren.md.",
        f"{texts / 'notities.txt'}: de site leest hier alleen teksten die eindigen op .md; dit wordt niet gepubliceerd. "
        "Oplossing: sla de tekst op als .md-bestand (platte tekst, Markdown), of haal dit weg.",
    ]


def test_every_text_the_site_and_the_pdf_show_has_a_known_name():
    import re

    from generator.dataset.layout import SHOWN_TEXTS
    from generator.site.pages import REPORT_TEXT_PAGES

    templates = Path(__file__).parents[1] / "generator" / "templates"
    in_templates = {name for path in templates.rglob("*.j2") for name in re.findall(r"year\.texts\[\"([^\"]+)\"\]", path.read_text(encoding="utf-8"))}
    in_pages = {stem for _, parts in REPORT_TEXT_PAGES.values() for _, stem in parts}
    assert in_templates and in_pages
    assert in_templates | in_pages == set(SHOWN_TEXTS)


def test_complaints_from_xlsx(year):
    rows = [line.split(",") for line in (year / "klachten.csv").read_text(encoding="utf-8").splitlines()]
    workbook = openpyxl.Workbook()
    for row in rows[:2]:
        workbook.active.append(row)
    workbook.save(year / "klachten.xlsx")
    (year / "klachten.csv").unlink()

    dataset = load_dataset(year)

    assert dataset.complaints["locatie"].tolist() == ["Avontuurlijk"]


def test_folder_missing(tmp_path):
    folder = tmp_path / "2031"

    assert problems_of(folder) == [
        f"{folder}: de map bestaat niet. Oplossing: geef de map van een jaar op, bijvoorbeeld data/2024, met daarin klachten.csv en verslag.yaml."
    ]


def test_folder_without_complaints_file(year):
    (year / "klachten.csv").unlink()

    assert problems_of(year) == [
        f"{year}: de jaarmap mist klachten.csv. Oplossing: zet de klachten in klachten.csv of klachten.xlsx in deze map, één rij per klacht."
    ]


def test_complaints_file_with_other_capitals(year):
    (year / "klachten.csv").rename(year / "Klachten.CSV")

    assert problems_of(year) == [f"{year}: de jaarmap mist klachten.csv. Oplossing: hernoem 'Klachten.CSV' naar 'klachten.csv'."]


def test_both_csv_and_xlsx(year):
    openpyxl.Workbook().save(year / "klachten.xlsx")

    assert problems_of(year) == [
        f"{year}: de jaarmap heeft zowel klachten.csv als klachten.xlsx. "
        "Oplossing: haal een van de twee weg; welk bestand de juiste gegevens heeft, is niet te raden."
    ]


def test_report_missing(year):
    (year / "verslag.yaml").unlink()

    assert problems_of(year) == [
        f"{year}: de jaarmap mist verslag.yaml. "
        "Oplossing: maak verslag.yaml met de gegevens van het verslag (organisatie, jaar, titel, versie, datum, categorieen, oordelen, uitkomsten_geschillen)."
    ]


def test_year_must_match_the_folder(tmp_path):
    folder = tmp_path / "2023"
    shutil.copytree(GOOD, folder)

    assert problems_of(folder) == [
        f"{folder / 'verslag.yaml'}, kolom 'jaar': jaar 2024 past niet bij de map '2023'. "
        "Oplossing: zet 'jaar: 2023' in verslag.yaml, of zet de gegevens in de map van 2024."
    ]


def test_problems_from_all_files_are_raised_at_once(year):
    (year / "klachten.csv").write_text(
        "volgnummer,locatie,label,categorie,omschrijving,oplossing,gegrond,bron_regel\n"
        "1,De Boomhut,Partou BV,Communicatie,Klacht.,Uitleg.,Ja,\n",
        encoding="utf-8",
    )
    (year / "geschillen.csv").write_text("entiteit,zaaknummer,uitspraak,uitkomst\nPartou,1,Uitspraak.,Misschien\n", encoding="utf-8")
    (year / "tekst" / "kapot.md").write_bytes(b"\xff\xfe\x00kapot")

    assert problems_of(year) == [
        f"{year / 'klachten.csv'}, rij 2 (volgnummer 1), kolom 'label': onbekend label 'Partou BV'. "
        "Oplossing: bedoel je 'Partou B.V.'? Gebruik een label uit verslag.yaml onder 'labels' (Partou B.V., Smallsteps B.V.) of laat de cel leeg.",
        f"{year / 'geschillen.csv'}, rij 2, kolom 'uitkomst': onbekende uitkomst 'Misschien'. "
        "Oplossing: gebruik Gegrond, Ongegrond of Geen uitspraak.",
        f"{year / 'tekst' / 'kapot.md'}: tekst is niet te lezen. Oplossing: sla het bestand op als UTF-8 (in Kladblok: Opslaan als, Codering UTF-8).",
    ]


def test_bad_report_and_bad_complaints_are_both_reported(year):
    (year / "verslag.yaml").write_text("organisatie: X\n", encoding="utf-8")
    (year / "klachten.csv").write_bytes(b"")

    problems = problems_of(year)

    assert problems[-1] == (
        f"{year / 'klachten.csv'}: het bestand is leeg. "
        "Oplossing: zet de kolomnamen in de eerste rij en daaronder één rij per klacht of geschil."
    )
    assert problems[0] == (
        f"{year / 'verslag.yaml'}, rij 1, kolom 'jaar': verplichte sleutel ontbreekt. Oplossing: voeg de regel 'jaar: 2024' toe."
    )
    assert len(problems) == 8
