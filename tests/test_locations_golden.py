"""Golden test of a site with a locations file: the site fixture of tests/test_site_golden.py
with tests/fixtures/plaatsen/locaties.csv beside its year folder. tests/fixtures/plaatsen/verwacht/
holds exactly the files that the locations file adds or changes, reviewed by hand; every other
file must stay as the site fixture's own golden file."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from generator.site.generate import render_docs
from generator.view.load import load_year

FIXTURES = Path(__file__).parent / "fixtures"
SITE = FIXTURES / "site"
PLACES = FIXTURES / "plaatsen"


def files_in(folder: Path) -> dict[str, str]:
    return {path.relative_to(folder).as_posix(): path.read_text(encoding="utf-8") for path in sorted(folder.rglob("*")) if path.is_file()}


@pytest.fixture(scope="module")
def data_root(tmp_path_factory) -> Path:
    """The site fixture's year folder with the locations file beside it."""
    root = tmp_path_factory.mktemp("plaatsen") / "data"
    shutil.copytree(SITE / "data" / "2024", root / "2024")
    shutil.copy(PLACES / "locaties.csv", root / "locaties.csv")
    return root


def test_a_site_with_a_locations_file_renders_to_the_reviewed_pages(data_root) -> None:
    generated = render_docs(load_year(data_root / "2024"))
    changed = files_in(PLACES / "verwacht")
    expected = files_in(SITE / "verwacht") | changed
    assert sorted(generated) == sorted(expected)
    for path, text in expected.items():
        assert generated[path] == text, path
    # Each reviewed file is one the locations file adds or changes: none is there for nothing.
    unchanged = files_in(SITE / "verwacht")
    assert [path for path, text in changed.items() if unchanged.get(path) == text] == []
