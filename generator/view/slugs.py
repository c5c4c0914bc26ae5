"""Page names (slugs) for locations and categories: unique by construction, stable, readable,
short; and the A-Z order of names.

A location page belongs to a name *and* a label, because the same name under two labels is two
places in the data. Its slug is the slugified name; when two locations would get the same slug
(names that differ only in accents or punctuation, or one name under two labels), each gets the
label added ("de-klaver-zuid"). A slug that is still taken, by another location or by a
page of the site itself, gets the first free number in A-Z order ("de-klaver-2"). Every slug is
at most MAX_SLUG_LENGTH characters (capped). Slugs depend only on the names, so
they stay the same when other locations come or go, unless those share the name.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections import Counter
from collections.abc import Hashable
from typing import TypeVar

# A page address part is at most this long. A file name may have 255 bytes (ext4 and most other
# file systems); the site writes <slug>.md, <slug>.csv and a folder <slug>/, and an address a
# parent can read, share and type is much shorter than that.
MAX_SLUG_LENGTH = 80
HASH_LENGTH = 8
# Page names the site itself uses inside locaties/ and categorieen/.
RESERVED = frozenset({"index", "a-z"})
Key = TypeVar("Key", bound=Hashable)


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


def sort_key(name: str) -> str:
    """A-Z order as a reader expects: accents and a leading "'t" apostrophe do not count."""
    decomposed = unicodedata.normalize("NFKD", name)
    plain = "".join(character for character in decomposed if not unicodedata.combining(character))
    return plain.lstrip("'‘’ ").casefold()


def location_slugs(keys: list[tuple[str, str]], label_names: dict[str, str]) -> dict[tuple[str, str], str]:
    """Slug per (name, label); `label_names` gives the label's short name used in a slug."""
    by_base: dict[str, list[tuple[str, str]]] = {}
    for key in sorted(set(keys)):
        by_base.setdefault(capped(_base(key[0])), []).append(key)
    candidates: dict[tuple[str, str], str] = {}
    for base, group in by_base.items():
        for key in group:
            alone = len(group) == 1 and base not in RESERVED
            candidates[key] = base if alone else _with_label(key, label_names)
    return unique_slugs(candidates)


def _base(name: str) -> str:
    return slugify(name) or "locatie"


def _with_label(key: tuple[str, str], label_names: dict[str, str]) -> str:
    name, label = key
    label_slug = slugify(label_names.get(label, label))
    return capped("-".join(part for part in (_base(name), label_slug) if part))


def unique_slugs(candidates: dict[Key, str]) -> dict[Key, str]:
    """Each key its candidate slug where that is free; otherwise the candidate with the first free
    number, in the order of the keys. No two keys get the same slug, and none gets a reserved one."""
    counts = Counter(candidates.values())
    slugs = {key: slug for key, slug in candidates.items() if counts[slug] == 1 and slug not in RESERVED}
    taken = set(RESERVED) | set(slugs.values())
    for key in sorted(key for key in candidates if key not in slugs):
        slug = candidates[key]
        number = 1
        while slug in taken:
            number += 1
            suffix = f"-{number}"
            slug = capped(candidates[key], MAX_SLUG_LENGTH - len(suffix)) + suffix
        slugs[key] = slug
        taken.add(slug)
    return slugs


def category_slugs(names: tuple[str, ...]) -> dict[str, str]:
    return unique_slugs({name: capped(slugify(name) or "soort") for name in names})


def later_location_slugs(keys: list[tuple[str, str]], label_names: dict[str, str], taken: set[str]) -> dict[tuple[str, str], str]:
    """Slugs for the locations that a later year adds to a site: by the same rules as
    location_slugs(), but never one that an earlier year gave away (addresses are first come,
    first served, so that no page of an earlier year changes its address). A taken slug gets the
    label added, and when that is taken too the first free number."""
    used = set(taken) | RESERVED
    slugs: dict[tuple[str, str], str] = {}
    for key, fresh in sorted(location_slugs(keys, label_names).items()):
        slug = fresh if fresh not in used else _with_label(key, label_names)
        candidate, number = slug, 1
        while slug in used:
            number += 1
            suffix = f"-{number}"
            slug = capped(candidate, MAX_SLUG_LENGTH - len(suffix)) + suffix
        slugs[key] = slug
        used.add(slug)
    return slugs
