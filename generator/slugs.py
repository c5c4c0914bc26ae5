"""Stable, readable URL parts from Dutch names."""

from __future__ import annotations

import re
import unicodedata


def slugify(name: str) -> str:
    """'Kinderopvang 't Sparrenest' -> 'kinderopvang-t-sparrenest'; accents dropped, only a-z, 0-9 and '-'."""
    decomposed = unicodedata.normalize("NFKD", name)
    ascii_only = decomposed.encode("ascii", "ignore").decode("ascii").lower()
    return re.sub(r"[^a-z0-9]+", "-", ascii_only).strip("-")
