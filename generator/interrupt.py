"""Ctrl-C and SIGTERM: stop cleanly, end every process the command started, print no traceback.

A terminal's Ctrl-C reaches the whole foreground process group, but a SIGTERM from a service
manager or `kill` reaches this process alone: MkDocs (run as a child process) and the Chromium
that prints the PDF would go on writing. So the handler first
asks every descendant process to stop, then raises Interrupted in the main thread, where the
`finally` blocks of the build remove what was half made. The CLI catches it and prints one line.

Finding the descendants reads /proc (Linux). Elsewhere only the direct children that Python
itself started are ended (by subprocess, when the exception passes through it).
"""

from __future__ import annotations

import os
import signal
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

HANDLED_SIGNALS = (signal.SIGINT, signal.SIGTERM)
PROC = Path("/proc")
GRACE_SECONDS = 3.0


class Interrupted(KeyboardInterrupt):
    """The command was stopped by a signal; `signal_number` says which. `message`: what the
    command had done by then, when that is not the usual (nothing changed)."""

    def __init__(self, signal_number: int, message: str | None = None):
        super().__init__(signal_number)
        self.signal_number = signal_number
        self.message = message

    def with_message(self, message: str) -> Interrupted:
        return Interrupted(self.signal_number, message)

    @property
    def exit_code(self) -> int:
        # The shell's convention: 128 + the signal's number (130 for Ctrl-C, 143 for SIGTERM).
        return 128 + self.signal_number


@contextmanager
def stop_cleanly_on_signals(then_ignore: bool = False) -> Iterator[None]:
    """Within this block SIGINT and SIGTERM raise Interrupted after the child processes were asked
    to stop. A second signal while the first is handled is ignored, so the clean-up can finish.
    `then_ignore`: the process ends after the block; a signal that comes while Python shuts down
    is ignored (the work is done and said), instead of ending the process without a word."""
    previous = {number: signal.getsignal(number) for number in HANDLED_SIGNALS}
    for number in HANDLED_SIGNALS:
        signal.signal(number, _interrupt)
    try:
        yield
    finally:
        for number, handler in previous.items():
            signal.signal(number, signal.SIG_IGN if then_ignore else handler)


def _interrupt(signal_number: int, frame) -> None:
    for number in HANDLED_SIGNALS:
        signal.signal(number, signal.SIG_IGN)
    signal_processes(descendant_processes(), signal.SIGTERM)
    raise Interrupted(signal_number)


@contextmanager
def signals_held() -> Iterator[None]:
    """A stretch that must not be cut in two (the renames that swap a site into place): a signal
    that arrives within it is delivered when it ends."""
    if not hasattr(signal, "pthread_sigmask"):
        yield
        return
    signal.pthread_sigmask(signal.SIG_BLOCK, HANDLED_SIGNALS)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_UNBLOCK, HANDLED_SIGNALS)


def end_child_processes() -> None:
    """Ask every descendant to stop, wait a little, and kill what is left."""
    remaining = descendant_processes()
    signal_processes(remaining, signal.SIGTERM)
    deadline = time.monotonic() + GRACE_SECONDS
    while remaining and time.monotonic() < deadline:
        time.sleep(0.1)
        _reap_children()
        remaining = [pid for pid in remaining if _alive(pid)]
    signal_processes(remaining, signal.SIGKILL)
    _reap_children()


def descendant_processes(root: int | None = None) -> list[int]:
    """The ids of all processes below `root` (this process by default), children first."""
    root = os.getpid() if root is None else root
    children: dict[int, list[int]] = {}
    for pid, parent in _parents():
        children.setdefault(parent, []).append(pid)
    found: list[int] = []
    waiting = [root]
    while waiting:
        for child in children.get(waiting.pop(), []):
            found.append(child)
            waiting.append(child)
    return found


def signal_processes(pids: list[int], signal_number: int) -> None:
    for pid in pids:
        try:
            os.kill(pid, signal_number)
        except (ProcessLookupError, PermissionError):
            pass


def _parents() -> Iterator[tuple[int, int]]:
    """(process id, parent id) of every process /proc shows; nothing where there is no /proc."""
    try:
        entries = [entry for entry in os.scandir(PROC) if entry.name.isdigit()]
    except OSError:
        return
    for entry in entries:
        try:
            stat = Path(entry.path, "stat").read_text(encoding="utf-8", errors="replace")
        except OSError:
            continue  # the process ended while we looked
        # The command name (2nd field) is in brackets and may hold spaces; the parent comes after it.
        fields = stat[stat.rfind(")") + 2 :].split()
        if len(fields) > 1 and fields[1].isdigit():
            yield int(entry.name), int(fields[1])


def _alive(pid: int) -> bool:
    try:
        stat = Path(PROC, str(pid), "stat").read_text(encoding="utf-8", errors="replace")
    except OSError:
        return False
    return stat[stat.rfind(")") + 2 :].split()[:1] != ["Z"]


def _reap_children() -> None:
    """Collect the exit status of ended direct children, so that they do not stay as zombies."""
    while True:
        try:
            pid, _ = os.waitpid(-1, os.WNOHANG)
        except ChildProcessError:
            return
        if pid == 0:
            return
