"""The words of a text as the 'Zoeken en filteren' index holds them, and their stems.

A word is a run of letters and digits, in lower case and without accents ("Crèche" is "creche"),
so that a visitor who types it without the accent finds it. docs/assets/zoekindex.js splits a
visitor's words by the same rule (`normalised_words`); keep the two the same. They can differ only
for characters that the browser's Unicode version knows and this Python's does not yet (new
scripts and symbols, never in a Dutch word).

The index groups the words of one stem (Dutch Snowball: "luiers" and "luier" are "luier"), so
that a plural finds the singular. Only the build stems: the index lists every word the complaints
use with its stem, and the page looks a visitor's word up there.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

import snowballstemmer

# Letters and digits: \w without the underscore.
WORD = re.compile(r"[^\W_]+")
STEMMER_LANGUAGE = "dutch"


def normalised_words(text: str) -> list[str]:
    """The words of `text`, in order, lower case and without accents."""
    return WORD.findall(_without_accents(text.lower()))


def _without_accents(text: str) -> str:
    return "".join(character for character in unicodedata.normalize("NFD", text) if not unicodedata.category(character).startswith("M"))


def dutch_stemmer() -> Callable[[str], str]:
    """The stem of a word. A new one for each index: a Snowball stemmer keeps state."""
    return snowballstemmer.stemmer(STEMMER_LANGUAGE).stemWord
