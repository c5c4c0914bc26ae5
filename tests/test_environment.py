"""The Markdown pages' Jinja environment: a template changed between two renderings of the same
environment (a live preview's rebuilds) is read again, also one that a page imports; the `md`
filter escapes every value, also one whose escape it kept."""

from __future__ import annotations

import os
from pathlib import Path

from markupsafe import Markup

from generator.site.environment import make_environment, templates_checked_once


def test_a_template_changed_between_two_renderings_is_compiled_again(tmp_path: Path) -> None:
    page = tmp_path / "pagina.md.j2"
    part = tmp_path / "deel.md.j2"
    page.write_text('{% import "deel.md.j2" as deel %}{{ deel.tekst() }} {{ waarde | md }}', encoding="utf-8")
    part.write_text("{% macro tekst() %}eerst{% endmacro %}", encoding="utf-8")
    environment = make_environment(tmp_path)

    def rendered() -> str:
        with templates_checked_once(environment):
            return environment.get_template("pagina.md.j2").render(waarde="*a*")

    assert rendered() == "eerst \\*a\\*"
    part.write_text("{% macro tekst() %}daarna{% endmacro %}", encoding="utf-8")
    later = part.stat().st_mtime_ns + 2_000_000_000
    os.utime(part, ns=(later, later))
    assert rendered() == "daarna \\*a\\*"
    assert environment.auto_reload


def test_the_md_filter_escapes_every_value_also_a_kept_one() -> None:
    md = make_environment().filters["md"]
    # "# kop" twice: the second time the filter gives the escape it kept.
    expected = (("# kop", "\\# kop"), ("# kop", "\\# kop"), (None, ""), (3, "3"), ("a | b", "a \\| b"), ("<script>", "&lt;script&gt;"))
    for value, escaped in expected:
        result = md(value)
        assert result == escaped
        assert isinstance(result, Markup)  # so that autoescape does not escape it twice
