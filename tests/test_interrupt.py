"""An interrupted build (Ctrl-C, SIGTERM) leaves the previous site intact, ends its child processes
(MkDocs, Chromium) and prints one Dutch line; the next build removes what it left. A
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

from generator.cli import EXIT_USAGE, INTERRUPTED
from generator.progress import is_progress_line
from generator.interrupt import Interrupted, descendant_processes
from generator.output_guard import SITE_MARKER
from generator.scratch_folders import SCRATCH_MARKER
from generator.site.staging import clear_leftovers, new_staging_folder, old_site, swap_into_place
from site_builder import mkdocs_config
from test_no_traceback import assert_no_python_text
from test_safe_build import DATA, snapshot

ROOT = Path(__file__).resolve().parents[1]
ENVIRONMENT = {"PATH": "/usr/bin:/bin", "PYTHONPATH": str(ROOT), "HOME": "/tmp"}


def site_command(config: Path, data_root: Path, site: Path, *extra: str) -> list[str]:
    return [sys.executable, "-m", "generator", "site", "--config", str(config), "--data", str(data_root), "--uit", str(site), *extra]


def project_with_a_site(root: Path, year: Path) -> tuple[Path, Path, Path]:
    """A copy of the year folder in a project whose site is built once: (config, data root, site)."""
    data_root = root / "data"
    shutil.copytree(year, data_root / "2024")
    config = mkdocs_config(data_root, root / "werk")
    site = root / "site"
    completed = subprocess.run(site_command(config, data_root, site, "--zonder-pdf"), capture_output=True, text=True, env=ENVIRONMENT)
    assert completed.returncode == 0, completed.stderr
    return config, data_root, site


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> tuple[Path, Path, Path]:
    return project_with_a_site(tmp_path_factory.mktemp("onderbreken"), DATA)


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
    [(signal.SIGINT, "mkdocs", 130), (signal.SIGTERM, "chrom", 143)],
    ids=["ctrl-c-tijdens-mkdocs", "sigterm-tijdens-chromium"],
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
    (new_staging_folder(site) / "locaties").mkdir()
    shutil.copytree(site, old_site(site))
    # A copy a person made, with a name like a staging folder's (and the site's mark in it).
    backup = site.parent / ".site-nieuw-mijnbackup"
    shutil.copytree(site, backup)

    completed = subprocess.run(site_command(config, data_root, site, "--zonder-pdf"), capture_output=True, text=True, env=ENVIRONMENT)

    assert completed.returncode == 0, completed.stderr
    assert sorted(path.name for path in site.parent.iterdir() if path.name.startswith(".site")) == [backup.name]
    assert (site / SITE_MARKER).is_file() and not (site / SCRATCH_MARKER).exists()
    shutil.rmtree(backup)


def test_a_swap_cut_between_its_renames_is_put_back(tmp_path: Path) -> None:
    site = tmp_path / "site"
    previous = old_site(site)
    previous.mkdir()
    (previous / SITE_MARKER).write_text("", encoding="utf-8")
    (previous / "index.html").write_text("vorige site", encoding="utf-8")
    (new_staging_folder(site) / "index.html").write_text("halve nieuwe site", encoding="utf-8")

    clear_leftovers(site)

    assert (site / "index.html").read_text(encoding="utf-8") == "vorige site"
    assert sorted(path.name for path in tmp_path.iterdir()) == ["site"]


def test_a_folder_named_like_a_leftover_that_the_tool_did_not_make_is_left_alone(tmp_path: Path) -> None:
    site = tmp_path / "site"
    site.mkdir()
    (site / SITE_MARKER).write_text("", encoding="utf-8")
    backup = tmp_path / ".site-nieuw-mijnbackup"
    shutil.copytree(site, backup)
    (backup / "index.html").write_text("mijn kopie", encoding="utf-8")

    assert clear_leftovers(site) == []

    assert (backup / "index.html").read_text(encoding="utf-8") == "mijn kopie"


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


def test_a_folder_is_removed_whole_even_when_an_interruption_comes_in_the_middle(tmp_path: Path, monkeypatch) -> None:
    import generator.scratch_folders as scratch_folders

    folder = tmp_path / ".site-oud"
    for name in ("a", "b", "c"):
        (folder / name).mkdir(parents=True)
        (folder / name / "pagina.html").write_text(name, encoding="utf-8")
    (folder / SITE_MARKER).write_text("", encoding="utf-8")
    remove = shutil.rmtree
    calls = []

    def interrupted_once(path, *arguments, **keywords):
        calls.append(path)
        if len(calls) == 2:
            raise Interrupted(signal.SIGTERM)
        remove(path, *arguments, **keywords)

    monkeypatch.setattr(scratch_folders.shutil, "rmtree", interrupted_once)

    with pytest.raises(Interrupted):
        scratch_folders.remove_marked_folder(folder, SITE_MARKER)

    assert not folder.exists()


def test_an_interruption_after_the_swap_says_the_new_site_is_in_place(tmp_path: Path, monkeypatch, capsys) -> None:
    import generator.scratch_folders as scratch_folders
    import generator.site.publish as publish
    from generator.cli import main

    site = tmp_path / "site"
    site.mkdir()
    (site / SITE_MARKER).write_text("", encoding="utf-8")
    (site / "locaties").mkdir()
    (site / "locaties" / "index.html").write_text("vorige site", encoding="utf-8")
    config = tmp_path / "mkdocs.yml"
    config.write_text("site_name: x\n", encoding="utf-8")
    (tmp_path / "data" / "2024").mkdir(parents=True)

    def mkdocs_builds(config_file, staging, site_dir, settings, progress) -> None:
        (staging / "index.html").write_text("nieuwe site", encoding="utf-8")

    remove = shutil.rmtree

    def interrupted_once(path, *arguments, **keywords):
        # The first folder removed after the swap is one of the previous site's.
        monkeypatch.setattr(scratch_folders.shutil, "rmtree", remove)
        raise Interrupted(signal.SIGTERM)

    def swap_then_interrupt(new: Path, target: Path) -> None:
        swap_into_place(new, target)
        monkeypatch.setattr(scratch_folders.shutil, "rmtree", interrupted_once)

    monkeypatch.setattr(publish, "_run_mkdocs", mkdocs_builds)
    monkeypatch.setattr(publish, "swap_into_place", swap_then_interrupt)

    code = main(["site", "--config", str(config), "--data", str(tmp_path / "data"), "--uit", str(site), "--zonder-pdf"])

    assert code == 143
    assert capsys.readouterr().err.splitlines()[-1] == (
        f"Onderbroken, maar de nieuwe site was al klaar: hij staat in {site} en de vorige site is weggehaald; er is niets half achtergelaten."
    )
    assert (site / "index.html").read_text(encoding="utf-8") == "nieuwe site" and not (site / "locaties").exists()
    assert sorted(path.name for path in tmp_path.iterdir()) == ["data", "mkdocs.yml", "site"]


SITE_FIXTURE = ROOT / "tests" / "fixtures" / "site" / "data" / "2024"


@pytest.mark.slow
@pytest.mark.parametrize("delay", [0.0, 0.15, 0.3, 0.6])
def test_sigterm_after_the_last_stage_says_what_is_true(tmp_path: Path, delay: float) -> None:
    config, data_root, site = project_with_a_site(tmp_path, SITE_FIXTURE)
    previous = snapshot(site)
    complaints = data_root / "2024" / "klachten.csv"
    complaints.write_text(complaints.read_text(encoding="utf-8").replace("twee mails", "drie mails"), encoding="utf-8")

    process = subprocess.Popen(site_command(config, data_root, site, "--zonder-pdf"), stderr=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=ENVIRONMENT)
    said = []
    for line in process.stderr:
        said.append(line.rstrip("\n"))
        if line.startswith("Zoekindex:"):  # the last stage without the PDF
            break
    time.sleep(delay)
    process.send_signal(signal.SIGTERM)
    out, err = process.communicate(timeout=60)
    said += err.splitlines()

    assert_no_python_text(out, "\n".join(said))
    leftovers = [path.name for path in tmp_path.iterdir() if path.name.startswith(".site")]
    assert leftovers == []
    if process.returncode == 0:  # finished before the signal came
        assert snapshot(site) != previous
        return
    assert process.returncode == 143
    message = [line for line in said if not is_progress_line(line)]
    if message == [INTERRUPTED]:
        assert snapshot(site) == previous
    else:
        assert message == [
            f"Onderbroken, maar de nieuwe site was al klaar: hij staat in {site} en de vorige site is weggehaald; er is niets half achtergelaten."
        ]
        assert snapshot(site) != previous and not (site / SCRATCH_MARKER).exists()


def test_a_signal_while_the_command_shuts_down_is_ignored(tmp_path: Path) -> None:
    """`python -m generator` has said what it did when it returns: a SIGTERM while Python shuts
    down must not end it by the signal (exit -15, no message), as it did when the default handler
    was back by then. The shutdown is made slow here so that the signal surely lands in it."""
    script = tmp_path / "slow_exit.py"
    script.write_text(
        "import atexit, sys, time\n"
        "from generator.cli import command\n"
        "atexit.register(lambda: (print('klaar', flush=True), time.sleep(2)))\n"
        "sys.argv = ['generator', 'check', '--data', 'geen-map']\n"
        "sys.exit(command())\n",
        encoding="utf-8",
    )
    process = subprocess.Popen([sys.executable, str(script)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=ENVIRONMENT, cwd=tmp_path)
    for line in process.stdout:
        if line.strip() == "klaar":
            break
    process.send_signal(signal.SIGTERM)
    out, err = process.communicate(timeout=30)
    assert (process.returncode, err.splitlines()[-1]) == (EXIT_USAGE, "fout: --data geen-map: de map bestaat niet. Oplossing: geef de map met de jaarmappen op, bijvoorbeeld --data data.")
