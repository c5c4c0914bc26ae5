"""Where the sentences of a free text begin and end: a capital letter means something else at the
start of a sentence than in its middle, and a birth word counts only in the sentence of a date."""

from __future__ import annotations

import re

from generator.privacy.known_terms import ABBREVIATIONS

# A sentence ends at . ! or ? followed by a space, or directly by a capitalised word when the writer
# forgot the space ("wennen.De bezetting"), at every line break, and before a list item inside a
# line ("afgesproken: - De bosjes", "* Welzijn"). A dash – like this – does not end a sentence.
SENTENCE_END = re.compile(r"[.!?]+[\"'’”)]*(?:\s+|$)|(?<=[a-z]{2})[.!?](?=[A-Z][a-z])|\n|(?:^|\s)[-*•](?=\s)")
WORD_BEFORE_DOT = re.compile(r"([\w./]+)\.$")
FIRST_WORD = re.compile(r"[^\W_]")


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence, in order; together they cover the whole text."""
    spans = []
    start = 0
    for end in SENTENCE_END.finditer(text):
        if _after_abbreviation(text, end.start()):
            continue
        spans.append((start, end.end()))
        start = end.end()
    if start < len(text):
        spans.append((start, len(text)))
    return spans


def sentence_starts(text: str) -> set[int]:
    """Where the first word of each sentence begins: after any list marker, heading mark, opening
    bracket or quote."""
    starts = set()
    for start, end in sentence_spans(text):
        first = FIRST_WORD.search(text, start, end)
        if first:
            starts.add(first.start())
    return starts


def _after_abbreviation(text: str, dot: int) -> bool:
    """A dot that ends an abbreviation (o.a., dhr.) or an initial (J.) does not end the sentence."""
    if text[dot] != ".":
        return False
    word = WORD_BEFORE_DOT.search(text, max(0, dot - 12), dot + 1)
    if word is None:
        return False
    before = word.group(1)
    return before.lower() in ABBREVIATIONS or (len(before) == 1 and before.isupper())
