from pathlib import Path

from generator.errors import FOUT, MELDING, DataInvalid, GeneratorError, Problem


def test_problem_names_file_row_and_column():
    problem = Problem(Path("klachten.csv"), 12, "categorie", "onbekende categorie 'Comunicatie'", "bedoel je 'Communicatie'?")

    assert str(problem) == "klachten.csv, rij 12, kolom 'categorie': onbekende categorie 'Comunicatie'. Oplossing: bedoel je 'Communicatie'?"


def test_problem_leaves_out_unknown_row_and_column():
    problem = Problem(Path("data/2024/klachten.csv"), None, None, "het bestand is leeg", "zet de kolomnamen in de eerste rij.")

    assert str(problem) == "data/2024/klachten.csv: het bestand is leeg. Oplossing: zet de kolomnamen in de eerste rij."


def test_problem_stays_on_one_line_when_it_quotes_a_line_break():
    problem = Problem(Path("verslag.yaml"), 3, "titel", "onbekende waarde 'a\nb'", "schrijf het op één regel.")

    assert str(problem) == "verslag.yaml, rij 3, kolom 'titel': onbekende waarde 'a\\nb'. Oplossing: schrijf het op één regel."


def test_data_invalid_lists_only_the_blocking_problems():
    error_one = Problem(Path("klachten.csv"), 2, "locatie", "verplichte waarde ontbreekt", "vul de cel in.")
    notice = Problem(Path("klachten.csv"), 3, "gegrond", "gegrond is niet ingevuld", "vul het in.", MELDING)
    error_two = Problem(Path("verslag.yaml"), 1, "titel", "verplichte sleutel ontbreekt", "voeg de regel toe.", FOUT)

    error = DataInvalid([error_one, notice, error_two])

    assert isinstance(error, GeneratorError)
    assert error.problems == [error_one, error_two]
    assert str(error) == (
        "2 fouten in de gegevens:\n"
        "klachten.csv, rij 2, kolom 'locatie': verplichte waarde ontbreekt. Oplossing: vul de cel in.\n"
        "verslag.yaml, rij 1, kolom 'titel': verplichte sleutel ontbreekt. Oplossing: voeg de regel toe."
    )


def test_data_invalid_with_one_problem_says_so():
    problem = Problem(Path("data/2024"), None, None, "de map bestaat niet", "geef de map van een jaar op.")

    assert str(DataInvalid([problem])) == "1 fout in de gegevens:\ndata/2024: de map bestaat niet. Oplossing: geef de map van een jaar op."
