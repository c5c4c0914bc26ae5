"""No Python error text ever reaches a user: every command, on every bad input, answers in Dutch
without a traceback or the name of a Python exception; a fault in the program itself ends in one
Dutch line (the details only with KLACHTEN_DEBUG=1)."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import generator.cli
from generator.cli import main
from test_hostile_input import CASES, GOOD, good_copy

ROOT = Path(__file__).resolve().parents[1]
PYTHON_TEXT = re.compile(r"Traceback|File \"|\b[A-Z]\w*(?:Error|Exception|Exit|Interrupt|Warning)\b|\bErrno\b")
FAILING = [case for case in CASES if case.exit_code != 0]


def assert_no_python_text(*outputs: str) -> None:
    for output in outputs:
        assert not PYTHON_TEXT.search(output), output


def command_lines(folder: Path, tmp_path: Path) -> dict[str, list[str]]:
    data = str(folder.parent)
    tmp_path = tmp_path.parent / f"{tmp_path.name}-uit"  # outside the data folder, which holds the year folder
    return {
        "check": ["check", str(folder)],
        "build": ["build", "--data", data, "--docs", str(tmp_path / "docs")],
        "rapport": ["rapport", "--data", data, "--uit", str(tmp_path / "verslag.pdf")],
        "synth": ["synth", "--schaal", "1", "--bron", str(folder), "--uit", str(tmp_path / "synth" / "2024")],
    }


@pytest.mark.parametrize("case", FAILING, ids=str)
# check reads every bad folder in the quick run; the other commands load it the same way (slow run).
@pytest.mark.parametrize("command", ["check", *(pytest.param(command, marks=pytest.mark.slow) for command in ("build", "rapport", "synth"))])
def test_every_command_on_every_bad_year_folder_answers_without_python_text(case, command: str, tmp_path: Path, capsys) -> None:
    folder = good_copy(tmp_path)
    case.plant(folder)

    code = main(command_lines(folder, tmp_path)[command])

    captured = capsys.readouterr()
    assert code == 1
    assert captured.err.strip()
    assert_no_python_text(captured.out, captured.err)


@pytest.mark.parametrize(
    "content",
    [b"", b"\x89PNG\r\n\x1a\n\x00\x00", "Klachtenjaarverslag 2024\n".encode("cp1252") + b"caf\xe9\n", b"Inhoud\n" * 3, "Bijlage 1\n".encode() * 1000],
    ids=["leeg", "binair", "cp1252", "alleen-inhoud", "alleen-bijlage"],
)
def test_import_of_a_bad_report_text_answers_without_python_text(content: bytes, tmp_path: Path, capsys) -> None:
    source = tmp_path / "verslag.txt"
    source.write_bytes(content)

    code = main(["import", str(source), "--jaar", "2024", "--data", str(tmp_path / "data")])

    captured = capsys.readouterr()
    assert code in (1, 2)
    assert captured.err.startswith("fout: ")
    assert_no_python_text(captured.out, captured.err)
    assert not (tmp_path / "data" / "2024").exists()


def test_a_fault_in_the_program_is_one_dutch_line(monkeypatch, capsys) -> None:
    def broken(arguments):
        raise ZeroDivisionError("division by zero")

    monkeypatch.setattr(generator.cli, "run_check", broken)
    monkeypatch.delenv("KLACHTEN_DEBUG", raising=False)

    assert main(["check", str(GOOD)]) == 3
    assert capsys.readouterr().err == (
        "fout: er ging iets mis in het programma zelf, niet in je gegevens. "
        "Zet KLACHTEN_DEBUG=1 voor de opdracht om de details te zien, en meld ze aan wie het programma onderhoudt.\n"
    )

    monkeypatch.setenv("KLACHTEN_DEBUG", "1")
    with pytest.raises(ZeroDivisionError):
        main(["check", str(GOOD)])


def test_a_file_the_system_refuses_is_a_dutch_line(tmp_path: Path, capsys) -> None:
    folder = tmp_path / "2024"
    shutil.copytree(GOOD, folder)
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "index.md").mkdir()  # the generator must write a file where a folder is
    (docs / ".klachtenjaarverslag-docs").write_text("", encoding="utf-8")

    code = main(["build", "--data", str(tmp_path), "--docs", str(docs)])

    error = capsys.readouterr().err
    assert code == 1
    assert error.startswith("fout: ") and error.count("\n") == 1
    assert_no_python_text(error)


@pytest.mark.slow
@pytest.mark.parametrize("case", [case for case in FAILING if case.name in {"nul_byte_in_omschrijving", "folder_named_geschillen_csv", "escaped_override_in_the_yaml_title"}], ids=str)
def test_the_site_command_on_a_bad_year_folder_answers_without_python_text(case, tmp_path: Path) -> None:
    from site_builder import mkdocs_config

    folder = good_copy(tmp_path)
    case.plant(folder)
    config = mkdocs_config(folder.parent, tmp_path / "werk")
    site = tmp_path.parent / f"{tmp_path.name}-site"  # outside the data folder, which holds the year folder
    completed = subprocess.run(
        [sys.executable, "-m", "generator", "site", "--config", str(config), "--data", str(folder.parent), "--uit", str(site), "--zonder-pdf"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        env={"PATH": "/usr/bin:/bin", "PYTHONPATH": str(ROOT)},
    )
    assert completed.returncode == 1, completed.stderr
    assert completed.stderr.startswith(("fout: ", "1 fout in de gegevens:"))
    assert_no_python_text(completed.stdout, completed.stderr)
    assert not site.exists()


def _organisation_layout(root: Path, plant) -> Path:
    """Two organisations of tests/fixtures/good (names of their own), the first changed by `plant`."""
    for folder, name in (("avontuur", "Avontuur"), ("zonnebloem", "Zonnebloem")):
        shutil.copytree(GOOD, root / folder / "2024")
        report = root / folder / "2024" / "verslag.yaml"
        report.write_text(report.read_text(encoding="utf-8").replace("organisatie: Partou kinderopvang", f"organisatie: {name}"), encoding="utf-8")
    plant(root, root / "avontuur")
    return root


ORGANISATION_CASES = {
    "locatiebestand-is-een-map": lambda root, organisation: (organisation / "locaties.csv").mkdir(),
    "locatiebestand-kapotte-koppeling": lambda root, organisation: (organisation / "locaties.csv").symlink_to(root / "weg.csv"),
    "locatiebestand-geen-werkmap": lambda root, organisation: (organisation / "locaties.xlsx").write_bytes(b"PK\x03\x04kapot"),
    "locatiebestand-binair": lambda root, organisation: (organisation / "locaties.csv").write_bytes(b"\x00\xff\xfe\x00" * 50),
    "locatiebestand-twee-keer": lambda root, organisation: [(organisation / "locaties.csv").write_text("actuele_naam_oko;label\n"), (organisation / "locaties.xlsx").write_bytes(b"")],
    "organisatie-alleen-jaarmap": lambda root, organisation: (root / "leeg" / "2024").mkdir(parents=True),
    "organisatie-bron": lambda root, organisation: shutil.copytree(GOOD, root / "bron" / "2024"),
    "organisatie-naam-geen-adres": lambda root, organisation: shutil.copytree(GOOD, root / "Grote Naam" / "2024"),
    "organisatie-naam-dubbel": lambda root, organisation: shutil.copytree(GOOD, root / "partou" / "2024") and shutil.copytree(GOOD, root / "partou2" / "2024"),
    "jaarmap-naast-organisaties": lambda root, organisation: shutil.copytree(GOOD, root / "2024"),
    "locatiebestand-naast-organisaties": lambda root, organisation: (root / "locaties.csv").write_text("actuele_naam_oko\n"),
}


@pytest.mark.parametrize("case", sorted(ORGANISATION_CASES))
@pytest.mark.parametrize("command", ["check", pytest.param("build", marks=pytest.mark.slow)])
def test_every_command_on_a_bad_folder_of_organisations_answers_without_python_text(case: str, command: str, tmp_path: Path, capsys) -> None:
    root = _organisation_layout(tmp_path / "data", ORGANISATION_CASES[case])
    docs = tmp_path / "uit" / "docs"
    arguments = ["check", "--data", str(root)] if command == "check" else ["build", "--data", str(root), "--docs", str(docs)]

    code = main(arguments)

    captured = capsys.readouterr()
    assert code == 1
    assert captured.err.strip()
    assert_no_python_text(captured.out, captured.err)
    assert not docs.exists()
