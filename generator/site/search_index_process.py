"""The search index of Zoeken en filteren, written by a process of its own while the engine
renders the pages.

MkDocs renders on one core. In a thread, the index competed with it for Python's lock (the
build took as long as both together); a process of its own writes it on another core.

The build hands the records over on the process's stdin (pickled: our own objects, between
our own processes) and keeps that pipe open: when it closes before the index is written, the
build has ended or died, and the process stops and removes its half-written folder (a SIGTERM
does the same). What it reports:
- exit 0: written; stdout holds the seconds it took;
- exit PROBLEM_EXIT: a problem for the user (SearchIndexProblem); stderr holds its Dutch message;
- exit 128 + n: stopped by signal n;
- anything else: it failed in a way it could not say; the build says so in Dutch, and shows
  nothing of what Python printed.
"""

from __future__ import annotations

import os
import pickle
import signal
import subprocess
import sys
import threading
import time
from dataclasses import replace
from pathlib import Path

from generator.interrupt import HANDLED_SIGNALS, Interrupted, stop_cleanly_on_signals
from generator.progress import SEARCH_STAGE, Progress, counted
from generator.side_work import run_as_side_work
from generator.site.search_index import OUTPUT_FOLDER, SearchIndexProblem, write_search_index

PROBLEM_EXIT = 3
PROCESS_FAILED = (
    "De zoekindex kon niet worden geschreven: het proces dat hem schrijft stopte onverwacht (code {code}). "
    "Oplossing: bouw de site opnieuw; gebeurt het weer, meld het dan aan de beheerders van klachtenjaarverslag."
)
STOPPED = "De zoekindex is niet af: het schrijven ervan is onderbroken (Ctrl-C of een ander signaal)."


class SearchIndexStopped(SearchIndexProblem):
    """The process was stopped by a signal before the index was written (a Ctrl-C reaches it too)."""


class SearchIndexBuild:
    """The index being written; result() waits for it and then says how long it took, so that
    the build's lines keep their order; cancel() stops it."""

    def __init__(self, records: list, site_dir: Path, progress: Progress) -> None:
        self._count = len(records)
        self._site_dir = site_dir
        self._stage = progress.start(SEARCH_STAGE)
        self._process = subprocess.Popen(
            [sys.executable, "-m", __name__, str(site_dir)],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        )
        # Sent by a thread: the pipe takes them only as fast as the process reads them, and the
        # build goes on meanwhile (a thread that writes to a pipe lets the others run).
        records_pickled = pickle.dumps(records, protocol=pickle.HIGHEST_PROTOCOL)
        self._sender = threading.Thread(target=self._send, args=(records_pickled,), name="zoekindex-records", daemon=True)
        self._sender.start()

    def _send(self, records_pickled: bytes) -> None:
        try:
            self._process.stdin.write(records_pickled)
            self._process.stdin.flush()
        except BrokenPipeError:
            pass  # it stopped before it read them: result() says why

    def result(self) -> Path:
        """The index folder, once written; raises SearchIndexProblem when it was not."""
        code, said, complaint = self._ended()
        if code == PROBLEM_EXIT:
            raise SearchIndexProblem(complaint.decode("utf-8", errors="replace").strip())
        if code in {128 + signal.SIGINT, 128 + signal.SIGTERM, -signal.SIGINT, -signal.SIGTERM}:
            raise SearchIndexStopped(STOPPED)
        if code != 0:
            raise SearchIndexProblem(PROCESS_FAILED.format(code=code))
        seconds = float(said)
        stage = self._stage
        replace(stage, clock=lambda: stage.started + seconds).finish(counted(self._count, "klacht", "klachten"))
        return self._site_dir / OUTPUT_FOLDER

    def cancel(self) -> None:
        """Stop it; it removes what it had written."""
        if self._process.poll() is None:
            self._process.terminate()
        self._ended()

    def _ended(self) -> tuple[int, bytes, bytes]:
        """Its exit code and what it printed, once it has ended. Its stdin is closed last: that
        would tell it to stop."""
        process = self._process
        said, complaint = process.stdout.read(), process.stderr.read()
        code = process.wait()
        self._sender.join()
        for stream in (process.stdin, process.stdout, process.stderr):
            try:
                stream.close()
            except BrokenPipeError:
                pass
        return code, said, complaint


def _stop_when_the_build_is_gone(finished: threading.Event) -> None:
    """Reads stdin to its end: the build closed it, or the build's process is gone."""
    # Signals are for the main thread alone: where it holds them back (interrupt.signals_held),
    # this thread must not take them in its place.
    if hasattr(signal, "pthread_sigmask"):  # not on Windows
        signal.pthread_sigmask(signal.SIG_BLOCK, HANDLED_SIGNALS)
    # The file descriptor, not sys.stdin: a daemon thread that holds the lock of a buffered file
    # at exit makes Python abort. Nothing follows the records on it.
    while os.read(sys.stdin.fileno(), 65536):
        pass
    if not finished.is_set():
        os.kill(os.getpid(), signal.SIGTERM)


def main(arguments: list[str]) -> int:
    started = time.monotonic()
    run_as_side_work()
    finished = threading.Event()
    with stop_cleanly_on_signals():
        try:
            records = pickle.load(sys.stdin.buffer)
            threading.Thread(target=_stop_when_the_build_is_gone, args=(finished,), daemon=True).start()
            write_search_index(records, Path(arguments[0]))
            finished.set()
        except SearchIndexProblem as problem:
            print(problem, file=sys.stderr)
            return PROBLEM_EXIT
        except Interrupted as interrupted:
            return interrupted.exit_code
    print(f"{time.monotonic() - started:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
