"""The privacy check in a process of its own (privacy/apart.py): the same verdict as the check
in the build's own process, checked there after all when the copy fails, stopped with the build,
and nothing written before it passed."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from mkdocs.config import load_config

import generator.privacy.apart as apart_module
import generator.privacy.review as review_module
import generator.site.docs_apart as docs_apart_module
from generator.dataset.dataset import load_dataset
from generator.mkdocs_plugin import PLUGIN_NAME, BuildStopped
from generator.privacy import PrivacyCheckApart, PrivacyNotReviewed, refuse_unreviewed
from generator.write_lock import exclusive_writer
from site_builder import ROOT, mkdocs_config
from test_privacy import set_cell

HOSTILE = ROOT / "tests" / "fixtures" / "hostile" / "data" / "2024"
SITE_FIXTURE = ROOT / "tests" / "fixtures" / "site" / "data" / "2024"


@pytest.fixture
def forks(monkeypatch) -> list[int]:
    """The processes the check made, as it made them."""
    made: list[int] = []
    fork = os.fork

    def counted() -> int:
        process = fork()
        if process:
            made.append(process)
        return process

    monkeypatch.setattr(apart_module.os, "fork", counted)
    return made


def refusal_here(folder: Path) -> str:
    with pytest.raises(PrivacyNotReviewed) as refused:
        refuse_unreviewed(load_dataset(folder))
    return str(refused.value)


def test_the_check_apart_gives_the_verdict_of_the_check_here(forks: list[int], monkeypatch) -> None:
    expected = refusal_here(HOSTILE)
    apart = PrivacyCheckApart()
    apart.check(load_dataset(HOSTILE))
    apart.check(load_dataset(ROOT / "data" / "2024"))  # reviewed: passes
    # From here on only the copies can scan: they were made before.
    monkeypatch.setattr(review_module, "scan_dataset", scanned_here)

    with pytest.raises(PrivacyNotReviewed) as refused:
        apart.finish()

    assert len(forks) == 2
    assert str(refused.value) == expected
    assert expected.startswith("15 vondsten van de privacycontrole zijn nog niet nagekeken:")


def scanned_here(*arguments: object) -> None:
    raise AssertionError("scanned in the build's own process")


def test_data_without_unreviewed_findings_pass(forks: list[int], monkeypatch) -> None:
    apart = PrivacyCheckApart()
    apart.check(load_dataset(ROOT / "data" / "2024"))
    monkeypatch.setattr(review_module, "scan_dataset", scanned_here)
    apart.finish()
    assert len(forks) == 1


def test_a_copy_that_fails_is_checked_here_after_all(forks: list[int], monkeypatch) -> None:
    # Only the copy runs this: the check here goes through refuse_unreviewed's own review.
    monkeypatch.setattr(apart_module, "review_privacy", lambda dataset: os._exit(9))
    apart = PrivacyCheckApart()
    apart.check(load_dataset(HOSTILE))

    with pytest.raises(PrivacyNotReviewed) as refused:
        apart.finish()

    assert len(forks) == 1
    assert str(refused.value) == refusal_here(HOSTILE)


def test_a_check_that_could_not_start_is_done_here(monkeypatch) -> None:
    def no_fork() -> int:
        raise OSError(11, "Resource temporarily unavailable")

    monkeypatch.setattr(apart_module.os, "fork", no_fork)
    apart = PrivacyCheckApart()
    apart.check(load_dataset(HOSTILE))

    with pytest.raises(PrivacyNotReviewed) as refused:
        apart.finish()

    assert str(refused.value) == refusal_here(HOSTILE)


def test_cancel_stops_the_copy(forks: list[int], monkeypatch) -> None:
    monkeypatch.setattr(apart_module, "review_privacy", lambda dataset: time.sleep(600))
    apart = PrivacyCheckApart()
    apart.check(load_dataset(HOSTILE))

    apart.cancel()

    with pytest.raises(ChildProcessError):
        os.waitpid(forks[0], os.WNOHANG)  # ended and reaped: no process is left behind
    apart.finish()  # nothing left to wait for


def test_not_possible_beside_another_thread() -> None:
    stop = threading.Event()
    other = threading.Thread(target=stop.wait)
    other.start()
    try:
        assert not PrivacyCheckApart.possible()
    finally:
        stop.set()
        other.join()


def plugin_project(tmp_path: Path) -> Path:
    year = tmp_path / "data" / "2024"
    shutil.copytree(SITE_FIXTURE, year)
    mkdocs_config(year.parent, tmp_path / "project")
    return year


def test_the_plugin_checks_apart_and_writes_nothing_before_the_verdict(tmp_path: Path, forks: list[int], monkeypatch) -> None:
    monkeypatch.setattr(PrivacyCheckApart, "possible", staticmethod(lambda: True))
    monkeypatch.setattr(docs_apart_module, "copies_possible", lambda: True)  # also beside pytest-xdist's threads
    year = plugin_project(tmp_path)
    set_cell(year / "klachten.csv", 2, "omschrijving", "Ouder sprak met Sandra.")
    config = load_config(str(tmp_path / "project" / "mkdocs.yml"))
    plugin = config.plugins[PLUGIN_NAME]

    with pytest.raises(BuildStopped) as refused:
        plugin.on_config(config)

    assert len(forks) == 1
    assert str(refused.value).splitlines()[0] == "1 vondst van de privacycontrole is nog niet nagekeken:"
    assert not (Path(config.docs_dir) / "locaties").exists()
    assert plugin.site is None  # not kept for a next build: it was not checked

    set_cell(year / "klachten.csv", 2, "omschrijving", "Ouder sprak met de leiding.")
    plugin.on_config(config)
    plugin.docs_apart.finish()
    assert len(forks) == 3  # the second check, then the copy that writes docs/ (site/docs_apart.py)
    assert (Path(config.docs_dir) / "locaties").is_dir()
    plugin.release_write_locks()


def test_an_unreviewed_finding_comes_before_another_organisations_data_error(tmp_path: Path, forks: list[int], monkeypatch) -> None:
    # Checked during the load, the first organisation's finding stops the load before the
    # second's error is reported: a build that checks apart says the same.
    data = tmp_path / "data"
    for organisation in ("eerste", "tweede"):
        shutil.copytree(SITE_FIXTURE, data / organisation / "2024")
    set_cell(data / "eerste" / "2024" / "klachten.csv", 2, "omschrijving", "Ouder sprak met Sandra.")
    set_cell(data / "tweede" / "2024" / "klachten.csv", 2, "gegrond", "Misschien")
    config = load_config(str(mkdocs_config(data, tmp_path / "project")))
    plugin = config.plugins[PLUGIN_NAME]
    monkeypatch.setattr(PrivacyCheckApart, "possible", staticmethod(lambda: False))
    with pytest.raises(BuildStopped) as checked_here:
        plugin.on_config(config)

    monkeypatch.setattr(PrivacyCheckApart, "possible", staticmethod(lambda: True))
    with pytest.raises(BuildStopped) as checked_apart:
        plugin.on_config(config)

    assert len(forks) == 1
    assert str(checked_apart.value) == str(checked_here.value)
    assert str(checked_here.value).splitlines()[0] == "1 vondst van de privacycontrole is nog niet nagekeken:"
    assert not (Path(config.docs_dir) / "locaties").exists()
    plugin.release_write_locks()


KILLED_BUILD = """
import os, signal, sys, time
from pathlib import Path
import generator.privacy.apart as apart_module
from generator.dataset.dataset import load_dataset
from generator.write_lock import exclusive_writer

