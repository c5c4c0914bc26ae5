"""The vocabulary in verslag.yaml (generator/dataset/vocabulary.py): what a year declares is what
its data may say, and every mistake in the declaration or against it is a Dutch problem with its
file, row and column. Each case changes one thing in a copy of tests/fixtures/zes-soorten (six
categories of its own, no labels, no gegrond) and runs `python -m generator check` on it."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from generator.cli import main
from generator.dataset import load_dataset
from generator.dataset.vocabulary import DeclaredCategory, DeclaredJudgement, DeclaredOutcome, Vocabulary

YEAR = Path(__file__).parent / "fixtures" / "zes-soorten" / "data" / "2025"
NOTHING_WRITTEN = "Er is niets geschreven. Verbeter de fouten en probeer het opnieuw."
CATEGORIES = """categorieen:
- Opvang en verzorging
- naam: Contact met ouders
  ook_geschreven_als:
  - Contact ouders
"""


def year_with(tmp_path: Path, **replacements: tuple[str, str]) -> Path:
    """A copy of the fixture year with, per file, one piece of text replaced by another."""
    folder = tmp_path / "2025"
    shutil.copytree(YEAR, folder)
    for name, (old, new) in replacements.items():
        path = folder / name.replace("_", ".", 1)
        text = path.read_text(encoding="utf-8")
        assert old in text, (name, old)
        path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return folder


def check(folder: Path, capsys) -> tuple[int, list[str]]:
    code = main(["check", str(folder)])
    return code, capsys.readouterr().err.splitlines()


def errors(folder: Path, capsys, *lines: str) -> list[str]:
    """The lines `check` prints for a year with these errors, its paths filled in."""
    return [f"{len(lines)} {'fout' if len(lines) == 1 else 'fouten'} in de gegevens:", *(line.format(folder=folder) for line in lines), NOTHING_WRITTEN]


def test_the_year_reads_its_own_words() -> None:
    vocabulary = load_dataset(YEAR).report.vocabulary
    assert vocabulary == Vocabulary(
        categories=(
            DeclaredCategory("Opvang en verzorging"),
            DeclaredCategory("Contact met ouders", ("Contact ouders",)),
            DeclaredCategory("Eten en drinken"),
            DeclaredCategory("Veiligheid"),
            DeclaredCategory("Rekeningen"),
            DeclaredCategory("Openingstijden"),
        ),
        labels={},
        judgements=(),
        dispute_outcomes=(DeclaredOutcome("Toegewezen"), DeclaredOutcome("Afgewezen"), DeclaredOutcome("Ingetrokken", ruling=False)),
    )
    assert vocabulary.canonical_category("Contact ouders") == "Contact met ouders"
    assert [column.name for column in vocabulary.complaint_columns] == ["volgnummer", "locatie", "categorie", "omschrijving", "oplossing", "bron_regel"]
    assert vocabulary.label_names == ()


def test_the_year_checks_and_says_nothing_about_labels_or_gegrond(capsys) -> None:
    code = main(["check", str(YEAR)])
    captured = capsys.readouterr()
    assert code == 0, captured.err
    assert "Woorden van het verslag: 6 soorten klachten; uitkomsten van geschillen: Toegewezen, Afgewezen, Ingetrokken." in captured.out
    assert "gegrond" not in captured.out.lower() and "label" not in captured.out.lower() and "oordeel" not in captured.out.lower()


def test_a_spelling_of_a_category_is_read_as_the_category() -> None:
    complaints = load_dataset(YEAR).complaints
    assert complaints.loc[complaints["volgnummer"] == 2, "categorie"].tolist() == ["Contact met ouders"]


def test_a_gegrond_column_in_a_year_without_judgements_is_an_error(tmp_path, capsys) -> None:
    folder = year_with(tmp_path, klachten_csv=("bron_regel\n", "bron_regel,gegrond\n"))
    assert check(folder, capsys) == (1, errors(
        folder, capsys,
        "{folder}/klachten.csv, rij 1, kolom 'gegrond': de kolom 'gegrond' hoort niet bij dit jaar: verslag.yaml noemt onder 'oordelen' geen oordelen. "
        "Oplossing: haal de kolom weg, of zet de oordelen van het verslag in verslag.yaml onder 'oordelen' (bijvoorbeeld [Ja, Deels, Nee]).",
    ))


def test_a_label_column_in_a_year_without_labels_is_an_error(tmp_path, capsys) -> None:
    folder = year_with(tmp_path, klachten_csv=("bron_regel\n", "bron_regel,label\n"))
    assert check(folder, capsys) == (1, errors(
        folder, capsys,
        "{folder}/klachten.csv, rij 1, kolom 'label': de kolom 'label' hoort niet bij dit jaar: verslag.yaml noemt geen labels. "
        "Oplossing: haal de kolom weg, of zet de labels van het verslag in verslag.yaml onder 'labels' ('Naam B.V.: Naam').",
    ))


def test_values_outside_the_declared_lists_are_errors_with_a_suggestion(tmp_path, capsys) -> None:
    folder = year_with(
        tmp_path,
        klachten_csv=("1,De Boomgaard,Opvang en verzorging,", "1,De Boomgaard,Opvang en verzorgen,"),
        geschillen_csv=("af.,Afgewezen,", "af.,Afgeweze,"),
    )
    assert check(folder, capsys) == (1, errors(
        folder, capsys,
        "{folder}/klachten.csv, rij 2 (volgnummer 1), kolom 'categorie': onbekende categorie 'Opvang en verzorgen'. Oplossing: bedoel je 'Opvang en verzorging'?",
        "{folder}/geschillen.csv, rij 3, kolom 'uitkomst': onbekende uitkomst 'Afgeweze'. "
        "Oplossing: bedoel je 'Afgewezen'? Gebruik Toegewezen, Afgewezen of Ingetrokken.",
    ))


def test_a_category_unlike_any_lists_the_declared_ones(tmp_path, capsys) -> None:
    folder = year_with(tmp_path, klachten_csv=("5,Het Kraaiennest,Veiligheid,", "5,Het Kraaiennest,Communicatie,"))
    assert check(folder, capsys) == (1, errors(
        folder, capsys,
        "{folder}/klachten.csv, rij 6 (volgnummer 5), kolom 'categorie': onbekende categorie 'Communicatie'. "
        "Oplossing: gebruik een van de categorieën uit verslag.yaml onder 'categorieen': "
        "Opvang en verzorging, Contact met ouders, Eten en drinken, Veiligheid, Rekeningen, Openingstijden.",
    ))


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        (
            "  ook_geschreven_als:\n",
            "  ook_geschreven:\n",
            "{folder}/verslag.yaml, rij 15, kolom 'categorieen[2].ook_geschreven': onbekende sleutel. "
            "Oplossing: bedoel je 'ook_geschreven_als'? Gebruik een van deze sleutels of haal de regel weg: naam, ook_geschreven_als.",
        ),
        (
            "- Veiligheid\n",
            "- Veiligheid\n- Opvang en verzorging\n",
            "{folder}/verslag.yaml, rij 19, kolom 'categorieen[5]': de categorie 'Opvang en verzorging' staat er meer dan één keer. "
            "Oplossing: houd één regel over; zet een andere schrijfwijze onder 'ook_geschreven_als'.",
        ),
        (
            "  - Contact ouders\n",
            "  - Contact ouders\n  - Veiligheid\n",
            "{folder}/verslag.yaml, rij 17, kolom 'categorieen[2].ook_geschreven_als[2]': de schrijfwijze 'Veiligheid' is ook een categorie. "
            "Oplossing: een naam is óf een categorie óf een andere schrijfwijze van één categorie: "
            "haal 'Veiligheid' hier weg, of haal de categorie 'Veiligheid' weg.",
        ),
        (
            "- Veiligheid\n",
            "- naam: Veiligheid\n  ook_geschreven_als: [Contact ouders]\n",
            "{folder}/verslag.yaml, rij 19, kolom 'categorieen[4].ook_geschreven_als[1]': de schrijfwijze 'Contact ouders' staat al bij de categorie 'Contact met ouders'. "
            "Oplossing: een naam is óf een categorie óf een andere schrijfwijze van één categorie: houd 'Contact ouders' bij één categorie over.",
        ),
        (
            "- Openingstijden\n",
            "- Openingstijden\n- ''\n",
            "{folder}/verslag.yaml, rij 21, kolom 'categorieen[7]': de naam van de categorie is leeg. "
            "Oplossing: vul de naam in zoals het verslag hem schrijft, of haal de regel weg.",
        ),
        (
            "- Openingstijden\n",
            "- Openingstijden\n- naam:\n",
            "{folder}/verslag.yaml, rij 21, kolom 'categorieen[7].naam': de naam van de categorie is leeg. "
            "Oplossing: vul de naam in zoals het verslag hem schrijft, of haal de regel weg.",
        ),
        (
            "- naam: Ingetrokken\n  uitspraak: nee\n",
            "- naam: Ingetrokken\n  uitspraak: misschien\n",
            "{folder}/verslag.yaml, rij 26, kolom 'uitkomsten_geschillen[3].uitspraak': verwacht ja of nee, gevonden de tekst 'misschien'. "
            "Oplossing: schrijf ja of nee.",
        ),
        (
            "- Afgewezen\n",
            "- Afgewezen\n- afgewezen\n",
            "{folder}/verslag.yaml, rij 25, kolom 'uitkomsten_geschillen[3]': de uitkomst 'afgewezen' staat er meer dan één keer. "
            "Oplossing: houd één regel over; hoofdletters tellen niet mee, want 'gegrond' in de gegevens is dezelfde uitkomst als 'Gegrond'.",
        ),
        (
            "oordelen: []\n",
            "oordelen: [Ja, ja]\n",
            "{folder}/verslag.yaml, rij 21, kolom 'oordelen[2]': het oordeel 'ja' staat er meer dan één keer. "
            "Oplossing: houd één regel over; hoofdletters tellen niet mee, want 'ja' in de gegevens is hetzelfde oordeel als 'Ja'.",
        ),
        (
            "oordelen: []\n",
            "oordelen: [Ja, niet vermeld]\n",
            "{folder}/verslag.yaml, rij 21, kolom 'oordelen[2]': het oordeel 'niet vermeld' kan niet: zo heet een klacht zonder oordeel. "
            "Oplossing: noem het oordeel anders; 'Niet vermeld' is op de site voor een klacht zonder oordeel, en laat gegrond dan leeg.",
        ),
        (
            "oordelen: []\n",
            "labels:\n  Noord B.V.: Noord\n  Noord-Oost B.V.: noord\noordelen: []\n",
            "{folder}/verslag.yaml, rij 23, kolom 'labels.Noord-Oost B.V.': de korte naam 'noord' hoort al bij een ander label. "
            "Oplossing: geef elk label een eigen korte naam; twee labels met dezelfde naam zijn op de site niet uit elkaar te houden.",
        ),
        (
            "      Contact met ouders: 4\n",
            "      Contact: 4\n",
            "{folder}/verslag.yaml, rij 58, kolom 'gepubliceerd.vorig_jaar.categorieen.Contact': onbekende categorie 'Contact'. "
            "Oplossing: gebruik de naam van de categorie zoals onder 'categorieen' in verslag.yaml: "
            "Opvang en verzorging, Contact met ouders, Eten en drinken, Veiligheid, Rekeningen, Openingstijden.",
        ),
        (
            "      Toegewezen: 1\n",
            "      Toegewezn: 1\n",
            "{folder}/verslag.yaml, rij 62, kolom 'gepubliceerd.geschillen.per_uitkomst.Toegewezn': onbekende uitkomst 'Toegewezn'. "
            "Oplossing: bedoel je 'Toegewezen'?",
        ),
    ],
    ids=[
        "unknown-key", "duplicate-category", "spelling-is-a-category", "spelling-of-two-categories", "empty-name", "empty-naam",
        "uitspraak-not-yes-or-no", "duplicate-outcome", "duplicate-judgement", "judgement-named-as-none", "same-label-short-name", "published-category", "published-outcome",
    ],
)
def test_a_mistake_in_the_declaration_is_one_error_on_its_line(tmp_path, capsys, old, new, expected) -> None:
    folder = year_with(tmp_path, verslag_yaml=(old, new))
    assert check(folder, capsys) == (1, errors(folder, capsys, expected))


def test_without_categories_nothing_can_be_checked(tmp_path, capsys) -> None:
    start = (YEAR / "verslag.yaml").read_text(encoding="utf-8").index("categorieen:")
    end = (YEAR / "verslag.yaml").read_text(encoding="utf-8").index("oordelen:")
    declared = (YEAR / "verslag.yaml").read_text(encoding="utf-8")[start:end]
    folder = year_with(tmp_path, verslag_yaml=(declared, "categorieen: []\n"))
    code, lines = check(folder, capsys)
    assert code == 1
    assert lines[1] == (
        f"{folder}/verslag.yaml, rij 12, kolom 'categorieen': er staat geen enkele categorie. "
        "Oplossing: zet hier de soorten klachten van het verslag, één per regel ('- Opvang')."
    )


def test_a_year_may_declare_its_judgements_as_names_only(tmp_path) -> None:
    folder = year_with(tmp_path, verslag_yaml=("oordelen: []\n", "oordelen: [Terecht, Onterecht]\n"), klachten_csv=("bron_regel\n", "bron_regel,gegrond\n"))
    rows = (folder / "klachten.csv").read_text(encoding="utf-8").splitlines()
    values = ["terecht", "Onterecht"] + [""] * (len(rows) - 3)
    (folder / "klachten.csv").write_text("\n".join([rows[0], *(f"{row},{value}" for row, value in zip(rows[1:], values))]) + "\n", encoding="utf-8")
    dataset = load_dataset(folder)
    assert dataset.report.vocabulary.judgements == (DeclaredJudgement("Terecht"), DeclaredJudgement("Onterecht"))
    assert dataset.complaints["gegrond"].tolist()[:3] == ["Terecht", "Onterecht", ""]
    assert [notice.column for notice in dataset.notices].count("gegrond") == len(rows) - 3
