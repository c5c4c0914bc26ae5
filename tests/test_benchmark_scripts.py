"""The benchmark scripts are run by hand, not by CI: an import that a rename broke would only show
on the day someone measures. Each must at least load."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

import pytest

BENCHMARKS = Path(__file__).resolve().parents[1] / "benchmarks"
SCRIPTS = sorted(path.stem for path in BENCHMARKS.glob("*.py"))


@pytest.fixture(autouse=True)
def benchmarks_on_path(monkeypatch):
    # The scripts import each other by their bare names, as `python benchmarks/x.py` lets them.
    monkeypatch.syspath_prepend(str(BENCHMARKS))


@pytest.mark.parametrize("name", SCRIPTS)
def test_each_benchmark_script_loads(name: str) -> None:
    module = importlib.import_module(name)
    assert module.__file__ == str(BENCHMARKS / f"{name}.py")


def test_every_script_with_a_command_line_has_a_main() -> None:
    for name in SCRIPTS:
        text = (BENCHMARKS / f"{name}.py").read_text(encoding="utf-8")
        if '__name__ == "__main__"' in text:
            assert callable(getattr(sys.modules.get(name) or importlib.import_module(name), "main", None)), name


def test_differing_files_names_what_differs_and_where(tmp_path: Path) -> None:
    """A before checkout builds the data its own synthesiser makes; the run lists what differs."""
    from projects import differing_files

    mine, theirs = tmp_path / "mine", tmp_path / "theirs"
    for folder in (mine, theirs):
        (folder / "tekst").mkdir(parents=True)
        (folder / "klachten.csv").write_bytes(b"volgnummer\n1\n")
    (mine / "privacy-toegestaan.yaml").write_text("toegestaan:\n- tekst: Willem\n", encoding="utf-8")
    (theirs / "privacy-toegestaan.yaml").write_text("toegestaan:\n- tekst: Woeste Willem\n", encoding="utf-8")
    (mine / "tekst" / "vergelijking-vorig-jaar.md").write_text("x", encoding="utf-8")
    (theirs / ".klachtenjaarverslag-import").write_text("x", encoding="utf-8")
    assert differing_files(mine, theirs) == [".klachtenjaarverslag-import (missing here)", "privacy-toegestaan.yaml", "tekst/vergelijking-vorig-jaar.md (only here)"]
    assert differing_files(mine, mine) == []
