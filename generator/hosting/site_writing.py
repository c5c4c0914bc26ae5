"""Writing a file of the built site that the hosting step makes (robots.txt, `_headers`, the
sharing picture, the .gz and .br copies)."""

from __future__ import annotations

import os
from pathlib import Path

FILE_MODE = 0o644


def write_site_file(path: Path, data: bytes) -> None:
    """Writes `data` as the file `path` itself. A link already there is replaced, never written
    through: it could point at any file outside the site. O_NOFOLLOW refuses a link made in
    between (an OSError, which the build reports as a problem with the site folder)."""
    if path.is_symlink():
        path.unlink()
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | os.O_NOFOLLOW, FILE_MODE)
    with os.fdopen(descriptor, "wb") as stream:
        stream.write(data)
