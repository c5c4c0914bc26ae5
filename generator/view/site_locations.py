"""Which location of one year is which of another, and the address each location keeps forever.

Years are taken oldest first. The oldest year's locations get their slugs exactly as a site of
that year alone gives them (location_slugs), so that adding a year changes no address. A
location of a later year is the same location as one of an earlier year when its name and label
are the same, or when that year's hernoemd.csv (reviewed by the organisation) says it was renamed
from it; nothing else joins two names. Every other location is new and gets a slug that no
earlier year used (later_location_slugs).
"""

from __future__ import annotations

from dataclasses import dataclass

from generator import schema
from generator.dataset import layout
from generator.dataset.dataset import Dataset
from generator.dataset.renames import Rename
from generator.errors import MELDING, DataInvalid, Problem
from generator.view.slugs import later_location_slugs, location_slugs

Key = tuple[str, str]  # (name, label) as in klachten.csv


@dataclass(frozen=True)
class SiteSlugs:
    by_year: dict[int, dict[Key, str]]  # each year's locations with their slugs
    renamed_from: dict[int, dict[Key, Key]]  # per year: a renamed location's name and label before


def location_keys(dataset: Dataset) -> list[Key]:
    return sorted(set(complaint_locations(dataset)))


def complaint_locations(dataset: Dataset) -> list[Key]:
    """The location of each complaint, in the order of the rows; a year without labels has none."""
    frame = dataset.complaints
    labels = frame[schema.LABEL_COLUMN] if schema.LABEL_COLUMN in frame else [""] * len(frame)
    return list(zip(frame["locatie"], labels))


def site_slugs(datasets: list[Dataset]) -> SiteSlugs:
    """The slug of every location in every year; raises DataInvalid when hernoemd.csv names a
    location that is not where it says."""
    identity: dict[Key, str] = {}  # every (name, label) seen so far, with its slug
    by_year: dict[int, dict[Key, str]] = {}
    renamed_from: dict[int, dict[Key, Key]] = {}
    problems: list[Problem] = []
    for position, dataset in enumerate(datasets):
        year = dataset.report.year
        keys = location_keys(dataset)
        labels = dataset.report.vocabulary.labels
        if position == 0:
            slugs = location_slugs(keys, labels)
            renamed: dict[Key, Key] = {}
        else:
            renamed, rename_problems = _checked_renames(dataset, set(keys), identity)
            problems += rename_problems
            known = {key: identity[renamed.get(key, key)] for key in keys if renamed.get(key, key) in identity}
            problems += _double_claims(dataset, known, renamed)
            new = [key for key in keys if key not in known]
            slugs = known | later_location_slugs(new, labels, set(identity.values()))
        by_year[year] = slugs
        renamed_from[year] = renamed
        identity |= slugs
    if problems:
        raise DataInvalid(problems)
    return SiteSlugs(by_year, renamed_from)


def unused_renames(datasets: list[Dataset]) -> list[Problem]:
    """The rows of the oldest year's hernoemd.csv: the site has no year before it, so nothing joins
    a location there to its old name, and site_slugs() leaves them out. Said, so that nobody thinks
    the renames were applied."""
    oldest = datasets[0]
    path = oldest.folder / layout.RENAMES_FILE
    return [
        Problem(
            path, rename.row, "oude_naam",
            f"'{_named(rename.old)}' staat in geen jaar vóór {oldest.report.year} op de site; deze rij wordt niet gebruikt en de locatie krijgt een eigen adres",
            "zet de map van het jaar ervoor in de datamap als de site dat jaar ook moet tonen, of haal de rij weg.",
            MELDING,
        )
        for rename in oldest.renames
    ]


def _checked_renames(dataset: Dataset, keys: set[Key], identity: dict[Key, str]) -> tuple[dict[Key, Key], list[Problem]]:
    path = dataset.folder / layout.RENAMES_FILE
    renamed: dict[Key, Key] = {}
    problems = []
    for rename in dataset.renames:
        found = True
        if rename.old not in identity:
            problems.append(_problem(path, rename, "oude_naam", f"'{_named(rename.old)}' staat in geen eerder jaar", "schrijf de naam en het label precies zoals in klachten.csv van het jaar ervoor."))
            found = False
        if rename.new not in keys:
            problems.append(_problem(path, rename, "nieuwe_naam", f"'{_named(rename.new)}' staat niet in de klachten van {dataset.report.year}", "schrijf de naam en het label precies zoals in klachten.csv van dit jaar."))
            found = False
        elif rename.new in identity:
            problems.append(_problem(
                path, rename, "nieuwe_naam", f"'{_named(rename.new)}' had in een eerder jaar al een eigen pagina",
                "haal deze rij weg als het om die locatie gaat; twee locaties worden nooit samengevoegd.",
            ))
            found = False
        if found:
            renamed[rename.new] = rename.old
    return renamed, problems


def _double_claims(dataset: Dataset, known: dict[Key, str], renamed: dict[Key, Key]) -> list[Problem]:
    """A location that still has its old name this year cannot also be renamed."""
    path = dataset.folder / layout.RENAMES_FILE
    by_slug: dict[str, list[Key]] = {}
    for key, slug in known.items():
        by_slug.setdefault(slug, []).append(key)
    problems = []
    for keys in by_slug.values():
        if len(keys) > 1:
            rename = next(item for item in dataset.renames if item.new in keys and renamed.get(item.new) == item.old)
            problems.append(_problem(path, rename, "oude_naam", f"'{_named(rename.old)}' heeft dit jaar ook nog klachten onder de oude naam", "haal deze rij weg of verbeter de naam in klachten.csv; één locatie heeft per jaar één naam."))
    return problems


def _problem(path, rename: Rename, column: str, message: str, hint: str) -> Problem:
    return Problem(path, rename.row, column, message, hint)


def _named(key: Key) -> str:
    name, label = key
    return f"{name} ({label})" if label else name
