"""The generated files written into docs/ by a copy of this process, while MkDocs builds the site
from the same files in memory.

docs/ is the portable output (the same Markdown builds with MkDocs, ProperDocs or anything that
reads a folder), but `mkdocs build` need not read it back: the plugin hands MkDocs the files it
rendered. Making some thousand files is work for the system's core, not for MkDocs' (0,2 to
0,7 s at 2024's size on the 2-core VM the benchmark runs on), so a copy does it on the other core
(generator/forked_copy.py). Where no copy can be made, the files are written here, before MkDocs
starts; a copy that ended without a result has its work done here after all, which then says
what went wrong as it always did.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

from generator.forked_copy import ForkedCopy, copies_possible
from generator.site.generate import RenderedDocs, say_written, write_docs
from generator.site.output import WriteResult


@dataclass(frozen=True)
class _Written:
    result: WriteResult
    seconds: float


class DocsWrittenApart:
    """The writing of one build's generated files into docs/, whose write lock the caller holds."""

    def __init__(self, docs: RenderedDocs) -> None:
        self.docs = docs
        self._started = docs.stage.clock()
        self._copy = ForkedCopy.start(self._write) if copies_possible() else None
        self._written = None if self._copy is not None else self._write()

    @property
    def files(self) -> dict[str, str]:
        return self.docs.files

    def _write(self) -> _Written:
        started = time.monotonic()
        result = write_docs(self.docs, locked_by_caller=True)
        return _Written(result, time.monotonic() - started)

    def finish(self) -> WriteResult:
        """Waits for the files to be written (here, when the copy wrote none), and says so."""
        written = self._written or self._wait()
        if written is None:
            written = self._write()
        say_written(self.docs, written.result, self._started + written.seconds)
        return written.result

    def wait(self) -> None:
        """Waits for the copy, if one runs, and writes nothing here (the build failed)."""
        if self._written is None:
            self._wait()

    def _wait(self) -> _Written | None:
        copy, self._copy = self._copy, None
        if copy is None:
            return None
        try:
            return copy.result()
        except BaseException:
            # Interrupted while waiting: no copy left writing after the command ended.
            copy.kill()
            copy.reap()
            raise
