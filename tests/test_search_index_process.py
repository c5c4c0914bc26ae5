"""The search index written by a process of its own (generator/site/search_index_process.py):
the same files as written in the build's process, a problem said in Dutch and nothing of
Python, and a stopped or abandoned process leaves no half-written folder."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from generator.progress import Progress
from generator.site.search_index import OUTPUT_FOLDER, STAGING_PREFIX, SearchIndexProblem, write_search_index
from generator.site.search_index_process import PROCESS_FAILED, STOPPED, SearchIndexBuild, SearchIndexStopped
from generator.site.search_records import search_records
from generator.view.load import load_year
from site_builder import ROOT
from test_search_index import directory_url


@pytest.fixture(scope="module")
def records_2024():
    return search_records(load_year(ROOT / "data" / "2024"), directory_url)


def files_of(folder: Path) -> dict[str, bytes]:
    return {path.relative_to(folder).as_posix(): path.read_bytes() for path in folder.rglob("*") if path.is_file()}


def new_site(parent: Path, name: str = "site") -> Path:
    site = parent / name
    site.mkdir()
    return site


def wait_for_staging_folder(site: Path) -> None:
    deadline = time.monotonic() + 30
    while not list(site.glob(f"{STAGING_PREFIX}*")):
        assert time.monotonic() < deadline, "the process never started writing"
        time.sleep(0.01)


def test_the_process_writes_the_same_index_as_the_build_would(records_2024, tmp_path: Path) -> None:
    here = new_site(tmp_path, "hier")
    write_search_index(records_2024, here)
    lines: list[str] = []
    apart = new_site(tmp_path, "apart")

    written = SearchIndexBuild(records_2024, apart, Progress(lines.append)).result()

    assert written == apart / OUTPUT_FOLDER
    assert files_of(apart) == files_of(here)
    [line] = lines
    assert line.startswith("Zoekindex: 537 klachten (") and line.endswith(" s)")


def test_a_problem_of_the_process_is_said_in_dutch(records_2024, tmp_path: Path) -> None:
    site = tmp_path / "site"
    site.write_text("geen map", encoding="utf-8")  # a file where the site folder should be

    build = SearchIndexBuild(records_2024, site, Progress(lambda line: None))
    with pytest.raises(SearchIndexProblem) as problem:
        build.result()

    message = str(problem.value)
    assert message.startswith(f"De zoekindex kon niet worden geschreven in {site} (")
    assert message.endswith("Oplossing: kijk of er ruimte is op de schijf en of je in die map mag schrijven, en bouw de site dan opnieuw.")
    assert "Traceback" not in message and "Error" not in message


def test_a_process_that_dies_is_said_in_dutch_without_what_python_printed(records_2024, tmp_path: Path) -> None:
    site = new_site(tmp_path)
    build = SearchIndexBuild(records_2024, site, Progress(lambda line: None))
    wait_for_staging_folder(site)
    os.kill(build._process.pid, signal.SIGKILL)

    with pytest.raises(SearchIndexProblem) as problem:
        build.result()

    assert str(problem.value) == PROCESS_FAILED.format(code=-signal.SIGKILL)


def test_a_cancelled_index_leaves_nothing_behind(records_2024, tmp_path: Path) -> None:
    site = new_site(tmp_path)
    build = SearchIndexBuild(records_2024 * 20, site, Progress(lambda line: None))
    wait_for_staging_folder(site)

    build.cancel()

    assert list(site.iterdir()) == []


def test_a_signal_stops_the_process_and_it_removes_its_folder(records_2024, tmp_path: Path) -> None:
    site = new_site(tmp_path)
    build = SearchIndexBuild(records_2024 * 20, site, Progress(lambda line: None))
    wait_for_staging_folder(site)
    os.kill(build._process.pid, signal.SIGINT)  # a Ctrl-C reaches every process of the terminal

    with pytest.raises(SearchIndexStopped) as stopped:
        build.result()

    assert str(stopped.value) == STOPPED
    assert list(site.iterdir()) == []


def test_the_process_stops_when_the_build_that_started_it_is_gone(records_2024, tmp_path: Path) -> None:
    site = new_site(tmp_path)
    build = SearchIndexBuild(records_2024 * 20, site, Progress(lambda line: None))
    wait_for_staging_folder(site)

    try:
        build._process.stdin.close()  # what the end of the build's process does to the pipe

        assert build._process.wait(timeout=30) == 128 + signal.SIGTERM
        assert list(site.iterdir()) == []
    finally:
        build.cancel()  # closes the other pipes


def test_the_process_reads_the_records_without_the_data_modules() -> None:
    """The process starts in a fresh interpreter for every build: importing pandas (or the data's
    modules that import it) there would cost more than the index itself at 1x."""
    imported = subprocess.run(
        [sys.executable, "-c", "import sys, generator.site.search_index_process; print(sorted(m for m in ('pandas', 'generator.dataset', 'generator.view.model') if m in sys.modules))"],
        capture_output=True, text=True, check=True, cwd=ROOT,
    )
    assert imported.stdout.strip() == "[]"
