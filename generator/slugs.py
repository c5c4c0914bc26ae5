"""Stable, readable URL parts from Dutch names, never longer than an address should be."""

from __future__ import annotations

import hashlib
import re
import unicodedata

# A page address part is at most this long. A file name may have 255 bytes (ext4 and most other
# file systems); the site writes <slug>.md, <slug>.csv and a folder <slug>/, and an address a
# parent can read, share and type is much shorter than that.
MAX_SLUG_LENGTH = 80
HASH_LENGTH = 8


def slugify(name: str) -> str:
    """'Kinderopvang 't Sparrenest' -> 'kinderopvang-t-sparrenest'; accents dropped, only a-z, 0-9 and '-'."""
    decomposed = unicodedata.normalize("NFKD", name)
    ascii_only = decomposed.encode("ascii", "ignore").decode("ascii").lower()
    return re.sub(r"[^a-z0-9]+", "-", ascii_only).strip("-")


def capped(slug: str, room: int = MAX_SLUG_LENGTH) -> str:
    """The slug in at most `room` characters. A longer one keeps its start and ends in a short
    hash of the whole, so that two long names that start alike still get different addresses,
    each the same whatever other names there are."""
    if len(slug) <= room:
        return slug
    digest = hashlib.sha256(slug.encode("ascii")).hexdigest()[:HASH_LENGTH]
    return f"{slug[: room - HASH_LENGTH - 1].rstrip('-')}-{digest}"
