"""Work done in a copy of this process (fork) while the build goes on: the copy has the loaded
data and the rendered pages already, and runs on the other core.

Only on Linux and only in a process with no other thread: a fork copies the locks other threads
hold, and on macOS system libraries may not be used in a forked copy. The caller does the work
itself when no copy can be made, or when a copy ended without a result (it could not start,
failed, died or was stopped): a copy never says why, and the same work here says it as before.
"""

from __future__ import annotations

import ctypes
import os
import pickle
import signal
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass

from generator.interrupt import HANDLED_SIGNALS, signals_held
from generator.side_work import run_as_side_work

# prctl(2): the signal a process gets when the thread that made it ends (Linux).
PR_SET_PDEATHSIG = 1


def copies_possible() -> bool:
    return sys.platform == "linux" and hasattr(os, "fork") and threading.active_count() == 1


@dataclass(frozen=True)
class ForkedCopy:
    """A running copy and the pipe it writes its result into."""

    process: int
    result_pipe: int

    @classmethod
    def start(cls, work: Callable[[], object]) -> ForkedCopy | None:
        """A copy that runs `work` and hands back what it returns (pickled); None when no copy
        could be made."""
        try:
            result_pipe, written_by_copy = os.pipe()
        except OSError:
            return None
        build = os.getpid()
        # A Ctrl-C before the copy has its own handlers would run the build's code in the copy,
        # and one before the copy is known here would leave it out of stop().
        with signals_held():
            try:
                process = os.fork()
            except OSError:
                os.close(result_pipe)
                os.close(written_by_copy)
                return None
            if process == 0:
                os.close(result_pipe)
                _work_in_copy(work, written_by_copy, build)
            os.close(written_by_copy)
            return cls(process, result_pipe)

    def result(self) -> object | None:
        """Waits for the copy: what its work returned, or None when it ended without a result.
        Call once: the pipe is closed and the copy reaped."""
        with os.fdopen(self.result_pipe, "rb") as pipe:
            said = pipe.read()
        _, status = os.waitpid(self.process, 0)
        if not os.WIFEXITED(status) or os.WEXITSTATUS(status) != 0 or not said:
            return None
        return pickle.loads(said)

    def stop(self) -> None:
        """Ends the copy and collects it."""
        self.kill()
        self.result()

    def kill(self) -> None:
        try:
            os.kill(self.process, signal.SIGKILL)
        except ProcessLookupError:
            pass

    def reap(self) -> None:
        """Collects a copy whose pipe is closed already (a wait for its result was interrupted)."""
        try:
            os.waitpid(self.process, 0)
        except ChildProcessError:
            pass  # reaped already, by the wait that was interrupted


def _work_in_copy(work: Callable[[], object], pipe: int, build: int) -> None:
    """In the copy: the result into the pipe, then end without running anything of the build's
    (no exit handlers, no flushing of the build's buffered output, no traceback)."""
    code = 1
    try:
        for number in HANDLED_SIGNALS:
            signal.signal(number, signal.SIG_DFL)
        signal.pthread_sigmask(signal.SIG_UNBLOCK, HANDLED_SIGNALS)  # held by start()
        _end_with_build(build)
        run_as_side_work()
        result = pickle.dumps(work(), protocol=pickle.HIGHEST_PROTOCOL)
        with os.fdopen(pipe, "wb") as output:
            output.write(result)
        code = 0
    finally:
        os._exit(code)


def _end_with_build(build: int) -> None:
    """The copy shares the build's write locks (a fork shares a flock): a build ended by a
    signal that reaches it alone (kill, a CI's time limit) must not leave it working on,
    keeping the next build out."""
    ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
    if os.getppid() != build:
        os._exit(1)  # the build ended before the line above
