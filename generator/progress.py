"""How far a build is, for the person waiting for it: one line for every stage that finishes
(data, pages, MkDocs, search index, PDF, hosting files) with what it made and how long it took,
and in a stage that runs long (MkDocs takes minutes at 100 times 2024) a line on the way every
REPORT_INTERVAL seconds.

Where the lines go is the caller's choice: MkDocs' log in the plugin, stderr on the command line.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from dataclasses import dataclass

from generator.dutch import format_decimal, format_number

REPORT_INTERVAL = 30.0  # seconds between lines on the way

DATA_STAGE = "Gegevens"
PAGES_STAGE = "Pagina's"
MKDOCS_STAGE = "MkDocs"
SEARCH_STAGE = "Zoekindex"
PDF_STAGE = "PDF"
HOSTING_STAGE = "Publicatie"
STAGES = (DATA_STAGE, PAGES_STAGE, MKDOCS_STAGE, SEARCH_STAGE, PDF_STAGE, HOSTING_STAGE)


@dataclass
class Stage:
    name: str
    emit: Callable[[str], None]
    clock: Callable[[], float]
    interval: float
    started: float
    last_line: float

    def advance(self, done: int, total: int, what: str) -> None:
        """Say `done` of `total`, when the last line is `interval` seconds old."""
        now = self.clock()
        if done < total and now - self.last_line >= self.interval:
            self.last_line = now
            self.emit(f"{self.name}: {format_number(done)} van {format_number(total)} {what} ({format_duration(now - self.started)})")

    def finish(self, summary: str, ended: float | None = None) -> None:
        """`ended`: when the stage's work ended, by `clock`, when that was before now (work done
        in another process while this one went on)."""
        ended = self.clock() if ended is None else ended
        self.emit(f"{self.name}: {summary} ({format_duration(ended - self.started)})")


@dataclass(frozen=True)
class Progress:
    emit: Callable[[str], None]
    clock: Callable[[], float] = time.monotonic
    interval: float = REPORT_INTERVAL

    def start(self, name: str) -> Stage:
        now = self.clock()
        return Stage(name, self.emit, self.clock, self.interval, now, now)


def _say_nothing(line: str) -> None:
    pass


def to_stderr(line: str) -> None:
    print(line, file=sys.stderr, flush=True)


QUIET = Progress(_say_nothing)


def is_progress_line(line: str) -> bool:
    return line.startswith(tuple(f"{stage}: " for stage in STAGES))


def counted(number: int, one: str, more: str) -> str:
    """1 klacht, 537 klachten, 33.000 locaties."""
    return f"{format_number(number)} {one if number == 1 else more}"


def format_duration(seconds: float) -> str:
    """0,4 s; 59,9 s; 7 min 36 s."""
    if seconds < 59.95:
        return f"{format_decimal(seconds, 1)} s"
    minutes, rest = divmod(round(seconds), 60)
    return f"{minutes} min {rest} s"
