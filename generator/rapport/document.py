"""The PDF as one HTML document, built from the YearContext and nothing else.

Every figure comes from generate_context(), so the PDF and the website can never disagree. The
HTML is rendered by the one Jinja factory (generator.view.templates), autoescaped: free text from
the data is escaped by plain `{{ value }}`. The report's own texts (tekst/*.md) are Markdown;
they become HTML through `markdown_html`, neutralised as on the site
(generator.markup.report_text_markdown), so no HTML or script comes in that way.
"""

from __future__ import annotations

from importlib import resources

import jinja2
import markdown
from markupsafe import Markup

from generator.markup import report_text_markdown
from generator.view.context import YearContext
from generator.view.templates import template_environment

PDF_TEMPLATES = ("generator", "templates/rapport")
PDF_TEMPLATE = "rapport.html.j2"
PDF_STYLESHEET = "rapport.css"
MARKDOWN_EXTENSIONS = ("tables",)


def markdown_html(text: object) -> Markup:
    """Jinja filter `markdown`: a Markdown text from the data folder as HTML, without raw HTML."""
    source = report_text_markdown("" if text is None else str(text))
    return Markup(markdown.markdown(source, extensions=list(MARKDOWN_EXTENSIONS), output_format="html"))


def css_string(value: object) -> Markup:
    """A CSS string literal for a value from the data (the running header inside <style>).

    Every character other than a letter, digit or space becomes a CSS hex escape, so that no
    quote, backslash, line break or '</style>' can end the string or the style element.
    """
    escaped = "".join(
        character if (character.isascii() and character.isalnum()) or character == " " else f"\\{ord(character):x} "
        for character in str(value)
    )
    return Markup(f'"{escaped}"')


def pdf_environment() -> jinja2.Environment:
    return template_environment(jinja2.PackageLoader(*PDF_TEMPLATES), {"markdown": markdown_html, "css_string": css_string})


def pdf_stylesheet() -> Markup:
    """The print stylesheet, a file of the package (not a template: it holds no data)."""
    package, folder = PDF_TEMPLATES
    text = resources.files(package).joinpath(*folder.split("/"), PDF_STYLESHEET).read_text(encoding="utf-8")
    return Markup(text)


def pdf_html(year: YearContext, page_numbers: dict[str, int], environment: jinja2.Environment | None = None) -> str:
    """The whole PDF as HTML. `page_numbers` maps a section's or a location's id (Location.anchor)
    to the page it starts on; Chromium writes each id a link points to as a named destination,
    from which pdf.destination_pages() reads its page. Ids without a number get an empty box of
    the same width, so that filling in the numbers later does not move anything."""
    environment = environment or pdf_environment()
    return environment.get_template(PDF_TEMPLATE).render(
        year=year,
        report=year.report,
        page_numbers=page_numbers,
        stylesheet=pdf_stylesheet(),
    )
