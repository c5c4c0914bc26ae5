from pathlib import Path

from generator.dataset.tables import read_table
from generator.dataset.validate import validate_complaints, validate_disputes
from generator.importer.vocabulary import report_vocabulary
from generator.errors import FOUT, MELDING

BAD = Path(__file__).parent / "fixtures" / "bad"
# The words of the 2024 report, as its importer declares them.
VOCABULARY = report_vocabulary({"Partou B.V.": "Partou", "Smallsteps B.V.": "Smallsteps"})
HEADER = "volgnummer,locatie,label,categorie,omschrijving,oplossing,gegrond,bron_regel"
COLUMNS = "volgnummer, locatie, label, categorie, omschrijving, oplossing, gegrond, bron_regel"


def check(path: Path):
    table, problems = read_table(path)
    rows, row_problems = validate_complaints(table, VOCABULARY)
    return rows, problems + row_problems


def errors(path: Path) -> list[str]:
    _, problems = check(path)
    return [str(problem) for problem in problems if problem.severity == FOUT]


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "klachten.csv"
    path.write_text(text, encoding="utf-8")
    return path


def test_missing_column():
    path = BAD / "missing_column.csv"

    assert errors(path) == [
        f"{path}, rij 1, kolom 'locatie': verplichte kolom ontbreekt. "
        f"Oplossing: voeg de kolom 'locatie' toe aan de kopregel; de kolommen zijn: {COLUMNS}."
    ]


def test_unknown_column_with_and_without_suggestion():
    path = BAD / "unknown_column.csv"

    assert errors(path) == [
        f"{path}, rij 1, kolom 'omschrijvng': onbekende kolomnaam. "
        f"Oplossing: bedoel je 'omschrijving'? Hernoem de kolom of haal hem weg; de kolommen zijn: {COLUMNS}.",
        f"{path}, rij 1, kolom 'Opmerking': onbekende kolomnaam. "
        f"Oplossing: hernoem de kolom of haal hem weg; de kolommen zijn: {COLUMNS}.",
        f"{path}, rij 1, kolom 'omschrijving': verplichte kolom ontbreekt. "
        f"Oplossing: voeg de kolom 'omschrijving' toe aan de kopregel; de kolommen zijn: {COLUMNS}.",
    ]


def test_column_name_in_other_capitals_is_not_accepted_but_suggested():
    path = BAD / "column_case.csv"

    assert errors(path) == [
        f"{path}, rij 1, kolom 'Locatie': onbekende kolomnaam. "
        f"Oplossing: bedoel je 'locatie'? Hernoem de kolom of haal hem weg; de kolommen zijn: {COLUMNS}.",
        f"{path}, rij 1, kolom 'locatie': verplichte kolom ontbreekt. "
        f"Oplossing: voeg de kolom 'locatie' toe aan de kopregel; de kolommen zijn: {COLUMNS}.",
    ]


def test_columns_in_another_order_are_mapped_by_name(tmp_path):
    path = write(
        tmp_path,
        " omschrijving ,gegrond,volgnummer,categorie,locatie,oplossing,bron_regel,label\n"
        "Klacht.,Ja,4,Overig,De Boomhut,Uitleg.,12,Partou B.V.\n",
    )

    rows, problems = check(path)

    assert problems == []
    assert rows == [
        {
            "volgnummer": 4,
            "locatie": "De Boomhut",
            "label": "Partou B.V.",
            "categorie": "Overig",
            "omschrijving": "Klacht.",
            "oplossing": "Uitleg.",
            "gegrond": "Ja",
            "bron_regel": 12,
        }
    ]


def test_missing_optional_column_is_one_notice(tmp_path):
    path = write(tmp_path, "volgnummer,locatie,label,categorie,omschrijving,oplossing,gegrond\n1,De Boomhut,,Overig,Klacht.,Uitleg.,Ja\n")

    rows, problems = check(path)

    assert rows[0]["bron_regel"] is None
    assert [str(problem) for problem in problems] == [
        f"{path}, rij 1, kolom 'bron_regel': kolom ontbreekt; de waarde is voor elke rij leeg. "
        "Oplossing: voeg de kolom 'bron_regel' toe als het verslag deze gegevens heeft. "
        "Regel in de tekst van het verslag waar de klacht begint."
    ]
    assert problems[0].severity == MELDING


def test_unknown_category_with_and_without_closest_suggestion():
    path = BAD / "unknown_category.csv"

    assert errors(path) == [
        f"{path}, rij 2, kolom 'categorie': onbekende categorie 'Comunicatie'. Oplossing: bedoel je 'Communicatie'?",
        f"{path}, rij 3, kolom 'categorie': onbekende categorie 'Personeel'. "
        "Oplossing: gebruik een van de categorieën uit verslag.yaml onder 'categorieen': Aanbod van de dienstverlening, Accommodatie en speelgoed, "
        "Communicatie, Diversiteit / discriminatie, Facturatie / debiteuren, Overig, Pedagogische kwaliteit, Personele bezetting, "
        "Planning en plaatsing, Privacy, Sluiting groep/vestiging, "
        "Tarieven (incl. verruiming openingstijden, doorbetalen feestdagen), Voorwaarden rondom ruil- en inhaaluren.",
    ]


