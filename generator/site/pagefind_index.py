"""Write the Pagefind index of the search records into the built site (site/pagefind/).

Each record becomes a small HTML file in a scratch folder, and the Pagefind binary indexes that
folder (its Python API handles about ten records a second, too slow for national data). The
index is in Dutch, so that its stemmer lets a plural find the singular. A record's file is named
after its address on the site, which Pagefind keeps as the record's url: the record of
"locaties/avontuurlijk/#klacht-1" is "locaties/avontuurlijk/klacht-1.html" (record_file; the
page turns it back, docs/assets/zoeken.js).

Pagefind 1.5 holds about 60 KB per record while it builds an index, all at once: 3.4 GB for 53,700
complaints (100 times 2024). So a large year is indexed in parts of at most RECORDS_PER_PART
records, one Pagefind run each, one after the other. Part 1 is the index in pagefind/ itself;
part N is in pagefind/deel-N/, and pagefind/delen.json lists those folders. The page merges
them in the browser (Pagefind's mergeIndex): one search over all parts, with the counts of the
filters added up (docs/assets/zoeken.js).

A live preview keeps the index it made (KeptIndex): when a rebuild's record files are the same,
byte for byte, as those of the kept index, that index is copied in and Pagefind does not run.
"""

from __future__ import annotations

import json
import math
import os
import shutil
import subprocess
import sys
import tempfile
import weakref
from collections.abc import Iterable, Iterator
from pathlib import Path

import jinja2

from generator.errors import GeneratorError
from generator.progress import counted
from generator.scratch_folders import SCRATCH_MARKER, make_scratch_folder, own_scratch_folders, remove_marked_folder
from generator.site.search_records import PROPERTIES_ANCHOR, SOLUTION_ANCHOR, SearchRecord

OUTPUT_FOLDER = "pagefind"
PARTS_FILE = "delen.json"
LANGUAGE = "nl"
RECORD_TEMPLATE = "zoekrecord.html.j2"
STAGING_PREFIX = f".{OUTPUT_FOLDER}-nieuw-"
TIMEOUT_SECONDS = 120
TIMEOUT_SECONDS_PER_RECORD = 0.05
# About 1.5 GB for Pagefind at most, and one part up to ten times 2024 (so those sites are searched
# exactly as before).
RECORDS_PER_PART = 25_000
# A search downloads the chunk of the word index that holds each of its words. Pagefind makes a
# chunk of 20,000 word places by default (20 KB and more); a quarter of that halves what the first
# search on the page downloads. Pagefind 1.5 reads this setting from an environment variable
# whose name says it may change; without it, the chunks have Pagefind's default size.
WORD_CHUNK_SETTING = "PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE"
WORD_CHUNK_SIZE = 5_000


class SearchIndexProblem(GeneratorError):
    """Pagefind could not build the search index."""


class KeptIndex:
    """The last index Pagefind made, in a temporary folder of its own (removed by close(), or
    when this object is dropped or the program ends), with the record files it was made from."""

    def __init__(self) -> None:
        self._folder: Path | None = None
        self._removal: weakref.finalize | None = None
        self._made_from: list[dict[str, str]] | None = None
        self.reused = 0  # how many times an index was copied in instead of made

    def index_of(self, parts: list[dict[str, str]]) -> Path | None:
        if self._folder is None or parts != self._made_from:
            return None
        return self._folder / OUTPUT_FOLDER

    def keep(self, parts: list[dict[str, str]], index: Path) -> None:
        """A copy that cannot be made (a full disk) costs only the next run's shortcut."""
        self.close()
        try:
            self._folder = Path(tempfile.mkdtemp(prefix="klachten-zoekindex-"))
            self._removal = weakref.finalize(self, shutil.rmtree, self._folder, ignore_errors=True)
            shutil.copytree(index, self._folder / OUTPUT_FOLDER)
        except OSError:
            self.close()
            return
        self._made_from = parts

    def close(self) -> None:
        removal, self._removal, self._folder, self._made_from = self._removal, None, None, None
        if removal is not None:
            removal()


