"""The README stays true: CI runs exactly its test command, and the glossary names what the code names."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def readme_commands() -> list[str]:
    blocks = re.findall(r"```bash\n(.*?)```", (ROOT / "README.md").read_text(encoding="utf-8"), re.S)
    return [line for block in blocks[:2] for line in block.splitlines() if line and not line.startswith("#")]


def test_quick_start_has_two_commands() -> None:
    assert len(readme_commands()) == 2


def test_ci_runs_the_readme_test_command() -> None:
    test_command = readme_commands()[1]
    ci_lines = (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    assert test_command in ci_lines


def glossary_rows() -> list[list[str]]:
    """The cells of each row of the README's table of words."""
    section = (ROOT / "README.md").read_text(encoding="utf-8").split("\n## Words\n", 1)[1].split("\n## ", 1)[0]
    rows = [line for line in section.splitlines() if line.startswith("| ") and not line.startswith(("| In the code", "|---"))]
    return [row.split("|")[1:-1] for row in rows]


def glossary_code_names() -> list[str]:
    """The names in backticks in the first column of the README's table of words."""
    return [name for cells in glossary_rows() for name in re.findall(r"`([^`]+)`", cells[0])]


def glossary_explained_classes() -> list[str]:
    """The class names (CamelCase, in backticks) in the column that explains a word."""
    return [name for cells in glossary_rows() for name in re.findall(r"`([A-Z][a-z]+(?:[A-Z][a-z]+)+)`", cells[2])]


def generator_code() -> str:
    return "\n".join(path.read_text(encoding="utf-8") for path in (ROOT / "generator").rglob("*.py"))


def test_every_name_in_the_glossary_is_in_the_code() -> None:
    code = generator_code()
    names = glossary_code_names()
    assert len(names) > 10
    for name in names:
        if "/" in name:
            assert (ROOT / name).exists(), name
            continue
        last = name.split(".")[-1]
        defined = re.search(rf"^\s*(def |class ){last}\b|^\s*{last}(: | = )", code, re.M)
        assert defined, name


def test_every_class_the_glossary_explains_with_is_in_the_code() -> None:
    code = generator_code()
    names = glossary_explained_classes()
    assert "KeptLoads" in names
    missing = [name for name in names if not re.search(rf"^class {name}\b", code, re.M)]
    assert missing == []
