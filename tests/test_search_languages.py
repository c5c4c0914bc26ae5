"""Material's files for search languages the site does not have are left out
(generator/site/search_languages.py); the browser tests of the header search (tests/browser/
test_search.py) show that the Dutch search still loads what it needs."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from generator.site.search_languages import FOLDER, loaded_files, never_loaded
from site_builder import ROOT, mkdocs_config, read_config, write_config

SITE_DATA = ROOT / "tests" / "fixtures" / "site" / "data"

THEME_FILES = [
    f"{FOLDER}tinyseg.js", f"{FOLDER}wordcut.js", f"{FOLDER}min/lunr.stemmer.support.min.js", f"{FOLDER}min/lunr.multi.min.js",
    f"{FOLDER}min/lunr.nl.min.js", f"{FOLDER}min/lunr.de.min.js", f"{FOLDER}min/lunr.ja.min.js", f"{FOLDER}min/lunr.th.min.js",
    "assets/javascripts/bundle.a5f9d56c.min.js", "assets/javascripts/workers/search.a7633da7.min.js",
]


def test_dutch_needs_its_stemmer_and_the_support_file() -> None:
    assert loaded_files(["nl"]) == {f"{FOLDER}min/lunr.stemmer.support.min.js", f"{FOLDER}min/lunr.nl.min.js"}


def test_english_alone_needs_no_file() -> None:
    assert loaded_files(["en"]) == set()
    assert never_loaded(THEME_FILES, ["en"]) == THEME_FILES[:8]


def test_several_languages_need_the_multi_file_and_their_segmenters() -> None:
    assert loaded_files(["ja", "th", "en"]) == {
        f"{FOLDER}tinyseg.js", f"{FOLDER}wordcut.js", f"{FOLDER}min/lunr.multi.min.js", f"{FOLDER}min/lunr.stemmer.support.min.js",
        f"{FOLDER}min/lunr.ja.min.js", f"{FOLDER}min/lunr.th.min.js",
    }


def test_only_the_search_language_files_are_ever_left_out() -> None:
    left_out = never_loaded(THEME_FILES, ["nl"])
    assert left_out == [f"{FOLDER}tinyseg.js", f"{FOLDER}wordcut.js", f"{FOLDER}min/lunr.multi.min.js", f"{FOLDER}min/lunr.de.min.js", f"{FOLDER}min/lunr.ja.min.js", f"{FOLDER}min/lunr.th.min.js"]


def test_the_built_site_has_only_the_dutch_search_files(real_site: Path) -> None:
    files = sorted(path.relative_to(real_site / FOLDER).as_posix() for path in (real_site / FOLDER).rglob("*") if path.is_file())
    assert files == ["min/lunr.nl.min.js", "min/lunr.stemmer.support.min.js"]


def search_settings(config: dict) -> dict:
    entry = next(entry for entry in config["plugins"] if isinstance(entry, dict) and "search" in entry)
    return entry["search"]


@pytest.mark.slow
@pytest.mark.parametrize(("settings", "kept"), [
    ({"lang": ["en"]}, ["min/lunr.nl.min.js", "min/lunr.stemmer.support.min.js", "min/lunr.multi.min.js"]),
    ({"lang": ["nl", "de"]}, ["min/lunr.de.min.js", "min/lunr.multi.min.js", "min/lunr.nl.min.js", "min/lunr.stemmer.support.min.js"]),
    ({"enabled": False}, None),
])
def test_other_search_languages_or_no_search_still_build(settings: dict, kept: list[str] | None, tmp_path: Path) -> None:
    """Dutch stays for the plugin's addition to it; a disabled search keeps Material's files as they are."""
    path = mkdocs_config(SITE_DATA, tmp_path)
    config = read_config(path)
    search_settings(config).update(settings)
    write_config(path, config)
    completed = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--config-file", str(path)], capture_output=True, text=True)
    assert completed.returncode == 0, completed.stderr
    folder = tmp_path / "site" / FOLDER
    files = sorted(entry.relative_to(folder).as_posix() for entry in folder.rglob("*") if entry.is_file())
    if kept is None:
        assert "wordcut.js" in files
    else:
        assert files == sorted(kept)
