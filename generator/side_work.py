"""Work beside the build (the privacy check, the header search's reading of the pages, the index
of Zoeken en filteren, the writing of docs/) runs at a lower priority than the build itself.

MkDocs renders on one core and the build waits for it; the work beside it has the rest. When
more of that work is ready to run than there are cores left (two processes and a copy on the
2-core VM the benchmark runs on), the system shared the cores evenly and MkDocs' pages waited:
at 2024's size its reading of the pages took 1,35 to 1,62 s against 1,10 to 1,15 s with the
work beside it at this priority, and the whole build 0,2 s less (four alternating pairs).
"""

from __future__ import annotations

import os

SIDE_WORK_NICENESS = 10


def run_as_side_work() -> None:
    """Lowers this process's priority (a process may always lower its own)."""
    if hasattr(os, "nice"):
        try:
            os.nice(SIDE_WORK_NICENESS)
        except OSError:
            pass  # the build does the same work, a little slower
