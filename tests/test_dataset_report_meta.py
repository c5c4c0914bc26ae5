import datetime
from pathlib import Path

import pytest

from generator.dataset.report_meta import load_report_meta, report_meta_yaml
from generator.dataset.vocabulary import DeclaredCategory, Vocabulary

FIXTURES = Path(__file__).parent / "fixtures"
BAD = FIXTURES / "bad"


def messages(path: Path) -> list[str]:
    report, problems = load_report_meta(path)
    assert report is None
    return [str(problem) for problem in problems]


def test_good_report_is_typed():
    report, problems = load_report_meta(FIXTURES / "good" / "verslag.yaml")

    assert problems == []
    assert report.organisation == "Partou kinderopvang"
    assert report.year == 2024
    assert report.version == "1.1"
    assert report.date == datetime.date(2025, 5, 31)
    assert report.vocabulary.labels == {"Partou B.V.": "Partou", "Smallsteps B.V.": "Smallsteps"}
    table = report.published.table
    assert table.columns == ("Geen label", "Partou", "Smallsteps")
    assert table.rows[0].category == "Communicatie"
    assert table.rows[0].cells == {"Geen label": None, "Partou": 1, "Smallsteps": None}
    assert table.total.total == 5
    assert report.published.percentage_children_with_complaint == 0.74
    assert report.published.category_figures == {"Planning en plaatsing": 1}
    assert report.published.previous_year.categories["Planning en plaatsing"] == 68
    assert report.published.disputes.per_entity[0].with_ruling == 1


def test_minimal_report_has_defaults(tmp_path):
    path = tmp_path / "verslag.yaml"
    path.write_text(
        "organisatie: X\njaar: 2024\ntitel: T\nversie: '1'\ndatum: 2025-01-01\nauteur:\n"
        "categorieen: [Opvang]\noordelen: []\nuitkomsten_geschillen: []\n",
        encoding="utf-8",
    )

    report, problems = load_report_meta(path)

    assert problems == []
    assert report.vocabulary == Vocabulary((DeclaredCategory("Opvang"),), {}, (), ())
    assert not report.vocabulary.has_labels and not report.vocabulary.has_judgements
    assert report.author is None
    assert report.published is None


@pytest.mark.parametrize(
    "source",
    [FIXTURES / "good" / "verslag.yaml", FIXTURES / "hostile" / "data" / "2024" / "verslag.yaml", Path(__file__).parents[1] / "data" / "2024" / "verslag.yaml"],
    ids=["good", "hostile", "2024"],
)
def test_the_writer_writes_what_the_reader_reads_back(source: Path, tmp_path: Path) -> None:
    report, _ = load_report_meta(source)
    written = tmp_path / "verslag.yaml"
    written.write_text(report_meta_yaml(report, "Kop\nmet twee regels"), encoding="utf-8")

    assert load_report_meta(written) == (report, [])
    assert written.read_text(encoding="utf-8").startswith("# Kop\n# met twee regels\norganisatie: ")


def test_the_writer_leaves_out_what_is_not_there(tmp_path: Path) -> None:
    path = tmp_path / "verslag.yaml"
    path.write_text(
        "organisatie: X\njaar: 2024\ntitel: T\nversie: '1'\ndatum: 2025-01-01\n"
        "categorieen:\n- Opvang\nlabels: {}\noordelen: []\nuitkomsten_geschillen: []\n",
        encoding="utf-8",
    )
    report, _ = load_report_meta(path)

    assert report_meta_yaml(report) == path.read_text(encoding="utf-8")


def test_wrong_types():
    path = BAD / "verslag_wrong_type.yaml"

    assert messages(path) == [
        f"{path}, rij 2, kolom 'jaar': verwacht een geheel getal van 0 of meer, gevonden de tekst '2024a'. "
        "Oplossing: schrijf een geheel getal zonder aanhalingstekens en zonder punt, bijvoorbeeld 538.",
        f"{path}, rij 4, kolom 'versie': verwacht tekst, gevonden het getal 1.1. Oplossing: zet de waarde tussen aanhalingstekens: '1.1'.",
        f"{path}, rij 5, kolom 'datum': verwacht een datum, gevonden de tekst '31-05-2025'. "
        "Oplossing: schrijf de datum als jjjj-mm-dd zonder aanhalingstekens, bijvoorbeeld 2025-05-31.",
        f"{path}, rij 10, kolom 'gepubliceerd.percentage_kinderen_met_klacht': verwacht een getal van 0 of meer, gevonden de tekst '0,74'. "
        "Oplossing: schrijf een getal met een punt als decimaalteken, bijvoorbeeld 0.74.",
        f"{path}, rij 15, kolom 'gepubliceerd.tabel.rijen[1].cellen.Partou': verwacht een geheel getal of null, gevonden de tekst 'twintig'. "
        "Oplossing: schrijf een geheel getal, of null voor een lege cel.",
    ]


