"""Write the Pagefind index of the search records into the built site (site/pagefind/).

Each record becomes a small HTML file in a scratch folder, and the Pagefind binary indexes that
folder in one run (its Python API handles about ten records a second, too slow for national
data). The index is in Dutch, so that its stemmer lets a plural find the singular. The record's
address on the site is kept in the meta field 'adres'.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import jinja2

from generator.errors import GeneratorError
from generator.site.search_records import PROPERTIES_ANCHOR, TEXT_ANCHOR, SearchRecord

OUTPUT_FOLDER = "pagefind"
LANGUAGE = "nl"
RECORD_TEMPLATE = "zoekrecord.html.j2"


class SearchIndexProblem(GeneratorError):
    """Pagefind could not build the search index."""


def write_pagefind_index(records: list[SearchRecord], site_dir: Path, environment: jinja2.Environment) -> Path:
    template = environment.get_template(RECORD_TEMPLATE)
    output = site_dir / OUTPUT_FOLDER
    with tempfile.TemporaryDirectory(prefix="zoekrecords-") as scratch:
        for number, record in enumerate(records, 1):
            html = template.render(record=record, text_anchor=TEXT_ANCHOR, properties_anchor=PROPERTIES_ANCHOR)
            (Path(scratch) / f"{number}.html").write_text(html, encoding="utf-8")
        staging = site_dir / f".{OUTPUT_FOLDER}-nieuw"
        shutil.rmtree(staging, ignore_errors=True)
        _run_pagefind(Path(scratch), staging)
    shutil.rmtree(output, ignore_errors=True)
    staging.rename(output)
    return output


def _run_pagefind(source: Path, output: Path) -> None:
    command = [sys.executable, "-m", "pagefind", "--site", str(source), "--output-path", str(output), "--force-language", LANGUAGE, "--silent"]
    completed = subprocess.run(command, capture_output=True, text=True)
    if completed.returncode != 0:
        raise SearchIndexProblem(f"Pagefind kon de zoekindex niet maken: {completed.stdout.strip()} {completed.stderr.strip()}")
