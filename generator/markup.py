"""The one home of the rules by which a value from the data lands in an output as the text it is.

Each place a value can land has one rule here:

- `escape_markdown` (Jinja filter `md`): inside Markdown, in a paragraph, heading or table cell.
  A complaint may say `<script>`, `|`, `*`, `#`, `[a](b)` or start with `-` or `1.`: each shows as
  written and does not become HTML, a link, a list or a heading.
- `html_text`: HTML text, safe both between tags and inside a quoted attribute. Material's
  templates print the page title, the page description and the site name without escaping
  (MkDocs' theme environment has no autoescape), so these values reach them escaped already.
- `front_matter_string` (filter `yaml`): a YAML front-matter value; it holds `html_text`, because
  MkDocs passes front matter to Material's templates as it is.
- `one_line`: every other value a Markdown template prints (the environment's finalize), so
  that no value can end a raw HTML block of a page with a blank line.
- `spreadsheet_text`: a cell of a CSV file meant to be opened in a spreadsheet program.
- `report_text_markdown` (filter `tekst`): the organisation's own Markdown texts (tekst/*.md).
  They are checked against a safe subset when they are loaded (generator.dataset.report_text);
  here, whatever that check allows, no '<' can start HTML and no braces can reach the attribute
  lists that the templates use.
"""

from __future__ import annotations

import html
import json
import re

from markdown.extensions.toc import slugify as toc_slugify
from markupsafe import Markup

# Characters that Python-Markdown (with the tables extension) treats as syntax anywhere in a line
# and that a backslash makes literal.
INLINE_SYNTAX = re.compile(r"([\\`*_{}\[\]|#])")
# Syntax that only counts at the start of a line: list bullets, ordered lists, headings, rules,
# the admonition extension's "!!!" and a "~~~" code fence.
LINE_START_SYNTAX = re.compile(r"^(\s*)([-+=!~]|\d+(?=[.)]))")
# "=" and "~" are not backslash-escapable in Python-Markdown; as an entity neither can start syntax.
LINE_START_REPLACEMENT = {"-": "\\-", "+": "\\+", "=": "&#61;", "!": "\\!", "~": "&#126;"}
HTML_ENTITIES = (("&", "&amp;"), ("<", "&lt;"), (">", "&gt;"))
# Characters PyYAML refuses in a document, even inside a quoted string (its Reader's list).
YAML_NON_PRINTABLE = re.compile("[^\x09\x0a\x0d\x20-\x7e\x85\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
# A spreadsheet reads a cell that starts with one of these as a formula (OWASP, CSV injection).
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
SPREADSHEET_TEXT_PREFIX = "'"
# In a report text: what could open HTML, an attribute list, or an image.
REPORT_TEXT_NEUTRALISED = re.compile(r"\\?[{}]|<|!(?=\[)")
# A report text's headings on the site: '# Titel' (closing '#'s dropped) and 'Titel' over '===' or '---'.
ATX_HEADING = re.compile(r"^(?P<level>#{1,6})(?P<title>.*?)[ \t]*#*[ \t]*$")
SETEXT_UNDERLINE = re.compile(r"^[=-]+[ \t]*$")
HEADING_ID_PREFIX = "tekst-"


def one_line(text: object) -> str:
    """The text with every run of white space (line breaks included) as one space."""
    return " ".join(str(text).split())


def escape_markdown(text: str) -> str:
    """Plain text as Markdown that renders to exactly that text, on one line."""
    escaped = INLINE_SYNTAX.sub(r"\\\1", one_line(text))
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


def html_text(text: object) -> Markup:
    """One line of HTML text: '&', '<', '>' and both quotes as entities. Marked safe, so a
    template that escapes it again (Material's `| e`) leaves it as it is."""
    return Markup(html.escape(one_line("" if text is None else text), quote=True))


def front_matter_string(text: object) -> Markup:
    """A YAML front-matter value holding `html_text`: a JSON string is a valid double-quoted
    YAML string, and what PyYAML would refuse to read is written as a \\u escape."""
    quoted = json.dumps(str(html_text(text)), ensure_ascii=False)
    return Markup(YAML_NON_PRINTABLE.sub(lambda match: f"\\u{ord(match.group()):04x}", quoted))


def finalize(value: object) -> object:
    """The Markdown environment's finalize: what a filter made (Markup) stays as it is; any other
    value is printed on one line (and then autoescaped)."""
    if isinstance(value, Markup) or not isinstance(value, str):
        return value
    return one_line(value)


def spreadsheet_text(value: object) -> object:
    """A CSV cell for a spreadsheet: text that a spreadsheet would run as a formula gets a "'"
    in front, as OWASP advises, so that it shows as text; anything else stays as it is. The
    plain data files (klachten.csv, JSON) keep the exact text."""
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return SPREADSHEET_TEXT_PREFIX + value
    return value


def report_text_markdown(text: str) -> str:
    """A report text (tekst/*.md) as the Markdown a page holds: its Markdown stays, but '<',
    braces and the '!' of an image become entities, so that no HTML, attribute list or image can
    come in through a text file, also not one the subset check let through."""
    return REPORT_TEXT_NEUTRALISED.sub(_report_text_entity, str(text))


def _report_text_entity(match: re.Match[str]) -> str:
    character = match.group()[-1]
    return "&lt;" if character == "<" else f"&#{ord(character)};"


def markdown_text_filter(text: object) -> Markup:
    """Jinja filter `tekst` for Markdown files from the data folder, on a page of the site."""
    return Markup(with_heading_ids(report_text_markdown("" if text is None else str(text))))


def with_heading_ids(text: str) -> str:
    """Every heading of a report text with an id of its own that starts with 'tekst-'. MkDocs
    would name it after its words, and a heading '__search' or 'Geschillen' would then take the id
    of Material's search box or of a part of the page. Headings as Python-Markdown reads them:
    '#' at the start of a line, or the first line of a block underlined with = or -."""
    lines = text.split("\n")
    used: set[str] = set()
    starts_block = True
    for number, line in enumerate(lines):
        atx = ATX_HEADING.match(line)
        if atx and atx.group("title").strip():
            lines[number] = f"{atx.group('level')} {atx.group('title').strip()} {{#{_heading_id(atx.group('title'), used)}}}"
        elif starts_block and line.strip() and number + 1 < len(lines) and SETEXT_UNDERLINE.match(lines[number + 1]):
            lines[number] = f"{line.rstrip()} {{#{_heading_id(line, used)}}}"
        starts_block = not line.strip()
    return "\n".join(lines)


def _heading_id(title: str, used: set[str]) -> str:
    words = toc_slugify(html.unescape(title), "-") or "kop"
    candidate = f"{HEADING_ID_PREFIX}{words}"
    number = 1
    while candidate in used:
        number += 1
        candidate = f"{HEADING_ID_PREFIX}{words}-{number}"
    used.add(candidate)
    return candidate
