"""Report texts (tekst/*.md, tekst/categorie/*.md) are a safe Markdown subset: headings,
paragraphs, lists, emphasis, tables and http(s)/mailto links. Everything else is refused by the
loader with the file, the line and a hint, whichever way it is written; and whatever the check
lets through, the page and the PDF cannot get HTML, an attribute list or an image from a text.

The cases are grouped by class of attack; each case is (text, line of the problem, what the
message names).
"""

from __future__ import annotations

import shutil
from html.parser import HTMLParser
from pathlib import Path

import markdown
import pytest
import yaml

from generator.cli import main
from generator.dataset.dataset import load_dataset
from generator.dataset.report_text import SITE_EXTENSIONS, check_report_text, is_allowed_link
from generator.errors import DataInvalid
from generator.markup import report_text_markdown
from generator.rapport.document import markdown_html
from site_builder import ROOT

GOOD = ROOT / "tests" / "fixtures" / "good"
TEXT = Path("tekst/voorwoord.md")
REAL_TEXTS = sorted((ROOT / "data" / "2024" / "tekst").rglob("*.md"))

ALLOWED = {
    "headings": "# Voorwoord\n\n## Een kop\n\nTekst.\n\nOok een kop\n-----------\n",
    "paragraphs and line breaks": "Eerste regel,  \ntweede regel.\n\nNieuwe alinea.",
    "lists": "- een\n- twee\n    - genest\n\n1. eerst\n2. dan\n",
    "emphasis": "*schuin*, _schuin_, **vet** en __vet__.",
    "table with alignment": "| Soort | Aantal |\n|:---|---:|\n| Communicatie | 2 |\n",
    "links": "[site](https://www.partou.nl), [oud](http://example.org/a?b=1&c=(2)) en [mail](mailto:klachten@example.org \"Mail ons\").",
    "a lone < and a lone { stay text": "Kinderen < 4 jaar; een { alleen; a<3.",
    "escaped braces and brackets": "Schrijf \\{ en \\} of \\[niet\\](een link).",
    "character references show as text": "&lt;script&gt;alert(1)&lt;/script&gt; en &#60;img src=x onerror=alert(1)&#62;",
    "an address written out is text": "Mail naar klachten@example.org of kijk op https://www.example.org.",
}

REFUSED = {
    # Raw HTML, in every form Python-Markdown passes through.
    "HTML block": ("Tekst.\n\n<div>blok</div>\n", 3, "HTML"),
    "inline HTML": ("Een <b>vet</b> woord.", 1, "HTML"),
    "script element": ("Tekst\n<script>alert(1)</script>", 2, "HTML"),
    "upper-case tag": ("<SCRIPT SRC=//ander.example/x.js></SCRIPT>", 1, "HTML"),
    "closing tag only": ("Tekst </p> tekst", 1, "HTML"),
    "svg with an event": ("<svg/onload=alert(1)>", 1, "HTML"),
    "comment": ("Tekst <!-- verborgen --> tekst", 1, "HTML"),
    "processing instruction": ("<?php echo 1; ?>", 1, "HTML"),
    "declaration": ("<!DOCTYPE html>", 1, "HTML"),
    # Attribute lists: the site's Markdown has attr_list for its own templates.
    "attribute list on a heading": ("# Kop { #eigen-id }", 1, "attributenlijst"),
    "attribute list on a paragraph": ("Tekst.\n{: onclick=\"alert(1)\" }", 2, "attributenlijst"),
    "attribute list on emphasis": ("Een *woord*{: .klasse } hier.", 1, "attributenlijst"),
    "attribute list on a link": ("[site](https://example.org){target=_blank}", 1, "attributenlijst"),
    "attribute list with a style": ("Tekst {style=\"position:fixed;top:0\"}", 1, "attributenlijst"),
    # Links to another scheme than http(s) and mailto, however they are spelled.
    "javascript link": ("[klik](javascript:alert(1))", 1, "javascript:alert(1)"),
    "javascript in capitals": ("[klik](JaVaScRiPt:alert(1))", 1, "JaVaScRiPt:alert(1)"),
    "javascript with a character reference": ("[klik](java&#115;cript:alert(1))", 1, "java&#115;cript:alert(1)"),
    "javascript after white space": ("Regel\n\n[klik](   javascript:alert(1))", 3, "javascript:alert(1)"),
    "javascript in angle brackets": ("[klik](<javascript:alert(1)>)", 1, "link tussen < en >"),
    "data link": ("[klik](data:text/html;base64,PHNjcmlwdD4=)", 1, "data:text/html"),
    "vbscript link": ("[klik](vbscript:msgbox(1))", 1, "vbscript:"),
    "file link": ("[klik](file:///etc/passwd)", 1, "file:///etc/passwd"),
    "relative link": ("[klik](../locaties/)", 1, "../locaties/"),
    "link to another host without a scheme": ("[klik](//ander.example/)", 1, "//ander.example/"),
    "link to a place on the page": ("[klik](#klacht-1)", 1, "#klacht-1"),
    "link without an address": ("[klik]()", 1, "zonder adres"),
    # Images: the site asks no other host for anything.
    "image from another host": ("![logo](https://ander.example/logo.png)", 1, "afbeelding"),
    "image from the site": ("Tekst\n\n![logo](logo.png)", 3, "afbeelding"),
    "image inside a link": ("[![logo](https://ander.example/l.png)](https://example.org)", 1, "afbeelding"),
    # Reference-style links and images: the address is elsewhere in the text.
    "reference definition with javascript": ("[klik][a]\n\n[a]: javascript:alert(1)", 3, "linkdefinitie"),
    "reference definition with a title": ("[klik][a]\n\n[a]: https://example.org \"titel\"", 3, "linkdefinitie"),
    "reference image": ("![logo][a]\n\n[a]: https://ander.example/l.png", 1, "afbeelding"),
    # Autolinks, with a bad scheme or a good one.
    "autolink with javascript": ("<javascript:alert(1)>", 1, "link tussen < en >"),
    "autolink with https": ("Zie <https://example.org>.", 1, "link tussen < en >"),
    "autolink e-mail": ("Mail <klachten@example.org>.", 1, "link tussen < en >"),
    # What the other extensions of the site's Markdown make.
    "admonition": ("Tekst.\n\n!!! danger \"Let op\"\n    Kader.", 3, "kader"),
    "table of contents": ("[TOC]\n\n# Kop", 1, "inhoudsopgave"),
    "fenced code with attributes": ("```{.python onclick=alert(1)}\nx\n```", 1, "codeblok"),
    "fenced code with tildes": ("Tekst\n\n~~~\nx\n~~~", 3, "codeblok"),
    "indented code": ("Tekst.\n\n    code", 3, "codeblok"),
    "inline code": ("Een `woord` hier.", 1, "code tussen backticks"),
    "quote": ("Tekst.\n\n> citaat", 3, "citaat"),
    "rule": ("Tekst.\n\n***\n\nMeer.", 3, "scheidingslijn"),
}


