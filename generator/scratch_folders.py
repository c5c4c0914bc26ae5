"""Folders a command makes for a while beside its output (a site being built, pages being
written), how a later run knows which of them are its own, and removing one without leaving half.

A run that is killed leaves its folder behind, and the next run removes it. It removes only
folders that carry the mark this module puts in them when it makes one: a folder with a name
like it ('.site-nieuw-mijnbackup') that a person made is left alone. A folder is removed with
its mark last, so that one whose removal was cut short is still known as ours.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

SCRATCH_MARKER = ".klachtenjaarverslag-bezig"
SCRATCH_MARKER_TEXT = (
    "Deze map heeft klachtenjaarverslag tijdelijk gemaakt, tijdens een bouw. Een volgende bouw haalt hem weg\n"
    "als hij is blijven staan; zet er dus niets in.\n"
)


def make_scratch_folder(parent: Path, prefix: str) -> Path:
    folder = Path(tempfile.mkdtemp(prefix=prefix, dir=parent))
    (folder / SCRATCH_MARKER).write_text(SCRATCH_MARKER_TEXT, encoding="utf-8")
    return folder


def own_scratch_folders(parent: Path, prefix: str) -> list[Path]:
    """The scratch folders with this prefix in `parent` that a run of this tool made."""
    return sorted(
        folder
        for folder in parent.glob(f"{prefix}*")
        if folder.is_dir() and not folder.is_symlink() and (folder / SCRATCH_MARKER).is_file()
    )


def remove_own_scratch_folders(parent: Path, *prefixes: str) -> None:
    """What a run that did not end left in `parent` under these prefixes; folders of a person go untouched."""
    for prefix in prefixes:
        for leftover in own_scratch_folders(parent, prefix):
            remove_marked_folder(leftover, SCRATCH_MARKER)


def unmark(folder: Path) -> None:
    """The folder is no longer scratch (a built site put in place)."""
    (folder / SCRATCH_MARKER).unlink(missing_ok=True)


def remove_marked_folder(folder: Path, marker: str) -> None:
    """Remove a folder of ours, its mark `marker` last. An interruption (Ctrl-C, SIGTERM) does not
    cut it short: the removal is finished before the interruption goes on (the signal handler of
    generator.interrupt ignores any further signal by then)."""
    try:
        _remove(folder, marker)
    except KeyboardInterrupt:
        _remove(folder, marker)
        raise


def _remove(folder: Path, marker: str) -> None:
    if not folder.is_dir() or folder.is_symlink():
        return
    for entry in folder.iterdir():
        if entry.name == marker:
            continue
        if entry.is_dir() and not entry.is_symlink():
            shutil.rmtree(entry)
        else:
            entry.unlink()
    (folder / marker).unlink(missing_ok=True)
    folder.rmdir()
