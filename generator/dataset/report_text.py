"""The Markdown a report text (tekst/*.md, tekst/categorie/*.md) may use, and the check of it.

The organisation writes these texts, and the site shows them as Markdown: headings, paragraphs
(with line breaks), lists, emphasis, tables and links to http(s) and mailto addresses. Nothing
else: no HTML, no attribute lists (the site's Markdown has the attr_list extension for its own
templates), no images (the site promises to ask no other host for anything), no links with
another scheme (javascript:, data:, ...) or to a relative address, no reference-style link
definitions, no code, no admonitions or table-of-contents markers.

Two checks, so that a construct is refused whichever way it is written:

1. A scan of the source for the constructs above, each with the line it is on and a hint.
2. The text rendered by Python-Markdown with every extension the site's pages are rendered
   with; every element and attribute in the result must be in the subset, and every link must
   go to http(s) or mailto. A finding is placed at the paragraph whose own rendering shows it.
   This runs when the scan found nothing, and catches what the scan does not know.
"""

from __future__ import annotations

import bisect
import html
import re
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

import markdown

from generator.errors import Problem

# The extensions of mkdocs.yml's markdown_extensions plus the ones MkDocs always adds (toc,
# tables, fenced_code): the texts must be safe under all of them. A test compares this with
# mkdocs.yml.
SITE_EXTENSIONS = ("admonition", "attr_list", "fenced_code", "tables", "toc")
LINK_PREFIXES = ("http://", "https://", "mailto:")
MAX_PROBLEMS_PER_TEXT = 20
HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")
TABLE_ALIGNMENT = re.compile(r"text-align: (left|center|right);")
# Element -> attribute -> does the value pass.
ALLOWED: dict[str, dict[str, object]] = {
    **{heading: {"id": None} for heading in HEADINGS},  # the toc extension gives headings an id
    "p": {}, "br": {}, "ul": {}, "ol": {"start": None}, "li": {}, "em": {}, "strong": {},
    "table": {}, "thead": {}, "tbody": {}, "tr": {},
    "th": {"style": TABLE_ALIGNMENT}, "td": {"style": TABLE_ALIGNMENT},
    "a": {"href": "link", "title": None},
}
LINK_HINT = "een link gaat naar een adres dat begint met https://, http:// of mailto:, zoals [de website](https://www.voorbeeld.nl)."
ELEMENT_NAMES = {
    "img": ("een afbeelding", "een tekst kan geen afbeelding tonen; laat de afbeelding weg (de site vraagt niets op bij andere servers)."),
    "pre": ("een codeblok", "begin een regel niet met vier spaties of ``` en laat regels niet inspringen buiten een opsomming."),
    "code": ("code tussen backticks (`)", "laat de backticks weg; zet een woord *schuin* of **vet** als het moet opvallen."),
    "div": ("een kader of inhoudsopgave (!!! of [TOC])", "laat de regel met !!! of [TOC] weg; schrijf de tekst als gewone alinea."),
    "hr": ("een scheidingslijn (---, *** of ___)", "laat de regel met alleen streepjes of sterretjes weg, of zet er tekst voor."),
    "blockquote": ("een citaat (regel die begint met >)", "laat de > aan het begin van de regel weg."),
}


@dataclass(frozen=True)
class Refusal:
    offset: int | None  # where in the text; None when it cannot be placed
    message: str
    hint: str


@dataclass(frozen=True)
class Construct:
    """A construct outside the subset, found by a pattern in the source."""

    pattern: re.Pattern[str]
    message: str
    hint: str


