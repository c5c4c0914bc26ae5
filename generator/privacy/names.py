"""Names of people: a title followed by a capitalised word (juf Anna, mevrouw De Vries, dhr. J.
Jansen), and capitalised words in the middle of a sentence that are not known terms.

The second rule finds candidates, not certainties: in Dutch a capital in the middle of a sentence
marks a name, but also the name of a place, an organisation, an app or a group. Known terms are
left out: the locations, labels, organisation and categories of the year's data as whole names,
and the reviewed words of known_terms.py. Words written all in capitals (GGD, BSO) are
abbreviations. What remains is for a person to review; a name at the very start of a sentence
cannot be told apart from any other first word and is only found with a title.

A known name counts only where it stands whole: 'Kinderopvang Jansen B.V.' is known, the word
'Jansen' in 'mevrouw Jansen' is not, and neither is a known name that is one first name alone
(a location 'Anna' does not make every Anna known). A title with a name after it is always
reported, unless the title is a role at a place: 'de juf van De Boomhut'.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from generator.privacy.finding import POSSIBLE_NAME, TITLED_NAME, Hit
from generator.privacy.first_names import FIRST_NAMES
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
# A title and the word after it, in any capitals (juf sanne, MEESTER BAS, mevrouw JANSEN).
ADDRESSED = re.compile(rf"(?<!\w)(?i:{_TITLE})\s+(?P<name>[^\W\d_][\w'’-]*)")
# Before a title these make it a role, not a form of address: "de juf heeft", "onze meester".
DETERMINERS = frozenset(
    ("de", "het", "een", "die", "deze", "dat", "onze", "ons", "jullie", "haar", "zijn", "hun", "mijn", "uw", "je", "jouw", "welke", "elke", "iedere", "andere", "nieuwe", "vaste")
)
WORD_BEFORE = re.compile(r"([^\W\d_]+)\s*$")
# Between a title used as a role and a place: 'de juf van De Boomhut', 'de meester op De Klimop'.
PREPOSITION = re.compile(r"(?<!\w)(?:van|op|in|bij|uit)(?!\w)")
# A first name and the capitalised words after it: 'Toos', 'Anna de Vries'.
FIRST_NAME_RUN = re.compile(rf"(?<![\w'’-])(?P<first>{_CAPITALISED})(?:\s+(?:(?i:{_PARTICLES})\s+)*{_CAPITALISED})*")


@dataclass(frozen=True)
class KnownTerms:
    """Capitalised words and names that are not people."""

    words: frozenset[str]  # single words, compared exactly
    phrases: tuple[str, ...]  # whole names of places and bodies, compared without regard to capitals


class NameFinder:
    """Both name rules, with the known terms of one year folder compiled once."""

    def __init__(self, known: KnownTerms):
        self._known_words = known.words
        phrases = [phrase for phrase in known.phrases if not _is_one_first_name(phrase)]
        # The longest name wins, so that 'Voorbeeld BSO De Zon' is one name and not 'Voorbeeld'.
        self._phrases = KnownPhrases(phrases)
        # A known name of one word is known as a part of a compound too (Voorbeeld-contract).
        self._one_word_names = frozenset(phrase.casefold() for phrase in phrases if WORD.fullmatch(phrase))

    def titled_names(self, text: str) -> Iterator[Hit]:
        """A title and a name after it. Not when the title is a role at a known place: a
        determiner before the title, a preposition after it and then only known names ('de juf
        van De Boomhut'). A known name right after the title is a name ('mevrouw Jansen', even
        when an organisation is called Jansen)."""
        matches = list(TITLED.finditer(text))
        covered = self._known_spans(text) if matches else []
        for match in matches:
            if not self._role_at_a_known_place(text, match, covered):
                yield Hit(TITLED_NAME, match.start(), match.end())

    def _role_at_a_known_place(self, text: str, match: re.Match[str], covered: list[tuple[int, int]]) -> bool:
        before = WORD_BEFORE.search(text, 0, match.start())
        if before is None or before.group(1).lower() not in DETERMINERS:
            return False
        title_end = _TITLE_ONLY.match(text, match.start()).end()
        words = list(CAPITALISED_WORD.finditer(text, title_end, match.end()))
        if any(self._is_candidate(word, covered) for word in words):
            return False
        first_place = next((start for start, end in covered if start >= title_end), match.end())
        return PREPOSITION.search(text, title_end, first_place) is not None

    def addressed_names(self, text: str) -> Iterator[Hit]:
        """A title with a name after it in lower case or in capitals, which the capital rule of
        titled_names() cannot see: 'juf sanne', 'JUF ANNA'. The word is a name when it is a known
        first name, or when the title is a form of address (no article before it, as in 'de juf
        heeft') and the word is not a function word or known term."""
        for match in ADDRESSED.finditer(text):
            name = match.group("name")
            if name[0].isupper() and not name.isupper():
                continue  # capitalised: titled_names() decides
            before = WORD_BEFORE.search(text, 0, match.start())
            as_role = before is not None and before.group(1).lower() in DETERMINERS
            ordinary = name.lower() in FUNCTION_WORDS or name.lower() in NAME_PARTICLES or name in self._known_words or len(name) < 2
            if name.lower() in FIRST_NAMES or not (as_role or ordinary):
                yield Hit(TITLED_NAME, match.start(), match.end())

    def first_names(self, text: str) -> Iterator[Hit]:
        """A known first name with a capital, and the capitalised words after it: in a name such as
        a location's, which is all capitals, this is what may point at a person ('Tante Toos',
        'Gastouderopvang Anja de Vries')."""
        end = 0
        for word in CAPITALISED_WORD.finditer(text):
            if word.start() >= end and word.group().lower() in FIRST_NAMES:
                run = FIRST_NAME_RUN.match(text, word.start())
                end = run.end()
                yield Hit(POSSIBLE_NAME, run.start(), end)

    def possible_names(self, text: str) -> Iterator[Hit]:
        """Runs of capitalised words with at least one unknown word in the middle of a sentence.
        The run is the hit, so that a name reads whole: 'Anna de Vries', 'Customer Support' (whose
        first word starts the sentence), 'Gemeente Leiden' and 'Voorbeeld Group' (whose first word is
        known)."""
        starts = sentence_starts(text)
        # Single capitals (groep A, B.V.) and function words (- De bosjes) are never part of a name.
        capitalised = [
            word
            for word in WORD.finditer(text)
            if word.group()[0].isupper() and len(word.group()) > 1 and word.group().lower() not in FUNCTION_WORDS
        ]
        unknown = {word.start() for word in capitalised if word.start() not in starts and self._unknown_capitalised(word.group())}
        # Matching the known names is the slow part; most texts have no unknown word to match them for.
        covered = self._known_spans(text) if unknown else []
        for run in _runs(text, capitalised):
            if any(word.start() in unknown and not _inside(word.span(), covered) for word in run):
                yield Hit(POSSIBLE_NAME, run[0].start(), run[-1].end())

    def _known_spans(self, text: str) -> list[tuple[int, int]]:
        return self._phrases.spans(text)

    def _is_candidate(self, word: re.Match[str], covered: list[tuple[int, int]]) -> bool:
        return self._unknown_capitalised(word.group()) and not _inside(word.span(), covered)

    def _unknown_capitalised(self, word: str) -> bool:
        """A word with a capital that is not a known term. In a compound (Voorbeeld-contract, VE-coach)
        each capitalised part must be known or an abbreviation."""
        parts = [part for part in re.split(r"[-'’]", word) if part and part[0].isupper()]
        if not parts or not word[0].isupper():
            return False
        return not all(part in self._known_words or part.casefold() in self._one_word_names or _is_abbreviation(part) for part in parts)


def _is_one_first_name(phrase: str) -> bool:
    words = WORD.findall(phrase)
    return len(words) == 1 and words[0].lower() in FIRST_NAMES


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
