"""The one factory of Jinja environments, for the Markdown pages and for the PDF: strict (an
unknown name is an error, never an empty string), autoescaped, and with the filters and values
both kinds of template use. Each caller adds the filters of its own output format."""

from __future__ import annotations

from collections.abc import Callable

import jinja2

from generator import dutch
from generator.view.count_sentences import judgement_counts_text, outcome_counts_text
from generator.view.model import judgement_class, judgement_label
from generator.view.template_cache import bytecode_cache

# Numbers and dates the Dutch way, in every template: 73.190, 0,74%, 31 mei 2025.
DUTCH_FILTERS: dict[str, Callable] = {
    "getal": dutch.format_number,
    "cijfer": dutch.format_figure,
    "procent": dutch.format_percent,
    "datum": dutch.format_date,
}


def template_environment(
    loader: jinja2.BaseLoader,
    filters: dict[str, Callable],
    finalize: Callable[[object], object] | None = None,
    keep_trailing_newline: bool = False,
) -> jinja2.Environment:
    environment = jinja2.Environment(
        loader=loader,
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=keep_trailing_newline,
        trim_blocks=True,
        lstrip_blocks=True,
        finalize=finalize,
    )
    environment.bytecode_cache = bytecode_cache(environment)
    environment.filters.update(DUTCH_FILTERS | filters)
    # A judgement as the data writes it (Ja, or empty): its badge's text and class.
    environment.filters["oordeel"] = judgement_label
    environment.filters["oordeelklasse"] = judgement_class
    # Counts in words ('Ja: 1, deels: 0, nee: 2', 'Gegrond (2), Ongegrond (1)'), plain text.
    environment.filters["oordelen"] = judgement_counts_text
    environment.filters["uitkomsten"] = outcome_counts_text
    return environment
