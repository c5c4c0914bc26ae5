"""The site's menu (nav in mkdocs.yml) names only pages that exist.

mkdocs.yml names every page the site can have, also the pages of the report's own texts
(voorwoord, klachtenprocedure, nawoord), which a year has only when its folder has those texts.
MkDocs warns about a menu entry without a page, and the strict build stops on it; so the menu of
a build keeps a generated page's entry only when this year generated the page, and a section
whose entries all went. Hand-written pages are left to MkDocs. This is the one place that
decides the menu; a site with several years will decide it here too.
"""

from __future__ import annotations

from collections.abc import Collection

from generator.site.output import GENERATED_PATHS


def menu_of_existing_pages(nav: list | None, generated: Collection[str]) -> list | None:
    """`nav` as mkdocs.yml gives it (a list of paths, {title: path} and {title: [...]}) without
    the entries for generated pages that are not among `generated` (paths relative to docs/)."""
    if nav is None:
        return None  # MkDocs makes the menu from the pages there are
    return [kept for entry in nav if (kept := _kept(entry, generated)) is not None]


def _kept(entry: object, generated: Collection[str]) -> object | None:
    if isinstance(entry, str):
        return entry if _exists(entry, generated) else None
    if isinstance(entry, dict) and len(entry) == 1:
        title, target = next(iter(entry.items()))
        if isinstance(target, list):
            children = menu_of_existing_pages(target, generated)
            return {title: children} if children else None
        if isinstance(target, str):
            return entry if _exists(target, generated) else None
    return entry


def _exists(path: str, generated: Collection[str]) -> bool:
    """A generated page that this build made, or any other page or link (MkDocs checks those)."""
    relative = path.lstrip("/")
    if relative.split("/", 1)[0] not in GENERATED_PATHS:
        return True
    return relative in generated
