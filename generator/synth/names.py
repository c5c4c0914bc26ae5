"""Location names for a synthetic year: the parts of real names, put together again.

A real name such as 'Voorbeeld KDV Jan Muschlaan 24' is read as a pattern (the type words
'Voorbeeld KDV', a numbered core) and a core ('Jan Muschlaan'). A synthetic name takes the pattern of a real
location with the same label and a core from any real name, so the names look like the real ones
without being them (a combination that gives a real name is not used). Base slugs are kept
unique, so that the only slug collisions are the deliberate ones made at the end: per 330
locations one name with accents changed, one with punctuation changed, and one name used under
a second label.
"""

from __future__ import annotations

import random
import re
import unicodedata
from dataclasses import dataclass

from generator.dataset.report_meta import ReportMeta
from generator.view.slugs import slugify

# Words that say what kind of place a location is, rather than which one it is. The words that
# say whose it is (the organisation's and its labels' names) are the year's own: own_words().
TYPE_WORDS = frozenset({"kinderopvang", "Kinderopvang", "Kindercentrum", "Kinderdagverblijf", "KDV", "BSO", "PSZ", "POV", "Sport"})
HOUSE_NUMBER = re.compile(r"^[0-9]+[A-Za-z]?$")
BRACKETED = re.compile(r"\s*\([^)]*\)")
HOUSE_NUMBER_LETTERS = "ABab"
LOCATIONS_PER_COPY = 330  # the size of the real 2024 data; one set of collisions per copy


@dataclass(frozen=True)
class NamePattern:
    prefix: tuple[str, ...]  # type words before the core
    suffix: tuple[str, ...]  # type words after it ('De Pionier BSO')
    numbered: bool  # the core is a street with a house number


@dataclass(frozen=True)
class NameParts:
    patterns: dict[str, tuple[NamePattern, ...]]  # by label, as often as the real names use them
    streets: tuple[str, ...]  # cores that had a house number
    places: tuple[str, ...]  # cores without one
    real_slugs: frozenset[str]  # no synthetic location is given a real location's name


def own_words(report: ReportMeta) -> frozenset[str]:
    """The words of the organisation's own names: its name and its labels' (both forms)."""
    labels = report.vocabulary.labels
    return frozenset(word for name in (report.organisation, *labels, *labels.values()) for word in name.split())


def parse_name(name: str, type_words: frozenset[str]) -> tuple[NamePattern, str]:
    """'Voorbeeld KDV Jan Muschlaan 24 (IKC X)' -> (Voorbeeld KDV _ number, 'Jan Muschlaan'),
    with 'Voorbeeld' and 'KDV' in `type_words`."""
    words = BRACKETED.sub("", name).split()
    start, end = 0, len(words)
    while end - start > 1 and words[start] in type_words:
        start += 1
    while end - start > 1 and words[end - 1] in type_words:
        end -= 1
    numbered = end - start > 1 and bool(HOUSE_NUMBER.match(words[end - 1]))
    core = words[start : end - 1] if numbered else words[start:end]
    return NamePattern(tuple(words[:start]), tuple(words[end:]), numbered), " ".join(core)


def name_parts(locations: list[tuple[str, str]], type_words: frozenset[str]) -> NameParts:
    """The patterns per label and the cores of the real (name, label) locations, in their order."""
    patterns: dict[str, list[NamePattern]] = {}
    streets: dict[str, None] = {}
    places: dict[str, None] = {}
    for name, label in locations:
        pattern, core = parse_name(name, type_words)
        patterns.setdefault(label, []).append(pattern)
        (streets if pattern.numbered else places)[core] = None
    real_slugs = frozenset(slugify(name) for name, _ in locations)
    return NameParts({label: tuple(found) for label, found in patterns.items()}, tuple(streets), tuple(places), real_slugs)


