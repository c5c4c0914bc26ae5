"""Write the generated pages into docs/: never half, and only files whose content changed.

The generator owns the paths in GENERATED_PATHS (they are git-ignored); everything else in docs/
is hand-written and never touched. Every page is rendered in memory first; then every changed
file is written into a staging folder inside docs/, and only when all of them are written are
they renamed into place (a rename on the same disk cannot fail half-way or for lack of space).
Unchanged files keep their date, so that `mkdocs serve` reloads only what changed.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from generator.scratch_folders import SCRATCH_MARKER, make_scratch_folder, remove_marked_folder, remove_own_scratch_folders
from generator.site.downloads import FOLDER as DOWNLOADS_FOLDER
from generator.site.pages import CATEGORIES_FOLDER, DISPUTES_FOLDER, DISPUTES_PAGE, YEARS_FOLDER
from generator.view.location_register import MUNICIPALITIES_FOLDER, PLACES_FOLDER
from generator.view.organisations import ORGANISATIONS_FOLDER

GENERATED_PATHS = (
    "index.md", DISPUTES_PAGE, DISPUTES_FOLDER, "locaties", CATEGORIES_FOLDER, "verslag", DOWNLOADS_FOLDER, "zoeken",
    YEARS_FOLDER, PLACES_FOLDER, MUNICIPALITIES_FOLDER, ORGANISATIONS_FOLDER,
)
STAGING_PREFIX = ".klachten-nieuw-"
FILE_MODE = 0o644


@dataclass
class WriteResult:
    written: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    unchanged: int = 0


def write_output(files: dict[str, str], docs_dir: Path) -> WriteResult:
    result = WriteResult()
    changed = {relative: text for relative, text in sorted(files.items()) if _current_text(docs_dir / relative) != text}
    result.unchanged = len(files) - len(changed)
    docs_dir.mkdir(parents=True, exist_ok=True)
    _remove_old_staging(docs_dir)
    staging = make_scratch_folder(docs_dir, STAGING_PREFIX)
    try:
        for relative, text in changed.items():
            _write(staging / relative, text)
        for relative in changed:
            target = docs_dir / relative
            target.parent.mkdir(parents=True, exist_ok=True)
            os.replace(staging / relative, target)
            result.written.append(relative)
    finally:
        remove_marked_folder(staging, SCRATCH_MARKER)
    for stale in sorted(generated_files(docs_dir) - set(files)):
        (docs_dir / stale).unlink()
        result.removed.append(stale)
    _remove_empty_folders(docs_dir)
    return result


def made_by_the_generator(relative: str) -> bool:
    """Whether a path in docs/ (with slashes) is the generator's: a generated file, or one in a
    staging folder."""
    first = relative.split("/", 1)[0]
    return first in GENERATED_PATHS or first.startswith(STAGING_PREFIX)


def generated_files(docs_dir: Path) -> set[str]:
    found = set()
    for name in GENERATED_PATHS:
        path = docs_dir / name
        if path.is_file():
            found.add(name)
        elif path.is_dir():
            found.update(file.relative_to(docs_dir).as_posix() for file in path.rglob("*") if file.is_file())
    return found


def _current_text(path: Path) -> str | None:
    try:
        return path.read_text(encoding="utf-8")
    except (FileNotFoundError, UnicodeDecodeError):
        return None


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8", newline="\n")
    path.chmod(FILE_MODE)


def _remove_old_staging(docs_dir: Path) -> None:
    """A staging folder left by a build that was killed half-way holds nothing of value; a folder
    with a name like it that the tool did not make is left alone."""
    remove_own_scratch_folders(docs_dir, STAGING_PREFIX)


def _remove_empty_folders(docs_dir: Path) -> None:
    for name in GENERATED_PATHS:
        folder = docs_dir / name
        if not folder.is_dir():
            continue
        for sub in sorted(folder.rglob("*"), key=lambda path: len(path.parts), reverse=True):
            if sub.is_dir() and not any(sub.iterdir()):
                sub.rmdir()