def test_unknown_keys():
    path = BAD / "verslag_unknown_key.yaml"

    assert messages(path) == [
        f"{path}, rij 6, kolom 'auteurr': onbekende sleutel. Oplossing: bedoel je 'auteur'? Gebruik een van deze sleutels of haal de regel weg: "
        "organisatie, jaar, titel, versie, datum, auteur, bron, locaties_organisatie, kinderen_opgevangen, "
        "categorieen, labels, oordelen, uitkomsten_geschillen, gepubliceerd.",
        f"{path}, rij 12, kolom 'gepubliceerd.vorig_jaar.aantal': onbekende sleutel. "
        "Oplossing: gebruik een van deze sleutels of haal de regel weg: jaar, klachten, percentage_kinderen_met_klacht, categorieen.",
    ]


def test_missing_keys():
    path = BAD / "verslag_missing_key.yaml"

    assert messages(path) == [
        f"{path}, rij 1, kolom 'titel': verplichte sleutel ontbreekt. "
        "Oplossing: voeg de regel 'titel: Klachtenjaarverslag Kinderopvang De Voorbeeld 2024' toe.",
        f"{path}, rij 8, kolom 'gepubliceerd.geschillen.per_entiteit[1].met_uitspraak': verplichte sleutel ontbreekt. "
        "Oplossing: voeg de regel 'met_uitspraak: 3' toe onder 'gepubliceerd.geschillen.per_entiteit[1]'.",
    ]


def test_categories_cells_and_duplicate_keys():
    path = BAD / "verslag_categories.yaml"

    assert messages(path) == [
        f"{path}, rij 11, kolom 'gepubliceerd.tabel.rijen[1].categorie': onbekende categorie 'Comunicatie'. Oplossing: bedoel je 'Communicatie'?",
        f"{path}, rij 12, kolom 'gepubliceerd.tabel.rijen[1].cellen.Smalsteps': deze kolom staat niet in 'kolommen'. "
        "Oplossing: gebruik de namen uit 'kolommen': Geen label, Partou.",
        f"{path}, rij 15, kolom 'gepubliceerd.tabel.eindtotaal.cellen.Partou': de cel ontbreekt. "
        "Oplossing: voeg 'Partou: null' toe voor een lege cel.",
        f"{path}, rij 18, kolom 'gepubliceerd.toelichting_per_categorie.Sluiting groep / vestiging': "
        "onbekende categorie 'Sluiting groep / vestiging'. Oplossing: bedoel je 'Sluiting groep/vestiging'?",
        f"{path}, rij 21, kolom 'gepubliceerd.vorig_jaar.jaar': de sleutel staat er meer dan één keer. "
        "Oplossing: houd één regel 'jaar: ...' over.",
    ]


def test_not_a_mapping():
    path = BAD / "verslag_not_mapping.yaml"

    assert messages(path) == [
        f"{path}, rij 1: verwacht sleutels met waarden, gevonden een lijst. "
        "Oplossing: schrijf ingesprongen regels 'naam: waarde' onder de sleutel, of {} als er geen zijn."
    ]


def test_not_parseable_names_the_parser_line():
    path = BAD / "verslag_syntax.yaml"

    assert messages(path) == [
        f"{path}, rij 3: het bestand is geen geldige YAML: hier staat een dubbele punt waar er geen mag staan. "
        "Oplossing: controleer de inspringing en de dubbele punten op deze regel en de regel erboven; "
        "zet tekst met : of # erin tussen aanhalingstekens."
    ]


def test_empty_file(tmp_path):
    path = tmp_path / "verslag.yaml"
    path.write_text("# nog niets\n", encoding="utf-8")

    assert messages(path) == [
        f"{path}: het bestand is leeg. Oplossing: zet de gegevens van het verslag erin, te beginnen met 'organisatie:', 'jaar:' en 'titel:'."
    ]


def test_impossible_date_and_non_text_key(tmp_path):
    path = tmp_path / "verslag.yaml"
    path.write_text(
        "organisatie: X\njaar: 2024\ntitel: T\nversie: '1'\ndatum: 2025-02-30\nlabels:\n  yes: Partou\n"
        "categorieen: [Opvang]\noordelen: []\nuitkomsten_geschillen: []\n",
        encoding="utf-8",
    )

    assert messages(path) == [
        f"{path}, rij 5, kolom 'datum': de waarde '2025-02-30' is niet te lezen. "
        "Oplossing: schrijf de datum als jjjj-mm-dd zonder aanhalingstekens, bijvoorbeeld 2025-05-31.",
        f"{path}, rij 7, kolom 'labels': de sleutel 'yes' is geen tekst. Oplossing: zet de sleutel tussen aanhalingstekens: 'yes'.",
    ]


def test_control_character(tmp_path):
    path = tmp_path / "verslag.yaml"
    path.write_text("organisatie: X\ntitel: a\x07b\n", encoding="utf-8")

    assert messages(path) == [
        f"{path}, rij 2: het bestand bevat een teken dat niet in tekst hoort (U+0007). "
        "Oplossing: haal het teken weg; zulke tekens komen vaak mee bij kopiëren uit een ander programma."
    ]
