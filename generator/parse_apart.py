"""Pages' HTML read for the header search by a process of its own while the engine builds.

Material's search reads the HTML of every page (an html.parser subclass) while MkDocs renders
the pages, on the same core: a sixth of the build of 2024 (1,0 s of 6,6 s) and of the larger
sites. A process of its own reads each page as soon as MkDocs has converted it, on the other
core, and hands back what it read once every page is converted.

The plugin (the one module that knows MkDocs and Material) starts the process: `python -c`
handing Material's parser class to sections_read() and that to serve(). Whatever goes wrong with the
process (it could not start, died, said nothing), results() is empty and the search reads the
pages itself, as before; the build never depends on it.
"""

from __future__ import annotations

import fcntl
import pickle
import queue
import signal
import subprocess
import sys
import threading
from collections.abc import Callable

from generator.side_work import run_as_side_work

# Linux: room in the pipe for the pages MkDocs converts while the process is still starting.
PIPE_BYTES = 1 << 20
_F_SETPIPE_SZ = getattr(fcntl, "F_SETPIPE_SZ", 1031)
_DONE = None


class ParsedApart:
    """The process reading the pages sent to it; send() never waits for it."""

    def __init__(self, command: list[str]) -> None:
        self._process = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        try:
            fcntl.fcntl(self._process.stdin.fileno(), _F_SETPIPE_SZ, PIPE_BYTES)
        except OSError:
            pass  # a smaller pipe: the thread below waits a little longer
        self._pages: queue.SimpleQueue = queue.SimpleQueue()
        # Started with the first page, not here: the build may still fork (privacy/apart.py),
        # which it does only while it has no other thread.
        self._sender: threading.Thread | None = None

    def send(self, key: str, html: str) -> None:
        if self._sender is None:
            self._sender = threading.Thread(target=self._send_all, name="zoekdelen", daemon=True)
            self._sender.start()
        self._pages.put((key, html))

    def _send_all(self) -> None:
        stream = self._process.stdin
        try:
            while (page := self._pages.get()) is not _DONE:
                pickle.dump(page, stream, protocol=pickle.HIGHEST_PROTOCOL)
                stream.flush()
            stream.close()
        except (BrokenPipeError, OSError):
            pass  # it stopped: results() is empty

    def results(self) -> dict:
        """What the process read of every page sent, by key; empty when it failed."""
        self._pages.put(_DONE)
        if self._sender is not None:
            self._sender.join()
        self._close_quietly(self._process.stdin)  # its end of the pages
        said = self._process.stdout.read()
        code = self._process.wait()
        self._close_quietly(self._process.stdout)
        if code != 0 or not said:
            return {}
        try:
            return pickle.loads(said)
        except Exception:  # noqa: BLE001 - a half-written answer counts as none
            return {}

    def cancel(self) -> None:
        """The build failed or was stopped: the process is not waited for."""
        self._process.kill()
        self._pages.put(_DONE)
        self._process.wait()
        if self._sender is not None:
            self._sender.join()
        for stream in (self._process.stdin, self._process.stdout):
            self._close_quietly(stream)

    @staticmethod
    def _close_quietly(stream) -> None:
        try:
            stream.close()
        except OSError:
            pass


def start_parsed_apart(command: list[str]) -> ParsedApart | None:
    try:
        return ParsedApart(command)
    except OSError:
        return None


def serve(read_page: Callable[[str], object]) -> None:
    """In the process: read every page that comes in on stdin; at its end, everything read,
    pickled, on stdout."""
    # A Ctrl-C in the terminal reaches this process too: it ends without a word, the build
    # says what happened.
    signal.signal(signal.SIGINT, signal.SIG_DFL)
    run_as_side_work()
    read = {}
    pages = sys.stdin.buffer
    while True:
        try:
            key, html = pickle.load(pages)
        except EOFError:
            break
        read[key] = read_page(html)
    pickle.dump(read, sys.stdout.buffer, protocol=pickle.HIGHEST_PROTOCOL)
    sys.stdout.buffer.flush()


def sections_read(parser_class, html: str) -> list[tuple[str | None, list[str], list[str]]]:
    """The sections Material's search makes of a page (its SearchIndex.add_entry_from_context,
    with its Parser as `parser_class`), without those it leaves out, and with their pieces of
    title and text joined: it joins them itself."""
    parser = parser_class()
    parser.feed(html)
    parser.close()
    return [
        (section.id, ["".join(section.title)] if section.title else [], ["".join(section.text)])
        for section in parser.data
        if not section.is_excluded()
    ]