@pytest.mark.parametrize("path", REAL_TEXTS, ids=lambda path: path.relative_to(ROOT).as_posix())
def test_the_real_2024_texts_are_in_the_subset(path: Path) -> None:
    assert check_report_text(path, path.read_text(encoding="utf-8")) == []


@pytest.mark.parametrize("text", ALLOWED.values(), ids=ALLOWED.keys())
def test_the_subset_is_allowed(text: str) -> None:
    assert check_report_text(TEXT, text) == []


@pytest.mark.parametrize(("text", "line", "named"), REFUSED.values(), ids=REFUSED.keys())
def test_everything_outside_the_subset_is_refused_with_its_line_and_a_hint(text: str, line: int, named: str) -> None:
    problems = check_report_text(TEXT, text)
    assert problems, text
    first = problems[0]
    assert (first.file, first.row, first.column) == (TEXT, line, None)
    assert named in first.message
    assert first.message.startswith("de tekst gebruikt ") and first.message.endswith("en dat kan niet in een tekst van het verslag")
    assert first.hint


def test_each_problem_is_named_once_per_line_and_every_line_is_named() -> None:
    problems = check_report_text(TEXT, "Een <b>x</b> en <i>y</i>.\n\n[a](javascript:1)\n\n![b](c.png)")
    assert [problem.row for problem in problems] == [1, 3, 5]


def test_a_text_full_of_problems_gets_the_first_twenty_and_a_line_that_there_are_more() -> None:
    problems = check_report_text(TEXT, "![a](b.png)\n" * 100)
    assert [problem.row for problem in problems] == [*range(1, 21), None]
    assert problems[-1].message == "de tekst heeft nog meer regels met opmaak die niet kan"


@pytest.mark.parametrize(
    ("address", "allowed"),
    [
        ("https://example.org", True), ("HTTP://EXAMPLE.ORG", True), ("mailto:a@example.org", True),
        ("https://", False), ("mailto:", False), ("javascript:alert(1)", False), (" javascript:alert(1)", False),
        ("&#106;avascript:alert(1)", False), ("https://exa mple.org", False), ("https://exa\x00mple.org", False),
        ("tel:0612345678", False), ("ftp://example.org", False), ("/locaties/", False), ("", False),
    ],
)
def test_a_link_goes_only_to_http_https_or_mailto_as_a_browser_reads_it(address: str, allowed: bool) -> None:
    assert is_allowed_link(address) is allowed


def test_the_check_renders_with_every_extension_of_the_site() -> None:
    """Extensions the site adds must be checked too; MkDocs itself always adds toc, tables and fenced_code."""
    config = yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=yaml.BaseLoader)
    configured = {next(iter(entry)) if isinstance(entry, dict) else entry for entry in config["markdown_extensions"]}
    assert configured | {"toc", "tables", "fenced_code"} <= set(SITE_EXTENSIONS)


