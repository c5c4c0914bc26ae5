"""Every error the generator raises on purpose. The CLI turns them into messages and exit codes."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


DEBUG_VARIABLE = "KLACHTEN_DEBUG"
# A failure that is not the user's: one line instead of Python's details (KLACHTEN_DEBUG=1 shows them).
PROGRAM_FAULT = (
    "er ging iets mis in het programma zelf, niet in je gegevens. "
    f"Zet {DEBUG_VARIABLE}=1 voor de opdracht om de details te zien, en meld ze aan wie het programma onderhoudt."
)


class GeneratorError(Exception):
    """Base class: an expected failure with a message for the user."""


class ArgumentRefused(GeneratorError):
    """A command-line argument names something the command must not or cannot use (a folder the
    output would destroy, a year without data); the CLI exits with 2, as for a parse error."""


class WriterBusy(GeneratorError):
    """Another command is writing the same pages or site right now."""


class ImportProblem(GeneratorError):
    """The report text does not look like the importer expects."""

    def __init__(self, path: Path, line: int | None, message: str, hint: str):
        self.path = path
        self.line = line
        self.message = message
        self.hint = hint
        where = f"{path}, regel {line}" if line else f"{path}"
        super().__init__(f"{where}: {message}" + (f" ({hint})" if hint else ""))


FOUT = "fout"  # blocks the build
MELDING = "melding"  # reported, does not block the build


@dataclass(frozen=True)
class Problem:
    """One thing wrong in the data of a year folder, with where it is and how to fix it."""

    file: Path
    row: int | None  # row number as a spreadsheet shows it (header = 1) or the YAML line number
    column: str | None
    message: str  # what is wrong, Dutch, no closing full stop
    hint: str  # how to fix it, Dutch, a sentence that ends in its own punctuation
    severity: str = FOUT
    record: str | None = None  # what the row is to a person, such as "volgnummer 12"; None when not known
    sheet: str | None = None  # the sheet of a workbook the row is on, where the file has several to read

    def __str__(self) -> str:
        where = [str(self.file)]
        if self.sheet is not None:
            where.append(f"werkblad '{self.sheet}'")
        if self.row is not None:
            where.append(f"rij {self.row}" + (f" ({self.record})" if self.record else ""))
        if self.column is not None:
            where.append(f"kolom '{self.column}'")
        text = f"{', '.join(where)}: {self.message}."
        if self.hint:
            text += f" Oplossing: {self.hint}"
        # The CLI prints one problem per line, so a line break quoted from the data must not split it.
        return text.replace("\r", "\\r").replace("\n", "\\n")


class DataInvalid(GeneratorError):
    """The data of a year folder has problems that block the build; all of them are listed."""

    def __init__(self, problems: list[Problem]):
        self.problems = [problem for problem in problems if problem.severity == FOUT]
        count = len(self.problems)
        heading = "1 fout in de gegevens:" if count == 1 else f"{count} fouten in de gegevens:"
        super().__init__("\n".join([heading, *(str(problem) for problem in self.problems)]))


class ImportFailed(GeneratorError):
    """The importer found problems it cannot decide alone; all of them are listed."""

    def __init__(self, problems: list[ImportProblem]):
        self.problems = problems
        super().__init__("\n".join(str(problem) for problem in problems))
