"""Run one command and measure it: wall-clock seconds and the peak memory of the process.

Peak memory comes from os.wait4, the same resource usage that `/usr/bin/time -v` prints as
"Maximum resident set size": the largest resident set of the process or of any child it waited
for (MkDocs and the Pagefind binary it starts), not their sum.
"""

from __future__ import annotations

import os
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

LOG_TAIL_LINES = 30


class CommandFailed(RuntimeError):
    pass


@dataclass(frozen=True)
class Measured:
    seconds: float
    peak_rss_bytes: int


def base_environment() -> dict[str, str]:
    # MkDocs 1.6 prints a notice about MkDocs 2 on every run; it is noise here.
    return {**os.environ, "NO_MKDOCS_2_WARNING": "1"}


def run_measured(command: list[str], log: Path, cwd: Path | None = None, environment: dict[str, str] | None = None) -> Measured:
    """Run `command` to its end, its output in `log`; raise CommandFailed when it fails."""
    log.parent.mkdir(parents=True, exist_ok=True)
    with log.open("w", encoding="utf-8") as output:
        started = time.perf_counter()
        process = subprocess.Popen(command, cwd=cwd, env=environment or base_environment(), stdout=output, stderr=subprocess.STDOUT)
        _, status, usage = os.wait4(process.pid, 0)
        seconds = time.perf_counter() - started
    process.returncode = os.waitstatus_to_exitcode(status)  # reaped here, so Popen must not wait again
    if process.returncode != 0:
        tail = "\n".join(log.read_text(encoding="utf-8", errors="replace").splitlines()[-LOG_TAIL_LINES:])
        raise CommandFailed(f"{' '.join(map(str, command))} exited with {process.returncode}:\n{tail}")
    return Measured(seconds, usage.ru_maxrss * 1024)  # ru_maxrss is in kilobytes on Linux
