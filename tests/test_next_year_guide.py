"""The README's Dutch guide 'Het verslag van volgend jaar publiceren' stays true: its commands are
ones the program takes, the names it tells the coordinator are the program's, and the error it
shows as an example is the one `check` prints for that typo in a workbook made by `nieuw-jaar`."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

from test_workbook import COMPLAINTS, REPORT_2024, complete_report, fill_in

from generator.cli import DEFAULT_BUILD_FOLDER, main, make_parser
from generator.dataset import layout
from generator.dataset.yaml_reader import TO_FILL_IN
from generator.workbook.template import template_file_name

ROOT = Path(__file__).resolve().parents[1]
HEADING = "## Het verslag van volgend jaar publiceren"
README = (ROOT / "README.md").read_text(encoding="utf-8")
START = README.index(HEADING)
END = README.find("\n## ", START + 1)
GUIDE = README[START : END if END >= 0 else None]
YEAR = 2025


def test_every_command_in_the_guide_is_one_the_program_takes() -> None:
    commands = re.findall(r"\.venv/bin/python -m generator ([^`\n]+)", GUIDE)
    assert {command.split()[0] for command in commands} >= {"nieuw-jaar", "sjabloon", "check", "site"}
    for command in commands:
        arguments = make_parser().parse_args(shlex.split(command.strip()))
        assert getattr(arguments, "jaar", YEAR) in (YEAR, None), command


def test_the_guide_names_what_the_program_makes() -> None:
    for sheet in layout.TEMPLATE_SHEETS:
        assert f"*{sheet}*" in GUIDE
    assert f"`{DEFAULT_BUILD_FOLDER / template_file_name(YEAR)}`" in GUIDE
    assert f"`data/{YEAR}/` twee bestanden: `{layout.COMPLAINTS_FILE_STEM}.xlsx` om in te vullen en\n   `{layout.REPORT_FILE}`" in GUIDE
    assert f"elke waarde die met `{TO_FILL_IN}` begint" in GUIDE
    assert "*Het\n   verslag van volgend jaar publiceren*" in (ROOT / "PUBLICEREN.md").read_text(encoding="utf-8")


def test_the_example_error_in_the_guide_is_what_check_prints(tmp_path: Path, monkeypatch, capsys) -> None:
    (example,) = re.findall(r"```text\n\s*(.+?)\n\s*```", GUIDE)
    monkeypatch.chdir(tmp_path)
    (tmp_path / "data" / "2024").mkdir(parents=True)
    (tmp_path / "data" / "2024" / layout.REPORT_FILE).write_bytes(REPORT_2024.read_bytes())
    assert main(["nieuw-jaar", str(YEAR)]) == 0
    folder = Path("data") / str(YEAR)
    typo = [COMPLAINTS[0][:3] + ["Comunicatie"] + COMPLAINTS[0][4:], *COMPLAINTS[1:]]
    fill_in(folder / "klachten.xlsx", typo, [])
    complete_report(folder)
    capsys.readouterr()
    assert main(["check", str(folder)]) == 1
    assert capsys.readouterr().err.splitlines()[1] == example
