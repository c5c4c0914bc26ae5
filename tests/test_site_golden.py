"""Golden test: a small data folder renders to the committed Markdown, page for page.

tests/fixtures/site/data/2024 holds the cases the pages must get right: one name under two labels,
names that differ only by an accent, a location called 'Index', a name with '|' and HTML, a
complaint without oplossing and gegrond, no label, and hostile text. The expected pages are in
tests/fixtures/site/verwacht/, reviewed by hand.
"""

from __future__ import annotations

from pathlib import Path

from generator.site.generate import render_docs
from generator.view.load import load_year

FIXTURE = Path(__file__).parent / "fixtures" / "site"


def expected_files() -> dict[str, str]:
    """Every expected file: the Markdown pages and the downloads (CSV, JSON)."""
    folder = FIXTURE / "verwacht"
    return {path.relative_to(folder).as_posix(): path.read_text(encoding="utf-8") for path in sorted(folder.rglob("*")) if path.is_file()}


def test_fixture_renders_to_the_reviewed_pages() -> None:
    generated = render_docs(load_year(FIXTURE / "data" / "2024"))
    expected = expected_files()
    assert sorted(generated) == sorted(expected)
    for path, text in expected.items():
        assert generated[path] == text, path
