"""The Jinja environment for the Markdown pages: the one factory (generator.view.templates),
overridable by a folder of the user's templates.

Autoescape is on so that a value that skips the `md` filter can still never become HTML, and the
finalize puts every such value on one line, so that it cannot end a raw HTML block (the search
form, the charts) and turn the rest of it into Markdown. Free text from the data goes through
`md` (generator.markup), which also neutralises Markdown syntax; front matter through `yaml`.
Templates in a user folder win over the built-in ones of the same name.

Each environment keeps what `md` made of each text (KeptEscapes): a site prints the same text on
several pages (a complaint on its location page and its category page), and the rebuilds of a
live preview print them again with the same environment.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import jinja2
from markupsafe import Markup

from generator.hosting import descriptions
from generator.markup import finalize, front_matter_string, markdown_filter, markdown_text_filter
from generator.view.templates import template_environment

BUILTIN_TEMPLATES = ("generator", "templates")
MARKDOWN_FILTERS = {
    "tekst": markdown_text_filter,
    "yaml": front_matter_string,
}


class KeptEscapes:
    """The `md` filter (markdown_filter) with its result for each text kept; at most LIMIT texts."""

    LIMIT = 200_000

    def __init__(self) -> None:
        self._escaped: dict[str, Markup] = {}

    def __call__(self, text: object) -> Markup:
        if type(text) is not str:
            return markdown_filter(text)
        escaped = self._escaped.get(text)
        if escaped is None:
            if len(self._escaped) >= self.LIMIT:
                self._escaped.clear()
            escaped = self._escaped[text] = markdown_filter(text)
        return escaped


def make_environment(user_templates: Path | None = None) -> jinja2.Environment:
    loaders: list[jinja2.BaseLoader] = []
    if user_templates is not None:
        loaders.append(jinja2.FileSystemLoader(user_templates))
    loaders.append(jinja2.PackageLoader(*BUILTIN_TEMPLATES))
    filters = MARKDOWN_FILTERS | {"md": KeptEscapes()}
    environment = template_environment(jinja2.ChoiceLoader(loaders), filters, finalize=finalize, keep_trailing_newline=True)
    # What a page says about itself in a search result or a shared link (its front matter's description).
    environment.globals.update({
        "location_description": descriptions.location_description,
        "location_years_description": descriptions.location_years_description,
        "category_description": descriptions.category_description,
        "home_description": descriptions.home_description,
    })
    return environment


@contextmanager
def templates_checked_once(environment: jinja2.Environment) -> Iterator[None]:
    """Jinja looks whether a template's file changed each time a template is asked for (for every
    page, and for every import in it): here once for every compiled template, before a rendering
    of many pages, and not again during it. A template whose file changed is compiled again."""
    cache = environment.cache
    if cache is not None and not all(template.is_up_to_date for template in cache.values()):
        cache.clear()
    auto_reload = environment.auto_reload
    environment.auto_reload = False
    try:
        yield
    finally:
        environment.auto_reload = auto_reload
