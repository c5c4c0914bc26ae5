"""What a build prints: a few lines that matter, every warning in full, and how far it is, stage
by stage, with counts and time."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from generator.dutch import format_number
from generator.hosting.publication import WITHOUT_ADDRESS
from generator.site.output import generated_files
from site_builder import ROOT, mkdocs_config

LINE_LIMIT = 20
MKDOCS_INFO = "INFO    -  "
MKDOCS_OWN_LINES = ("Cleaning site directory", "Building documentation to directory", "Documentation built in")
TIME = r"\((\d+,\d s|\d+ min \d+ s)\)"
ON_THE_WAY = re.compile(rf"MkDocs: [\d.]+ van [\d.]+ pagina's (gelezen|geschreven) {TIME}")


def assert_stages(lines: list[str], expected: list[str]) -> None:
    """One line per stage, in this order, each ending in its time; lines on the way (which come
    only when a stage runs long) may come in between."""
    finished = [line for line in lines if not ON_THE_WAY.fullmatch(line)]
    assert len(finished) == len(expected), "\n".join(lines)
    for line, pattern in zip(finished, expected):
        assert re.fullmatch(f"{pattern} {TIME}", line), line


def expected_stages(docs: Path, pdf_pages: int | None = None) -> list[str]:
    """The hosting files come last: `_headers` names every file of the site, the PDF too."""
    return [
        "Gegevens: 537 klachten over 330 locaties, 5 geschillen",
        rf"Pagina's: {format_number(len(generated_files(docs)))} bestanden, [\d.]+ bijgewerkt, 0 verwijderd",
        rf"MkDocs: {format_number(sum(1 for _ in docs.rglob('*.md')))} pagina's",
        "Zoekindex: 537 klachten",
        *([f"PDF: {pdf_pages} pagina's"] if pdf_pages is not None else []),
        # Built without a public address: said once, with what the site then lacks.
        r"Publicatie: _headers, robots.txt, deelplaatje, \d+ bestanden van [\d,]+ MB voorgecomprimeerd \(.gz [\d,]+ MB, .br [\d,]+ MB\); "
        + re.escape(WITHOUT_ADDRESS),
    ]


@pytest.mark.slow
def test_mkdocs_build_prints_a_few_lines_and_no_warning(tmp_path: Path) -> None:
    """As a new user runs it, Material's notice about its end of life included: only the
    environment variable NO_MKDOCS_2_WARNING turns that off (README)."""
    config = mkdocs_config(ROOT / "data", tmp_path / "project")
    environment = {name: value for name, value in os.environ.items() if name != "NO_MKDOCS_2_WARNING"}
    # A new user's install (the README's first command) has no ProperDocs; the tests' has (the
    # second engine), and then Material adds 4 lines about it, which its own switch
    # DISABLE_MKDOCS_2_WARNING leaves out again: measure the notice as the new user sees it.
    environment["DISABLE_MKDOCS_2_WARNING"] = "true"
    completed = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--config-file", str(config)], capture_output=True, text=True, env=environment
    )
    assert completed.returncode == 0, completed.stderr
    assert "ProperDocs" not in completed.stderr
    lines = (completed.stdout + completed.stderr).splitlines()
    assert len(lines) < LINE_LIMIT, "\n".join(lines)
    assert [line for line in lines if line.startswith(("WARNING", "ERROR"))] == []
    assert "Material for MkDocs reaches end of life" in completed.stderr
    ours = [line.removeprefix(MKDOCS_INFO) for line in lines if line.startswith(MKDOCS_INFO) and not line.removeprefix(MKDOCS_INFO).startswith(MKDOCS_OWN_LINES)]
    assert_stages(ours, expected_stages(tmp_path / "project" / "docs"))


def test_the_site_command_says_how_far_it_is_stage_by_stage(site_command_twice) -> None:
    first, _ = site_command_twice
    pdf_pages = len(PdfReader(first.folder / "data" / "klachtenjaarverslag-2024.pdf").pages)
    docs = first.folder.parent / "project" / "docs"  # where conftest's site_command_twice builds
    assert_stages(first.said.splitlines(), expected_stages(docs, pdf_pages))
    assert first.output == f"De site staat in {first.folder}: {len(first.files)} bestanden.\n"
