"""The Jinja environment for the Markdown pages: the one factory (generator.view.templates),
overridable by a folder of the user's templates.

Autoescape is on so that a value that skips the `md` filter can still never become HTML, and the
finalize puts every such value on one line, so that it cannot end a raw HTML block (the search
form, the charts) and turn the rest of it into Markdown. Free text from the data goes through
`md` (generator.markup), which also neutralises Markdown syntax; front matter through `yaml`.
Templates in a user folder win over the built-in ones of the same name.
"""

from __future__ import annotations

from pathlib import Path

import jinja2

from generator.hosting import descriptions
from generator.markup import finalize, front_matter_string, markdown_filter, markdown_text_filter, pagefind_filter_text
from generator.view.templates import template_environment

BUILTIN_TEMPLATES = ("generator", "templates")
MARKDOWN_FILTERS = {
    "md": markdown_filter,
    "tekst": markdown_text_filter,
    "yaml": front_matter_string,
    "pagefind_filter": pagefind_filter_text,
}


def make_environment(user_templates: Path | None = None) -> jinja2.Environment:
    loaders: list[jinja2.BaseLoader] = []
    if user_templates is not None:
        loaders.append(jinja2.FileSystemLoader(user_templates))
    loaders.append(jinja2.PackageLoader(*BUILTIN_TEMPLATES))
    environment = template_environment(jinja2.ChoiceLoader(loaders), MARKDOWN_FILTERS, finalize=finalize, keep_trailing_newline=True)
    # What a page says about itself in a search result or a shared link (its front matter's description).
    environment.globals.update({
        "location_description": descriptions.location_description,
        "location_years_description": descriptions.location_years_description,
        "category_description": descriptions.category_description,
        "home_description": descriptions.home_description,
    })
    return environment
