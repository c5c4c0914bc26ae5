"""Known names are found exactly as one regular expression with every name as an alternative
finds them (the way the privacy check used to, too slow for national data)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from generator.dataset import load_dataset
from generator.privacy.phrases import KnownPhrases
from generator.privacy.scan import known_terms, text_fields

ROOT = Path(__file__).resolve().parents[1]


def regex_spans(phrases: list[str], text: str) -> list[tuple[int, int]]:
    alternatives = "|".join(re.escape(phrase) for phrase in sorted(set(phrases), key=len, reverse=True))
    return [match.span() for match in re.finditer(rf"(?<!\w)(?:{alternatives})(?!\w)", text, re.IGNORECASE)]


@pytest.mark.parametrize(
    ("phrases", "text", "expected"),
    [
        (["Partou", "Partou BSO Koningskinderen"], "bij partou bso koningskinderen en Partou.", [(4, 30), (34, 40)]),
        (["De Zon"], "De Zonnebloem en de zon", [(17, 23)]),
        (["'t Sparrenest"], "x't Sparrenest, 't sparrenest", [(16, 29)]),
        (["Noorderhof, Vlinderhei", "Vlinderhei"], "Noorderhof, Vlinderhei", [(0, 22)]),
        (["Flora - Fiesta", "Fiesta"], "Flora - Fiesta Fiesta_2", [(0, 14)]),
        (["A B", "B C"], "A B C", [(0, 3)]),
        (["(IKC) Zuid", "IKC"], "in (IKC) Zuid en IKC", [(3, 13), (17, 20)]),
        (["---", ""], "---", []),
    ],
)
def test_names_are_found_whole_leftmost_and_longest_first(phrases, text, expected) -> None:
    assert KnownPhrases(phrases).spans(text) == expected
    if all(re.search(r"\w", phrase) for phrase in phrases):
        assert regex_spans(phrases, text) == expected


@pytest.mark.slow  # several seconds: the quick suite stays under 30 s
def test_every_text_of_2024_gives_the_spans_of_the_regular_expression() -> None:
    dataset = load_dataset(ROOT / "data" / "2024")
    phrases = list(known_terms(dataset).phrases)
    finder = KnownPhrases(phrases)
    texts = [field.text for field in text_fields(dataset)]
    assert sum(len(finder.spans(text)) for text in texts) > 100  # the data does name its locations
    for text in texts:
        assert finder.spans(text) == regex_spans(phrases, text), text
