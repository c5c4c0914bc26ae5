"""Hostile values in the optional locations file (locaties.csv): every value that could lead a
parent elsewhere, break a page or a file name, or be shown as another number than the one
written, is refused by `check` at its row and column with a fix; the others land as the text they
are (tests/test_hostile_organisations.py builds a site with them)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from generator.cli import main
from generator.site.generate import render_docs
from generator.view.load import load_year

GOOD = Path(__file__).resolve().parent / "fixtures" / "good"
HEADER = "actuele_naam_oko;label;lrk_id;aantal_kindplaatsen;opvanglocatie_woonplaats;verantwoordelijke_gemeente;lrk_url"
LRK = "https://www.landelijkregisterkinderopvang.nl/"


def year_with_locations(tmp_path: Path, *rows: str) -> Path:
    folder = tmp_path / "data" / "2024"
    shutil.copytree(GOOD, folder)
    (tmp_path / "data" / "locaties.csv").write_text("\n".join((HEADER, *rows)) + "\n", encoding="utf-8")
    return folder


def errors_of(folder: Path, capsys) -> list[str]:
    assert main(["check", str(folder)]) == 1
    return [line for line in capsys.readouterr().err.splitlines() if line.startswith(str(folder.parent))]


@pytest.mark.parametrize(
    "address",
    [
        "javascript:alert(1)",
        "JavaScript:alert(1)//" + LRK,
        "data:text/html,<script>alert(1)</script>",
        "http://www.landelijkregisterkinderopvang.nl/",
        "//www.landelijkregisterkinderopvang.nl/",
        "https://www.landelijkregisterkinderopvang.nl.evil.example/",
        "https://www.landelijkregisterkinderopvang.nl@evil.example/",
        "https://evil.example/?" + LRK,
        LRK + 'pp/" onmouseover="alert(1)',
        LRK + "pp/ x",
        LRK + "pp/)[a](javascript:alert(1)",
        LRK + "pp/<script>",
        LRK + "pp/\\evil",
    ],
)
def test_an_address_outside_the_register_is_an_error_at_its_cell(tmp_path: Path, capsys, address: str) -> None:
    folder = year_with_locations(tmp_path, f'Avontuurlijk;Smallsteps B.V.;;;;;"{address}"' if '"' not in address else "Avontuurlijk;Smallsteps B.V.;;;;;" + '"' + address.replace('"', '""') + '"')

    assert errors_of(folder, capsys) == [
        f"{folder.parent / 'locaties.csv'}, rij 2, kolom 'lrk_url': dit is geen adres in het Landelijk Register Kinderopvang. "
        f"Oplossing: neem het adres over uit de kolom lrk_url van het LRK-bestand (het begint met {LRK}), of laat de cel leeg."
    ]


@pytest.mark.parametrize("places", ["0", "-5", "1e9", "12,5", "12.5", "1000000000", "٤٠", "+40", "0x10"])
def test_child_places_that_are_no_whole_number_from_1_are_an_error_at_their_cell(tmp_path: Path, capsys, places: str) -> None:
    folder = year_with_locations(tmp_path, f'Avontuurlijk;Smallsteps B.V.;;"{places}";;;')

    [error] = errors_of(folder, capsys)

    assert error.startswith(f"{folder.parent / 'locaties.csv'}, rij 2, kolom 'aantal_kindplaatsen': '")
    assert error.endswith("is geen aantal kindplaatsen. Oplossing: schrijf het aantal als een geheel getal vanaf 1, zoals 40, "
                          "zonder punt, komma, spaties of tekst; laat de cel leeg als het niet bekend is.")


def test_an_lrk_number_longer_than_a_spreadsheet_keeps_is_an_error_that_shows_its_start(tmp_path: Path, capsys) -> None:
    """A spreadsheet keeps 15 digits of a number: the site's spreadsheet file would show another
    number, and a cell of thousands of digits is no register number at all."""
    folder = year_with_locations(tmp_path, f"Avontuurlijk;Smallsteps B.V.;{'9' * 16};;;;", f"De Boomhut;Partou B.V.;{'1' * 5000};;;;")

    assert errors_of(folder, capsys) == [
        f"{folder.parent / 'locaties.csv'}, rij 2, kolom 'lrk_id': '{'9' * 16}' is geen LRK-nummer: het heeft 16 cijfers. "
        "Oplossing: schrijf het registratienummer uit het Landelijk Register Kinderopvang (zoals 123456789, ten hoogste 15 cijfers), "
        "of laat de cel leeg.",
        f"{folder.parent / 'locaties.csv'}, rij 3, kolom 'lrk_id': '{'1' * 20}…' is geen LRK-nummer: het heeft 5000 cijfers. "
        "Oplossing: schrijf het registratienummer uit het Landelijk Register Kinderopvang (zoals 123456789, ten hoogste 15 cijfers), "
        "of laat de cel leeg.",
    ]


def test_an_lrk_number_with_leading_zeros_stays_as_written(tmp_path: Path) -> None:
    folder = year_with_locations(tmp_path, "Avontuurlijk;Smallsteps B.V.;000012345;;;;")

    files = render_docs(load_year(folder, check_privacy=False))

    assert "registratienummer 000012345" in next(text for path, text in files.items() if path.startswith("locaties/avontuurlijk"))
    assert "000012345" in files["data/locaties.csv"]


@pytest.mark.parametrize(
    "names",
    [
        ("..", "...", "/", "\\", "-", "ÆØ", "😀"),  # nothing left of them as an address
        ("index", "a-z", "Index", "A-Z", "INDEX!"),  # the folders' own pages
        ("Den Haag", "den-haag", "Den  Haag", "Dén Haag"),  # the same address
        ("A" * 300, "A" * 300 + "B", "../../../etc/passwd", "x/../../y"),  # long, or a path
    ],
)
def test_place_and_municipality_names_get_unique_page_names_inside_their_folder(tmp_path: Path, names: tuple[str, ...]) -> None:
    rows = [f"Locatie {number};;;;\"{name}\";\"{name}\";" for number, name in enumerate(names)]
    folder = tmp_path / "data" / "2024"
    shutil.copytree(GOOD, folder)
    (tmp_path / "data" / "locaties.csv").write_text(
        "\n".join(("actuele_naam_oko;label;lrk_id;aantal_kindplaatsen;opvanglocatie_woonplaats;verantwoordelijke_gemeente;lrk_url", *rows)) + "\n",
        encoding="utf-8",
    )

    files = render_docs(load_year(folder, check_privacy=False))

    for folder_name, own in (("plaatsen", {"index.md"}), ("gemeenten", {"index.md", "index.csv"})):
        pages = sorted(path.removeprefix(f"{folder_name}/") for path in files if path.startswith(f"{folder_name}/") and path.endswith(".md"))
        assert len(pages) == len(names) + 1, pages
        for page in pages:
            stem = page.removesuffix(".md")
            assert "/" not in stem and stem not in ("", ".", "..") and len(stem) <= 80, page
            assert stem.replace("-", "").isalnum() and stem.isascii() and stem == stem.lower(), page
        assert "index.md" in pages


def test_a_locations_file_as_csv_and_as_workbook_names_the_folder_it_is_in_not_a_year_folder(tmp_path: Path, capsys) -> None:
    folder = year_with_locations(tmp_path, "Avontuurlijk;Smallsteps B.V.;;;;;")
    (folder.parent / "locaties.xlsx").write_bytes(b"")

    assert errors_of(folder, capsys) == [
        f"{folder.parent}: deze map heeft zowel locaties.csv als locaties.xlsx. "
        "Oplossing: haal een van de twee weg; welk bestand de juiste gegevens heeft, is niet te raden."
    ]