def test_category_in_other_capitals_suggests_the_canonical_name(tmp_path):
    path = write(tmp_path, f"{HEADER}\n1,De Boomhut,,communicatie,Klacht.,Uitleg.,Ja,\n")

    assert errors(path) == [f"{path}, rij 2, kolom 'categorie': onbekende categorie 'communicatie'. Oplossing: bedoel je 'Communicatie'?"]


def test_category_alias_is_read_as_the_canonical_name(tmp_path):
    path = write(
        tmp_path,
        f"{HEADER}\n"
        "1,De Boomhut,,Sluiting groep / vestiging,Klacht.,Uitleg.,Ja,\n"
        "2,De Boomhut,,Voorwaarden rondom ruil- & inhaaluren,Klacht.,Uitleg.,Ja,\n",
    )

    rows, problems = check(path)

    assert problems == []
    assert [row["categorie"] for row in rows] == ["Sluiting groep/vestiging", "Voorwaarden rondom ruil- en inhaaluren"]


def test_misspelt_alias_suggests_the_canonical_name(tmp_path):
    path = write(tmp_path, f"{HEADER}\n1,De Boomhut,,Sluiting groep /vestiging,Klacht.,Uitleg.,Ja,\n")

    assert errors(path) == [
        f"{path}, rij 2, kolom 'categorie': onbekende categorie 'Sluiting groep /vestiging'. Oplossing: bedoel je 'Sluiting groep/vestiging'?"
    ]


def test_invalid_gegrond():
    path = BAD / "invalid_gegrond.csv"

    assert errors(path) == [
        f"{path}, rij 2, kolom 'gegrond': ongeldige waarde 'Misschien' voor gegrond. "
        "Oplossing: gebruik Ja, Deels of Nee (de oordelen onder 'oordelen' in verslag.yaml), of laat de cel leeg als het verslag geen oordeel geeft."
    ]


def test_gedeeltelijk_is_not_read_as_deels():
    path = BAD / "gegrond_gedeeltelijk.csv"

    assert errors(path) == [
        f"{path}, rij 2, kolom 'gegrond': ongeldige waarde 'gedeeltelijk' voor gegrond. "
        "Oplossing: gebruik Ja, Deels of Nee (de oordelen onder 'oordelen' in verslag.yaml), of laat de cel leeg als het verslag geen oordeel geeft."
    ]


def test_gegrond_in_other_capitals_is_normalised(tmp_path):
    values = ["ja", "JA", "deels", "NEE", "Nee", "Deels"]
    lines = [f"{number},De Boomhut,,Overig,Klacht.,Uitleg.,{value}," for number, value in enumerate(values, start=1)]
    path = write(tmp_path, "\n".join([HEADER, *lines]) + "\n")

    rows, problems = check(path)

    assert problems == []
    assert [row["gegrond"] for row in rows] == ["Ja", "Ja", "Deels", "Nee", "Nee", "Deels"]


def test_empty_gegrond_and_oplossing_are_notices(tmp_path):
    path = write(tmp_path, f"{HEADER}\n1,De Boomhut,,Overig,Klacht.,,,\n")

    rows, problems = check(path)

    assert rows[0]["gegrond"] == ""
    assert rows[0]["oplossing"] == ""
    assert [problem.severity for problem in problems] == [MELDING, MELDING]
    assert [str(problem) for problem in problems] == [
        f"{path}, rij 2, kolom 'oplossing': oplossing is niet ingevuld. Oplossing: vul de getroffen oplossing in als het verslag die noemt.",
        f"{path}, rij 2, kolom 'gegrond': gegrond is niet ingevuld; de bron geeft geen oordeel. "
        "Oplossing: vul Ja, Deels of Nee in als het verslag wel een oordeel geeft.",
    ]


def test_empty_locatie():
    path = BAD / "empty_locatie.csv"

    assert errors(path) == [
        f"{path}, rij 2, kolom 'locatie': verplichte waarde ontbreekt. Oplossing: vul de cel in. Naam van de locatie zoals in het verslag."
    ]


def test_empty_omschrijving_with_only_spaces():
    path = BAD / "empty_omschrijving.csv"

    assert errors(path) == [f"{path}, rij 2, kolom 'omschrijving': verplichte waarde ontbreekt. Oplossing: vul de cel in. Wat de klacht was."]


def test_duplicate_volgnummer_names_both_rows():
    path = BAD / "duplicate_volgnummer.csv"

    assert errors(path) == [
        f"{path}, rij 4, kolom 'volgnummer': volgnummer 1 komt ook voor in rij 2. Oplossing: geef elke klacht een eigen volgnummer."
    ]


