"""The Jinja environment for the Markdown pages: one factory, strict, autoescaped, overridable.

Autoescape is on so that a value that skips the `md` filter can still never become HTML, and the
finalize puts every such value on one line, so that it cannot end a raw HTML block (the search
form, the charts) and turn the rest of it into Markdown. Free text from the data goes through
`md` (generator.markup), which also neutralises Markdown syntax; front matter through `yaml`.
Templates in a user folder win over the built-in ones of the same name.
"""

from __future__ import annotations

from pathlib import Path

import jinja2

from generator import dutch
from generator.hosting import descriptions
from generator.markup import finalize, front_matter_string, markdown_filter, markdown_text_filter, pagefind_filter_text

BUILTIN_TEMPLATES = ("generator", "templates")


def make_environment(user_templates: Path | None = None) -> jinja2.Environment:
    loaders: list[jinja2.BaseLoader] = []
    if user_templates is not None:
        loaders.append(jinja2.FileSystemLoader(user_templates))
    loaders.append(jinja2.PackageLoader(*BUILTIN_TEMPLATES))
    environment = jinja2.Environment(
        loader=jinja2.ChoiceLoader(loaders),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        finalize=finalize,
    )
    environment.filters.update({
        "md": markdown_filter,
        "tekst": markdown_text_filter,
        "yaml": front_matter_string,
        "pagefind_filter": pagefind_filter_text,
        "getal": dutch.format_number,
        "cijfer": dutch.format_figure,
        "procent": dutch.format_percent,
        "datum": dutch.format_date,
    })
    # What a page says about itself in a search result or a shared link (its front matter's description).
    environment.globals.update({
        "location_description": descriptions.location_description,
        "category_description": descriptions.category_description,
        "home_description": descriptions.home_description,
    })
    return environment
