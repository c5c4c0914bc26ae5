"""The rules of generator/markup.py: hostile values, class by class, in every kind of place a
value from the data lands: Markdown text, a page's front matter as Material prints it, the site
name, a raw HTML block of a page and a CSV cell for a spreadsheet. In every place the value must come out as the
text it is (white space aside) and make no element, no attribute and no link.

Each class is a kind of attack, with a few spellings of it; a test is one class in one place.
The whole built site, its search indexes, downloads and PDF are in tests/test_hostile_outputs.py.
"""

from __future__ import annotations

import csv
import re
import html
import io
from html.parser import HTMLParser

import jinja2
import markdown
import pytest
import yaml
from markupsafe import Markup

from generator.dataset.report_text import SITE_EXTENSIONS
from generator.markup import (
    FORMULA_START,
    front_matter_string,
    html_text,
    markdown_filter,
    one_line,
    spreadsheet_text,
)
from generator import schema
from generator.site.downloads import spreadsheet_csv
from generator.site.environment import make_environment

CLASSES = {
    "element": ["<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "<SVG ONLOAD=alert(1)>", "<iframe src=javascript:alert(1)></iframe>"],
    "end of context": ["</title><script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "'><svg onload=alert(1)>",
                       "</textarea></style></script><b>x</b>", "--><b>x</b><!--"],
    "attribute": ["\" onmouseover=\"alert(1)", "' onfocus='alert(1)' autofocus='", "` onerror=alert(1) x=`", "x\" style=\"position:fixed"],
    "address": ["javascript:alert(1)", "[klik](javascript:alert(1))", "<javascript:alert(1)>", "![x](http://ander.example/x.png)",
                "[x](data:text/html,<script>alert(1)</script>)", "<http://ander.example/>"],
    "markdown structure": ["| a | b |", "# kop", "- lijst", "1. lijst", "> citaat", "!!! danger \"x\"", "[TOC]", "***", "```", "~~~ x", "    code",
                           "{: onclick=\"alert(1)\" }", "*x*{ .y }", "Kop\n===", "[a]: javascript:alert(1)"],
    "line break": ["a\n\n<script>alert(1)</script>", "a\n\n[x](javascript:alert(1))", "a\r\n\r\n!!! note", "a\n---\nb", "a\n\n    code"],
    "template": ["{{ 7*7 }}", "{% raw %}", "${7*7}", "{# x #}", "#{7*7}"],
    "character reference": ["&lt;script&gt;alert(1)&lt;/script&gt;", "&amp;", "&#x3C;img src=x onerror=alert(1)&#x3E;", "&#0000060;b&#62;"],
    "front matter": ["---\ntitle: x\n---", "x: y # z", "\"", "'", "\\", "a\u2028b\u2029c", "a\x85b", "- [a, b]", "!!python/object:os.system"],
}
VALUES = [value for values in CLASSES.values() for value in values]


class Parsed(HTMLParser):
    """What a browser makes of a piece of HTML: its elements with their attributes, and its text."""

    def __init__(self, source: str) -> None:
        super().__init__(convert_charrefs=True)
        self.elements: list[tuple[str, dict[str, str | None]]] = []
        self.texts: list[str] = []
        self.feed(source)
        self.close()

    def handle_starttag(self, tag, attrs) -> None:
        self.elements.append((tag, dict(attrs)))

    def handle_startendtag(self, tag, attrs) -> None:
        self.elements.append((tag, dict(attrs)))

    def handle_data(self, data) -> None:
        self.texts.append(data)

    @property
    def text(self) -> str:
        return " ".join("".join(self.texts).split())


def render_markdown(source: str) -> str:
    """As MkDocs renders a page: Python-Markdown with the site's extensions."""
    return markdown.markdown(source, extensions=list(SITE_EXTENSIONS))


def expected(value: str) -> str:
    return " ".join(value.split())


# --- Markdown: paragraph, table cell, heading, start of a line --------------------------------------

MARKDOWN_PLACES = {
    "paragraph": ("**Wat was de klacht?** {value}\n", ("p", "strong")),
    "start of a line": ("{value}\n", ("p",)),
    "table cell": ("| Locatie | Aantal |\n|---|---:|\n| {value} | 1 |\n", ("table", "thead", "tr", "th", "tbody", "td")),
    "heading": ("## Klacht 3: {value} {{ #klacht-3 }}\n", ("h2",)),
}


@pytest.mark.parametrize("attack", CLASSES, ids=CLASSES.keys())
@pytest.mark.parametrize("place", MARKDOWN_PLACES, ids=MARKDOWN_PLACES.keys())
def test_markdown_shows_the_value_as_text(attack: str, place: str) -> None:
    template, structure = MARKDOWN_PLACES[place]
    for value in CLASSES[attack]:
        parsed = Parsed(render_markdown(template.format(value=markdown_filter(value))))
        assert {tag for tag, _ in parsed.elements} <= set(structure), (value, parsed.elements)
        assert all(set(attributes) <= {"id", "style"} for _, attributes in parsed.elements), (value, parsed.elements)
        assert expected(value) in parsed.text, value


# --- Front matter and the site name, printed by Material's templates without escaping ---------------

# The lines of mkdocs-material's base.html, partials/header.html and partials/nav.html that print
# these values, in an environment like MkDocs' theme environment (no autoescape).
MATERIAL = jinja2.Environment(autoescape=False).from_string(
    '<title>{{ page.meta.title }} - {{ config.site_name }}</title>'
    '<meta name="description" content="{{ page.meta.description }}">'
    '<a title="{{ config.site_name | e }}" aria-label="{{ config.site_name }}" href="/">'
    '<span class="md-ellipsis">{{ config.site_name }}</span></a>'
    '<span class="md-ellipsis">{{ page.meta.title }}</span>'
)


def front_matter(title: object, description: object) -> dict:
    """A page's front matter as the templates write it and MkDocs reads it."""
    text = f"title: {front_matter_string(title)}\ndescription: {front_matter_string(description)}\n"
    return yaml.safe_load(text)


class Document(HTMLParser):
    """The text of <title> and of each <span>, and every attribute, as a browser reads them."""

    def __init__(self, source: str) -> None:
        super().__init__(convert_charrefs=True)
        self.current: str | None = None
        self.parts: dict[str, list[str]] = {"title": [], "span": []}
        self.tags: list[str] = []
        self.attributes: list[tuple[str, str, str | None]] = []
        self.feed(source)
        self.close()

    def handle_starttag(self, tag, attrs) -> None:
        self.tags.append(tag)
        self.attributes += [(tag, name, value) for name, value in attrs]
        self.current = tag if tag in self.parts else self.current
        if tag == "span":
            self.parts["span"].append("")

    def handle_endtag(self, tag) -> None:
        self.current = None

    def handle_data(self, data) -> None:
        if self.current == "title":
            self.parts["title"].append(data)
        elif self.current == "span":
            self.parts["span"][-1] += data


@pytest.mark.parametrize("attack", CLASSES, ids=CLASSES.keys())
def test_title_description_and_site_name_show_the_value_as_text(attack: str) -> None:
    for value in CLASSES[attack]:
        meta = front_matter(f"Klachten over {value}", f"Alle klachten over {value}.")
        page = MATERIAL.render(page={"meta": meta}, config={"site_name": html_text(value)})
        document = Document(page)
        assert document.tags == ["title", "meta", "a", "span", "span"], (value, page)
        assert "".join(document.parts["title"]) == f"Klachten over {expected(value)} - {expected(value)}"
        assert document.parts["span"] == [expected(value), f"Klachten over {expected(value)}"]
        assert dict(((tag, name), content) for tag, name, content in document.attributes) == {
            ("meta", "name"): "description",
            ("meta", "content"): f"Alle klachten over {expected(value)}.",
            ("a", "title"): expected(value),
            ("a", "aria-label"): expected(value),
            ("a", "href"): "/",
            ("span", "class"): "md-ellipsis",
        }


@pytest.mark.parametrize("attack", CLASSES, ids=CLASSES.keys())
def test_front_matter_is_one_yaml_string_whatever_the_value(attack: str) -> None:
    for value in CLASSES[attack]:
        meta = front_matter(value, value)
        assert set(meta) == {"title", "description"}
        assert html.unescape(meta["title"]) == expected(value)
        assert isinstance(meta["description"], str)


def test_front_matter_writes_what_yaml_cannot_read_as_an_escape() -> None:
    value = "a\x7fb\ufffec\x9fd"
    assert html.unescape(front_matter(value, "")["title"]) == value


def test_the_site_name_is_not_escaped_twice_by_a_template_that_escapes() -> None:
    name = html_text("Kids & <Co>")
    assert isinstance(name, Markup)
    assert str(jinja2.Environment(autoescape=True).from_string("{{ name }}|{{ name | e }}").render(name=name)) == (
        "Kids &amp; &lt;Co&gt;|Kids &amp; &lt;Co&gt;"
    )


# --- A raw HTML block of a Markdown page: the search form, the charts -------------------------------

HTML_BLOCK = (
    '<form class="zoeken">\n'
    '<label><input type="checkbox" name="label" value="{{ value }}"> {{ value }}</label>\n'
    '<svg><text>{{ value }}<title>{{ value }}</title></text></svg>\n'
    "</form>\n"
)


@pytest.mark.parametrize("attack", CLASSES, ids=CLASSES.keys())
def test_a_raw_html_block_keeps_the_value_as_one_line_of_text(attack: str) -> None:
    """A value with a blank line in it would end the block, and Markdown would read the rest."""
    template = make_environment().from_string(HTML_BLOCK)
    for value in CLASSES[attack]:
        parsed = Parsed(render_markdown(template.render(value=value)))
        assert [tag for tag, _ in parsed.elements] == ["form", "label", "input", "svg", "text", "title"], (value, parsed.elements)
        assert parsed.elements[2][1]["value"] == expected(value)
        assert [" ".join(text.split()) for text in parsed.texts if text.strip()] == [expected(value)] * 3


def test_finalize_leaves_what_a_filter_made_and_numbers_alone() -> None:
    environment = make_environment()
    assert environment.from_string("{{ a }}|{{ b|md }}|{{ c }}").render(a="x\n\ny", b="p\n\nq", c=3) == "x y|p q|3"
    assert one_line(" a \n\t b ") == "a b"


# --- CSV cells -------------------------------------------------------------------------------------


FORMULAS = [start + rest for start in FORMULA_START for rest in ("1+1", "HYPERLINK(\"http://ander.example\";\"klik\")", "cmd|' /C calc'!A0")]


@pytest.mark.parametrize("value", FORMULAS, ids=lambda value: repr(value[:1]) + value[1:12])
def test_a_spreadsheet_cell_that_starts_a_formula_starts_with_a_quote(value: str) -> None:
    assert spreadsheet_text(value) == "'" + value


@pytest.mark.parametrize("value", ["Gewone tekst", " =1+1", "1+1", "'al een quote", "", "€ 5,-", "ＡＢ＝1", 42, None])
def test_any_other_spreadsheet_cell_stays_as_it_is(value: object) -> None:
    assert spreadsheet_text(value) == value


def test_the_spreadsheet_csv_has_no_formula_and_every_value_after_its_quote() -> None:
    rows = [
        {"volgnummer": number, "locatie": value, "label": value, "categorie": "Communicatie", "omschrijving": value,
         "oplossing": value, "gegrond": "Ja", "bron_regel": None}
        for number, value in enumerate([*FORMULAS, *VALUES], 1)
    ]
    fields = schema.column_names(schema.COMPLAINT_COLUMNS)
    text = spreadsheet_csv(fields, rows)
    assert text.startswith("\ufeff")
    read = list(csv.DictReader(io.StringIO(text[1:], newline=""), delimiter=";"))
    assert [row["volgnummer"] for row in read] == [str(row["volgnummer"]) for row in rows]
    for row, original in zip(read, rows):
        for column in ("locatie", "label", "omschrijving", "oplossing"):
            assert not row[column].startswith(FORMULA_START)
            value = str(original[column])
            assert row[column] == ("'" + value if value.startswith(FORMULA_START) else value)
    assert list(read[0]) == fields


# --- The ids of a report text's headings on the site -------------------------------------------

MATERIAL_IDS = ("__search", "__drawer", "__toc", "__consent", "__palette_0", "__config", "__nav_1")


@pytest.mark.parametrize(
    "text",
    [
        "# __search\n\nTekst.\n",
        "__drawer\n========\n\nTekst.\n",
        "Inleiding\n\n## __toc ##\n",
        "#__consent\n",
        "# __palette_0\n\n# __palette_0\n",
        "# Geschillen\n\n## Zoeken\n\n### Kerncijfers\n",
    ],
)
def test_a_report_heading_gets_an_id_that_no_part_of_the_page_has(text: str) -> None:
    from generator.markup import markdown_text_filter
    from generator.dataset.report_text import SITE_EXTENSIONS

    rendered = markdown.markdown(str(markdown_text_filter(text)), extensions=list(SITE_EXTENSIONS))
    ids = [value for _, value in re.findall(r'(<h\d id="([^"]*)")', rendered)]

    assert ids and all(value.startswith("tekst-") for value in ids), rendered
    assert len(set(ids)) == len(ids)
    assert not set(ids) & {*MATERIAL_IDS, "geschillen", "zoeken", "kerncijfers", "procedure", "afstemming", "inhoud"}
    assert "{#" not in re.sub(r"<[^>]+>", "", rendered)  # the id is not shown as text
