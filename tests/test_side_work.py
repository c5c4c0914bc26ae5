"""The work beside the build runs at a lower priority than the build (generator/side_work.py):
a copy of the build's process and the process that reads the pages for the header search."""

from __future__ import annotations

import os
import sys

from generator.forked_copy import ForkedCopy
from generator.parse_apart import ParsedApart
from generator.side_work import SIDE_WORK_NICENESS

NICENESS_LIMIT = 19  # the lowest priority a Linux process can have
EXPECTED = min(os.nice(0) + SIDE_WORK_NICENESS, NICENESS_LIMIT)


def test_a_copy_of_the_build_runs_at_a_lower_priority() -> None:
    copy = ForkedCopy.start(lambda: os.nice(0))
    assert copy is not None
    assert copy.result() == EXPECTED
    assert os.nice(0) < EXPECTED  # the build's own stays


def test_the_process_reading_the_pages_runs_at_a_lower_priority() -> None:
    reading = ParsedApart([sys.executable, "-c", "import os; from generator.parse_apart import serve; serve(lambda html: os.nice(0))"])
    reading.send("index.md", "<h1>Klachten</h1>")
    assert reading.results() == {"index.md": EXPECTED}
