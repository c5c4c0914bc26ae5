"""The new site is built in a staging folder beside the old one and swapped in by two renames.

Names: `.site-nieuw-XXXX` for a build under way, `.site-oud` for the previous site during the
swap (for an output folder called `site`). A build that was killed leaves such folders behind;
the next build of the same output removes them first, and puts a previous site back that a swap
cut short had moved aside (the renames themselves hold off signals, see interrupt.signals_held,
but a power cut or SIGKILL cannot be held off).
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from generator.interrupt import signals_held
from generator.output_guard import SITE_MARKER


def staging_prefix(site_dir: Path) -> str:
    return f".{site_dir.name}-nieuw-"


def old_site(site_dir: Path) -> Path:
    return site_dir.with_name(f".{site_dir.name}-oud")


def new_staging_folder(site_dir: Path) -> Path:
    return Path(tempfile.mkdtemp(prefix=staging_prefix(site_dir), dir=site_dir.parent))


def clear_leftovers(site_dir: Path) -> list[Path]:
    """Remove what an interrupted build of this output left; the folders removed."""
    removed = []
    for leftover in sorted(site_dir.parent.glob(f"{staging_prefix(site_dir)}*")):
        if leftover.is_dir() and not leftover.is_symlink():
            shutil.rmtree(leftover)
            removed.append(leftover)
    previous = old_site(site_dir)
    if previous.is_dir() and not previous.is_symlink() and (previous / SITE_MARKER).is_file():
        if not site_dir.exists():
            previous.rename(site_dir)  # the swap was cut between its two renames
        else:
            shutil.rmtree(previous)
            removed.append(previous)
    return removed


def swap_into_place(new: Path, target: Path) -> None:
    previous = old_site(target)
    with signals_held():
        if target.exists():
            target.rename(previous)
        new.rename(target)
    if previous.exists():
        shutil.rmtree(previous)
