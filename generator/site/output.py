"""Write the rendered pages into docs/: only files whose content changed, stale pages removed.

The generator owns the paths in GENERATED_PATHS (they are git-ignored); everything else in docs/
is hand-written and never touched. All pages are rendered before the first file is written, so a
failing template or bad data leaves docs/ as it was.
"""

from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

GENERATED_PATHS = ("index.md", "geschillen.md", "locaties", "categorieen", "verslag")


@dataclass
class WriteResult:
    written: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    unchanged: int = 0


def write_output(files: dict[str, str], docs_dir: Path) -> WriteResult:
    result = WriteResult()
    for relative in sorted(files):
        target = docs_dir / relative
        if target.exists() and target.read_text(encoding="utf-8") == files[relative]:
            result.unchanged += 1
            continue
        _replace_file(target, files[relative])
        result.written.append(relative)
    for stale in sorted(generated_files(docs_dir) - set(files)):
        (docs_dir / stale).unlink()
        result.removed.append(stale)
    _remove_empty_folders(docs_dir)
    return result


def generated_files(docs_dir: Path) -> set[str]:
    found = set()
    for name in GENERATED_PATHS:
        path = docs_dir / name
        if path.is_file():
            found.add(name)
        elif path.is_dir():
            found.update(file.relative_to(docs_dir).as_posix() for file in path.rglob("*") if file.is_file())
    return found


def _replace_file(target: Path, text: str) -> None:
    """Write beside the target and rename over it: a reader never sees half a file."""
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
    with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream:
        stream.write(text)
    os.replace(temporary, target)


def _remove_empty_folders(docs_dir: Path) -> None:
    for name in GENERATED_PATHS:
        folder = docs_dir / name
        if not folder.is_dir():
            continue
        for sub in sorted(folder.rglob("*"), key=lambda path: len(path.parts), reverse=True):
            if sub.is_dir() and not any(sub.iterdir()):
                sub.rmdir()