apart_module.review_privacy = lambda dataset: time.sleep(600)
fork = os.fork

def told() -> int:
    process = fork()
    if process:
        print(process, flush=True)
    return process

apart_module.os.fork = told
with exclusive_writer(Path(sys.argv[1]), "de test"):
    apart_module.PrivacyCheckApart().check(load_dataset(Path(sys.argv[2])))
    os.kill(os.getpid(), signal.SIGKILL)
"""


def test_the_copy_ends_with_a_build_that_is_killed(tmp_path: Path) -> None:
    # A plain `mkdocs build` ended by a signal that reaches it alone (kill, a CI timeout): the copy
    # shares the build's write locks (a fork shares a flock), so scanning on it kept the next
    # build out ("er draait al een andere bouw") with no build running.
    said = tmp_path / "kopie.txt"
    with said.open("w") as output:  # a file: a pipe would stay open as long as the copy runs
        build = subprocess.run(
            [sys.executable, "-c", KILLED_BUILD, str(tmp_path), str(HOSTILE)],
            stdout=output, cwd=ROOT, timeout=60, env={**os.environ, "PYTHONPATH": str(ROOT)},
        )
    assert build.returncode == -signal.SIGKILL
    copy = int(said.read_text())
    try:
        deadline = time.monotonic() + 10
        while _running(copy) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert not _running(copy)
        with exclusive_writer(tmp_path, "de test"):
            pass
    finally:
        if _running(copy):
            os.kill(copy, signal.SIGKILL)


def _running(process: int) -> bool:
    """Not ended (a zombie, ended but not yet collected by its new parent, has ended)."""
    try:
        stat = Path(f"/proc/{process}/stat").read_text(encoding="utf-8")
    except OSError:
        return False
    return stat[stat.rfind(")") + 2 :].split()[:1] != ["Z"]


INTERRUPTED_COPY = """
import os, signal, sys
from pathlib import Path
import generator.privacy.apart as apart_module
from generator.dataset.dataset import load_dataset
from generator.privacy import PrivacyNotReviewed

