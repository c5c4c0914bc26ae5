"""Page names for locations and categories: stable, unique and readable.

A location page belongs to a name *and* a label, because the same name under two labels is two
places in the data. Its slug is the slugified name; when two locations would get the same slug
(names that differ only in accents or punctuation, or one name under two labels), each gets the
label added ("de-klaver-smallsteps"), and if that is still not unique, a number in A-Z order.
Slugs depend only on the names, so they stay the same when other locations come or go.
"""

from __future__ import annotations

import unicodedata

from generator.slugs import slugify

# Page names the site itself uses inside locaties/ and categorieen/.
RESERVED = frozenset({"index", "a-z"})


def sort_key(name: str) -> str:
    """A-Z order as a reader expects: accents and a leading "'t" apostrophe do not count."""
    decomposed = unicodedata.normalize("NFKD", name)
    plain = "".join(character for character in decomposed if not unicodedata.combining(character))
    return plain.lstrip("'‘’ ").casefold()


def location_slugs(keys: list[tuple[str, str]], label_names: dict[str, str]) -> dict[tuple[str, str], str]:
    """Slug per (name, label); `label_names` gives the label's short name used in a slug."""
    by_slug: dict[str, list[tuple[str, str]]] = {}
    for key in sorted(keys):
        by_slug.setdefault(_base(key[0]), []).append(key)
    slugs: dict[tuple[str, str], str] = {}
    for base, group in by_slug.items():
        if len(group) == 1 and base not in RESERVED:
            slugs[group[0]] = base
            continue
        with_label = {key: "-".join(part for part in (base, slugify(label_names.get(key[1], key[1]))) if part) for key in group}
        for key in group:
            slugs[key] = with_label[key]
    return _number_duplicates(slugs)


def _base(name: str) -> str:
    return slugify(name) or "locatie"


def _number_duplicates(slugs: dict[tuple[str, str], str]) -> dict[tuple[str, str], str]:
    seen: dict[str, int] = {}
    numbered = {}
    for key in sorted(slugs):
        slug = slugs[key]
        seen[slug] = seen.get(slug, 0) + 1
        numbered[key] = slug if seen[slug] == 1 and slug not in RESERVED else f"{slug}-{seen[slug]}"
    return numbered


def category_slugs(names: tuple[str, ...]) -> dict[str, str]:
    return {name: slugify(name) for name in names}