# --- Through the loader and `check` ----------------------------------------------------------------


def year_with_text(tmp_path: Path, relative: str, text: str) -> Path:
    folder = tmp_path / "2024"
    shutil.copytree(GOOD, folder)
    (folder / relative).parent.mkdir(parents=True, exist_ok=True)
    (folder / relative).write_text(text, encoding="utf-8")
    return folder


@pytest.mark.parametrize("relative", ["tekst/voorwoord.md", "tekst/categorie/communicatie.md"])
def test_the_loader_lists_the_problems_of_a_text_with_the_other_data_errors(tmp_path: Path, relative: str) -> None:
    folder = year_with_text(tmp_path, relative, "# Kop\n\nTekst met <img src=x onerror=alert(1)>.\n")
    with pytest.raises(DataInvalid) as raised:
        load_dataset(folder)
    [problem] = raised.value.problems
    assert (problem.file, problem.row) == (folder / relative, 3)


def test_check_prints_the_file_the_line_and_the_hint_in_dutch(tmp_path: Path, capsys) -> None:
    folder = year_with_text(tmp_path, "tekst/voorwoord.md", "Zie [hier](javascript:alert(1)).\n")
    assert main(["check", str(folder)]) == 1
    assert capsys.readouterr().err.splitlines()[:2] == [
        "1 fout in de gegevens:",
        f"{folder / 'tekst' / 'voorwoord.md'}, rij 1: de tekst gebruikt een link naar 'javascript:alert(1)', en dat kan niet "
        "in een tekst van het verslag. Oplossing: een link gaat naar een adres dat begint met https://, http:// of mailto:, "
        "zoals [de website](https://www.voorbeeld.nl).",
    ]


# --- Whatever the check lets through: the page and the PDF ------------------------------------------


class Elements(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.found: list[tuple[str, dict]] = []

    def handle_starttag(self, tag, attrs) -> None:
        self.found.append((tag, dict(attrs)))


def elements(html: str) -> list[tuple[str, dict]]:
    parser = Elements()
    parser.feed(html)
    return parser.found


NEUTRALISED = {
    "HTML": "Een <img src=x onerror=alert(1)> en <script>alert(2)</script>.",
    "attribute list": "# Kop {: onclick=\"alert(1)\" }\n\nTekst *x*{: .y } en [a](https://example.org){target=_blank}\n{: style=\"color:red\" }",
    "escaped attribute list": "Tekst \\{: onclick=\"alert(1)\" \\}",
    "image": "![a](https://ander.example/x.png) en ![b][c]\n\n[c]: https://ander.example/y.png",
}


@pytest.mark.parametrize("text", NEUTRALISED.values(), ids=NEUTRALISED.keys())
def test_a_text_on_a_page_cannot_make_html_an_attribute_or_an_image(text: str) -> None:
    """As the page's Markdown holds it (filter `tekst`), rendered with the site's extensions."""
    rendered = markdown.markdown(report_text_markdown(text), extensions=list(SITE_EXTENSIONS))
    for tag, attributes in elements(rendered):
        assert tag in {"h1", "p", "em", "a"}, rendered
        assert set(attributes) <= ({"href"} if tag == "a" else {"id"} if tag == "h1" else set()), rendered
        assert attributes.get("href", "https://").startswith("https://")


@pytest.mark.parametrize("text", NEUTRALISED.values(), ids=NEUTRALISED.keys())
def test_a_text_in_the_pdf_cannot_make_html_an_attribute_or_an_image(text: str) -> None:
    for tag, attributes in elements(str(markdown_html(text))):
        assert tag in {"h1", "p", "em", "a"}
        assert set(attributes) <= {"href"}


NESTED_DEFINITIONS = {
    "in-een-opsomming": ("# Voorwoord\n\n- punt een\n\n    [x]: javascript:alert(1)\n- punt twee\n\n[klik][x]\n", 5),
    "genummerd": ("1. punt\n   [x]: javascript:alert(1)\n\n[klik][x]\n", 2),
    "dieper": ("- a\n  - b\n\n        [x]: javascript:alert(1)\n\n[klik][x]\n", 4),
    "op-de-regel-van-het-punt": ("- [x]: javascript:alert(1)\n\n[klik][x]\n", 1),
    "in-een-citaat": ("> [x]: javascript:alert(1)\n\n[klik][x]\n", 1),
    "na-een-tab": ("\t[x]: javascript:alert(1)\n\n[klik][x]\n", 1),
}


@pytest.mark.parametrize(("text", "line"), NESTED_DEFINITIONS.values(), ids=NESTED_DEFINITIONS.keys())
def test_a_link_definition_at_any_depth_is_refused_with_its_line(text: str, line: int) -> None:
    problems = check_report_text(Path("tekst/voorwoord.md"), text)

    assert [(problem.row, problem.message) for problem in problems] == [
        (line, "de tekst gebruikt een linkdefinitie ([naam]: adres), en dat kan niet in een tekst van het verslag")
    ]
