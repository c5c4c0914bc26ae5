"""The Jinja environment for the Markdown pages: one factory, strict, autoescaped, overridable.

Autoescape is on so that a value that skips the `md` filter can still never become HTML; free text
from the data goes through `md` (generator.markup), which also neutralises Markdown syntax.
Templates in a user folder win over the built-in ones of the same name.
"""

from __future__ import annotations

import json
from pathlib import Path

import jinja2
from markupsafe import Markup

from generator import dutch
from generator.markup import markdown_filter, markdown_text_filter

BUILTIN_TEMPLATES = ("generator", "templates")


def yaml_string(value: object) -> Markup:
    """A YAML front-matter scalar: a JSON string is a valid double-quoted YAML string."""
    return Markup(json.dumps(str(value), ensure_ascii=False))


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
    )
    environment.filters.update({
        "md": markdown_filter,
        "tekst": markdown_text_filter,
        "yaml": yaml_string,
        "getal": dutch.format_number,
        "cijfer": dutch.format_figure,
        "procent": dutch.format_percent,
        "datum": dutch.format_date,
    })
    return environment
