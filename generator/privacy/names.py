"""Names of people: a title followed by a capitalised word (juf Anna, mevrouw De Vries, dhr. J.
Jansen), and capitalised words in the middle of a sentence that are not known terms.

The second rule finds candidates, not certainties: in Dutch a capital in the middle of a sentence
marks a name, but also the name of a place, an organisation, an app or a group. Known terms are
left out: the locations, labels, organisation and categories of the year's data as whole names,
and the reviewed words of known_terms.py. Words written all in capitals (GGD, BSO) are
abbreviations. What remains is for a person to review; a name at the very start of a sentence
cannot be told apart from any other first word and is only found with a title.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from generator.privacy.finding import POSSIBLE_NAME, TITLED_NAME, Hit
from generator.privacy.known_terms import FUNCTION_WORDS, NAME_PARTICLES, TITLES
from generator.privacy.phrases import KnownPhrases
from generator.privacy.sentences import sentence_starts

# A word that starts with a letter that is not lower case; Python's re has no class for capitals.
_CAPITALISED = r"[^\W\d_a-zß-ÿ][\w'’-]*"
_PARTICLES = "|".join(re.escape(particle) for particle in NAME_PARTICLES)
_TITLE = "|".join(re.escape(title).replace(r"\ ", r"\s+") + (r"\.?" if len(title) <= 4 else "") for title in TITLES)
# The title in any capitals; then initials, particles and at least one capitalised word.
TITLED = re.compile(
    rf"(?<!\w)(?i:{_TITLE})\s+(?:[A-Z]\.\s*)*(?:(?i:{_PARTICLES})\s+)*{_CAPITALISED}(?:\s+(?:(?i:{_PARTICLES})\s+)*{_CAPITALISED})*"
)
_TITLE_ONLY = re.compile(rf"(?i:{_TITLE})")
WORD = re.compile(r"[^\W\d_][\w'’-]*")
CAPITALISED_WORD = re.compile(rf"(?<![\w'’-]){_CAPITALISED}")
# What may stand between two capitalised words of one name: a space and particles (Anna de Vries).
NAME_GAP = re.compile(rf"\s(?:(?i:{_PARTICLES})\s)*")


@dataclass(frozen=True)
class KnownTerms:
    """Capitalised words and names that are not people."""

    words: frozenset[str]  # single words, compared exactly
    phrases: tuple[str, ...]  # whole names of places and bodies, compared without regard to capitals


class NameFinder:
    """Both name rules, with the known terms of one year folder compiled once."""

    def __init__(self, known: KnownTerms):
        self._known_words = known.words
        # The longest name wins, so that 'Partou BSO Koningskinderen' is one name and not 'Partou'.
        self._phrases = KnownPhrases(known.phrases)

    def titled_names(self, text: str) -> Iterator[Hit]:
        """A title and a name after it; not when all after the title is a known term ("de juf van
        De Boomhut", where De Boomhut is a location)."""
        matches = list(TITLED.finditer(text))
        covered = self._known_spans(text) if matches else []
        for match in matches:
            title_end = _TITLE_ONLY.match(text, match.start()).end()
            words = CAPITALISED_WORD.finditer(text, title_end, match.end())
            if any(self._is_candidate(word, covered) for word in words):
                yield Hit(TITLED_NAME, match.start(), match.end())

    def possible_names(self, text: str) -> Iterator[Hit]:
        """Runs of capitalised words with at least one unknown word in the middle of a sentence.
        The run is the hit, so that a name reads whole: 'Anna de Vries', 'Customer Support' (whose
        first word starts the sentence), 'Gemeente Leiden' and 'Partou Group' (whose first word is
        known)."""
        starts = sentence_starts(text)
        # Single capitals (groep A, B.V.) and function words (- De bosjes) are never part of a name.
        capitalised = [
            word
            for word in WORD.finditer(text)
            if word.group()[0].isupper() and len(word.group()) > 1 and word.group().lower() not in FUNCTION_WORDS
        ]
        unknown = {word.start() for word in capitalised if word.start() not in starts and _unknown_capitalised(word.group(), self._known_words)}
        # Matching the known names is the slow part; most texts have no unknown word to match them for.
        covered = self._known_spans(text) if unknown else []
        for run in _runs(text, capitalised):
            if any(word.start() in unknown and not _inside(word.span(), covered) for word in run):
                yield Hit(POSSIBLE_NAME, run[0].start(), run[-1].end())

    def _known_spans(self, text: str) -> list[tuple[int, int]]:
        return self._phrases.spans(text)

    def _is_candidate(self, word: re.Match[str], covered: list[tuple[int, int]]) -> bool:
        return _unknown_capitalised(word.group(), self._known_words) and not _inside(word.span(), covered)


def _unknown_capitalised(word: str, known_words: frozenset[str]) -> bool:
    """A word with a capital that is not a known term. In a compound (Partou-contract, VE-coach)
    each capitalised part must be known or an abbreviation."""
    parts = [part for part in re.split(r"[-'’]", word) if part and part[0].isupper()]
    if not parts or not word[0].isupper():
        return False
    return not all(part in known_words or _is_abbreviation(part) for part in parts)


def _is_abbreviation(part: str) -> bool:
    # One capital alone is a letter (groep A), not a name.
    return len(part) == 1 or part.isupper()


def _inside(span: tuple[int, int], covered: list[tuple[int, int]]) -> bool:
    return any(start <= span[0] and span[1] <= end for start, end in covered)


def _runs(text: str, words: list[re.Match[str]]) -> Iterator[list[re.Match[str]]]:
    """Neighbouring words, with nothing but a space and name particles between them, as runs."""
    run: list[re.Match[str]] = []
    for word in words:
        if run and not NAME_GAP.fullmatch(text, run[-1].end(), word.start()):
            yield run
            run = []
        run.append(word)
    if run:
        yield run
