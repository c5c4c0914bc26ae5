"""Every error the generator raises on purpose. The CLI turns them into messages and exit codes."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


class GeneratorError(Exception):
    """Base class: an expected failure with a message for the user."""


class ImportProblem(GeneratorError):
    """The report text does not look like the importer expects."""

    def __init__(self, path: Path, line: int | None, message: str, hint: str = ""):
        self.path = path
        self.line = line
        self.message = message
        self.hint = hint
        where = f"{path}, regel {line}" if line else f"{path}"
        super().__init__(f"{where}: {message}" + (f" ({hint})" if hint else ""))
