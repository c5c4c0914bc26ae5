"""Every command with a wrong argument ends in one Dutch line on stderr and exit code 2, and changes
nothing; help texts are Dutch throughout. Run in a small project made in tmp_path (the working
folder of the command), so that a refusal that failed could never touch this repository."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from generator.cli import main
from generator.site.output import GENERATED_PATHS

ROOT = Path(__file__).resolve().parents[1]
GOOD = ROOT / "tests" / "fixtures" / "good"
ENGLISH = ("usage", "options", "show this help", "error:", "positional arguments", "argument ", "required", "invalid", "expected", "Traceback")


@pytest.fixture
def project(tmp_path: Path, monkeypatch) -> Path:
    """A project folder with data/2024, docs/ (with its marker) and mkdocs.yml, as the working folder."""
    root = tmp_path / "project"
    shutil.copytree(GOOD, root / "data" / "2024")
    shutil.copytree(ROOT / "docs", root / "docs", ignore=shutil.ignore_patterns(*GENERATED_PATHS))
    shutil.copyfile(ROOT / "mkdocs.yml", root / "mkdocs.yml")
    (root / "verslag.txt").write_text("geen verslag\n", encoding="utf-8")
    monkeypatch.chdir(root)
    monkeypatch.setenv("HOME", str(tmp_path / "thuis"))
    (tmp_path / "thuis").mkdir()
    return root


def tree(folder: Path) -> dict[str, bytes | None]:
    return {path.relative_to(folder).as_posix(): (path.read_bytes() if path.is_file() else None) for path in sorted(folder.rglob("*"))}


PROJECT = "{project}"
CASES = [
    # argparse itself, in Dutch
    ([], "fout: python -m generator: dit ontbreekt nog: opdracht. Zie 'python -m generator --help'."),
    (["bouw"], "fout: python -m generator: opdracht: onbekende keuze 'bouw'; kies uit 'import', 'check', 'build', 'rapport', 'site', 'sjabloon', 'nieuw-jaar', 'synth'. Zie 'python -m generator --help'."),
    (["check", "data/2024", "extra"], "fout: python -m generator: onbekend argument: extra. Zie 'python -m generator --help'."),
    (["site", "--jaar"], "fout: python -m generator site: --jaar: hier hoort een waarde achter. Zie 'python -m generator site --help'."),
    (["site", "--jaar", "twee"], "fout: python -m generator site: --jaar: 'twee' is geen geheel getal; geef een jaartal, bijvoorbeeld --jaar 2024. Zie 'python -m generator site --help'."),
    (
        ["build", "--jaar", "99999999999999999999999"],
        "fout: python -m generator build: --jaar: 99999999999999999999… ligt niet tussen 1900 en 2999; geef een jaartal, bijvoorbeeld --jaar 2024. "
        "Zie 'python -m generator build --help'.",
    ),
    (["site", "--zonder-pdf=ja"], "fout: python -m generator site: --zonder-pdf: deze optie krijgt geen waarde (gegeven: 'ja'). Zie 'python -m generator site --help'."),
    (["rapport", "--onbekend"], "fout: python -m generator: onbekend argument: --onbekend. Zie 'python -m generator --help'."),
    (["import", "verslag.txt"], "fout: python -m generator import: dit ontbreekt nog: --jaar. Zie 'python -m generator import --help'."),
    # no abbreviated options: '--zon' is not '--zonder-pdf', '--ja' not '--jaar'
    (["site", "--zon"], "fout: python -m generator: onbekend argument: --zon. Zie 'python -m generator --help'."),
    (["rapport", "--ja", "2024"], "fout: python -m generator: onbekend argument: --ja 2024. Zie 'python -m generator --help'."),
    # an unknown option is named also when something is missing too
    (["--foo"], "fout: python -m generator: onbekend argument: --foo; dit ontbreekt nog: opdracht. Zie 'python -m generator --help'."),
    (
        ["import", "--foo", "verslag.txt"],
        "fout: python -m generator import: onbekend argument: --foo; dit ontbreekt nog: --jaar. Zie 'python -m generator import --help'.",
    ),
    (
        ["synth", "--schaal", "1000000", "--uit", "synth"],
        "fout: python -m generator synth: --schaal: 1000000 ligt niet tussen 1 en 1000; kies een schaal van 1 tot 1000, bijvoorbeeld --schaal 10. "
        "Zie 'python -m generator synth --help'.",
    ),
    (["sjabloon"], "fout: python -m generator sjabloon: dit ontbreekt nog: --jaar. Zie 'python -m generator sjabloon --help'."),
    (
        ["nieuw-jaar", "volgend"],
        "fout: python -m generator nieuw-jaar: JAAR: 'volgend' is geen geheel getal; geef een jaartal, bijvoorbeeld nieuw-jaar 2025. Zie 'python -m generator nieuw-jaar --help'.",
    ),
    # paths and years that do not fit
    (["site", "--jaar", "1999"], "fout: --jaar 1999: er is geen map data/1999. Oplossing: kies een jaar waarvan een map bestaat (in data: 2024)."),
    (["build", "--jaar", "2023"], "fout: --jaar 2023: er is geen map data/2023. Oplossing: kies een jaar waarvan een map bestaat (in data: 2024)."),
    (["rapport", "--data", "gegevens"], "fout: --data gegevens: de map bestaat niet. Oplossing: geef de map met de jaarmappen op, bijvoorbeeld --data data."),
    (
        ["import", "bestaat-niet.txt", "--jaar", "2024"],
        "fout: bestaat-niet.txt: het bestand bestaat niet. Oplossing: geef de tekstversie van het verslag (pdftotext verslag.pdf verslag.txt), opgeslagen als UTF-8.",
    ),
    (
        ["import", "data", "--jaar", "2024"],
        "fout: data: dit is een map, geen bestand. Oplossing: geef de tekstversie van het verslag (pdftotext verslag.pdf verslag.txt), opgeslagen als UTF-8.",
    ),
    (
        ["check", "data/2024/klachten.csv"],
        "fout: data/2024/klachten.csv: dit is een bestand; check controleert een hele jaarmap. Oplossing: geef de jaarmap op waarin het staat: python -m generator check data/2024",
    ),
    (
        ["check", "data/2023"],
        "fout: data/2023: de map bestaat niet. Oplossing: geef een jaarmap op, bijvoorbeeld data/2024 (met klachten.csv en verslag.yaml).",
    ),
    (
        ["site", "--config", "mkdocs.yaml"],
        "fout: --config mkdocs.yaml: het bestand bestaat niet. Oplossing: geef het MkDocs-configuratiebestand van het project, bijvoorbeeld --config mkdocs.yml op.",
    ),
    (
        ["build", "--sjablonen", "mijn-sjablonen"],
        "fout: --sjablonen mijn-sjablonen: de map bestaat niet. Oplossing: geef een map met sjablonen (bestanden zoals locatie.md.j2) op.",
    ),
    (
        ["synth", "--schaal", "1", "--uit", "data/2024"],
        "fout: --uit data/2024: bestaat al; er wordt nooit iets overschreven. Oplossing: kies een nieuwe map, of haal deze eerst zelf weg.",
    ),
    (
        ["synth", "--organisaties", "4", "--uit", "organisaties"],
        "fout: python -m generator synth: --organisaties: 4 ligt niet tussen 2 en 3; kies 2 of 3, bijvoorbeeld --organisaties 2. Zie 'python -m generator synth --help'.",
    ),
    (
        ["synth", "--organisaties", "2", "--volgend-jaar", "--uit", "organisaties"],
        "fout: python -m generator synth: --volgend-jaar: mag niet samen met --organisaties. Zie 'python -m generator synth --help'.",
    ),
    (
        ["synth", "--schaal", "1", "--met-bron", "--uit", "synth"],
        "fout: --met-bron gaat alleen samen met --organisaties. Oplossing: laat --met-bron weg, of maak een datamap van organisaties met --organisaties 2.",
    ),
    (
        ["synth", "--organisaties", "2", "--uit", "verslag.txt"],
        "fout: --uit verslag.txt: bestaat al; er wordt nooit iets overschreven; er is niets veranderd. Oplossing: kies een nieuwe map, of haal deze eerst zelf weg.",
    ),
    (
        ["synth", "--organisaties", "2", "--uit", "data/andere"],
        "fout: --uit data/andere: dit ligt in de datamap {project}/data; er is niets veranderd. Oplossing: kies een nieuwe plek binnen het project, bijvoorbeeld --uit build/organisaties.",
    ),
    (
        ["synth", "--organisaties", "3", "--uit", "docs/organisaties"],
        "fout: --uit docs/organisaties: dit ligt in de docs-map {project}/docs; er is niets veranderd. Oplossing: kies een nieuwe plek binnen het project, bijvoorbeeld --uit build/organisaties.",
    ),
    (
        ["synth", "--organisaties", "2", "--uit", "."],
        "fout: --uit .: dit is de projectmap {project} of een map daarboven; er is niets veranderd. Oplossing: kies een nieuwe plek binnen het project, bijvoorbeeld --uit build/organisaties.",
    ),
    (["synth", "--schaal", "1", "--uit", "synth", "--bron", "data/2023"], "fout: --bron data/2023: de map bestaat niet. Oplossing: geef een echte jaarmap, bijvoorbeeld --bron data/2024 op."),
    (
        ["nieuw-jaar", "2024"],
        "fout: data/2024: de jaarmap bestaat al; nieuw-jaar maakt alleen een nieuwe jaarmap en verandert niets in een bestaande. "
        "Oplossing: vul de bestanden in data/2024 verder in, of haal de map eerst zelf weg als je opnieuw wilt beginnen.",
    ),
    (["nieuw-jaar", "2025", "--data", "gegevens"], "fout: --data gegevens: de map bestaat niet. Oplossing: geef de map met de jaarmappen (bijvoorbeeld --data data) op."),
    # the public address: a plain http(s) address only (it lands in every page, the sitemap and robots.txt)
    *(
        (["site", "--adres", address], f"fout: --adres: het adres van de site '{shown}' {problem}. Oplossing: geef het volledige adres, zoals https://klachten.voorbeeld.nl/")
        for address, shown, problem in (
            ("ftp://klachten.nl/", "ftp://klachten.nl/", "begint niet met https:// of http://"),
            ("klachten.nl", "klachten.nl", "begint niet met https:// of http://"),
            ("https://", "https://", "heeft geen domeinnaam"),
            ("https://beheer:geheim@klachten.nl/", "https://beheer:geheim@klachten.nl/", "bevat een gebruikersnaam of wachtwoord (iets met @); dat hoort niet in een openbaar adres"),
            ("https://klachten.nl/?utm=1", "https://klachten.nl/?utm=1", "bevat een vraagteken met iets erachter; het adres van een site heeft dat niet"),
            ("https://klachten.nl/#boven", "https://klachten.nl/#boven", "bevat een #; het adres van een site heeft dat niet"),
            ('https://klachten.nl/"><script>', 'https://klachten.nl/"><script>', "bevat een spatie, aanhalingsteken of ander teken dat niet in een webadres hoort"),
            ("https://klachten.nl/\x1b[2J", "https://klachten.nl/\\u001b[2J", "bevat een spatie, aanhalingsteken of ander teken dat niet in een webadres hoort"),
            ("https://kinderopvang-klachten.nl:99999/", "https://kinderopvang-klachten.nl:99999/", "is geen geldig webadres (kijk naar het poortnummer achter de dubbele punt)"),
            ("https://klachtén.nl/", "https://klachtén.nl/", "bevat letters met accenten of andere tekens buiten ASCII; schrijf een domeinnaam met zulke tekens in de xn--vorm"),
        )
    ),
    # outputs that would destroy something
    (
        ["sjabloon", "--jaar", "2025", "--uit", "data/2024/klachten.xlsx"],
        "fout: --uit data/2024/klachten.xlsx: dit ligt in de datamap {project}/data; er is niets veranderd. Oplossing: kies een nieuwe plek binnen het project, bijvoorbeeld --uit build/klachten.xlsx.",
    ),
    (
        ["sjabloon", "--jaar", "2025", "--uit", "docs/klachten.xlsx"],
        "fout: --uit docs/klachten.xlsx: dit ligt in de docs-map {project}/docs; er is niets veranderd. Oplossing: kies een nieuwe plek binnen het project, bijvoorbeeld --uit build/klachten.xlsx.",
    ),
    (
        ["sjabloon", "--jaar", "2025", "--uit", "verslag.txt"],
        "fout: --uit verslag.txt: het sjabloon is een Excel-werkmap, maar deze naam eindigt niet op .xlsx; er is niets veranderd. Oplossing: geef een naam die eindigt op .xlsx, bijvoorbeeld build/klachten.xlsx.",
    ),
    (["site", "--uit", "."], "fout: --uit .: dit is de projectmap {project} of een map daarboven; er is niets veranderd. Oplossing: kies een nieuwe plek binnen het project, bijvoorbeeld --uit site."),
    (["site", "--uit", ".."], "fout: --uit ..: dit is de projectmap {project} of een map daarboven; er is niets veranderd. Oplossing: kies een nieuwe plek binnen het project, bijvoorbeeld --uit site."),
    (["site", "--uit", "data"], "fout: --uit data: dit is de datamap; er is niets veranderd. Oplossing: kies een nieuwe plek binnen het project, bijvoorbeeld --uit site."),
    (["site", "--uit", "data/2024"], "fout: --uit data/2024: dit ligt in de datamap {project}/data; er is niets veranderd. Oplossing: kies een nieuwe plek binnen het project, bijvoorbeeld --uit site."),
    (["site", "--uit", "docs"], "fout: --uit docs: dit is de docs-map; er is niets veranderd. Oplossing: kies een nieuwe plek binnen het project, bijvoorbeeld --uit site."),
    (["site", "--uit", "/"], "fout: --uit /: dit is de hoofdmap van het bestandssysteem; er is niets veranderd. Oplossing: kies een nieuwe plek binnen het project, bijvoorbeeld --uit site."),
    (["site", "--uit", "{home}"], "fout: --uit {home}: dit is je thuismap of een map daarboven; er is niets veranderd. Oplossing: kies een nieuwe plek binnen het project, bijvoorbeeld --uit site."),
    (
        ["site", "--uit", "verslag.txt"],
        "fout: --uit verslag.txt: dit is een bestaand bestand, geen map; er is niets veranderd. Oplossing: kies een map die nog niet bestaat, bijvoorbeeld --uit site.",
    ),
    (
        ["rapport", "--uit", "data/2024/klachten.csv"],
        "fout: --uit data/2024/klachten.csv: dit ligt in de datamap {project}/data; er is niets veranderd. Oplossing: kies een nieuwe plek binnen het project, bijvoorbeeld --uit build/klachtenjaarverslag.pdf.",
    ),
    (
        ["rapport", "--uit", "mkdocs.yml"],
        "fout: --uit mkdocs.yml: het verslag is een PDF, maar deze naam eindigt niet op .pdf; er is niets veranderd. Oplossing: geef een naam die eindigt op .pdf, bijvoorbeeld build/klachtenjaarverslag.pdf.",
    ),
    (
        ["rapport", "--uit", "docs/verslag.pdf"],
        "fout: --uit docs/verslag.pdf: dit ligt in de docs-map {project}/docs; er is niets veranderd. Oplossing: kies een nieuwe plek binnen het project, bijvoorbeeld --uit build/klachtenjaarverslag.pdf.",
    ),
    (["build", "--docs", "."], "fout: --docs .: dit is de projectmap {project} of een map daarboven; er is niets veranderd. Oplossing: kies een nieuwe plek binnen het project, bijvoorbeeld --docs docs."),
    (["build", "--docs", "data"], "fout: --docs data: dit is de datamap; er is niets veranderd. Oplossing: kies een nieuwe plek binnen het project, bijvoorbeeld --docs docs."),
    (
        ["build", "--docs", "data/2025"],
        "fout: --docs data/2025: dit ligt in een jaarmap (of een map met een jaartal als naam) in de datamap {project}/data; er is niets veranderd. Oplossing: kies een map buiten de datamap, bijvoorbeeld --docs docs.",
    ),
    (
        ["build", "--docs", "docs/assets"],
        "fout: --docs docs/assets: de map is geen docs-map van dit programma (er staat geen .klachtenjaarverslag-docs in); de pagina's zouden bestanden met dezelfde naam "
        "overschrijven; er is niets veranderd. Oplossing: geef de docs-map van het project op (--docs docs) of een map die nog niet bestaat.",
    ),
]


@pytest.mark.parametrize("argv, expected", CASES, ids=[" ".join(argv) or "(niets)" for argv, _ in CASES])
def test_a_wrong_argument_ends_in_one_dutch_line_and_exit_2(project: Path, argv: list[str], expected: str, capsys) -> None:
    home = str(project.parent / "thuis")
    argv = [argument.replace("{home}", home) for argument in argv]
    before = tree(project.parent)

    code = main(argv)

    captured = capsys.readouterr()
    assert (code, captured.err.splitlines(), captured.out) == (2, [expected.format(project=project, home=home)], "")
    assert tree(project.parent) == before


def test_at_least_one_wrong_argument_for_every_command() -> None:
    commands = {argv[0] for argv, _ in CASES if argv and not argv[0].startswith("-")}
    assert commands == {"import", "check", "build", "rapport", "site", "sjabloon", "nieuw-jaar", "synth", "bouw"}


@pytest.mark.parametrize("argv", [["--help"], *([command, "--help"] for command in ("import", "check", "build", "rapport", "site", "sjabloon", "nieuw-jaar", "synth"))])
def test_help_is_dutch_throughout(argv: list[str], capsys) -> None:
    assert main(argv) == 0
    text = capsys.readouterr().out
    assert text.startswith("gebruik: python -m generator")
    assert "toon deze hulp en stop" in text
    assert not [word for word in ENGLISH if word in text]


def test_the_help_of_zonder_pdf_says_the_link_is_left_out(capsys) -> None:
    main(["site", "--help"])
    assert "de site krijgt dan geen PDF en geen link ernaar" in " ".join(capsys.readouterr().out.split())
