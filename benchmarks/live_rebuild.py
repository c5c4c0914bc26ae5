"""A rebuild during `mkdocs serve` after one data file changes.

`mkdocs serve` starts on a free port; after its first build one sentence of klachten.csv
changes, CHANGES times in a row (each after the rebuild of the one before has settled).
Measured from the moment the file is written: until the livereload endpoint reports a newer
epoch (the browser would reload now), and until a location page shows the new text; and the CPU
seconds the server process spent until then. The figures are the medians of the changes: MkDocs
notices a change by polling, every 0.5 s on its own and every 0.1 s with the plugin since
2026-11-30, so one change alone can be up to that much off.
MkDocs
watches data/ (the plugin asks it to) and docs/: the plugin regenerates docs/ during the rebuild, so
MkDocs may see docs/ change and build once more; that second build is counted from the serve log.
"""

from __future__ import annotations

import os
import re
import shutil
import socket
import statistics
import subprocess
import time
import urllib.request
from pathlib import Path

from processes import base_environment
from projects import THIS_CHECKOUT, Checkout, our_project

FIRST_BUILD_SECONDS = 300
RELOAD_SECONDS = 120
SETTLE_SECONDS = 10  # after the reload: long enough for a second build to start and finish at 1x
BUILT = "Documentation built in"
LOCATION_PAGE = "locaties/{slug}/"
OLD_WORDS = "hoe de plaatsing nu gaat."
NEW_WORDS = "hoe de plaatsing nu gaat. Benchmarkzin na wijziging {number}."
CHANGED_SLUG = "avontuurlijk"
CHANGES = 3


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def fetch(url: str, timeout: float = 10) -> str:
    with urllib.request.urlopen(url, timeout=timeout) as response:
        return response.read().decode("utf-8")


def wait_for(url: str, seconds: float, server: subprocess.Popen | None = None, log_path: Path | None = None) -> str:
    deadline = time.monotonic() + seconds
    while True:
        try:
            return fetch(url)
        except OSError:
            # A server that stopped (a refused build) will never answer: say why now, not at the deadline.
            if server is not None and server.poll() is not None:
                raise RuntimeError(f"mkdocs serve stopped with exit code {server.returncode}; see {log_path}") from None
            if time.monotonic() > deadline:
                raise
            time.sleep(0.2)


def measure_live_rebuild(real_data: Path, work: Path, dirty: bool = False, checkout: Checkout = THIS_CHECKOUT) -> dict[str, object]:
    """`dirty`: `mkdocs serve --dirty --no-strict`, which rebuilds only the pages whose Markdown
    changed (the plugin rewrites only changed files, so the others keep their date); --no-strict
    because a dirty build warns, and mkdocs.yml builds strict."""
    data_root = work / "data"
    shutil.copytree(real_data / "2024", data_root / "2024")
    config = our_project(data_root, work / "project", checkout)
    port = free_port()
    log_path = work / "serve.log"
    with log_path.open("w", encoding="utf-8") as log:
        server = subprocess.Popen(
            [checkout.python, "-m", "mkdocs", "serve", *(["--dirty", "--no-strict"] if dirty else []), "--config-file", str(config), "--dev-addr", f"127.0.0.1:{port}"],
            stdout=log, stderr=subprocess.STDOUT, env=base_environment(), cwd=config.parent,
        )
        try:
            return _change_and_wait(f"http://127.0.0.1:{port}", data_root / "2024" / "klachten.csv", log_path, server)
        finally:
            server.terminate()
            server.wait(timeout=60)


def _change_and_wait(base_url: str, complaints: Path, log_path: Path, server: subprocess.Popen) -> dict[str, object]:
    page_url = f"{base_url}/{LOCATION_PAGE.format(slug=CHANGED_SLUG)}"
    wait_for(page_url, FIRST_BUILD_SECONDS, server, log_path)
    text = complaints.read_text(encoding="utf-8")
    if OLD_WORDS not in text:
        raise RuntimeError(f"{complaints} no longer holds '{OLD_WORDS}'; choose another sentence in live_rebuild.py")
    changes = []
    for number in range(1, CHANGES + 1):
        changed_text = text.replace(OLD_WORDS, NEW_WORDS.format(number=number), 1)
        changes.append(_one_change(page_url, base_url, complaints, changed_text, f"Benchmarkzin na wijziging {number}.", log_path, server.pid))
    return {
        "changes": len(changes),
        "reload_seconds": round(statistics.median(change["reload_seconds"] for change in changes), 2),
        "page_shows_change_seconds": round(statistics.median(change["page_shows_change_seconds"] for change in changes), 2),
        "page_shows_change_each": [change["page_shows_change_seconds"] for change in changes],
        "cpu_seconds_until_shown": round(statistics.median(change["cpu_seconds_until_shown"] for change in changes), 2),
        "builds_after_change": max(change["builds_after_change"] for change in changes),
        "build_seconds_reported_by_mkdocs": [seconds for change in changes for seconds in change["build_seconds_reported_by_mkdocs"]],
    }


def _one_change(page_url: str, base_url: str, complaints: Path, changed_text: str, shown: str, log_path: Path, server_pid: int) -> dict[str, object]:
    """Write `changed_text` and wait until the page shows `shown`."""
    before = fetch(page_url)
    epoch, request_id = re.search(r"livereload\((\d+), (\d+)\)", before).groups()
    builds_before = _builds(log_path)
    cpu_before = cpu_seconds(server_pid)
    changed = time.perf_counter()
    complaints.write_text(changed_text, encoding="utf-8")
    newer = fetch(f"{base_url}/livereload/{epoch}/{request_id}", timeout=RELOAD_SECONDS)
    reloaded = time.perf_counter() - changed
    if int(newer) <= int(epoch):
        raise RuntimeError(f"mkdocs serve did not rebuild within {RELOAD_SECONDS} s; see {log_path}")
    while shown not in fetch(page_url):
        if time.perf_counter() - changed > RELOAD_SECONDS:
            raise RuntimeError(f"the page never showed the new text; see {log_path}")
        time.sleep(0.05)
    shown_after = time.perf_counter() - changed
    cpu_until_shown = cpu_seconds(server_pid) - cpu_before
    time.sleep(SETTLE_SECONDS)
    build_times = _build_seconds(log_path)[builds_before:]
    return {
        "reload_seconds": round(reloaded, 2),
        "page_shows_change_seconds": round(shown_after, 2),
        "cpu_seconds_until_shown": round(cpu_until_shown, 2),
        "builds_after_change": len(build_times),
        "build_seconds_reported_by_mkdocs": build_times,
    }


def cpu_seconds(pid: int) -> float:
    """User and system time of the `mkdocs serve` process so far (its threads included; before
    2026-11-29 not Pagefind, then a process of its own), from /proc: the rebuild's work, whatever
    else the machine does."""
    fields = Path(f"/proc/{pid}/stat").read_text(encoding="utf-8").rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _builds(log_path: Path) -> int:
    return len(_build_seconds(log_path))


def _build_seconds(log_path: Path) -> list[float]:
    return [float(seconds) for seconds in re.findall(rf"{BUILT} ([0-9.]+) seconds", log_path.read_text(encoding="utf-8"))]
