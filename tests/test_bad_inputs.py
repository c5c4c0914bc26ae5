"""Every bad input a coordinator may hand in, run through `python -m generator check`: the exact lines
on stderr and the exit code. Inputs that are accepted on purpose (columns in another order, comma
or semicolon, UTF-8 with or without BOM, UTF-16, cp1252, gegrond in other capitals) exit 0 with
nothing on stderr, and the test checks what was read.

Each case is one file or one year folder in tests/fixtures/bad/. A folder is a whole year folder;
a file takes the place of one file in a copy of tests/fixtures/good, by its name: verslag_* is
verslag.yaml, disputes_* and geschillen_* are geschillen.csv, privacy_* is privacy-toegestaan.yaml,
tekst_* is tekst/voorwoord.md, *.xlsx is klachten.xlsx (instead of klachten.csv) and any other
file is klachten.csv. Inputs too large or too binary to commit are made in tmp_path by the tests
at the bottom.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass, field
from pathlib import Path

import openpyxl
import pytest

from generator.cli import main
from generator.dataset import load_dataset

FIXTURES = Path(__file__).parent / "fixtures"
GOOD = FIXTURES / "good"
BAD = FIXTURES / "bad"
NOTHING_WRITTEN = "Er is niets geschreven. Verbeter de fouten en probeer het opnieuw."
HEADER = "volgnummer,locatie,label,categorie,omschrijving,oplossing,gegrond,bron_regel"
TARGETS = {
    "verslag_": "verslag.yaml",
    "disputes_": "geschillen.csv",
    "geschillen_": "geschillen.csv",
    "privacy_": "privacy-toegestaan.yaml",
    "tekst_": "tekst/voorwoord.md",
}
# Stand-ins in the expected lines, for paths inside the temporary year folder.
PLACEHOLDERS = {
    "klachten": "klachten.csv",
    "klachten_xlsx": "klachten.xlsx",
    "geschillen": "geschillen.csv",
    "verslag": "verslag.yaml",
    "toegestaan": "privacy-toegestaan.yaml",
    "voorwoord": "tekst/voorwoord.md",
}


@dataclass(frozen=True)
class Case:
    fixture: str
    stderr: tuple[str, ...]  # {map}, {klachten}, ... stand for paths; {columns} for the column list
    exit_code: int = 1
    read: dict[str, list] = field(default_factory=dict)  # accepted cases: complaint values by column

    def __str__(self) -> str:
        return self.fixture


def year_folder_with(fixture: str, tmp_path: Path) -> Path:
    folder = tmp_path / "2024"
    source = BAD / fixture
    if source.is_dir():
        shutil.copytree(source, folder)
        return folder
    shutil.copytree(GOOD, folder)
    target = next((name for prefix, name in TARGETS.items() if fixture.startswith(prefix)), "klachten.csv")
    if fixture.endswith(".xlsx"):
        (folder / "klachten.csv").unlink()
        target = "klachten.xlsx"
    shutil.copyfile(source, folder / target)
    return folder


def expected_lines(lines: tuple[str, ...], folder: Path) -> list[str]:
    paths = {name: folder / relative for name, relative in PLACEHOLDERS.items()}
    columns = HEADER.replace(",", ", ")
    return [line.format(map=folder, columns=columns, **paths) for line in lines]


def run_check(folder: Path, capsys) -> tuple[int, list[str], str]:
    code = main(["check", str(folder)])
    captured = capsys.readouterr()
    return code, captured.err.splitlines(), captured.out


CASES = [
    Case(
        "binary.csv",
        (
            "1 fout in de gegevens:",
            "{klachten}: tekst is niet te lezen. "
            'Oplossing: open het bestand in Excel en kies Opslaan als, met als type "CSV UTF-8".',
            NOTHING_WRITTEN,
        ),
    ),
    Case(
        "category_typo.csv",
        (
            "2 fouten in de gegevens:",
            "{klachten}, rij 2 (volgnummer 1), kolom 'categorie': onbekende categorie 'Pedagogische kwalitijt'. "
            "Oplossing: bedoel je 'Pedagogische kwaliteit'?",
            "{klachten}, rij 3 (volgnummer 2), kolom 'categorie': onbekende categorie 'Facturatie/debiteuren'. "
            "Oplossing: bedoel je 'Facturatie / debiteuren'?",
            NOTHING_WRITTEN,
        ),
    ),
    Case(
        "column_case.csv",
        (
            "2 fouten in de gegevens:",
            "{klachten}, rij 1, kolom 'Locatie': onbekende kolomnaam. "
            "Oplossing: bedoel je 'locatie'? Hernoem de kolom of haal hem weg; de kolommen zijn: {columns}.",
            "{klachten}, rij 1, kolom 'locatie': verplichte kolom ontbreekt. "
            "Oplossing: voeg de kolom 'locatie' toe aan de kopregel; de kolommen zijn: {columns}.",
            NOTHING_WRITTEN,
        ),
    ),
    Case("columns_other_order.csv", (), 0, {"volgnummer": [1, 2], "locatie": ["De Boomhut", "Het Zonnetje"], "gegrond": ["Ja", "Nee"]}),
    Case("cp1252.csv", (), 0, {"locatie": ["Café 't Kasteel"], "omschrijving": ["Geen reactie op de e-mail van ’s ochtends."]}),
    Case(
        "disputes_bad.csv",
        (
            "3 fouten in de gegevens:",
            "{geschillen}, rij 3, kolom 'uitkomst': onbekende uitkomst 'Gegrond verklaard'. "
            "Oplossing: gebruik Gegrond, Ongegrond of Geen uitspraak.",
            "{geschillen}, rij 4, kolom 'entiteit': verplichte waarde ontbreekt. "
            "Oplossing: vul de cel in. Rechtspersoon waartegen het geschil liep.",
            "{geschillen}, rij 4, kolom 'uitspraak': verplichte waarde ontbreekt. "
            "Oplossing: vul de cel in. De uitspraak, zoals in het verslag.",
            NOTHING_WRITTEN,
        ),
    ),
    Case(
        "duplicate_column.csv",
        (
            "1 fout in de gegevens:",
            "{klachten}, rij 1, kolom 'locatie': de kolom staat meer dan één keer in de kopregel. "
            "Oplossing: houd één kolom 'locatie' over.",
            NOTHING_WRITTEN,
        ),
    ),
    Case(
        "duplicate_volgnummer.csv",
        (
            "1 fout in de gegevens:",
            "{klachten}, rij 4 (volgnummer 1), kolom 'volgnummer': volgnummer 1 komt ook voor in rij 2. "
            "Oplossing: geef elke klacht een eigen volgnummer.",
            NOTHING_WRITTEN,
        ),
    ),
    Case(
        "empty.csv",
        (
            "1 fout in de gegevens:",
            "{klachten}: het bestand is leeg. "
            "Oplossing: zet de kolomnamen in de eerste rij en daaronder één rij per klacht of geschil.",
            NOTHING_WRITTEN,
        ),
    ),
    Case(
        "empty_locatie.csv",
        (
            "1 fout in de gegevens:",
            "{klachten}, rij 2 (volgnummer 1), kolom 'locatie': verplichte waarde ontbreekt. "
            "Oplossing: vul de cel in. Naam van de locatie zoals in het verslag.",
            NOTHING_WRITTEN,
        ),
    ),
    Case(
        "empty_omschrijving.csv",
        (
            "1 fout in de gegevens:",
            "{klachten}, rij 2 (volgnummer 1), kolom 'omschrijving': verplichte waarde ontbreekt. "
            "Oplossing: vul de cel in. Wat de klacht was.",
            NOTHING_WRITTEN,
        ),
    ),
    Case(
        "empty_required_fields.csv",
        (
            "2 fouten in de gegevens:",
            "{klachten}, rij 2, kolom 'volgnummer': verplichte waarde ontbreekt. "
            "Oplossing: vul de cel in. Nummer van de klacht in de volgorde van het verslag (uniek).",
            "{klachten}, rij 2, kolom 'categorie': verplichte waarde ontbreekt. "
            "Oplossing: vul de cel in. Soort klacht: een van de categorieën van het verslag.",
            NOTHING_WRITTEN,
        ),
    ),
    Case(
        "folder_complaints_wrong_capitals",
        (
            "1 fout in de gegevens:",
            "{map}: de jaarmap mist klachten.csv. "
            "Oplossing: hernoem 'Klachten.csv' naar 'klachten.csv'.",
            NOTHING_WRITTEN,
        ),
    ),
    Case(
        "folder_with_csv_and_xlsx",
        (
            "1 fout in de gegevens:",
            "{map}: de jaarmap heeft zowel klachten.csv als klachten.xlsx. "
            "Oplossing: haal een van de twee weg; welk bestand de juiste gegevens heeft, is niet te raden.",
            NOTHING_WRITTEN,
        ),
    ),
    Case(
        "folder_without_complaints",
        (
            "1 fout in de gegevens:",
            "{map}: de jaarmap mist klachten.csv. "
            "Oplossing: zet de klachten in klachten.csv of klachten.xlsx in deze map, één rij per klacht.",
            NOTHING_WRITTEN,
        ),
    ),
    Case(
        "folder_without_report",
        (
            "1 fout in de gegevens:",
            "{map}: de jaarmap mist verslag.yaml. "
            "Oplossing: maak verslag.yaml met de gegevens van het verslag (organisatie, jaar, titel, versie, datum, categorieen, oordelen, uitkomsten_geschillen).",
            NOTHING_WRITTEN,
        ),
    ),
    Case(
        "gegrond_gedeeltelijk.csv",
        (
            "1 fout in de gegevens:",
            "{klachten}, rij 2 (volgnummer 1), kolom 'gegrond': ongeldige waarde 'gedeeltelijk' voor gegrond. "
            "Oplossing: gebruik Ja, Deels of Nee (de oordelen onder 'oordelen' in verslag.yaml), of laat de cel leeg als het verslag geen oordeel geeft.",
            NOTHING_WRITTEN,
        ),
    ),
    Case("gegrond_other_capitals.csv", (), 0, {"gegrond": ["Ja", "Ja", "Nee"]}),
    Case(
        "geschillen_missing_column.csv",
        (
            "1 fout in de gegevens:",
            "{geschillen}, rij 1, kolom 'uitspraak': verplichte kolom ontbreekt. "
            "Oplossing: voeg de kolom 'uitspraak' toe aan de kopregel; de kolommen zijn: entiteit, zaaknummer, uitspraak, uitkomst, bron_regel.",
            NOTHING_WRITTEN,
        ),
    ),
    Case(
        "header_only.csv",
        (
            "1 fout in de gegevens:",
            "{klachten}: het bestand bevat geen enkele klacht. "
            "Oplossing: zet onder de kopregel één rij per klacht.",
            NOTHING_WRITTEN,
        ),
    ),
    Case(
        "invalid_gegrond.csv",
        (
            "1 fout in de gegevens:",
            "{klachten}, rij 2 (volgnummer 1), kolom 'gegrond': ongeldige waarde 'Misschien' voor gegrond. "
            "Oplossing: gebruik Ja, Deels of Nee (de oordelen onder 'oordelen' in verslag.yaml), of laat de cel leeg als het verslag geen oordeel geeft.",
            NOTHING_WRITTEN,
        ),
    ),
    Case(
        "missing_column.csv",
        (
            "1 fout in de gegevens:",
            "{klachten}, rij 1, kolom 'locatie': verplichte kolom ontbreekt. "
            "Oplossing: voeg de kolom 'locatie' toe aan de kopregel; de kolommen zijn: {columns}.",
            NOTHING_WRITTEN,
        ),
    ),
    Case(
        "newline_in_field.csv",
        (
            "1 fout in de gegevens:",
            "{klachten}, rij 2 (volgnummer 1), kolom 'omschrijving': de waarde beslaat meer dan één regel. "
            "Oplossing: haal de regelovergang (Alt+Enter) uit de cel weg; elke waarde is één regel tekst.",
            NOTHING_WRITTEN,
        ),
    ),
    Case(
        "not_a_workbook.xlsx",
        (
            "1 fout in de gegevens:",
            "{klachten_xlsx}: het bestand is geen Excel-werkmap die te lezen is. "
            "Oplossing: open het bestand in Excel en sla het op als Excel-werkmap (.xlsx).",
            NOTHING_WRITTEN,
        ),
    ),
    Case(
        "privacy_toegestaan_bad.yaml",
        (
            "8 fouten in de gegevens:",
            "{toegestaan}, rij 4, kolom 'toegestaan[1].soort': onbekende sleutel. "
            "Oplossing: gebruik een van deze sleutels of haal de regel weg: tekst, bestand, rij, kolom, reden.",
            "{toegestaan}, rij 5, kolom 'toegestaan[2].tekst': verwacht tekst, gevonden het getal 123456782. "
            "Oplossing: zet de waarde tussen aanhalingstekens: '123456782'.",
            "{toegestaan}, rij 8, kolom 'toegestaan[3].bestand': het bestand 'klachten.cvs' staat niet in de jaarmap. "
            "Oplossing: schrijf het pad vanaf de jaarmap, zoals het in de vondst staat, bijvoorbeeld klachten.csv of tekst/nawoord.md.",
            "{toegestaan}, rij 9, kolom 'toegestaan[3].rij': verwacht een geheel getal van 0 of meer, gevonden de tekst 'twee'. "
            "Oplossing: schrijf een geheel getal zonder aanhalingstekens en zonder punt, bijvoorbeeld 538.",
            "{toegestaan}, rij 10, kolom 'toegestaan[3].kolom': de privacycontrole leest geen kolom 'gegrond'. "
            "Oplossing: gebruik omschrijving, oplossing, uitspraak, locatie, label, entiteit, zaaknummer, actuele_naam_oko, opvanglocatie_woonplaats of verantwoordelijke_gemeente, of haal 'kolom:' weg.",
            "{toegestaan}, rij 12, kolom 'toegestaan[4].reden': verplichte sleutel ontbreekt. "
            "Oplossing: voeg de regel 'reden: waarom dit gepubliceerd mag worden' toe onder 'toegestaan[4]'.",
            "{toegestaan}, rij 14, kolom 'toegestaan[5].rij': een rij zonder bestand. "
            "Oplossing: voeg 'bestand:' toe, of haal 'rij:' weg om de tekst in elk bestand toe te staan.",
            "{toegestaan}, rij 15, kolom 'toegestaan[5].kolom': de privacycontrole leest geen kolom 'oplosing'. "
            "Oplossing: bedoel je 'oplossing'? Gebruik omschrijving, oplossing, uitspraak, locatie, label, entiteit, zaaknummer, actuele_naam_oko, opvanglocatie_woonplaats of verantwoordelijke_gemeente, of haal 'kolom:' weg.",
            NOTHING_WRITTEN,
        ),
    ),
    Case("quoted_delimiter.csv", (), 0, {"locatie": ["De Boomhut, locatie 2"], "omschrijving": ['Ouder zei: "te laat", twee keer.']}),
    Case("semicolon_delimiter.csv", (), 0, {"omschrijving": ["Geen reactie op mail, ook niet op de app.", "Foto gedeeld; zonder toestemming."]}),
    Case(
        "several_problems.csv",
        (
            "7 fouten in de gegevens:",
            "{klachten}, rij 1, kolom 'Datum': onbekende kolomnaam. "
            "Oplossing: hernoem de kolom of haal hem weg; de kolommen zijn: {columns}.",
            "{klachten}, rij 2 (volgnummer 1), kolom 'categorie': onbekende categorie 'Comunicatie'. "
            "Oplossing: bedoel je 'Communicatie'?",
            "{klachten}, rij 3 (volgnummer 1), kolom 'locatie': verplichte waarde ontbreekt. "
            "Oplossing: vul de cel in. Naam van de locatie zoals in het verslag.",
            "{klachten}, rij 3 (volgnummer 1), kolom 'omschrijving': verplichte waarde ontbreekt. "
            "Oplossing: vul de cel in. Wat de klacht was.",
            "{klachten}, rij 3 (volgnummer 1), kolom 'gegrond': ongeldige waarde 'Gedeeltelijk' voor gegrond. "
            "Oplossing: gebruik Ja, Deels of Nee (de oordelen onder 'oordelen' in verslag.yaml), of laat de cel leeg als het verslag geen oordeel geeft.",
            "{klachten}, rij 3 (volgnummer 1), kolom 'volgnummer': volgnummer 1 komt ook voor in rij 2. "
            "Oplossing: geef elke klacht een eigen volgnummer.",
            "{klachten}, rij 4, kolom 'volgnummer': 'x' is geen positief geheel getal. "
            "Oplossing: gebruik een geheel getal vanaf 1, zonder punt, komma of spaties.",
            NOTHING_WRITTEN,
        ),
    ),
    Case(
        "tekst_cp1252.md",
        (
            "1 fout in de gegevens:",
            "{voorwoord}: tekst is niet te lezen. "
            "Oplossing: sla het bestand op als UTF-8 (in Kladblok: Opslaan als, Codering UTF-8).",
            NOTHING_WRITTEN,
        ),
    ),
    Case(
        "unclosed_quote.csv",
        (
            "1 fout in de gegevens:",
            "{klachten}, rij 2 (volgnummer 1), kolom 'omschrijving': de waarde begint met een aanhalingsteken dat niet gesloten wordt, waardoor de rijen eronder in deze cel staan. "
            'Oplossing: zet een " aan het eind van de waarde, of haal het " aan het begin weg.',
            NOTHING_WRITTEN,
        ),
    ),
    Case(
        "unknown_category.csv",
        (
            "2 fouten in de gegevens:",
            "{klachten}, rij 2 (volgnummer 1), kolom 'categorie': onbekende categorie 'Comunicatie'. "
            "Oplossing: bedoel je 'Communicatie'?",
            "{klachten}, rij 3 (volgnummer 2), kolom 'categorie': onbekende categorie 'Personeel'. "
            "Oplossing: gebruik een van de categorieën uit verslag.yaml onder 'categorieen': Aanbod van de dienstverlening, Accommodatie en speelgoed, Communicatie, Diversiteit / discriminatie, Facturatie / debiteuren, Overig, Pedagogische kwaliteit, Personele bezetting, Planning en plaatsing, Privacy, Sluiting groep/vestiging, Tarieven (incl. verruiming openingstijden, doorbetalen feestdagen), Voorwaarden rondom ruil- en inhaaluren.",
            NOTHING_WRITTEN,
        ),
    ),
    Case(
        "unknown_column.csv",
        (
            "3 fouten in de gegevens:",
            "{klachten}, rij 1, kolom 'omschrijvng': onbekende kolomnaam. "
            "Oplossing: bedoel je 'omschrijving'? Hernoem de kolom of haal hem weg; de kolommen zijn: {columns}.",
            "{klachten}, rij 1, kolom 'Opmerking': onbekende kolomnaam. "
            "Oplossing: hernoem de kolom of haal hem weg; de kolommen zijn: {columns}.",
            "{klachten}, rij 1, kolom 'omschrijving': verplichte kolom ontbreekt. "
            "Oplossing: voeg de kolom 'omschrijving' toe aan de kopregel; de kolommen zijn: {columns}.",
            NOTHING_WRITTEN,
        ),
    ),
    Case(
        "unknown_label.csv",
        (
            "1 fout in de gegevens:",
            "{klachten}, rij 2 (volgnummer 1), kolom 'label': onbekend label 'Partou BV'. "
            "Oplossing: bedoel je 'Partou B.V.'? Gebruik een label uit verslag.yaml onder 'labels' (Partou B.V., Smallsteps B.V.) of laat de cel leeg.",
            NOTHING_WRITTEN,
        ),
    ),
    Case(
        "unquoted_delimiter.csv",
        (
            "1 fout in de gegevens:",
            "{klachten}, rij 2 (volgnummer 1): de rij heeft 9 waarden, maar de kopregel heeft 8 kolommen. "
            "Oplossing: zet een waarde met een , erin tussen dubbele aanhalingstekens (zo slaat Excel het zelf op), of haal de waarden rechts van de laatste kolom weg. De andere waarden van deze rij worden pas gecontroleerd als ze in de goede kolom staan.",
            NOTHING_WRITTEN,
        ),
    ),
    Case(
        "unquoted_semicolon.csv",
        (
            "1 fout in de gegevens:",
            "{klachten}, rij 2 (volgnummer 1): de rij heeft 9 waarden, maar de kopregel heeft 8 kolommen. "
            "Oplossing: zet een waarde met een ; erin tussen dubbele aanhalingstekens (zo slaat Excel het zelf op), of haal de waarden rechts van de laatste kolom weg. De andere waarden van deze rij worden pas gecontroleerd als ze in de goede kolom staan.",
            NOTHING_WRITTEN,
        ),
    ),
    Case("utf16.csv", (), 0, {"volgnummer": [1], "locatie": ["Kindercentrum Café"]}),
    Case("utf8_bom.csv", (), 0, {"volgnummer": [1], "locatie": ["Kindercentrum Café"]}),
    Case(
        "verslag_categories.yaml",
        (
            "5 fouten in de gegevens:",
            "{verslag}, rij 11, kolom 'gepubliceerd.tabel.rijen[1].categorie': onbekende categorie 'Comunicatie'. "
            "Oplossing: bedoel je 'Communicatie'?",
            "{verslag}, rij 12, kolom 'gepubliceerd.tabel.rijen[1].cellen.Smalsteps': deze kolom staat niet in 'kolommen'. "
            "Oplossing: gebruik de namen uit 'kolommen': Geen label, Partou.",
            "{verslag}, rij 15, kolom 'gepubliceerd.tabel.eindtotaal.cellen.Partou': de cel ontbreekt. "
            "Oplossing: voeg 'Partou: null' toe voor een lege cel.",
            "{verslag}, rij 18, kolom 'gepubliceerd.toelichting_per_categorie.Sluiting groep / vestiging': onbekende categorie 'Sluiting groep / vestiging'. "
            "Oplossing: bedoel je 'Sluiting groep/vestiging'?",
            "{verslag}, rij 21, kolom 'gepubliceerd.vorig_jaar.jaar': de sleutel staat er meer dan één keer. "
            "Oplossing: houd één regel 'jaar: ...' over.",
            NOTHING_WRITTEN,
        ),
    ),
    Case(
        "verslag_missing_key.yaml",
        (
            "2 fouten in de gegevens:",
            "{verslag}, rij 1, kolom 'titel': verplichte sleutel ontbreekt. "
            "Oplossing: voeg de regel 'titel: Klachtenjaarverslag Kinderopvang De Voorbeeld 2024' toe.",
            "{verslag}, rij 8, kolom 'gepubliceerd.geschillen.per_entiteit[1].met_uitspraak': verplichte sleutel ontbreekt. "
            "Oplossing: voeg de regel 'met_uitspraak: 3' toe onder 'gepubliceerd.geschillen.per_entiteit[1]'.",
            NOTHING_WRITTEN,
        ),
    ),
    Case(
        "verslag_not_mapping.yaml",
        (
            "1 fout in de gegevens:",
            "{verslag}, rij 1: verwacht sleutels met waarden, gevonden een lijst. "
            "Oplossing: schrijf ingesprongen regels 'naam: waarde' onder de sleutel, of {{}} als er geen zijn.",
            NOTHING_WRITTEN,
        ),
    ),
    Case(
        "verslag_syntax.yaml",
        (
            "1 fout in de gegevens:",
            "{verslag}, rij 3: het bestand is geen geldige YAML: hier staat een dubbele punt waar er geen mag staan. "
            "Oplossing: controleer de inspringing en de dubbele punten op deze regel en de regel erboven; zet tekst met : of # erin tussen aanhalingstekens.",
            NOTHING_WRITTEN,
        ),
    ),
    Case(
        "verslag_unknown_key.yaml",
        (
            "2 fouten in de gegevens:",
            "{verslag}, rij 6, kolom 'auteurr': onbekende sleutel. "
            "Oplossing: bedoel je 'auteur'? Gebruik een van deze sleutels of haal de regel weg: organisatie, jaar, titel, versie, datum, auteur, bron, locaties_organisatie, kinderen_opgevangen, "
            "categorieen, labels, oordelen, uitkomsten_geschillen, gepubliceerd.",
            "{verslag}, rij 12, kolom 'gepubliceerd.vorig_jaar.aantal': onbekende sleutel. "
            "Oplossing: gebruik een van deze sleutels of haal de regel weg: jaar, klachten, percentage_kinderen_met_klacht, categorieen.",
            NOTHING_WRITTEN,
        ),
    ),
    Case(
        "verslag_wrong_type.yaml",
        (
            "5 fouten in de gegevens:",
            "{verslag}, rij 2, kolom 'jaar': verwacht een geheel getal van 0 of meer, gevonden de tekst '2024a'. "
            "Oplossing: schrijf een geheel getal zonder aanhalingstekens en zonder punt, bijvoorbeeld 538.",
            "{verslag}, rij 4, kolom 'versie': verwacht tekst, gevonden het getal 1.1. "
            "Oplossing: zet de waarde tussen aanhalingstekens: '1.1'.",
            "{verslag}, rij 5, kolom 'datum': verwacht een datum, gevonden de tekst '31-05-2025'. "
            "Oplossing: schrijf de datum als jjjj-mm-dd zonder aanhalingstekens, bijvoorbeeld 2025-05-31.",
            "{verslag}, rij 10, kolom 'gepubliceerd.percentage_kinderen_met_klacht': verwacht een getal van 0 of meer, gevonden de tekst '0,74'. "
            "Oplossing: schrijf een getal met een punt als decimaalteken, bijvoorbeeld 0.74.",
            "{verslag}, rij 15, kolom 'gepubliceerd.tabel.rijen[1].cellen.Partou': verwacht een geheel getal of null, gevonden de tekst 'twintig'. "
            "Oplossing: schrijf een geheel getal, of null voor een lege cel.",
            NOTHING_WRITTEN,
        ),
    ),
    Case(
        "verslag_year_mismatch.yaml",
        (
            "1 fout in de gegevens:",
            "{verslag}, kolom 'jaar': jaar 2023 past niet bij de map '2024'. "
            "Oplossing: zet 'jaar: 2024' in verslag.yaml, of zet de gegevens in de map van 2023.",
            NOTHING_WRITTEN,
        ),
    ),
    Case(
        "volgnummer_not_integer.csv",
        (
            "3 fouten in de gegevens:",
            "{klachten}, rij 2, kolom 'volgnummer': 'drie' is geen positief geheel getal. "
            "Oplossing: gebruik een geheel getal vanaf 1, zonder punt, komma of spaties.",
            "{klachten}, rij 3 (volgnummer 0), kolom 'volgnummer': '0' is geen positief geheel getal. "
            "Oplossing: gebruik een geheel getal vanaf 1, zonder punt, komma of spaties.",
            "{klachten}, rij 3 (volgnummer 0), kolom 'bron_regel': '12.5' is geen positief geheel getal. "
            "Oplossing: gebruik een geheel getal vanaf 1, zonder punt, komma of spaties.",
            NOTHING_WRITTEN,
        ),
    ),
]


def test_the_corpus_has_a_case_for_every_fixture():
    assert sorted(case.fixture for case in CASES) == sorted(path.name for path in BAD.iterdir())


@pytest.mark.parametrize("case", CASES, ids=str)
def test_check_reports_exactly_these_lines_and_exit_code(case: Case, tmp_path: Path, capsys) -> None:
    folder = year_folder_with(case.fixture, tmp_path)
    before = {path: path.read_bytes() for path in folder.rglob("*") if path.is_file()}

    code, stderr, _ = run_check(folder, capsys)

    assert (code, stderr) == (case.exit_code, expected_lines(case.stderr, folder))
    for column, values in case.read.items():
        assert load_dataset(folder).complaints[column].tolist() == values, column
    assert {path: path.read_bytes() for path in folder.rglob("*") if path.is_file()} == before


def test_cp1252_is_read_and_reported_as_a_notice(tmp_path: Path, capsys) -> None:
    folder = year_folder_with("cp1252.csv", tmp_path)

    _, _, stdout = run_check(folder, capsys)

    assert (
        f"  {folder / 'klachten.csv'}: het bestand is niet als UTF-8 opgeslagen en is gelezen als Windows-1252 (ANSI). "
        'Oplossing: controleer letters als é en ë op de site, of open het bestand in Excel en kies Opslaan als, met als type "CSV UTF-8".'
    ) in stdout.splitlines()


# --- Made in tmp_path: binary workbooks and a 50 MB file ------------------------------------------


def workbook_folder(tmp_path: Path, sheets: dict[str, list[list[object]]]) -> Path:
    folder = year_folder_with("folder_without_complaints", tmp_path)
    workbook = openpyxl.Workbook()
    workbook.remove(workbook.active)
    for title, rows in sheets.items():
        sheet = workbook.create_sheet(title)
        for row in rows:
            sheet.append(row)
    workbook.save(folder / "klachten.xlsx")
    return folder


COMPLAINT_ROW = [1, "De Boomhut", "Partou B.V.", "Communicatie", "Geen reactie op mail.", "Excuses gemaakt.", "Ja", 10]


def test_xlsx_with_data_on_another_sheet_is_refused(tmp_path: Path, capsys) -> None:
    folder = workbook_folder(
        tmp_path,
        {"Klachten": [HEADER.split(","), COMPLAINT_ROW], "Klachten 2023": [HEADER.split(","), COMPLAINT_ROW]},
    )

    code, stderr, _ = run_check(folder, capsys)

    assert (code, stderr) == (
        1,
        [
            "1 fout in de gegevens:",
            f"{folder / 'klachten.xlsx'}: alleen het eerste werkblad ('Klachten') wordt gelezen, maar ook werkblad 'Klachten 2023' heeft gegevens. "
            "Oplossing: zet alle rijen op het eerste werkblad en haal de andere werkbladen weg, of sla alleen het juiste werkblad op als CSV UTF-8.",
            NOTHING_WRITTEN,
        ],
    )


def test_xlsx_with_an_empty_extra_sheet_is_read_with_a_notice(tmp_path: Path, capsys) -> None:
    folder = workbook_folder(tmp_path, {"Klachten": [HEADER.split(","), COMPLAINT_ROW], "Blad2": []})

    code, stderr, stdout = run_check(folder, capsys)

    assert (code, stderr) == (0, [])
    assert (
        f"  {folder / 'klachten.xlsx'}: alleen het eerste werkblad ('Klachten') wordt gelezen; de andere werkbladen ('Blad2') worden overgeslagen. "
        "Oplossing: haal de andere werkbladen weg als ze niet bij de gegevens horen."
    ) in stdout.splitlines()
    assert load_dataset(folder).complaints["locatie"].tolist() == ["De Boomhut"]


def test_xlsx_value_right_of_the_last_column_is_reported_and_the_row_still_checked(tmp_path: Path, capsys) -> None:
    # Unlike a CSV file, a workbook cannot shift values into the wrong column.
    row = [*COMPLAINT_ROW[:6], "Misschien", 10, "opmerking"]
    folder = workbook_folder(tmp_path, {"Klachten": [HEADER.split(","), row]})

    code, stderr, _ = run_check(folder, capsys)

    xlsx = folder / "klachten.xlsx"
    assert (code, stderr) == (
        1,
        [
            "2 fouten in de gegevens:",
            f"{xlsx}, rij 2 (volgnummer 1): de rij heeft 9 waarden, maar de kopregel heeft 8 kolommen. "
            "Oplossing: haal de waarden rechts van de laatste kolom weg, of geef hun kolom een naam in de kopregel.",
            f"{xlsx}, rij 2 (volgnummer 1), kolom 'gegrond': ongeldige waarde 'Misschien' voor gegrond. "
            "Oplossing: gebruik Ja, Deels of Nee (de oordelen onder 'oordelen' in verslag.yaml), of laat de cel leeg als het verslag geen oordeel geeft.",
            NOTHING_WRITTEN,
        ],
    )


def test_xlsx_without_any_cell_is_empty(tmp_path: Path, capsys) -> None:
    folder = workbook_folder(tmp_path, {"Klachten": []})

    code, stderr, _ = run_check(folder, capsys)

    assert (code, stderr) == (
        1,
        [
            "1 fout in de gegevens:",
            f"{folder / 'klachten.xlsx'}: het bestand is leeg. "
            "Oplossing: zet de kolomnamen in de eerste rij en daaronder één rij per klacht of geschil.",
            NOTHING_WRITTEN,
        ],
    )


def test_a_50_mb_file_of_valid_rows_is_refused_with_its_size(tmp_path: Path, capsys) -> None:
    # 100.000 valid complaints would load (5 s, 540 MB) but make 146 MB of pages; see tables.py.
    folder = year_folder_with("folder_without_complaints", tmp_path)
    text = "Ouder geeft aan dat de communicatie over de planning beter kan, en wil graag eerder bericht. " * 4
    rows = (f'{number},De Boomhut,Partou B.V.,Communicatie,"{text}",Excuses gemaakt.,Ja,{number}\n' for number in range(1, 130_001))
    path = folder / "klachten.csv"
    path.write_text(HEADER + "\n" + "".join(rows), encoding="utf-8")
    size = path.stat().st_size

    code, stderr, _ = run_check(folder, capsys)

    megabytes = f"{size / 1_000_000:.1f}".replace(".", ",")
    assert (code, stderr) == (
        1,
        [
            "1 fout in de gegevens:",
            f"{path}: het bestand is {megabytes} MB; een tabel van één jaar mag hoogstens 40 MB zijn. "
            "Oplossing: controleer of dit het juiste bestand is: de klachten van een heel jaar zijn veel kleiner "
            "(537 klachten zijn 0,3 MB; 53.700 klachten 29 MB). Haal rijen van andere jaren en kolommen die er niet in horen weg.",
            NOTHING_WRITTEN,
        ],
    )
