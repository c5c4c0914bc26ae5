"""The generated files written into docs/ by a copy of this process, while MkDocs builds the site
from the same pages in memory.

docs/ is the portable output (the same Markdown builds with MkDocs, ProperDocs or anything that
reads a folder), but `mkdocs build` need not read its pages back: the plugin hands MkDocs the
pages it rendered. Making some thousand files is work for the system's core, not for MkDocs'
(0,2 to 0,7 s at 2024's size on the 2-core VM the benchmark runs on), so a copy does it on the
other core (generator/forked_copy.py). MkDocs copies the downloads from docs/ once the copy is
done: kept in memory through the build, they took 500 MB more at 100 times 2024.

Where no copy can be made, the files are written here, before MkDocs starts. A copy that ended
without a result has its work done here after all (the files rendered again: this process keeps
them no longer than it hands them over), which then says what went wrong as it always did.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, replace

from generator.forked_copy import ForkedCopy, copies_possible
from generator.site.generate import RenderedDocs, say_written, write_docs
from generator.site.output import WriteResult


@dataclass(frozen=True)
class _Written:
    result: WriteResult
    seconds: float


class DocsWrittenApart:
    """The writing of one build's generated files into docs/, whose write lock the caller holds.
    `render_again`: the same files, for a copy that ended without writing them."""

    def __init__(self, docs: RenderedDocs, render_again: Callable[[], dict[str, str]]) -> None:
        self._started = docs.stage.clock()
        self._render_again = render_again
        self._copy = ForkedCopy.start(lambda: _written(docs)) if copies_possible() else None
        self._written = None if self._copy is not None else _written(docs)
        self._files = docs.files
        self._docs = replace(docs, files={})  # the folder and the stage
        self._count = len(docs.files)

    def hand_over(self) -> dict[str, str]:
        """The rendered files, once: not kept here after that."""
        files, self._files = self._files, {}
        return files

    def finish(self) -> WriteResult:
        """Waits for the files to be written (here, when the copy wrote none), and says so."""
        written = self._written or self._wait()
        if written is None:
            written = _written(replace(self._docs, files=self._render_again()))
        say_written(self._docs.stage, self._count, written.result, self._started + written.seconds)
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


def _written(docs: RenderedDocs) -> _Written:
    started = time.monotonic()
    result = write_docs(docs, locked_by_caller=True)
    return _Written(result, time.monotonic() - started)
