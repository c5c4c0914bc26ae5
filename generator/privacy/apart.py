"""The privacy check of a build, in a process of its own while the build renders the pages.

MkDocs builds on one core. The check (reading every text) and rendering the pages both need the
loaded data and neither needs the other, so the check runs on the other core: in a copy of this
process (fork), which has the loaded data already. The build writes nothing before the verdict
is in: finish() raises PrivacyNotReviewed as refuse_unreviewed() would, with the same review.

Where no copy can be made, and when the copy fails in any way (it could not start, died, said
nothing), the check runs here, as before (generator/forked_copy.py).

A site of several organisations and years checks many datasets. At most one copy per core the
build leaves free runs at a time (COPIES_AT_ONCE): each copy takes memory as it reads, and more
copies than cores only wait for each other.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

from generator.dataset.dataset import Dataset
from generator.forked_copy import ForkedCopy, copies_possible
from generator.privacy.review import PrivacyNotReviewed, PrivacyReview, refuse_unreviewed, review_privacy

# The build itself keeps one core busy.
COPIES_AT_ONCE = max(1, (os.cpu_count() or 1) - 1)


@dataclass(frozen=True)
class _Scan:
    dataset: Dataset
    copy: ForkedCopy | None  # None: no copy runs (it could not be made, or its review was read)
    review: PrivacyReview | None = None  # read from a copy that ended; None: checked here in finish()


class PrivacyCheckApart:
    """The checks started by check() and not yet finished."""

    def __init__(self, copies_at_once: int = COPIES_AT_ONCE) -> None:
        self._scans: list[_Scan] = []
        self._copies_at_once = copies_at_once

    @staticmethod
    def possible() -> bool:
        return copies_possible()

    def check(self, dataset: Dataset) -> None:
        """Starts the check of `dataset` in a copy of this process, once fewer than the copies
        allowed at once are running (waiting for the oldest one's review if need be)."""
        self._wait_for_a_free_core()
        self._scans.append(_Scan(dataset, ForkedCopy.start(lambda: review_privacy(dataset))))

    def _wait_for_a_free_core(self) -> None:
        running = [number for number, scan in enumerate(self._scans) if scan.copy is not None]
        if len(running) < self._copies_at_once:
            return
        oldest = self._scans[running[0]]
        # Taken out of the list first: _verdict() closes the pipe, so cancel() must not read it again.
        self._scans[running[0]] = _Scan(oldest.dataset, None)
        try:
            review = _verdict(oldest)
        except BaseException:
            oldest.copy.kill()
            oldest.copy.reap()
            raise
        self._scans[running[0]] = _Scan(oldest.dataset, None, review)

    def finish(self) -> None:
        """Waits for every check; raises PrivacyNotReviewed for the first dataset that has
        findings nobody reviewed, as refuse_unreviewed() does."""
        scans, self._scans = self._scans, []
        reviews = [_verdict(scan) if scan.copy is not None else scan.review for scan in scans]
        for scan, review in zip(scans, reviews):
            if review is None:
                refuse_unreviewed(scan.dataset)
            elif review.unreviewed:
                raise PrivacyNotReviewed(review)

    def cancel(self) -> None:
        """Stops every check still running (the build failed or was stopped)."""
        scans, self._scans = self._scans, []
        for scan in scans:
            if scan.copy is not None:
                scan.copy.stop()


def _verdict(scan: _Scan) -> PrivacyReview | None:
    """The review the copy wrote; None when it wrote none (it could not start, or it failed or was stopped)."""
    return scan.copy.result() if scan.copy is not None else None
