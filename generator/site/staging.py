"""The new site is built in a staging folder beside the old one and swapped in by two renames.

Names: `.site-nieuw-XXXX` for a build under way, `.site-oud` for the previous site during the
swap (for an output folder called `site`). A staging folder carries the mark of a scratch folder
(generator/scratch_folders.py) until it is put in place; the previous site carries the mark of a
site. A build that was killed leaves such folders behind; the next build of the same output
removes them first (only those with their mark: a folder a person named like them stays), and
puts a previous site back that a swap cut short had moved aside (the renames themselves hold off
signals, see interrupt.signals_held, but a power cut or SIGKILL cannot be held off).
"""

from __future__ import annotations

from pathlib import Path

from generator.interrupt import signals_held
from generator.output_guard import SITE_MARKER, mark_site_folder
from generator.scratch_folders import SCRATCH_MARKER, make_scratch_folder, own_scratch_folders, remove_marked_folder, unmark


def staging_prefix(site_dir: Path) -> str:
    return f".{site_dir.name}-nieuw-"


def old_site(site_dir: Path) -> Path:
    return site_dir.with_name(f".{site_dir.name}-oud")


def new_staging_folder(site_dir: Path) -> Path:
    """An empty folder for MkDocs to build into, marked as scratch and as a site of this tool (so
    that the plugin accepts it as its output)."""
    staging = make_scratch_folder(site_dir.parent, staging_prefix(site_dir))
    mark_site_folder(staging)
    return staging


def remove_staging_folder(staging: Path) -> None:
    remove_marked_folder(staging, SCRATCH_MARKER)


def clear_leftovers(site_dir: Path) -> list[Path]:
    """Remove what an interrupted build of this output left; the folders removed."""
    removed = []
    for leftover in own_scratch_folders(site_dir.parent, staging_prefix(site_dir)):
        remove_staging_folder(leftover)
        removed.append(leftover)
    previous = old_site(site_dir)
    if previous.is_dir() and not previous.is_symlink() and (previous / SITE_MARKER).is_file():
        if not site_dir.exists():
            previous.rename(site_dir)  # the swap was cut between its two renames
        else:
            remove_marked_folder(previous, SITE_MARKER)
            removed.append(previous)
    return removed


def swap_into_place(new: Path, target: Path) -> None:
    """Put the new site in place of the old one by two renames that no signal cuts in two."""
    previous = old_site(target)
    with signals_held():
        if target.exists():
            target.rename(previous)
        new.rename(target)
        unmark(target)


def remove_previous_site(target: Path) -> None:
    """The old site that swap_into_place() moved aside."""
    remove_marked_folder(old_site(target), SITE_MARKER)
