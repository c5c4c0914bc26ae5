"""The command line: messages a person reads, and exit codes a script relies on."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from generator.cli import main

ROOT = Path(__file__).resolve().parents[1]
GOOD = ROOT / "tests" / "fixtures" / "good"


def test_check_of_the_2024_data_prints_the_reconciliation_and_exits_0(capsys) -> None:
    assert main(["check", str(ROOT / "data" / "2024")]) == 0
    output = capsys.readouterr().out
    assert "537 klachten over 330 locaties, 5 geschillen" in output
    assert "Afstemming met de cijfers die het verslag zelf noemt: 75 van 84 kloppen, 9 verschillen." in output
    assert "  VERSCHIL Eindtotaal: gedrukt 538, telling van de klachten in de bijlage 537 (verschil -1)" in output


def test_check_with_bad_data_lists_every_problem_writes_nothing_and_exits_1(tmp_path: Path, capsys) -> None:
    folder = tmp_path / "2024"
    shutil.copytree(GOOD, folder)
    complaints = (folder / "klachten.csv").read_text(encoding="utf-8").splitlines()
    complaints[2] = complaints[2].replace("Communicatie", "Comunicatie")
    complaints[3] = complaints[3].replace(",Nee,", ",Misschien,")
    (folder / "klachten.csv").write_text("\n".join(complaints) + "\n", encoding="utf-8")
    before = sorted(path.name for path in folder.rglob("*"))
    assert main(["check", str(folder)]) == 1
    error = capsys.readouterr().err.splitlines()
    assert error[0] == "2 fouten in de gegevens:"
    assert error[1].startswith(f"{folder / 'klachten.csv'}, rij 3 (volgnummer 2), kolom 'categorie': ")
    assert "'Communicatie'" in error[1]
    assert error[2].startswith(f"{folder / 'klachten.csv'}, rij 4 (volgnummer 3), kolom 'gegrond': ")
    assert error[-1] == "Er is niets geschreven. Verbeter de fouten en probeer het opnieuw."
    assert sorted(path.name for path in folder.rglob("*")) == before


def test_check_of_several_years_lists_the_errors_of_every_year(tmp_path: Path, capsys) -> None:
    data = tmp_path / "data"
    for year in ("2024", "2025", "2026"):
        shutil.copytree(GOOD, data / year)
        report = (data / year / "verslag.yaml").read_text(encoding="utf-8")
        (data / year / "verslag.yaml").write_text(report.replace("2024", year), encoding="utf-8")
    for year in ("2024", "2026"):
        complaints = data / year / "klachten.csv"
        complaints.write_text(complaints.read_text(encoding="utf-8").replace("Communicatie", "Comunicatie", 1), encoding="utf-8")

    assert main(["check", "--data", str(data)]) == 1
    captured = capsys.readouterr()

    assert f"Controle van {data / '2024'}: 1 fout, hieronder genoemd." in captured.out
    assert f"Controle van {data / '2025'}: " in captured.out
    assert f"Controle van {data / '2026'}: 1 fout, hieronder genoemd." in captured.out
    error = captured.err.splitlines()
    assert error[0] == "2 fouten in de gegevens:"
    assert error[1].startswith(f"{data / '2024' / 'klachten.csv'}, rij ")
    assert error[2].startswith(f"{data / '2026' / 'klachten.csv'}, rij ")


def test_import_for_the_wrong_year_exits_1_with_a_hint(tmp_path: Path, capsys) -> None:
    source = ROOT / "data" / "bron" / "klachtenjaarverslag-partou-2024.txt"
    assert main(["import", str(source), "--jaar", "2023", "--data", str(tmp_path)]) == 1
    assert capsys.readouterr().err == f"fout: {source}: het verslag gaat over 2024, niet over 2023 (gebruik --jaar 2024)\nEr is niets geschreven.\n"
    assert list(tmp_path.iterdir()) == []


@pytest.mark.slow  # several seconds: the quick suite stays under 30 s
def test_python_dash_m_generator_runs() -> None:
    completed = subprocess.run([sys.executable, "-m", "generator", "check", "data/2024"], cwd=ROOT, capture_output=True, text=True)
    assert completed.returncode == 0, completed.stderr
