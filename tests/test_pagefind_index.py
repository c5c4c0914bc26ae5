"""Pagefind runs with a time limit and builds in a staging folder of its own: a Pagefind that hangs
or fails stops the build with a Dutch message and leaves the previous index whole; a staging
folder a killed build left goes, one a person named like it stays."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from generator.scratch_folders import make_scratch_folder
from generator.site import pagefind_index
from generator.site.environment import make_environment
from generator.site.pagefind_index import OUTPUT_FOLDER, STAGING_PREFIX, SearchIndexProblem, write_pagefind_index


@pytest.fixture
def site_dir(tmp_path: Path) -> Path:
    site = tmp_path / "site"
    (site / OUTPUT_FOLDER).mkdir(parents=True)
    (site / OUTPUT_FOLDER / "pagefind-entry.json").write_text("{}", encoding="utf-8")
    return site


def pagefind_that(tmp_path: Path, monkeypatch, script: str) -> None:
    """Pagefind is run as `python -m pagefind ...`: this program stands in for that python."""
    program = tmp_path / "nep-python"
    program.write_text(f"#!/bin/sh\n{script}\n", encoding="utf-8")
    program.chmod(0o755)
    monkeypatch.setattr(sys, "executable", str(program))


def what_is_left(site_dir: Path) -> list[str]:
    return sorted(path.relative_to(site_dir).as_posix() for path in site_dir.rglob("*"))


def test_a_pagefind_that_hangs_is_stopped_with_a_dutch_message_and_the_previous_index_stays(site_dir: Path, tmp_path: Path, monkeypatch) -> None:
    pagefind_that(tmp_path, monkeypatch, "exec sleep 30")
    monkeypatch.setattr(pagefind_index, "TIMEOUT_SECONDS", 0.2)  # said as a whole second
    monkeypatch.setattr(pagefind_index, "TIMEOUT_SECONDS_PER_RECORD", 0)

    with pytest.raises(SearchIndexProblem) as stopped:
        write_pagefind_index([], site_dir, make_environment(None))

    assert str(stopped.value) == (
        "Pagefind maakte de zoekindex niet binnen 1 seconde en is gestopt. "
        "Oplossing: kijk of een andere bouw de computer bezighoudt, en bouw de site dan opnieuw."
    )
    assert what_is_left(site_dir) == [OUTPUT_FOLDER, f"{OUTPUT_FOLDER}/pagefind-entry.json"]


def test_a_pagefind_that_fails_stops_the_build_with_a_hint_and_leaves_no_staging_folder(site_dir: Path, tmp_path: Path, monkeypatch) -> None:
    pagefind_that(tmp_path, monkeypatch, "echo 'Error: something went wrong' >&2; exit 1")

    with pytest.raises(SearchIndexProblem) as stopped:
        write_pagefind_index([], site_dir, make_environment(None))

    assert str(stopped.value) == (
        "Pagefind kon de zoekindex niet maken (Error: something went wrong). "
        "Oplossing: installeer het project opnieuw (pip install -e .), zodat Pagefind compleet is, en bouw de site dan opnieuw."
    )
    assert what_is_left(site_dir) == [OUTPUT_FOLDER, f"{OUTPUT_FOLDER}/pagefind-entry.json"]


def test_a_staging_folder_a_killed_build_left_goes_and_one_a_person_made_stays(site_dir: Path, tmp_path: Path, monkeypatch) -> None:
    leftover = make_scratch_folder(site_dir, STAGING_PREFIX)
    (leftover / OUTPUT_FOLDER).mkdir()
    own = site_dir / f"{STAGING_PREFIX}mijnbackup"
    own.mkdir()
    (own / "bewaren.txt").write_text("niet weggooien", encoding="utf-8")
    # Pagefind writes the index where it is told (the argument after --output-path, $6).
    pagefind_that(tmp_path, monkeypatch, 'mkdir -p "$6" && echo nieuw > "$6/pagefind-entry.json"')

    assert write_pagefind_index([], site_dir, make_environment(None)) == site_dir / OUTPUT_FOLDER

    assert what_is_left(site_dir) == [
        f"{STAGING_PREFIX}mijnbackup", f"{STAGING_PREFIX}mijnbackup/bewaren.txt", OUTPUT_FOLDER, f"{OUTPUT_FOLDER}/delen.json",
        f"{OUTPUT_FOLDER}/pagefind-entry.json",
    ]
    assert (site_dir / OUTPUT_FOLDER / "pagefind-entry.json").read_text(encoding="utf-8") == "nieuw\n"


def index_files(index: Path) -> dict[str, bytes]:
    return {path.relative_to(index).as_posix(): path.read_bytes() for path in sorted(index.rglob("*")) if path.is_file()}


def test_a_kept_index_is_copied_in_while_the_record_files_stay_the_same(tmp_path: Path, monkeypatch) -> None:
    """As a live preview's rebuilds use it: Pagefind runs again only when a record's file changed."""
    from dataclasses import replace

    from generator.site.pagefind_index import KeptIndex
    from generator.site.search_records import search_records
    from generator.view.load import load_year

    # Each run of this Pagefind leaves its own process number in the index.
    pagefind_that(tmp_path, monkeypatch, 'while [ "$1" != "--output-path" ]; do shift; done; mkdir -p "$2" && echo $$ > "$2/run"')
    records = search_records(load_year(Path(__file__).parent / "fixtures" / "good"), lambda path: path.removesuffix(".md") + "/")
    environment = make_environment(None)
    kept = KeptIndex()
    for name in ("een", "twee", "drie", "vier", "vijf"):
        (tmp_path / name).mkdir()

    first = index_files(write_pagefind_index(records, tmp_path / "een", environment, kept=kept))
    again = index_files(write_pagefind_index(records, tmp_path / "twee", environment, kept=kept))
    assert kept.reused == 1 and again == first

    changed = [replace(records[0], oplossing="Een ander antwoord."), *records[1:]]
    made = index_files(write_pagefind_index(changed, tmp_path / "drie", environment, kept=kept))
    assert kept.reused == 1 and made["run"] != first["run"]
    assert index_files(write_pagefind_index(changed, tmp_path / "vier", environment, kept=kept)) == made
    assert kept.reused == 2

    # Back to the first records: made again (only the last index is kept).
    assert index_files(write_pagefind_index(records, tmp_path / "vijf", environment, kept=kept))["run"] not in (first["run"], made["run"])
    folder = kept._folder
    assert folder.is_dir()
    kept.close()
    assert not folder.exists()


def test_an_index_that_cannot_be_kept_is_made_again_the_next_time(tmp_path: Path, monkeypatch) -> None:
    from generator.site.pagefind_index import KeptIndex

    pagefind_that(tmp_path, monkeypatch, 'while [ "$1" != "--output-path" ]; do shift; done; mkdir -p "$2" && echo $$ > "$2/run"')
    environment = make_environment(None)
    kept = KeptIndex()
    copy = pagefind_index.shutil.copytree

    def full_disk(source, target, **options):
        if "klachten-zoekindex-" in str(target):
            raise OSError(28, "No space left on device")
        return copy(source, target, **options)

    monkeypatch.setattr(pagefind_index.shutil, "copytree", full_disk)
    (tmp_path / "een").mkdir()
    first = write_pagefind_index([], tmp_path / "een", environment, kept=kept)
    assert (first / "run").is_file() and kept._folder is None
    monkeypatch.setattr(pagefind_index.shutil, "copytree", copy)
    (tmp_path / "twee").mkdir()
    again = write_pagefind_index([], tmp_path / "twee", environment, kept=kept)
    assert (again / "run").read_text() != (first / "run").read_text() and kept.reused == 0
