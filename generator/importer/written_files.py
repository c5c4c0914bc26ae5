"""Which files `import` wrote, so that a later import replaces only those, and only unchanged.

A year folder holds files the importer makes (klachten.csv, verslag.yaml, tekst/*.md, ...) beside
files people write (correcties.yaml, privacy-toegestaan.yaml, a text of their own). The importer
keeps a list of what it wrote, with a SHA-256 of each file, in the year folder
(layout.IMPORT_RECORD_FILE). A file that is there and not on that list, or changed since, is not
the importer's to replace: the import is refused, unless the user says --overschrijven. The same
goes for the copy of the source text in data/bron/.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from generator.dataset import layout
from generator.errors import ArgumentRefused

RECORD_HEADER = (
    "# Deze bestanden heeft 'python -m generator import' geschreven, elk met de SHA-256 van de inhoud.\n"
    "# Een volgende import vervangt alleen deze, en alleen als ze sindsdien niet zijn veranderd.\n"
)
SHOWN_CONFLICTS = 10


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def read_record(folder: Path) -> dict[str, str]:
    """What the last import wrote into this year folder: path (relative, '/') -> SHA-256."""
    path = folder / layout.IMPORT_RECORD_FILE
    if not path.is_file() or path.is_symlink():
        return {}
    record = {}
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        relative, _, checksum = line.rpartition(" ")
        # Only paths inside the year folder: the record is a file a person can edit.
        if relative and not line.startswith("#") and not Path(relative).is_absolute() and ".." not in Path(relative).parts:
            record[relative] = checksum
    return record


def record_text(folder: Path, written: list[str]) -> str:
    return RECORD_HEADER + "".join(f"{relative} {digest(folder / relative)}\n" for relative in sorted(written))


def foreign_files(folder: Path, relatives: set[str], record: dict[str, str]) -> list[Path]:
    """The files among `relatives` that exist in the folder but are not as the last import wrote them."""
    foreign = []
    for relative in sorted(relatives):
        path = folder / relative
        if not (path.exists() or path.is_symlink()):
            continue
        if path.is_symlink() or not path.is_file() or record.get(relative) != digest(path):
            foreign.append(path)
    return foreign


def changed_copy(stored: Path, source: Path) -> list[Path]:
    """The copy of the source text in data/bron/, when it exists with other content."""
    if not (stored.exists() or stored.is_symlink()) or (stored.is_file() and not stored.is_symlink() and stored.read_bytes() == source.read_bytes()):
        return []
    return [stored]


def refuse_to_overwrite(data_root: Path, foreign: list[Path]) -> None:
    if not foreign:
        return
    shown = ", ".join(str(path) for path in foreign[:SHOWN_CONFLICTS])
    more = f" en nog {len(foreign) - SHOWN_CONFLICTS}" if len(foreign) > SHOWN_CONFLICTS else ""
    raise ArgumentRefused(
        f"--data {data_root}: import zou bestanden vervangen die het niet zelf heeft geschreven of die daarna zijn veranderd: "
        f"{shown}{more}; er is niets veranderd. Oplossing: zet wat je wilt houden eerst ergens anders neer of kies een andere map met "
        "--data, of geef --overschrijven als deze bestanden vervangen mogen worden."
    )
