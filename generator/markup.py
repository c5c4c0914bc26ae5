"""The one way free text from the data enters Markdown: as literal text, never as markup.

A complaint may say `<script>`, `|`, `*`, `#`, `[a](b)` or start with `-` or `1.`: each must show as
written, inside a paragraph or a table cell, and must not become HTML, a link, a list or a heading.
"""

from __future__ import annotations

import re

from markupsafe import Markup

# Characters that Python-Markdown (with the tables extension) treats as syntax anywhere in a line
# and that a backslash makes literal.
INLINE_SYNTAX = re.compile(r"([\\`*_{}\[\]|#])")
# Syntax that only counts at the start of a line: list bullets, ordered lists, headings, rules.
LINE_START_SYNTAX = re.compile(r"^(\s*)([-+=]|\d+(?=[.)]))")
# "=" is not backslash-escapable in Python-Markdown; as an entity it cannot underline a heading.
LINE_START_REPLACEMENT = {"-": "\\-", "+": "\\+", "=": "&#61;"}
HTML_ENTITIES = (("&", "&amp;"), ("<", "&lt;"), (">", "&gt;"))


def escape_markdown(text: str) -> str:
    """Plain text as Markdown that renders to exactly that text, on one line."""
    escaped = INLINE_SYNTAX.sub(r"\\\1", " ".join(str(text).split()))
    for character, entity in HTML_ENTITIES:
        escaped = escaped.replace(character, entity)
    return LINE_START_SYNTAX.sub(_escape_line_start, escaped)


def _escape_line_start(match: re.Match[str]) -> str:
    indent, marker = match.groups()
    if marker.isdigit():
        # "1." starts an ordered list; the backslash goes on the "." or ")" after the digits.
        return f"{indent}{marker}\\"
    return indent + LINE_START_REPLACEMENT[marker]


def markdown_filter(text: object) -> Markup:
    """Jinja filter `md`: escaped text, marked safe so that autoescape does not escape it twice."""
    return Markup(escape_markdown("" if text is None else str(text)))


def markdown_without_html(text: str) -> str:
    """Markdown written for the site (the report's texts in tekst/): its Markdown stays, but a '<'
    becomes text, so that no HTML or script can come in through a text file."""
    return str(text).replace("<", "&lt;")


def markdown_text_filter(text: object) -> Markup:
    """Jinja filter `tekst` for Markdown files from the data folder."""
    return Markup(markdown_without_html("" if text is None else str(text)))