fork = os.fork

def interrupted() -> int:
    process = fork()
    if process == 0:
        os.kill(os.getpid(), signal.SIGINT)  # a Ctrl-C that reaches the copy as it starts
    return process

apart_module.os.fork = interrupted
apart = apart_module.PrivacyCheckApart()
apart.check(load_dataset(Path(sys.argv[1])))
try:
    apart.finish()
except PrivacyNotReviewed:
    print("geweigerd door", os.getpid())
"""


def test_a_copy_interrupted_as_it_starts_runs_nothing_of_the_build(tmp_path: Path) -> None:
    # Before the copy had its own handlers, the build's turned the Ctrl-C into a
    # KeyboardInterrupt that went up through the build's code in the copy.
    build = subprocess.run(
        [sys.executable, "-c", INTERRUPTED_COPY, str(HOSTILE)],
        capture_output=True, text=True, cwd=ROOT, timeout=60, env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert build.stderr == ""
    assert build.stdout.splitlines() == [f"geweigerd door {build.stdout.split()[-1]}"]
    assert build.returncode == 0


def test_no_more_copies_run_at_once_than_allowed_and_every_verdict_is_kept(forks: list[int], monkeypatch) -> None:
    running: list[int] = []
    waitpid = os.waitpid

    def reaped(process: int, options: int):
        ended = waitpid(process, options)
        if process in running:
            running.remove(process)
        return ended

    fork = os.fork

    def counted() -> int:
        process = fork()
        if process:
            running.append(process)
            assert len(running) <= 2, "a third copy started before one of two had ended"
        return process

    monkeypatch.setattr(apart_module.os, "fork", counted)
    monkeypatch.setattr(apart_module.os, "waitpid", reaped)
    expected = refusal_here(HOSTILE)
    apart = PrivacyCheckApart(copies_at_once=2)
    for folder in (ROOT / "data" / "2024", ROOT / "data" / "2024", HOSTILE, ROOT / "data" / "2024", HOSTILE):
        apart.check(load_dataset(folder))
    monkeypatch.setattr(review_module, "scan_dataset", scanned_here)

    with pytest.raises(PrivacyNotReviewed) as refused:
        apart.finish()

    assert len(forks) == 5
    assert running == []
    assert str(refused.value) == expected



def test_a_ctrl_c_while_waiting_for_a_free_core_leaves_no_copy(forks: list[int], monkeypatch) -> None:
    monkeypatch.setattr(apart_module, "review_privacy", lambda dataset: time.sleep(600))
    apart = PrivacyCheckApart(copies_at_once=1)
    apart.check(load_dataset(HOSTILE))

    def interrupted(scan) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(apart_module, "_verdict", interrupted)
    with pytest.raises(KeyboardInterrupt):
        apart.check(load_dataset(HOSTILE))

    assert len(forks) == 1  # the second copy was never made
    with pytest.raises(ChildProcessError):
        os.waitpid(forks[0], os.WNOHANG)  # the first one ended and was reaped
    apart.cancel()  # nothing left to stop
