"""An interrupted build (Ctrl-C, SIGTERM) leaves the previous site intact, ends its child processes
(MkDocs, Pagefind, Chromium) and prints one Dutch line; the next build removes what it left. A
second build at the same time refuses with a message."""

from __future__ import annotations

import fcntl
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from generator.cli import INTERRUPTED
from generator.progress import is_progress_line
from generator.interrupt import descendant_processes
from generator.output_guard import SITE_MARKER
from generator.site.staging import clear_leftovers, old_site
from site_builder import mkdocs_config
from test_no_traceback import assert_no_python_text
from test_safe_build import DATA, snapshot

ROOT = Path(__file__).resolve().parents[1]
ENVIRONMENT = {"PATH": "/usr/bin:/bin", "PYTHONPATH": str(ROOT), "HOME": "/tmp"}


def site_command(config: Path, data_root: Path, site: Path, *extra: str) -> list[str]:
    return [sys.executable, "-m", "generator", "site", "--config", str(config), "--data", str(data_root), "--uit", str(site), *extra]


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> tuple[Path, Path, Path]:
    """A project with a site built once: (config, data root, site)."""
    root = tmp_path_factory.mktemp("onderbreken")
    data_root = root / "data"
    shutil.copytree(DATA, data_root / "2024")
    config = mkdocs_config(data_root, root / "werk")
    site = root / "site"
    completed = subprocess.run(site_command(config, data_root, site, "--zonder-pdf"), capture_output=True, text=True, env=ENVIRONMENT)
    assert completed.returncode == 0, completed.stderr
    return config, data_root, site


def command_lines(pids: list[int]) -> list[str]:
    lines = []
    for pid in pids:
        try:
            lines.append(Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace"))
        except OSError:
            pass
    return lines


def wait_for_child(process: subprocess.Popen, wanted: str, timeout: float = 180) -> list[int]:
    """The descendants of `process` once one of them runs a command with `wanted` in it."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        assert process.poll() is None, "de bouw was al klaar voordat hij onderbroken kon worden"
        pids = descendant_processes(process.pid)
        if any(wanted in line for line in command_lines(pids)):
            return pids
        time.sleep(0.05)
    raise AssertionError(f"geen kindproces met {wanted!r} gezien")


def alive(pids: list[int]) -> list[str]:
    return [line for line in command_lines(pids) if line.strip()]


@pytest.mark.slow
@pytest.mark.parametrize(
    "signal_number, moment, exit_code",
    [(signal.SIGINT, "mkdocs", 130), (signal.SIGTERM, "pagefind", 143), (signal.SIGTERM, "chrom", 143)],
    ids=["ctrl-c-tijdens-mkdocs", "sigterm-tijdens-pagefind", "sigterm-tijdens-chromium"],
)
def test_an_interrupted_build_keeps_the_previous_site_and_ends_its_children(built, signal_number, moment: str, exit_code: int) -> None:
    config, data_root, site = built
    extra = () if moment == "chrom" else ("--zonder-pdf",)
    if moment == "chrom" and shutil.which("chromium") is None:
        pytest.skip("Chromium ontbreekt")
    before = snapshot(site)
    process = subprocess.Popen(site_command(config, data_root, site, *extra), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=ENVIRONMENT)
    try:
        children = wait_for_child(process, moment)
        process.send_signal(signal_number)
        out, err = process.communicate(timeout=60)
    finally:
        if process.poll() is None:
            process.kill()
    children += descendant_processes(process.pid)

    assert process.returncode == exit_code
    # Before the signal the build said how far it got, one line per finished stage.
    assert [line for line in err.splitlines() if not is_progress_line(line)] == [INTERRUPTED]
    assert_no_python_text(out, err)
    assert snapshot(site) == before
    assert [path.name for path in site.parent.iterdir() if path.name.startswith(".site")] == []
    time.sleep(0.5)
    assert alive(children) == []


@pytest.mark.slow
def test_the_next_build_removes_what_an_interrupted_one_left(built) -> None:
    config, data_root, site = built
    (site.parent / ".site-nieuw-abcd1234" / "locaties").mkdir(parents=True)
    shutil.copytree(site, old_site(site))

    completed = subprocess.run(site_command(config, data_root, site, "--zonder-pdf"), capture_output=True, text=True, env=ENVIRONMENT)

    assert completed.returncode == 0, completed.stderr
    assert sorted(path.name for path in site.parent.iterdir() if path.name.startswith(".site")) == []
    assert (site / SITE_MARKER).is_file()


def test_a_swap_cut_between_its_renames_is_put_back(tmp_path: Path) -> None:
    site = tmp_path / "site"
    previous = old_site(site)
    previous.mkdir()
    (previous / SITE_MARKER).write_text("", encoding="utf-8")
    (previous / "index.html").write_text("vorige site", encoding="utf-8")
    (tmp_path / ".site-nieuw-x1").mkdir()

    clear_leftovers(site)

    assert (site / "index.html").read_text(encoding="utf-8") == "vorige site"
    assert sorted(path.name for path in tmp_path.iterdir()) == ["site"]


def test_a_leftover_without_the_mark_is_left_alone(tmp_path: Path) -> None:
    (tmp_path / "site").mkdir()
    foreign = old_site(tmp_path / "site")
    foreign.mkdir()
    (foreign / "eigen.txt").write_text("niet van ons", encoding="utf-8")

    clear_leftovers(tmp_path / "site")

    assert (foreign / "eigen.txt").is_file()


def hold_lock(path: Path) -> int:
    descriptor = os.open(path, os.O_RDONLY)
    fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
    return descriptor


def test_a_second_site_build_refuses_while_one_runs(tmp_path: Path) -> None:
    data_root = tmp_path / "data"
    shutil.copytree(DATA, data_root / "2024")
    config = mkdocs_config(data_root, tmp_path / "werk")
    descriptor = hold_lock(config)  # as the first build does
    try:
        completed = subprocess.run(site_command(config, data_root, tmp_path / "site", "--zonder-pdf"), capture_output=True, text=True, env=ENVIRONMENT)
    finally:
        os.close(descriptor)
    assert completed.returncode == 1
    assert completed.stderr == (
        f"fout: er draait al een andere bouw van deze site ({config}); deze bouw is niet begonnen en er is niets veranderd. "
        "Oplossing: wacht tot de andere bouw klaar is en probeer het dan opnieuw.\n"
    )
    assert not (tmp_path / "site").exists()
    assert [path.name for path in tmp_path.iterdir() if path.name.startswith(".site")] == []


def test_writing_pages_refuses_while_another_build_writes_them(tmp_path: Path, capsys) -> None:
    from generator.cli import main

    docs = tmp_path / "docs"
    docs.mkdir()
    descriptor = hold_lock(docs)
    try:
        code = main(["build", "--data", str(DATA.parent), "--docs", str(docs)])
    finally:
        os.close(descriptor)
    assert code == 1
    assert capsys.readouterr().err == (
        f"fout: er draait al een andere bouw van de pagina's in deze docs-map ({docs}); deze bouw is niet begonnen en er is niets veranderd. "
        "Oplossing: wacht tot de andere bouw klaar is en probeer het dan opnieuw.\n"
    )
    assert list(docs.iterdir()) == []
