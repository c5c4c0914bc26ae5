"""Writing data files in the one format the project commits: UTF-8, comma-separated, '\\n' line
ends, columns in schema order, so that the same data always gives the same bytes."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import yaml


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
