"""Writing data files in the one format the project commits: UTF-8, comma-separated, '\\n' line
ends, columns in schema order, so that the same data always gives the same bytes; and writing
files and folders so that a failure leaves nothing half-written."""

from __future__ import annotations

import csv
import io
import os
import shutil
import tempfile
from pathlib import Path

import yaml

# What the tool writes is shared or published (the site, the report, a year folder), not private.
PUBLIC_FILE_MODE = 0o644


def csv_text(columns: list[str], rows: list[dict[str, object]], delimiter: str = ",") -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=columns, delimiter=delimiter, lineterminator="\n", extrasaction="raise")
    # Python's csv quotes a field with a line feed but not one with a lone carriage return (the line
    # terminator is "\n"), which a reader then takes for the end of the row: such a row is quoted whole.
    quoting_all = csv.DictWriter(buffer, fieldnames=columns, delimiter=delimiter, lineterminator="\n", extrasaction="raise", quoting=csv.QUOTE_ALL)
    writer.writeheader()
    for row in rows:
        cells = {column: "" if row.get(column) is None else row[column] for column in columns}
        (quoting_all if any("\r" in str(value) for value in cells.values()) else writer).writerow(cells)
    return buffer.getvalue()


def yaml_text(data: dict, header: str = "") -> str:
    body = yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=100, default_flow_style=False)
    comment = "".join(f"# {line}\n" if line else "#\n" for line in header.splitlines())
    return comment + body


def write_text(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8", newline="\n")


def write_new_folder(folder: Path, files: dict[str, str | bytes]) -> None:
    """Write the files (text or bytes by path relative to `folder`) into a temporary folder next to
    `folder`, then move it into place: a folder that is there is complete. `folder` must not exist;
    the caller refuses an existing one with its own message (it could be real data)."""
    folder.parent.mkdir(parents=True, exist_ok=True)
    temporary = Path(tempfile.mkdtemp(prefix=f".{folder.name}-", dir=folder.parent))
    try:
        for relative, content in files.items():
            if isinstance(content, bytes):
                (temporary / relative).parent.mkdir(parents=True, exist_ok=True)
                (temporary / relative).write_bytes(content)
            else:
                write_text(temporary / relative, content)
        temporary.chmod(0o755)  # mkdtemp makes it private; the folder is meant to be shared
        temporary.rename(folder)
    except BaseException:
        shutil.rmtree(temporary, ignore_errors=True)
        raise


def write_atomically(path: Path, content: bytes) -> None:
    """Write next to the target and rename into place, so a failed write leaves no half file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as file:
            file.write(content)
        # mkstemp makes the file private.
        os.chmod(temporary, PUBLIC_FILE_MODE)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
