"""What a year without labels and without judgements must not say anywhere: nothing about a label,
gegrond or an oordeel (judgement). Shared by the page, download, PDF and browser tests of
tests/fixtures/zes-soorten."""

from __future__ import annotations

import re

from bs4 import BeautifulSoup

# 'ongegrond' and 'oordelen' included; 'label' as a word (an HTML <label> element is markup, not a word).
UNSPOKEN = re.compile(r"gegrond|oordee?l|\blabels?\b", re.IGNORECASE)
# Attributes whose values a visitor reads or hears.
SPOKEN_ATTRIBUTES = ("title", "alt", "aria-label", "placeholder", "value", "content")


def unspoken_words(text: str) -> list[str]:
    """Each place in `text` that names a label or a judgement, with a little of its context."""
    return [text[max(0, match.start() - 30) : match.end() + 30] for match in UNSPOKEN.finditer(text)]


def spoken_text(html: str) -> str:
    """What a visitor of an HTML page reads or hears: its text without scripts and styles, and
    the attributes that are read out (titles, alternative texts, labels, the page description)."""
    soup = BeautifulSoup(html, "html.parser")
    for element in soup(["script", "style", "template"]):
        element.decompose()
    attributes = [str(value) for element in soup.find_all(True) for name, value in element.attrs.items() if name in SPOKEN_ATTRIBUTES]
    return "\n".join([soup.get_text(" "), *attributes])