def location_names(labels: list[str], parts: NameParts, rng: random.Random) -> list[str]:
    """A name for each location (given by its label): unique per (name, label), with the
    deliberate slug collisions among them."""
    taken = set(parts.real_slugs)
    names = [_unique_name(parts.patterns[label], parts, taken, rng) for label in labels]
    _add_collisions(names, labels, rng)
    return names


def _unique_name(patterns: tuple[NamePattern, ...], parts: NameParts, taken: set[str], rng: random.Random) -> str:
    pattern = rng.choice(patterns)
    core = rng.choice(parts.streets if pattern.numbered else parts.places)
    name = _compose(pattern, core, _house_number(rng, 0) if pattern.numbered else "")
    if slugify(name) in taken and not pattern.numbered and parts.streets:
        # A second place with this name: the real data tells them apart by street ('Serpentine, Toulonstraat');
        # a year without street names gets a number below.
        name = _compose(pattern, f"{core}, {rng.choice(parts.streets)}", "")
    attempt = 0
    while slugify(name) in taken:
        attempt += 1
        name = _compose(pattern, core, _house_number(rng, attempt))
    taken.add(slugify(name))
    return name


def _compose(pattern: NamePattern, core: str, number: str) -> str:
    return " ".join([*pattern.prefix, core, *([number] if number else []), *pattern.suffix])


def _house_number(rng: random.Random, attempt: int) -> str:
    # The range widens with each attempt, so that finding a free number always ends.
    number = str(rng.randint(1, 250 + 50 * attempt))
    return number + rng.choice(HOUSE_NUMBER_LETTERS) if rng.random() < 0.15 else number


# --- Deliberate collisions ------------------------------------------------------------------------


def _add_collisions(names: list[str], labels: list[str], rng: random.Random) -> None:
    """Rename a few locations so that their slugs collide with another one's. Each location
    takes part in at most one collision, so no (name, label) pair can come out twice."""
    copies = max(1, round(len(names) / LOCATIONS_PER_COPY))
    order = list(range(len(names)))
    rng.shuffle(order)
    # Per label, the locations in the shuffled order, last one first: popping takes the next one.
    queues = {label: [index for index in reversed(order) if labels[index] == label] for label in sorted(set(labels))}
    used: set[int] = set()
    sources = iter(order)
    for same_label, variant in ((True, _accent_variant), (False, _punctuation_variant), (False, _same_name)):
        for _ in range(copies):
            source = next((index for index in sources if index not in used and variant(names[index]) is not None), None)
            if source is None:
                return
            used.add(source)
            target = _next_target(queues, labels[source], same_label, used)
            if target is None:
                return
            used.add(target)
            names[target] = variant(names[source])


def _next_target(queues: dict[str, list[int]], label: str, same_label: bool, used: set[int]) -> int | None:
    """The next unused location with the same label, or with the other label that has most left."""
    for queue in queues.values():
        while queue and queue[-1] in used:
            queue.pop()
    if same_label:
        candidates = [label]
    else:
        candidates = sorted((other for other in queues if other != label), key=lambda other: -len(queues[other]))[:1]
    queue = queues[candidates[0]] if candidates else []
    return queue.pop() if queue else None


def _accent_variant(name: str) -> str | None:
    """The name with its accents taken off, or with one put on ('Mozaiek' -> 'Mozaïek')."""
    plain = "".join(character for character in unicodedata.normalize("NFD", name) if not unicodedata.combining(character))
    plain = unicodedata.normalize("NFC", plain)
    if plain != name:
        return plain
    match = re.search(r"(?<=[aeiou])[ei]", name)
    if match is None:
        return None
    accented = {"e": "ë", "i": "ï"}[match.group()]
    return name[: match.start()] + accented + name[match.end() :]


def _punctuation_variant(name: str) -> str | None:
    """'Kinderopvang De Zon' -> 'Kinderopvang - De Zon', as in the real 'Flora - Fiesta'."""
    return name.replace(" ", " - ", 1) if " " in name else None


def _same_name(name: str) -> str:
    return name
