"""`mkdocs serve` of a site of several organisations: a rebuild renders again only the pages
whose Markdown changed, and loads the data again when a year folder or an organisation's
locations file (data/<organisatie>/locaties.csv) changed."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from mkdocs.config import load_config

from site_builder import ROOT, mkdocs_config
from test_mkdocs_plugin import html_pages, plugin_of, serve_build
from test_privacy import set_cell

FIXTURES = ROOT / "tests" / "fixtures"


@pytest.mark.slow
def test_a_live_preview_of_several_organisations_renders_the_changed_pages_and_reads_their_locations_files(tmp_path: Path) -> None:
    data = tmp_path / "data"
    shutil.copytree(FIXTURES / "site" / "data" / "2024", data / "voorbeeld" / "2024")
    shutil.copytree(FIXTURES / "zes-soorten" / "data" / "2025", data / "zonnebloem" / "2025")
    path = mkdocs_config(data, tmp_path / "project")
    site = tmp_path / "site"
    serve_build(path, site)
    plugin = plugin_of(load_config(str(path)))
    assert not (site / "organisaties" / "voorbeeld" / "plaatsen").exists()

    set_cell(data / "voorbeeld" / "2024" / "klachten.csv", 2, "omschrijving", "Ouder kreeg na drie weken een antwoord.")
    serve_build(path, site)
    changed = html_pages(site)
    assert "Ouder kreeg na drie weken een antwoord." in changed["locaties/de-klaver-partou/index.html"].decode("utf-8")
    assert 0 < plugin.preview.rendered < len(plugin.preview.kept) / 2
    plugin.preview.forget()
    serve_build(path, tmp_path / "all-rendered")
    assert changed == html_pages(tmp_path / "all-rendered")

    shutil.copy(FIXTURES / "plaatsen" / "locaties.csv", data / "voorbeeld" / "locaties.csv")
    serve_build(path, site)
    assert (site / "organisaties" / "voorbeeld" / "plaatsen" / "index.html").is_file()
    assert "Kies een organisatie" in (site / "plaatsen" / "index.html").read_text(encoding="utf-8")