def test_volgnummer_and_bron_regel_must_be_positive_integers():
    path = BAD / "volgnummer_not_integer.csv"

    assert errors(path) == [
        f"{path}, rij 2, kolom 'volgnummer': 'drie' is geen positief geheel getal. "
        "Oplossing: gebruik een geheel getal vanaf 1, zonder punt, komma of spaties.",
        f"{path}, rij 3, kolom 'volgnummer': '0' is geen positief geheel getal. "
        "Oplossing: gebruik een geheel getal vanaf 1, zonder punt, komma of spaties.",
        f"{path}, rij 3, kolom 'bron_regel': '12.5' is geen positief geheel getal. "
        "Oplossing: gebruik een geheel getal vanaf 1, zonder punt, komma of spaties.",
    ]


def test_unknown_label_suggests_the_closest():
    path = BAD / "unknown_label.csv"

    assert errors(path) == [
        f"{path}, rij 2, kolom 'label': onbekend label 'Partou BV'. "
        "Oplossing: bedoel je 'Partou B.V.'? Gebruik een label uit verslag.yaml onder 'labels' (Partou B.V., Smallsteps B.V.) of laat de cel leeg."
    ]


def test_labels_are_not_checked_when_they_are_unknown():
    table, _ = read_table(BAD / "unknown_label.csv")

    rows, problems = validate_complaints(table, None)

    assert problems == []
    assert rows[0]["label"] == "Partou BV"


def test_header_only_has_no_complaint():
    path = BAD / "header_only.csv"

    assert errors(path) == [f"{path}: het bestand bevat geen enkele klacht. Oplossing: zet onder de kopregel één rij per klacht."]


def test_nameless_and_duplicate_columns(tmp_path):
    path = write(tmp_path, f"{HEADER},,locatie,x\n1,De Boomhut,,Overig,Klacht.,Uitleg.,Ja,,tekst,Ander,\n")

    assert errors(path) == [
        f"{path}, rij 1: kolom 9 heeft geen naam. Oplossing: geef de kolom een van deze namen of haal hem weg: {COLUMNS}.",
        f"{path}, rij 1, kolom 'locatie': de kolom staat meer dan één keer in de kopregel. Oplossing: houd één kolom 'locatie' over.",
        f"{path}, rij 1, kolom 'x': onbekende kolomnaam. Oplossing: hernoem de kolom of haal hem weg; de kolommen zijn: {COLUMNS}.",
    ]


def test_several_problems_in_one_file_are_all_reported_in_row_order():
    path = BAD / "several_problems.csv"

    assert errors(path) == [
        f"{path}, rij 1, kolom 'Datum': onbekende kolomnaam. Oplossing: hernoem de kolom of haal hem weg; de kolommen zijn: {COLUMNS}.",
        f"{path}, rij 2, kolom 'categorie': onbekende categorie 'Comunicatie'. Oplossing: bedoel je 'Communicatie'?",
        f"{path}, rij 3, kolom 'locatie': verplichte waarde ontbreekt. Oplossing: vul de cel in. Naam van de locatie zoals in het verslag.",
        f"{path}, rij 3, kolom 'omschrijving': verplichte waarde ontbreekt. Oplossing: vul de cel in. Wat de klacht was.",
        f"{path}, rij 3, kolom 'gegrond': ongeldige waarde 'Gedeeltelijk' voor gegrond. "
        "Oplossing: gebruik Ja, Deels of Nee (de oordelen onder 'oordelen' in verslag.yaml), of laat de cel leeg als het verslag geen oordeel geeft.",
        f"{path}, rij 3, kolom 'volgnummer': volgnummer 1 komt ook voor in rij 2. Oplossing: geef elke klacht een eigen volgnummer.",
        f"{path}, rij 4, kolom 'volgnummer': 'x' is geen positief geheel getal. "
        "Oplossing: gebruik een geheel getal vanaf 1, zonder punt, komma of spaties.",
    ]


def test_disputes_outcome_is_normalised_and_checked():
    path = BAD / "disputes_bad.csv"
    table, _ = read_table(path)

    rows, problems = validate_disputes(table, VOCABULARY)

    assert rows[0]["uitkomst"] == "Ongegrond"
    assert rows[0]["bron_regel"] == 15530
    assert [str(problem) for problem in problems] == [
        f"{path}, rij 3, kolom 'uitkomst': onbekende uitkomst 'Gegrond verklaard'. Oplossing: gebruik Gegrond, Ongegrond of Geen uitspraak.",
        f"{path}, rij 4, kolom 'entiteit': verplichte waarde ontbreekt. Oplossing: vul de cel in. Rechtspersoon waartegen het geschil liep.",
        f"{path}, rij 4, kolom 'uitspraak': verplichte waarde ontbreekt. Oplossing: vul de cel in. De uitspraak, zoals in het verslag.",
    ]


def test_disputes_header_only_means_no_disputes(tmp_path):
    path = tmp_path / "geschillen.csv"
    path.write_text("entiteit,zaaknummer,uitspraak,uitkomst,bron_regel\n", encoding="utf-8")
    table, _ = read_table(path)

    assert validate_disputes(table, VOCABULARY) == ([], [])