CONSTRUCTS = (
    Construct(
        re.compile(r"<(?:https?|mailto|ftp|file|javascript|data|vbscript)?:|<[^\s<>]+@[^\s<>]+>", re.IGNORECASE),
        "een link tussen < en >",
        "schrijf een link als [tekst](https://...), of een e-mailadres als gewone tekst.",
    ),
    Construct(
        re.compile(r"<[A-Za-z/!?]"),
        "HTML (een teken < met een letter, / ! of ? erachter)",
        "schrijf de tekst zonder HTML; gebruik Markdown (**vet**, *schuin*, - opsomming) of zet een spatie na de <.",
    ),
    Construct(
        re.compile(r"(?<!\\)\{:?[ \t]*(?:\\.|[^\s{}\\])(?:\\.|[^{}\n\\])*\}"),
        "een attributenlijst tussen { en }",
        "een tekst kan geen kenmerken of opmaak aan een kop, alinea of link geven; haal de accolades en wat ertussen staat weg, of schrijf \\{ en \\} als je echt accolades bedoelt.",
    ),
    Construct(
        re.compile(r"(?<!\\)!\["),
        "een afbeelding (![...](...))",
        "een tekst kan geen afbeelding tonen; laat de afbeelding weg (de site vraagt niets op bij andere servers).",
    ),
    Construct(
        # At any depth: after the indentation of a list item, a list marker or a quote's '>'.
        re.compile(r"^(?:[ \t]|>|[-*+][ \t]|\d{1,9}[.)][ \t])*\[[^\]\n]+\]:", re.MULTILINE),
        "een linkdefinitie ([naam]: adres)",
        "schrijf de link op de plaats zelf: [tekst](https://...).",
    ),
    Construct(
        re.compile(r"^ {0,3}!!!", re.MULTILINE),
        "een kader (!!!)",
        "laat !!! weg; schrijf de tekst als gewone alinea.",
    ),
    Construct(
        re.compile(r"^ {0,3}\[TOC\][ \t]*$", re.MULTILINE | re.IGNORECASE),
        "een inhoudsopgave ([TOC])",
        "laat de regel [TOC] weg.",
    ),
    Construct(
        re.compile(r"^ {0,3}(?:`{3,}|~{3,})", re.MULTILINE),
        "een codeblok (``` of ~~~)",
        "laat de regels met ``` of ~~~ weg en schrijf de tekst als gewone alinea.",
    ),
)
# An inline link's address: after "](" (not "\\]("), optionally in <...>, up to white space, '>'
# or ')'. Its scheme is at its start, so a very long address is read no further than that.
INLINE_LINK = re.compile(r"(?<!\\)\]\(\s*<?([^\s>)]{0,2048})")


def check_report_text(path: Path, text: str) -> list[Problem]:
    """Every construct outside the subset, each with its line and a hint (the first
    MAX_PROBLEMS_PER_TEXT of them, and a line that says there are more); [] when the text is fine."""
    lines = _Lines(text)
    refusals = _scan(text, lines) or _rendered(text)
    problems = list(dict.fromkeys(  # the same construct twice on a line is one problem
        Problem(path, lines.at(refusal.offset), None, f"de tekst gebruikt {refusal.message}, en dat kan niet in een tekst van het verslag", refusal.hint)
        for refusal in refusals
    ))
    if len(problems) <= MAX_PROBLEMS_PER_TEXT:
        return problems
    hint = "verbeter eerst de regels hierboven en controleer dan opnieuw."
    return problems[:MAX_PROBLEMS_PER_TEXT] + [Problem(path, None, None, "de tekst heeft nog meer regels met opmaak die niet kan", hint)]


def check_report_texts(folder: Path, texts: dict[str, str]) -> list[Problem]:
    """The texts of one folder, by file stem (as the dataset loader reads them)."""
    return [problem for stem, text in texts.items() for problem in check_report_text(folder / f"{stem}.md", text)]


class _Lines:
    """The line number of a place in a text, counted from 1."""

    def __init__(self, text: str) -> None:
        self._starts = [match.end() for match in re.finditer("\n", text)]

    def at(self, offset: int | None) -> int | None:
        return None if offset is None else bisect.bisect_right(self._starts, offset) + 1


# --- 1. The scan -----------------------------------------------------------------------------------


def _scan(text: str, lines: _Lines) -> list[Refusal]:
    refusals = [
        Refusal(match.start(), construct.message, construct.hint)
        for construct in CONSTRUCTS
        for match in construct.pattern.finditer(text)
    ]
    addresses = [(match.start(1), _address(text, match)) for match in INLINE_LINK.finditer(text)]
    refusals += [Refusal(offset, _link_message(address), LINK_HINT) for offset, address in addresses if not is_allowed_link(address)]
    # One refusal per place: the first construct that describes it.
    unique = {}
    for refusal in sorted(refusals, key=lambda refusal: refusal.offset):
        unique.setdefault(lines.at(refusal.offset), refusal)
    return list(unique.values())


