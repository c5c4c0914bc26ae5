"""Write the Pagefind index of the search records into the built site (site/pagefind/).

Each record becomes a small HTML file in a scratch folder, and the Pagefind binary indexes that
folder in one run (its Python API handles about ten records a second, too slow for national
data). The index is in Dutch, so that its stemmer lets a plural find the singular. The record's
address on the site is kept in the meta field 'adres'.
"""

from __future__ import annotations

import math
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import jinja2

from generator.errors import GeneratorError
from generator.progress import counted
from generator.scratch_folders import SCRATCH_MARKER, make_scratch_folder, own_scratch_folders, remove_marked_folder
from generator.site.search_records import PROPERTIES_ANCHOR, TEXT_ANCHOR, SearchRecord

OUTPUT_FOLDER = "pagefind"
LANGUAGE = "nl"
RECORD_TEMPLATE = "zoekrecord.html.j2"
STAGING_PREFIX = f".{OUTPUT_FOLDER}-nieuw-"
TIMEOUT_SECONDS = 120
TIMEOUT_SECONDS_PER_RECORD = 0.05


class SearchIndexProblem(GeneratorError):
    """Pagefind could not build the search index."""


def write_pagefind_index(records: list[SearchRecord], site_dir: Path, environment: jinja2.Environment) -> Path:
    template = environment.get_template(RECORD_TEMPLATE)
    output = site_dir / OUTPUT_FOLDER
    with tempfile.TemporaryDirectory(prefix="zoekrecords-") as scratch:
        for number, record in enumerate(records, 1):
            html = template.render(record=record, text_anchor=TEXT_ANCHOR, properties_anchor=PROPERTIES_ANCHOR)
            (Path(scratch) / f"{number}.html").write_text(html, encoding="utf-8")
        # A staging folder of this build's own, so that a failed or stopped Pagefind leaves the
        # previous index whole; one that a killed build left (MkDocs keeps hidden folders) goes
        # first. The plugin holds the site folder's write lock, so no other build is using one.
        for leftover in own_scratch_folders(site_dir, STAGING_PREFIX):
            remove_marked_folder(leftover, SCRATCH_MARKER)
        staging_folder = make_scratch_folder(site_dir, STAGING_PREFIX)
        staging = staging_folder / OUTPUT_FOLDER
        try:
            _run_pagefind(Path(scratch), staging, len(records))
            shutil.rmtree(output, ignore_errors=True)
            staging.rename(output)
        finally:
            remove_marked_folder(staging_folder, SCRATCH_MARKER)
    return output


def _run_pagefind(source: Path, output: Path, records: int) -> None:
    command = [sys.executable, "-m", "pagefind", "--site", str(source), "--output-path", str(output), "--force-language", LANGUAGE, "--silent"]
    # 2024's 537 records take Pagefind about a second: a limit far beyond that is only met by a hang.
    timeout = TIMEOUT_SECONDS + records * TIMEOUT_SECONDS_PER_RECORD
    try:
        completed = subprocess.run(command, capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        raise SearchIndexProblem(
            f"Pagefind maakte de zoekindex niet binnen {counted(math.ceil(timeout), 'seconde', 'seconden')} en is gestopt. "
            "Oplossing: kijk of een andere bouw de computer bezighoudt, en bouw de site dan opnieuw."
        ) from None
    if completed.returncode != 0:
        said = " ".join(part for part in (completed.stdout.strip(), completed.stderr.strip()) if part) or f"afgesloten met code {completed.returncode}"
        raise SearchIndexProblem(
            f"Pagefind kon de zoekindex niet maken ({said}). "
            "Oplossing: installeer het project opnieuw (pip install -e .), zodat Pagefind compleet is, en bouw de site dan opnieuw."
        )
