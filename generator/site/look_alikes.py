"""Locations whose names a parent may mistake for each other: "Geessinkweg" and "Boerderij
Geessinkweg", "De Klaver" under two labels, "Café Kids" and "Cafe Kids".

Two names look alike when every word of one is also a word of the other, accents and capitals
aside. Found through an index of words (each location against the locations that have all its
words), so the cost follows the number of such pairs, not the square of the number of locations.
"""

from __future__ import annotations

import re

from generator.view.model import Location
from generator.view.slugs import sort_key

# A location page names at most this many look-alikes; more would hide the one that matters.
MOST_SHOWN = 5
WORD = re.compile(r"\w+")


def name_words(name: str) -> frozenset[str]:
    return frozenset(WORD.findall(sort_key(name)))


def look_alikes(locations: tuple[Location, ...]) -> dict[str, tuple[Location, ...]]:
    """Per location slug, the other locations whose name looks like its name, in A-Z order."""
    words = [name_words(location.name) for location in locations]
    holders: dict[str, set[int]] = {}
    for index, location_words in enumerate(words):
        for word in location_words:
            holders.setdefault(word, set()).add(index)
    alike: dict[int, set[int]] = {}
    for index, location_words in enumerate(words):
        for other in _holding_all(location_words, holders) - {index}:
            alike.setdefault(index, set()).add(other)
            alike.setdefault(other, set()).add(index)
    return {
        locations[index].slug: tuple(locations[other] for other in sorted(others)[:MOST_SHOWN])
        for index, others in alike.items()
    }


def _holding_all(location_words: frozenset[str], holders: dict[str, set[int]]) -> set[int]:
    """The locations whose names hold every one of these words."""
    if not location_words:
        return set()
    by_size = sorted((holders[word] for word in location_words), key=len)
    return set(by_size[0]).intersection(*by_size[1:])
