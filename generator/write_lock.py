"""One writer at a time per project: a second command that would write the same pages
(`build`, or MkDocs through the plugin) or publish the same site (`site`) refuses with a message
instead of tearing the first one's files away.

The lock is an advisory lock (flock) on something that exists anyway: the project's mkdocs.yml for
`site`, the docs folder for writing pages, the site folder MkDocs builds into. The plugin holds
the docs folder's and the site folder's for a whole MkDocs build, so that a plain `mkdocs build`
beside another one, or beside `python -m generator site`, refuses instead of writing the same
files. The operating system releases a lock when the process ends, however it ends, so a killed
command never leaves a stale lock behind. Where flock does not exist (Windows), nothing is locked.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from generator.errors import WriterBusy

# What each lock guards, as the message of a refused second writer names it.
DOCS_WRITER = "de pagina's in deze docs-map"
SITE_WRITER = "deze site"

try:
    import fcntl
except ImportError:  # Windows
    fcntl = None


@contextmanager
def exclusive_writer(path: Path, what: str) -> Iterator[None]:
    """Hold the lock on `path` (a file or a folder) for the block; WriterBusy when another process has it.
    `what` names what is being written, for the message."""
    if fcntl is None:
        yield
        return
    descriptor = os.open(path, os.O_RDONLY)
    try:
        try:
            fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise WriterBusy(
                f"er draait al een andere bouw van {what} ({path}); deze bouw is niet begonnen en er is niets veranderd. "
                "Oplossing: wacht tot de andere bouw klaar is en probeer het dan opnieuw."
            ) from None
        yield
    finally:
        os.close(descriptor)
