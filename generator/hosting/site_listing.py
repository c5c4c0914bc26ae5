"""The files of a built site, read in one walk: the precompressed copies and `_headers` both
need them (a site of 100 times 2024 has over 100.000 files)."""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class SiteFile:
    path: str  # relative to the site, with '/'
    size: int


def site_listing(site: Path) -> list[SiteFile]:
    """Every regular file of the site (symbolic links are not the site's own), in a fixed order."""
    root = os.fspath(site)
    files = []
    for folder, _, names in os.walk(root):
        relative = os.path.relpath(folder, root).replace(os.sep, "/")
        prefix = "" if relative == "." else f"{relative}/"
        for name in names:
            status = os.lstat(os.path.join(folder, name))
            if stat.S_ISREG(status.st_mode):
                files.append(SiteFile(f"{prefix}{name}", status.st_size))
    return sorted(files, key=lambda file: file.path)
