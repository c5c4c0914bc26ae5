"""What the benchmark ran on: CPU, memory, Python and the versions of the tools that do the work."""

from __future__ import annotations

import os
import platform
import re
import shutil
import subprocess
import tempfile
import time
from importlib import metadata
from pathlib import Path

# Every build makes thousands of files (pages, the search index), and on this VM making a file
# cost from 0,2 to more than 1 ms, varying by the hour: the probe says which it was during a run.
PROBE_FILES = 1000
PACKAGES = ("mkdocs", "mkdocs-material", "Markdown", "Jinja2", "pandas", "snowballstemmer", "playwright")
CHROMIUM = "/usr/bin/chromium"


def machine_info() -> dict[str, object]:
    cpuinfo = _read("/proc/cpuinfo")
    models = re.findall(r"^model name\s*:\s*(.+)$", cpuinfo, re.MULTILINE)
    return {
        "cpu": models[0].strip() if models else platform.processor() or "unknown",
        "cpus": os.cpu_count(),
        "memory_bytes": _memory_bytes(),
        "system": platform.platform(),
        "python": platform.python_version(),
        "packages": {name: _version(name) for name in PACKAGES},
        "chromium": _command_output([CHROMIUM, "--version"]),
        "node": _command_output(["node", "--version"]),
    }


def _memory_bytes() -> int | None:
    found = re.search(r"^MemTotal:\s+(\d+) kB", _read("/proc/meminfo"), re.MULTILINE)
    return int(found.group(1)) * 1024 if found else None


def _read(path: str) -> str:
    try:
        return Path(path).read_text(encoding="utf-8")
    except OSError:
        return ""


def _version(package: str) -> str | None:
    try:
        return metadata.version(package)
    except metadata.PackageNotFoundError:
        return None


def _command_output(command: list[str]) -> str | None:
    try:
        return subprocess.run(command, capture_output=True, text=True, timeout=30).stdout.strip() or None
    except (OSError, subprocess.TimeoutExpired):
        return None


def disk_probe(parent: Path) -> dict[str, float]:
    """Seconds to make PROBE_FILES empty files in a new folder under `parent`, and to write over
    each once; the folder is removed again."""
    folder = Path(tempfile.mkdtemp(prefix="schijfproef-", dir=parent))
    try:
        paths = [folder / f"{number}.txt" for number in range(PROBE_FILES)]
        started = time.perf_counter()
        for path in paths:
            path.touch()
        made = time.perf_counter() - started
        started = time.perf_counter()
        for path in paths:
            path.write_bytes(b"x")
        written_over = time.perf_counter() - started
    finally:
        shutil.rmtree(folder)
    return {"make_seconds": round(made, 3), "write_over_seconds": round(written_over, 3)}
