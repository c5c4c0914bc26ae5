"""Run one command and measure it: wall-clock seconds, CPU seconds and peak memory.

CPU seconds (user + system, of the process and the children it waited for, from os.wait4) say
how much work a build was, whatever else the machine was doing; the wall-clock seconds are what
a user waits, and also what a build gains by running work side by side on two cores.

Peak memory comes from os.wait4, the same resource usage that `/usr/bin/time -v` prints as
"Maximum resident set size": the largest resident set of the process or of any one child it
waited for (MkDocs; before 2026-11-29 also the Pagefind binary the plugin started), not their sum. To tell those apart,
a thread also reads the resident sets from /proc every SAMPLE_SECONDS: the largest of the process
itself and the largest of its children together (a peak shorter than a sample can be missed).
"""

from __future__ import annotations

import os
import subprocess
import threading
import time
from dataclasses import dataclass
from pathlib import Path

LOG_TAIL_LINES = 30
SAMPLE_SECONDS = 0.1
PAGE_BYTES = os.sysconf("SC_PAGE_SIZE")


class CommandFailed(RuntimeError):
    pass


@dataclass(frozen=True)
class Measured:
    seconds: float
    peak_rss_bytes: int  # from wait4: the process or one child, whichever was largest
    process_peak_rss_bytes: int  # sampled: the process itself
    children_peak_rss_bytes: int  # sampled: its children together
    cpu_seconds: float = 0.0  # user + system time of the process and every child it waited for


def base_environment() -> dict[str, str]:
    # MkDocs 1.6 prints a notice about MkDocs 2 on every run; it is noise here.
    return {**os.environ, "NO_MKDOCS_2_WARNING": "1"}


def run_measured(command: list[str], log: Path, cwd: Path | None = None, environment: dict[str, str] | None = None) -> Measured:
    """Run `command` to its end, its output in `log`; raise CommandFailed when it fails."""
    log.parent.mkdir(parents=True, exist_ok=True)
    with log.open("w", encoding="utf-8") as output:
        started = time.perf_counter()
        process = subprocess.Popen(command, cwd=cwd, env=environment or base_environment(), stdout=output, stderr=subprocess.STDOUT)
        sampler = MemorySampler(process.pid)
        sampler.start()
        _, status, usage = os.wait4(process.pid, 0)
        seconds = time.perf_counter() - started
        sampler.stop()
    process.returncode = os.waitstatus_to_exitcode(status)  # reaped here, so Popen must not wait again
    if process.returncode != 0:
        tail = "\n".join(log.read_text(encoding="utf-8", errors="replace").splitlines()[-LOG_TAIL_LINES:])
        raise CommandFailed(f"{' '.join(map(str, command))} exited with {process.returncode}:\n{tail}")
    # ru_maxrss is in kilobytes on Linux
    return Measured(seconds, usage.ru_maxrss * 1024, sampler.process_peak, sampler.children_peak, usage.ru_utime + usage.ru_stime)


class MemorySampler(threading.Thread):
    def __init__(self, pid: int):
        super().__init__(daemon=True)
        self.pid = pid
        self.process_peak = 0
        self.children_peak = 0
        self._stopped = threading.Event()

    def run(self) -> None:
        while not self._stopped.wait(SAMPLE_SECONDS):
            self.process_peak = max(self.process_peak, _rss(self.pid))
            self.children_peak = max(self.children_peak, sum(_rss(child) for child in _descendants(self.pid)))

    def stop(self) -> None:
        self._stopped.set()
        self.join()


def _rss(pid: int) -> int:
    try:
        return int(Path(f"/proc/{pid}/statm").read_text().split()[1]) * PAGE_BYTES
    except (OSError, IndexError, ValueError):
        return 0  # the process has just ended


def _descendants(pid: int) -> list[int]:
    found = []
    try:
        tasks = list(Path(f"/proc/{pid}/task").iterdir())
    except OSError:
        return found
    for task in tasks:
        try:
            children = [int(child) for child in (task / "children").read_text().split()]
        except OSError:
            continue
        for child in children:
            found += [child, *_descendants(child)]
    return found
