"""The theme's parts rendered once per place (generator/theme_parts.py): the same pages as when
every part is rendered for every page, and only where that holds."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.theme_parts import ThemeParts, folders_with_files, shared_place
from site_builder import built_in_process, fixture_site_config

MENU = frozenset({"", "locaties/", "categorieen/", "verslag/voorwoord/"})


def test_pages_outside_the_menu_in_one_folder_share_a_place() -> None:
    folders = folders_with_files(["locaties/a/", "locaties/b/", "locaties/c/kaart.csv", "assets/klachten.css"])
    assert shared_place("locaties/a/", MENU, folders) == shared_place("locaties/b/", MENU, folders) == ("locaties", True)
    assert shared_place("categorieen/x/2/", MENU, folders) == ("categorieen/x", True)
    # Addresses of files, without use_directory_urls: links are relative to the folder.
    assert shared_place("locaties/a.html", MENU, folders) == shared_place("locaties/b.html", MENU, folders) == ("locaties", False)


def test_a_page_in_the_menu_or_with_files_under_its_address_has_its_own() -> None:
    folders = folders_with_files(["locaties/c/kaart.csv", "verslag/voorwoord/"])
    assert shared_place("locaties/", MENU, folders) is None
    assert shared_place("verslag/voorwoord/", MENU, folders) is None
    assert shared_place("locaties/c/", MENU, folders) is None
    assert shared_place("verslag/", MENU, folders) is None  # the menu's voorwoord lies under it


def test_folders_with_files_are_every_folder_above_an_address() -> None:
    assert folders_with_files(["a/b/c.csv", "d/", "e.html"]) == {"a/", "a/b/"}


def built_html(config: Path, site: Path) -> tuple[dict[str, bytes], ThemeParts]:
    loaded, files = built_in_process(config, site)
    pages = {path: content for path, content in files.items() if path.endswith(".html")}
    return pages, loaded.plugins["klachtenjaarverslag"].theme_parts


@pytest.mark.slow  # two builds of the test site
def test_the_site_is_the_same_as_with_every_part_rendered_for_every_page(tmp_path: Path, monkeypatch) -> None:
    config = fixture_site_config(tmp_path)
    monkeypatch.setenv("NO_MKDOCS_2_WARNING", "1")

    kept, parts = built_html(config, tmp_path / "kept")
    locations = [path for path in kept if path.startswith("locaties/") and path != "locaties/index.html"]
    # The menu, the tabs and the script settings of every location page but the first were kept.
    assert len(locations) > 5 and parts.rendered_once >= 3 * (len(locations) - 1)

    def every_time(self):
        def once(part, caller):
            return caller()

        return once

    monkeypatch.setattr(ThemeParts, "template_function", every_time)
    rendered, _ = built_html(config, tmp_path / "every")

    assert kept.keys() == rendered.keys()
    assert [path for path in kept if kept[path] != rendered[path]] == []
    # The menu marks the page it is on, and only there.
    active = 'class="md-nav__link md-nav__link--active"'
    assert active.encode() in kept["locaties/index.html"]
    assert active.encode() not in kept[locations[0]]