def _address(text: str, match: re.Match[str]) -> str:
    """The link address of an INLINE_LINK match, with the ')' that belong to it: an address may
    hold balanced parentheses, the first ')' that does not belong to it closes the link."""
    address, end = match.group(1), match.end(1)
    while end < len(text) and text[end] == ")" and address.count("(") > address.count(")"):
        address += ")"
        end += 1
    return address


def _link_message(address: str) -> str:
    shown = address if len(address) <= 60 else address[:57] + "..."
    return f"een link naar '{shown}'" if address else "een link zonder adres"


def is_allowed_link(address: str) -> bool:
    """A link as a browser reads it (entities decoded, surrounding spaces and control characters
    dropped) goes to http(s) with a host, or to mailto with an address."""
    decoded = html.unescape(address).strip(" \t\r\n\f\v\x00")
    if any(character.isspace() or ord(character) < 0x20 or ord(character) == 0x7F for character in decoded):
        return False
    lowered = decoded.lower()
    return any(lowered.startswith(prefix) and len(decoded) > len(prefix) for prefix in LINK_PREFIXES)


# --- 2. The rendered text ---------------------------------------------------------------------------


class _ElementCollector(HTMLParser):
    """The elements and attributes of a piece of HTML (attribute values decoded, as a browser has them)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.elements: list[tuple[str, list[tuple[str, str | None]]]] = []
        self.declarations: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        # A code block is <pre><code>: one finding, not two.
        if not (tag == "code" and self.elements and self.elements[-1][0] == "pre"):
            self.elements.append((tag, attrs))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.elements.append((tag, attrs))

    def handle_comment(self, data: str) -> None:
        self.declarations.append("een HTML-commentaar")

    def handle_decl(self, decl: str) -> None:
        self.declarations.append("een HTML-declaratie")

    def handle_pi(self, data: str) -> None:
        self.declarations.append("een HTML-instructie")


def _render(text: str) -> str:
    return markdown.markdown(text, extensions=list(SITE_EXTENSIONS), output_format="html")


def _outside_subset(text: str) -> list[tuple[str, str, str | None]]:
    """(message, hint, address) for each element, attribute or link of the rendered text outside
    the subset; `address` is a refused link's address, else None."""
    collector = _ElementCollector()
    collector.feed(_render(text))
    collector.close()
    found: list[tuple[str, str, str | None]] = [(declaration, "schrijf de tekst zonder HTML.", None) for declaration in collector.declarations]
    for tag, attributes in collector.elements:
        if tag not in ALLOWED:
            found.append((*ELEMENT_NAMES.get(tag, (f"de HTML-opmaak <{tag}>", "schrijf de tekst zonder HTML.")), None))
            continue
        for name, value in attributes:
            rule = ALLOWED[tag].get(name, False)
            if rule is False:
                found.append((f"een kenmerk '{name}' op <{tag}>", "haal de accolades en wat ertussen staat weg.", None))
            elif rule == "link" and not is_allowed_link(value or ""):
                found.append((_link_message(value or ""), LINK_HINT, value or None))
            elif isinstance(rule, re.Pattern) and not rule.fullmatch(value or ""):
                found.append((f"een kenmerk '{name}' op <{tag}>", "schrijf de tabel zonder extra opmaak.", None))
    return found


def _rendered(text: str) -> list[Refusal]:
    found = _outside_subset(text)
    if not found:
        return []
    # Place each finding at the first paragraph (lines between blank lines) whose own rendering
    # shows it; a refused link that only the whole text shows (a reference to a definition in
    # another paragraph) at the line of its address; anything else stays without a line.
    placed = []
    for offset, block in _blocks(text):
        if not found or len(placed) > MAX_PROBLEMS_PER_TEXT:
            break
        for finding in _outside_subset(block):
            if finding in found:
                found.remove(finding)
                placed.append(Refusal(offset, finding[0], finding[1]))
    return placed + [Refusal(_offset_of(text, address), message, hint) for message, hint, address in found]


def _offset_of(text: str, address: str | None) -> int | None:
    offset = text.find(address) if address else -1
    return offset if offset >= 0 else None


def _blocks(text: str) -> list[tuple[int, str]]:
    """(offset, block) for each run of lines between blank lines."""
    return [(match.start(), match.group()) for match in re.finditer(r"(?:[^\n]*\S[^\n]*(?:\n|$))+", text)]
