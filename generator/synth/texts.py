"""Complaint texts for a synthetic year: real sentences of the same category, recombined.

A text opens with a sentence that opened a real text of that category ('Ouder is ontevreden
over...', 'Locatiemanager heeft contact gehad met ouder...') and goes on with sentences from the
rest of the real texts of that category. Every sentence is a real, published one (at most a full
stop added), so no personal data can come in that the report did not already hold; only the
combinations are new.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass

# A sentence ends at . ! or ? followed by space and a capital, digit, quote or bracket; 'o.a. de'
# and '10.30 uur' do not split.
SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9'\"(‘])")


@dataclass(frozen=True)
class SentencePool:
    openings: tuple[str, ...]
    continuations: tuple[str, ...]


def sentences(text: str) -> list[str]:
    return SENTENCE_BREAK.split(text.strip()) if text.strip() else []


def sentence_pools(texts_by_category: dict[str, list[str]]) -> dict[str, SentencePool]:
    """Per category: the first sentences and the other sentences of its real texts, each once."""
    pools = {}
    for category, texts in texts_by_category.items():
        split = [sentences(text) for text in texts]
        openings = dict.fromkeys(_ended(parts[0]) for parts in split if parts)
        continuations = dict.fromkeys(_ended(sentence) for parts in split for sentence in parts[1:])
        pools[category] = SentencePool(tuple(openings), tuple(continuations))
    return pools


def _ended(sentence: str) -> str:
    # A few real texts end without a full stop; followed by another sentence they need one.
    return sentence if sentence[-1] in ".!?" else f"{sentence}."


def compose(pool: SentencePool, count: int, rng: random.Random) -> str:
    """A text of `count` sentences (fewer when the pool has no more), or "" for none."""
    if count == 0 or not pool.openings:
        return ""
    opening = rng.choice(pool.openings)
    rest = rng.sample(pool.continuations, min(count - 1, len(pool.continuations)))
    return " ".join([opening, *rest])
