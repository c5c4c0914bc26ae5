"""The same data builds to the same bytes: two runs of `python -m generator site` give identical
files, every one of them: the pages, the search index of Zoeken en filteren, the hosting files
and the PDF report."""

from __future__ import annotations

from site_builder import SiteCommandRun

INDEX = "zoekindex/"


def test_two_site_builds_give_the_same_bytes(site_command_twice: tuple[SiteCommandRun, SiteCommandRun]) -> None:
    first, second = site_command_twice
    assert sorted(first.files) == sorted(second.files)
    assert [path for path in first.files if first.files[path] != second.files[path]] == []
    assert "data/klachtenjaarverslag-2024.pdf" in first.files and "_headers" in first.files
    # Every part of the index is among the files compared (zoekindex/<hash>/<part>).
    index_parts = {path.split("/")[2] for path in first.files if path.startswith(INDEX) and path.count("/") >= 2}
    assert {"klachten.json", "locaties.json", "woorden", "stammen", "klacht"} <= index_parts
