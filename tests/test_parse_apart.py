"""Pages read for Material's search by a process of its own (generator/parse_apart.py and the
plugin's part): the same search index as when the search reads every page itself, and that
search reads them itself whenever the process fails."""

from __future__ import annotations

import sys
from pathlib import Path

import material.plugins.search.plugin as material_search
import pytest

import generator.mkdocs_plugin as plugin_module
from generator.parse_apart import ParsedApart, sections_read, start_parsed_apart
from site_builder import built_in_process, fixture_site_config

LENGTHS = [sys.executable, "-c", "from generator.parse_apart import serve; serve(len)"]


def test_every_page_sent_is_read_and_handed_back_by_key() -> None:
    reading = ParsedApart(LENGTHS)
    pages = {f"locaties/{number}.md": "<p>klacht</p>" * number for number in range(1, 200)}
    for key, html in pages.items():
        reading.send(key, html)
    assert reading.results() == {key: len(html) for key, html in pages.items()}


def test_a_process_that_fails_or_is_stopped_hands_back_nothing() -> None:
    failing = ParsedApart([sys.executable, "-c", "import sys; sys.exit(1)"])
    failing.send("index.md", "<h1>Klachten</h1>")
    assert failing.results() == {}
    stopped = ParsedApart([sys.executable, "-c", "import time; time.sleep(600)"])
    stopped.send("index.md", "<h1>Klachten</h1>")
    stopped.cancel()
    assert stopped._process.returncode is not None


def test_a_process_that_cannot_start_is_none() -> None:
    assert start_parsed_apart(["/nonexistent/python"]) is None


def test_the_sections_are_materials_with_their_pieces_joined_and_the_excluded_left_out() -> None:
    html = '<h2 id="a">Klacht <code>1</code></h2><p>Over de <em>opvang</em>.</p><h2 id="b" data-search-exclude>Weg</h2><p>niet</p>'
    assert sections_read(material_search.Parser, html) == [
        (None, [], [""]),  # what comes before the first heading: no title, so the page's own
        ("a", ["Klacht <code>1</code>"], ["<p>Over de opvang.</p>"]),
    ]


@pytest.mark.slow  # three builds of the test site
def test_the_site_is_the_same_as_when_the_search_reads_every_page_itself(tmp_path: Path, monkeypatch) -> None:
    config = fixture_site_config(tmp_path)
    monkeypatch.setenv("NO_MKDOCS_2_WARNING", "1")
    read_itself: list[str] = []
    add_entry = material_search.SearchIndex.add_entry_from_context

    def counted(index, page):
        read_itself.append(page.file.src_uri)
        return add_entry(index, page)

    monkeypatch.setattr(material_search.SearchIndex, "add_entry_from_context", counted)
    _, apart = built_in_process(config, tmp_path / "apart")
    assert read_itself == []

    monkeypatch.setattr(plugin_module, "search_read_apart", lambda config: None)
    _, itself = built_in_process(config, tmp_path / "itself")
    assert len(read_itself) > 30
    assert apart.keys() == itself.keys()
    assert [path for path in apart if apart[path] != itself[path]] == []

    # A process that fails: the search reads the pages itself, and the site is the same.
    read_itself.clear()
    monkeypatch.setattr(plugin_module, "search_read_apart", lambda config: ParsedApart([sys.executable, "-c", "import sys; sys.exit(1)"]))
    _, failed = built_in_process(config, tmp_path / "failed")
    assert len(read_itself) > 30
    assert [path for path in apart if apart[path] != failed.get(path)] == []