def write_pagefind_index(
    records: list[SearchRecord], site_dir: Path, environment: jinja2.Environment, records_per_part: int = RECORDS_PER_PART,
    kept: KeptIndex | None = None,
) -> Path:
    """`kept`: the index of an earlier run, copied in when the record files are the same (see
    KeptIndex). Without it each record's file is made only when it is written: a large site's
    files are not all held at once."""
    template = environment.get_template(RECORD_TEMPLATE)
    output = site_dir / OUTPUT_FOLDER
    parts: list = [_record_files(part, template) for part in index_parts(records, records_per_part)]
    kept_index = None
    if kept is not None:
        parts = [dict(part) for part in parts]
        kept_index = kept.index_of(parts)
    # A staging folder of this build's own, so that a failed or stopped Pagefind leaves the
    # previous index whole; one that a killed build left (MkDocs keeps hidden folders) goes
    # first. The plugin holds the site folder's write lock, so no other build is using one.
    for leftover in own_scratch_folders(site_dir, STAGING_PREFIX):
        remove_marked_folder(leftover, SCRATCH_MARKER)
    staging_folder = make_scratch_folder(site_dir, STAGING_PREFIX)
    staging = staging_folder / OUTPUT_FOLDER
    try:
        if kept_index is not None:
            shutil.copytree(kept_index, staging)
            kept.reused += 1
        else:
            _index([part.items() for part in parts] if kept is not None else parts, staging)
            if kept is not None:
                kept.keep(parts, staging)
        shutil.rmtree(output, ignore_errors=True)
        staging.rename(output)
    finally:
        remove_marked_folder(staging_folder, SCRATCH_MARKER)
    return output


def _index(parts: list[Iterable[tuple[str, str]]], staging: Path) -> None:
    with tempfile.TemporaryDirectory(prefix="zoekrecords-") as scratch:
        for number, part in enumerate(parts, 1):
            source = Path(scratch) / str(number)
            written = _write_records(part, source)
            _run_pagefind(source, staging / part_folder(number), written)
            shutil.rmtree(source)  # the next part's files need the room, not these
    further_parts = [part_folder(number) for number in range(2, len(parts) + 1)]
    (staging / PARTS_FILE).write_text(json.dumps({"delen": further_parts}) + "\n", encoding="utf-8")


def index_parts(records: list[SearchRecord], records_per_part: int) -> list[list[SearchRecord]]:
    """The records in as few parts as `records_per_part` allows, of (nearly) equal size, in their order."""
    count = max(1, math.ceil(len(records) / records_per_part))
    bounds = [number * len(records) // count for number in range(count + 1)]
    return [records[start:end] for start, end in zip(bounds, bounds[1:])]


def part_folder(number: int) -> str:
    """Where part `number` lies in pagefind/: part 1 is the index itself."""
    return "" if number == 1 else f"deel-{number}/"


def record_file(url: str) -> str:
    """The file of the record with address `url` ("locaties/x/#klacht-1" -> "locaties/x/klacht-1.html")."""
    page, _, anchor = url.partition("#")
    return f"{page}{anchor}.html"


def _record_files(records: list[SearchRecord], template: jinja2.Template) -> Iterator[tuple[str, str]]:
    """Each record's path (record_file) and HTML file, made one by one."""
    for record in records:
        yield record_file(record.url), template.render(record=record, solution_anchor=SOLUTION_ANCHOR, properties_anchor=PROPERTIES_ANCHOR)


def _write_records(files: Iterable[tuple[str, str]], folder: Path) -> int:
    """The files written: how many."""
    folder.mkdir(parents=True)  # also for a site without complaints: Pagefind needs a folder to index
    count = 0
    for name, html in files:
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(html, encoding="utf-8")
        count += 1
    return count


def _run_pagefind(source: Path, output: Path, records: int) -> None:
    command = [sys.executable, "-m", "pagefind", "--site", str(source), "--output-path", str(output), "--force-language", LANGUAGE, "--silent"]
    # 2024's 537 records take Pagefind about a second: a limit far beyond that is only met by a hang.
    timeout = TIMEOUT_SECONDS + records * TIMEOUT_SECONDS_PER_RECORD
    try:
        completed = subprocess.run(
            command, capture_output=True, text=True, timeout=timeout, env={**os.environ, WORD_CHUNK_SETTING: str(WORD_CHUNK_SIZE)}
        )
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
