"""Material's files for search languages the site does not have are left out
(generator/site/search_languages.py); the browser tests of the header search (tests/browser/
test_search.py) show that the Dutch search still loads what it needs."""

from __future__ import annotations

from pathlib import Path

from generator.site.search_languages import FOLDER, loaded_files, never_loaded

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
