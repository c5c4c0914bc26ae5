"""A data folder holds one organisation (data/<jaar>/) or several (data/<organisatie>/<jaar>/);
which one is decided from the folders alone, and a mix or an organisation folder whose name
cannot be an address is refused with the path and the fix, before anything is written."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from generator.cli import main
from generator.dataset.site_layout import LayoutRefused, organisation_folders

GOOD = Path(__file__).parent / "fixtures" / "good"


def test_a_folder_of_years_is_one_organisation(tmp_path: Path) -> None:
    shutil.copytree(GOOD, tmp_path / "2024")
    (tmp_path / "bron").mkdir()

    assert organisation_folders(tmp_path) == ()


def test_folders_with_year_folders_are_organisations_by_name_and_other_folders_are_not(tmp_path: Path) -> None:
    shutil.copytree(GOOD, tmp_path / "zonnebloem" / "2024")
    shutil.copytree(GOOD, tmp_path / "avontuur" / "2023")
    shutil.copytree(GOOD, tmp_path / "avontuur" / "2024")
    (tmp_path / "bron").mkdir()
    (tmp_path / "notities").mkdir()

    found = organisation_folders(tmp_path)

    assert [(organisation.slug, organisation.years) for organisation in found] == [("avontuur", (2023, 2024)), ("zonnebloem", (2024,))]
    assert found[0].year_folders == [tmp_path / "avontuur" / "2023", tmp_path / "avontuur" / "2024"]


def mixed(tmp_path: Path) -> Path:
    shutil.copytree(GOOD, tmp_path / "2024")
    shutil.copytree(GOOD, tmp_path / "zonnebloem" / "2024")
    return tmp_path


MIXED_MESSAGE = (
    "{root}: deze map heeft jaarmappen (2024) en ook mappen van organisaties met jaarmappen (zonnebloem). "
    "Een site heeft één organisatie (data/<jaar>/) of meer (data/<organisatie>/<jaar>/), niet allebei. "
    "Oplossing: verplaats de jaarmappen 2024 naar de map van hun organisatie, zoals {root}/zonnebloem/2024, "
    "of haal de mappen van de organisaties weg."
)


def test_a_mix_of_both_layouts_is_refused_with_the_folders_and_the_fix(tmp_path: Path) -> None:
    root = mixed(tmp_path)

    with pytest.raises(LayoutRefused) as refused:
        organisation_folders(root)

    assert str(refused.value) == MIXED_MESSAGE.format(root=root)


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_a_locations_file_beside_the_organisation_folders_is_refused_with_where_it_belongs(tmp_path: Path, capsys, suffix: str) -> None:
    shutil.copytree(GOOD, tmp_path / "data" / "zonnebloem" / "2024")
    shutil.copytree(GOOD, tmp_path / "data" / "avontuur" / "2024")
    (tmp_path / "data" / f"locaties{suffix}").write_text("actuele_naam_oko\n", encoding="utf-8")

    assert main(["build", "--data", str(tmp_path / "data"), "--docs", str(tmp_path / "docs")]) == 1

    assert capsys.readouterr().err == (
        f"fout: {tmp_path}/data/locaties{suffix}: een locatiebestand naast de mappen van organisaties hoort bij geen van hen "
        f"en wordt niet gelezen. Oplossing: verplaats het naar de map van de organisatie waar de locaties bij horen, "
        f"zoals {tmp_path}/data/avontuur/locaties{suffix}.\n"
    )
    assert not (tmp_path / "docs").exists()


@pytest.mark.parametrize("command", [["check"], ["build", "--docs", "{root}/docs"]])
def test_every_command_refuses_a_mix_in_dutch_and_writes_nothing(tmp_path: Path, capsys, command: list[str]) -> None:
    root = mixed(tmp_path / "data")
    arguments = [part.format(root=tmp_path) for part in command]

    assert main([*arguments, "--data", str(root)]) == 1

    assert capsys.readouterr().err == f"fout: {MIXED_MESSAGE.format(root=root)}\n"
    assert not (tmp_path / "docs").exists()


def test_the_site_command_refuses_a_mix_before_it_builds(tmp_path: Path, capsys) -> None:
    root = mixed(tmp_path / "data")

    assert main(["site", "--data", str(root), "--uit", str(tmp_path / "site")]) == 1

    assert capsys.readouterr().err == f"fout: {MIXED_MESSAGE.format(root=root)}\n"
    assert not (tmp_path / "site").exists()


def test_an_organisation_folder_whose_name_is_no_address_is_refused_with_the_name_to_use(tmp_path: Path, capsys) -> None:
    shutil.copytree(GOOD, tmp_path / "De Zonnebloem" / "2024")

    assert main(["check", "--data", str(tmp_path)]) == 1

    assert capsys.readouterr().err == (
        f"fout: {tmp_path / 'De Zonnebloem'}: de naam van deze map wordt het adres van de organisatie op de site "
        "(/organisaties/<naam>/) en mag alleen kleine letters, cijfers en streepjes hebben. Oplossing: noem de map "
        "'de-zonnebloem'; de naam die de site toont, staat in verslag.yaml onder 'organisatie'.\n"
    )


def named(folder: Path, name: str) -> None:
    report = folder / "verslag.yaml"
    report.write_text(report.read_text(encoding="utf-8").replace("organisatie: Partou kinderopvang", f"organisatie: {name}"), encoding="utf-8")


def test_check_goes_through_every_organisation(tmp_path: Path, capsys) -> None:
    shutil.copytree(GOOD, tmp_path / "avontuur" / "2024")
    shutil.copytree(GOOD, tmp_path / "zonnebloem" / "2024")
    named(tmp_path / "zonnebloem" / "2024", "Kinderopvang De Zonnebloem")

    assert main(["check", "--data", str(tmp_path)]) == 0

    printed = capsys.readouterr().out.splitlines()
    assert [line for line in printed if line.startswith("Organisatie ")] == ["Organisatie avontuur:", "Organisatie zonnebloem:"]
    assert printed[-1] == "De 2 organisaties samen: elke organisatie heeft haar eigen naam."


@pytest.mark.parametrize("command", [["check"], ["build", "--docs", "{root}/docs"]])
def test_two_organisations_with_the_same_name_are_refused_at_the_second(tmp_path: Path, capsys, command: list[str]) -> None:
    shutil.copytree(GOOD, tmp_path / "avontuur" / "2024")
    shutil.copytree(GOOD, tmp_path / "zonnebloem" / "2024")

    assert main([*(part.format(root=tmp_path) for part in command), "--data", str(tmp_path)]) == 1

    assert capsys.readouterr().err.splitlines()[-3:-1] == [
        "1 fout in de gegevens:",
        f"{tmp_path / 'zonnebloem' / '2024' / 'verslag.yaml'}, kolom 'organisatie': 'Partou kinderopvang' is ook de naam van de organisatie "
        "in de map avontuur. Oplossing: geef elke organisatie haar eigen naam, zoals ze die zelf gebruikt; staat dezelfde organisatie in "
        "twee mappen, voeg de mappen dan samen.",
    ]
    assert not (tmp_path / "docs").exists()


def test_a_command_of_one_year_given_the_folder_of_several_organisations_asks_for_one(tmp_path: Path, capsys) -> None:
    shutil.copytree(GOOD, tmp_path / "avontuur" / "2024")
    shutil.copytree(GOOD, tmp_path / "zonnebloem" / "2024")

    assert main(["rapport", "--data", str(tmp_path), "--jaar", "2024", "--uit", str(tmp_path / "verslag.pdf")]) == 2

    assert capsys.readouterr().err == (
        f"fout: --data {tmp_path}: hier staan de mappen van 2 organisaties (avontuur, zonnebloem), geen jaarmap. "
        f"Oplossing: geef de map van één organisatie op, zoals --data {tmp_path / 'avontuur'} --jaar 2024.\n"
    )
    assert not (tmp_path / "verslag.pdf").exists()


@pytest.mark.parametrize(
    ("second", "difference"),
    [
        ('"Partou  kinderopvang "', "spaties"),
        ("PARTOU Kinderopvang", "hoofdletters"),
        ('"Partou\\u200b kinderopvang"', "onzichtbare tekens (zoals een spatie zonder breedte)"),
        ('"Partou\\nkinderopvang"', "spaties"),
    ],
)
def test_two_organisations_whose_names_only_look_different_are_refused(tmp_path: Path, capsys, second: str, difference: str) -> None:
    """The site shows a name on one line, so a parent could not tell these two apart in the
    organisation filter of Zoeken en filteren or in the list of organisations."""
    shutil.copytree(GOOD, tmp_path / "avontuur" / "2024")
    shutil.copytree(GOOD, tmp_path / "zonnebloem" / "2024")
    named(tmp_path / "zonnebloem" / "2024", second)

    assert main(["check", "--data", str(tmp_path)]) == 1

    [line] = [line for line in capsys.readouterr().err.splitlines() if "kolom 'organisatie'" in line]
    assert line.startswith(f"{tmp_path / 'zonnebloem' / '2024' / 'verslag.yaml'}, kolom 'organisatie': '")
    assert (
        f"lijkt op 'Partou kinderopvang', de naam van de organisatie in de map avontuur, en verschilt alleen in {difference}; "
        "op de site zie je het verschil niet. Oplossing: geef elke organisatie haar eigen naam, zoals ze die zelf gebruikt; "
        "staat dezelfde organisatie in twee mappen, voeg de mappen dan samen."
    ) in line


def test_a_folder_bron_with_year_folders_is_refused_as_an_organisation(tmp_path: Path, capsys) -> None:
    """'bron' is the folder of the source texts: an organisation folder of that name would be
    left off the site without a word."""
    shutil.copytree(GOOD, tmp_path / "avontuur" / "2024")
    shutil.copytree(GOOD, tmp_path / "bron" / "2024")

    assert main(["check", "--data", str(tmp_path)]) == 1

    assert capsys.readouterr().err == (
        f"fout: {tmp_path / 'bron'}: deze map heeft jaarmappen (2024), maar 'bron' is de map van de teksten van de verslagen, "
        "geen organisatie, en wordt niet gelezen. Oplossing: noem de map van de organisatie anders, zoals 'bron-kinderopvang', "
        "of zet de jaarmappen in de map van hun organisatie.\n"
    )


@pytest.mark.parametrize("command", [["check"], ["build", "--docs", "{root}/docs"]])
def test_two_organisations_whose_filter_values_would_be_the_same_are_refused(tmp_path: Path, capsys, command: list[str]) -> None:
    """Zoeken en filteren names a location "name (organisation)": with brackets in the names,
    'Het Zonnetje (Noord)' of Zuid and 'Het Zonnetje' of 'Noord) (Zuid' would be one value."""
    shutil.copytree(GOOD, tmp_path / "avontuur" / "2024")
    shutil.copytree(GOOD, tmp_path / "zonnebloem" / "2024")
    named(tmp_path / "avontuur" / "2024", "Zuid")
    named(tmp_path / "zonnebloem" / "2024", '"Noord) (Zuid"')
    complaints = tmp_path / "avontuur" / "2024" / "klachten.csv"
    complaints.write_text(complaints.read_text(encoding="utf-8").replace("3,Het Zonnetje,", '3,"Het Zonnetje (Noord)",'), encoding="utf-8")

    assert main([*(part.format(root=tmp_path) for part in command), "--data", str(tmp_path)]) == 1

    assert not (tmp_path / "docs").exists()
    assert capsys.readouterr().err.splitlines()[-3:-1] == [
        "1 fout in de gegevens:",
        f"{tmp_path / 'zonnebloem' / '2024' / 'klachten.csv'}, rij 4, kolom 'locatie': de locatie 'Het Zonnetje' heet in het filter "
        "van Zoeken en filteren 'Het Zonnetje (Noord) (Zuid)', net als de locatie 'Het Zonnetje (Noord)' in de map avontuur. "
        "Oplossing: geef een van de twee een andere naam, zonder haakjes als dat kan; de filters van Zoeken en filteren moeten ze "
        "uit elkaar kunnen houden.",
    ]


@pytest.mark.parametrize("command", [["check"], ["build", "--docs", "{root}/docs"]])
def test_two_locations_of_one_organisation_with_one_filter_value_are_refused(tmp_path: Path, capsys, command: list[str]) -> None:
    """'De Boomhut' with the label Partou B.V. is 'De Boomhut (Partou)' on its page and in the
    filter; a location called so without a label would be the same value."""
    year = tmp_path / "data" / "2024"
    shutil.copytree(GOOD, year)
    complaints = year / "klachten.csv"
    complaints.write_text(complaints.read_text(encoding="utf-8").replace("3,Het Zonnetje,", '3,"De Boomhut (Partou)",'), encoding="utf-8")

    arguments = [*(part.format(root=tmp_path) for part in command), "--data", str(tmp_path / "data")]
    assert main([*arguments, "--jaar", "2024"] if command == ["check"] else arguments) == 1

    assert not (tmp_path / "docs").exists()
    assert capsys.readouterr().err.splitlines()[-3:-1] == [
        "1 fout in de gegevens:",
        f"{complaints}, rij 4, kolom 'locatie': de locatie 'De Boomhut (Partou)' heet in het filter van Zoeken en filteren "
        "'De Boomhut (Partou)', net als de locatie 'De Boomhut' (label Partou B.V.). "
        "Oplossing: geef een van de twee een andere naam, zonder haakjes als dat kan; de filters van Zoeken en filteren moeten ze "
        "uit elkaar kunnen houden.",
    ]
