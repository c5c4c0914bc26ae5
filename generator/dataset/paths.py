"""A name in the year folder that is there but is not a file that can be read: a folder named like
a table, a symbolic link to a file that is gone, a named pipe. Each would otherwise read as "no
such file" (a folder geschillen.csv as "no disputes") or make the reading hang or fail."""

from __future__ import annotations

import stat
from pathlib import Path

from generator.errors import Problem


def not_a_file_problem(path: Path, hint: str) -> Problem | None:
    """A problem when something named `path` exists but is no regular file (after links)."""
    try:
        own = path.lstat()
    except OSError:
        return None  # nothing there
    try:
        target = path.stat()
    except OSError:
        return Problem(path, None, None, "dit is een koppeling (symbolische link) naar een bestand dat niet bestaat", hint)
    if stat.S_ISREG(target.st_mode):
        return None
    if stat.S_ISDIR(target.st_mode):
        what = "een map" if not stat.S_ISLNK(own.st_mode) else "een koppeling naar een map"
        return Problem(path, None, None, f"dit is {what}, geen bestand", hint)
    return Problem(path, None, None, "dit is geen gewoon bestand (maar bijvoorbeeld een apparaat of pijp)", hint)
