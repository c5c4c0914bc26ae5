"""The privacy check of a build, in a process of its own while the build renders the pages.

MkDocs builds on one core. The check (reading every text) and rendering the pages both need the
loaded data and neither needs the other, so the check runs on the other core: in a copy of this
process (fork), which has the loaded data already. The build writes nothing before the verdict
is in: finish() raises PrivacyNotReviewed as refuse_unreviewed() would, with the same review.

Only on Linux and only in a process with no other thread: a fork copies the locks other threads
hold, and on macOS system libraries may not be used in a forked copy. Elsewhere, and when the
copy fails in any way (it could not start, died, said nothing), the check runs here, as before.

A site of several organisations and years checks many datasets. At most one copy per core the
build leaves free runs at a time (COPIES_AT_ONCE): each copy takes memory as it reads, and more
copies than cores only wait for each other.
"""

from __future__ import annotations

import ctypes
import os
import pickle
import signal
import sys
import threading
from dataclasses import dataclass

from generator.dataset.dataset import Dataset
from generator.interrupt import HANDLED_SIGNALS, signals_held
from generator.privacy.review import PrivacyNotReviewed, PrivacyReview, refuse_unreviewed, review_privacy

# prctl(2): the signal a process gets when the thread that made it ends (Linux).
PR_SET_PDEATHSIG = 1


# The build itself keeps one core busy.
COPIES_AT_ONCE = max(1, (os.cpu_count() or 1) - 1)


@dataclass(frozen=True)
class _Scan:
    dataset: Dataset
    process: int | None  # None: no copy runs (it could not be made, or its review was read)
    verdict: int | None  # the pipe the copy writes its review into
    review: PrivacyReview | None = None  # read from a copy that ended; None: checked here in finish()


class PrivacyCheckApart:
    """The checks started by check() and not yet finished."""

    def __init__(self, copies_at_once: int = COPIES_AT_ONCE) -> None:
        self._scans: list[_Scan] = []
        self._copies_at_once = copies_at_once

    @staticmethod
    def possible() -> bool:
        return sys.platform == "linux" and hasattr(os, "fork") and threading.active_count() == 1

    def check(self, dataset: Dataset) -> None:
        """Starts the check of `dataset` in a copy of this process, once fewer than the copies
        allowed at once are running (waiting for the oldest one's review if need be)."""
        self._wait_for_a_free_core()
        try:
            verdict, written_by_copy = os.pipe()
        except OSError:
            self._scans.append(_Scan(dataset, None, None))
            return
        build = os.getpid()
        # A Ctrl-C before the copy has its own handlers would run the build's code in the copy,
        # and one before the copy is counted here would leave it out of cancel().
        with signals_held():
            try:
                process = os.fork()
            except OSError:
                os.close(verdict)
                os.close(written_by_copy)
                self._scans.append(_Scan(dataset, None, None))
                return
            if process == 0:
                os.close(verdict)
                _review_in_copy(dataset, written_by_copy, build)
            os.close(written_by_copy)
            self._scans.append(_Scan(dataset, process, verdict))

    def _wait_for_a_free_core(self) -> None:
        running = [number for number, scan in enumerate(self._scans) if scan.process is not None]
        if len(running) < self._copies_at_once:
            return
        oldest = self._scans[running[0]]
        # Taken out of the list first: _verdict() closes the pipe, so cancel() must not read it again.
        self._scans[running[0]] = _Scan(oldest.dataset, None, None)
        try:
            review = _verdict(oldest)
        except BaseException:
            _stop(oldest.process)
            _reap(oldest.process)
            raise
        self._scans[running[0]] = _Scan(oldest.dataset, None, None, review)

    def finish(self) -> None:
        """Waits for every check; raises PrivacyNotReviewed for the first dataset that has
        findings nobody reviewed, as refuse_unreviewed() does."""
        scans, self._scans = self._scans, []
        reviews = [_verdict(scan) if scan.process is not None else scan.review for scan in scans]
        for scan, review in zip(scans, reviews):
            if review is None:
                refuse_unreviewed(scan.dataset)
            elif review.unreviewed:
                raise PrivacyNotReviewed(review)

    def cancel(self) -> None:
        """Stops every check still running (the build failed or was stopped)."""
        scans, self._scans = self._scans, []
        for scan in scans:
            if scan.process is not None:
                _stop(scan.process)
                _verdict(scan)


def _stop(process: int) -> None:
    try:
        os.kill(process, signal.SIGKILL)
    except ProcessLookupError:
        pass


def _reap(process: int) -> None:
    try:
        os.waitpid(process, 0)
    except ChildProcessError:
        pass  # reaped already, by the wait that was interrupted


def _review_in_copy(dataset: Dataset, pipe: int, build: int) -> None:
    """In the copy: the review into the pipe, then end without running anything of the build's
    (no exit handlers, no flushing of the build's buffered output)."""
    code = 1
    try:
        for number in HANDLED_SIGNALS:
            signal.signal(number, signal.SIG_DFL)
        signal.pthread_sigmask(signal.SIG_UNBLOCK, HANDLED_SIGNALS)  # held by check()
        _end_with_build(build)
        review = pickle.dumps(review_privacy(dataset), protocol=pickle.HIGHEST_PROTOCOL)
        with os.fdopen(pipe, "wb") as verdict:
            verdict.write(review)
        code = 0
    finally:
        os._exit(code)


def _end_with_build(build: int) -> None:
    """The copy shares the build's write locks (a fork shares a flock): a build ended by a
    signal that reaches it alone (kill, a CI's time limit) must not leave it scanning on,
    keeping the next build out."""
    ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
    if os.getppid() != build:
        os._exit(1)  # the build ended before the line above


def _verdict(scan: _Scan) -> PrivacyReview | None:
    """The review the copy wrote; None when it wrote none (it could not start, or it failed or was stopped)."""
    if scan.process is None:
        return None
    with os.fdopen(scan.verdict, "rb") as pipe:
        said = pipe.read()
    _, status = os.waitpid(scan.process, 0)
    if not os.WIFEXITED(status) or os.WEXITSTATUS(status) != 0 or not said:
        return None
    return pickle.loads(said)
