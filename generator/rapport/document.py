"""The printable report as one HTML document, built from the SiteContext and nothing else.

Every figure comes from generate_context(), so the PDF and the website can never disagree. The
HTML is rendered by a Jinja environment with autoescape on: free text from the data is escaped by
plain `{{ value }}`. The report's own texts (tekst/*.md) are Markdown; they become HTML through
`markdown_html`, neutralised as on the site (generator.markup.report_text_markdown), so no HTML
or script comes in that way.
"""

from __future__ import annotations

from importlib import resources

import jinja2
import markdown
from markupsafe import Markup

from generator import dutch
from generator.markup import report_text_markdown
from generator.site.context import SiteContext

REPORT_TEMPLATES = ("generator", "templates/rapport")
REPORT_TEMPLATE = "rapport.html.j2"
REPORT_STYLESHEET = "rapport.css"
MARKDOWN_EXTENSIONS = ("tables",)


def location_id(slug: str) -> str:
    """The id of a location's heading; the A-Z list links to it, which makes Chromium write it as a
    named destination, from which pdf.destination_pages() reads its page."""
    return f"locatie-{slug}"


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


def make_report_environment() -> jinja2.Environment:
    environment = jinja2.Environment(
        loader=jinja2.PackageLoader(*REPORT_TEMPLATES),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    environment.filters.update({
        "markdown": markdown_html,
        "css_string": css_string,
        "getal": dutch.format_number,
        "cijfer": dutch.format_figure,
        "procent": dutch.format_percent,
        "datum": dutch.format_date,
    })
    environment.globals["location_id"] = location_id
    return environment


def report_stylesheet() -> Markup:
    """The print stylesheet, a file of the package (not a template: it holds no data)."""
    package, folder = REPORT_TEMPLATES
    text = resources.files(package).joinpath(*folder.split("/"), REPORT_STYLESHEET).read_text(encoding="utf-8")
    return Markup(text)


def build_report_html(site: SiteContext, page_numbers: dict[str, int], environment: jinja2.Environment | None = None) -> str:
    """The whole report as HTML. `page_numbers` maps a section or location id to the page it
    starts on; ids without a number get an empty box of the same width, so that filling in the
    numbers later does not move anything."""
    environment = environment or make_report_environment()
    return environment.get_template(REPORT_TEMPLATE).render(
        site=site,
        report=site.report,
        page_numbers=page_numbers,
        stylesheet=report_stylesheet(),
    )
