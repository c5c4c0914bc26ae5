"""The menu names only pages that exist: a year without some of the report's texts builds with
`mkdocs build --strict` (no warning about a menu entry without its page), and an empty text gets
no page and no menu entry."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from mkdocs.config import load_config

from generator.mkdocs_plugin import PLUGIN_NAME
from generator.site.navigation import menu_of_existing_pages
from site_builder import ROOT, mkdocs_config, read_config

SITE_FIXTURE = ROOT / "tests" / "fixtures" / "site" / "data" / "2024"
GOOD = ROOT / "tests" / "fixtures" / "good"
NAV = read_config(ROOT / "mkdocs.yml")["nav"]
YEARS_ENTRY = {"Jaren": "jaren/index.md"}
ORGANISATIONS_ENTRY = {"Organisaties": "organisaties/index.md"}
ALWAYS = {"index.md", "locaties/index.md", "categorieen/index.md", "zoeken/index.md", "geschillen.md", "data/index.md", "verslag/index.md",
          "verslag/cijfers-lezen.md", "verslag/afstemming.md"}


def test_entries_of_generated_pages_this_year_lacks_go_and_the_rest_stays() -> None:
    menu = menu_of_existing_pages(NAV, ALWAYS | {"verslag/nawoord.md"})

    # A site of one year (of one organisation) has no page of the years (nor of the organisations).
    assert menu[:6] == [entry for entry in NAV[:8] if entry not in (YEARS_ENTRY, ORGANISATIONS_ENTRY)]
    assert menu[6] == {
        "Over het verslag": [
            "verslag/index.md",
            {"Zo lees je de cijfers": "verslag/cijfers-lezen.md"},
            {"Nawoord": "verslag/nawoord.md"},
            {"Cijfers in verslag en gegevens": "verslag/afstemming.md"},
            {"Toegankelijkheid": "toegankelijkheid.md"},
        ]
    }


def test_a_site_of_several_years_has_the_years_in_its_menu() -> None:
    menu = menu_of_existing_pages(NAV, ALWAYS | {"jaren/index.md"})

    assert menu[:7] == [entry for entry in NAV[:8] if entry != ORGANISATIONS_ENTRY]
    assert menu[1] == YEARS_ENTRY


def test_a_site_of_several_organisations_has_them_in_its_menu() -> None:
    menu = menu_of_existing_pages(NAV, ALWAYS | {"organisaties/index.md"})

    assert menu[:2] == [{"Home": "index.md"}, ORGANISATIONS_ENTRY]


def test_a_section_without_pages_goes_and_links_and_hand_written_pages_stay() -> None:
    nav = [{"Home": "index.md"}, {"Teksten": [{"Voorwoord": "verslag/voorwoord.md"}]}, {"Elders": "https://example.org/"}, "eigen.md"]

    assert menu_of_existing_pages(nav, {"index.md"}) == [{"Home": "index.md"}, {"Elders": "https://example.org/"}, "eigen.md"]
    assert menu_of_existing_pages(None, {"index.md"}) is None


@pytest.mark.slow  # the plugin writes every page of a year
def test_the_plugin_gives_mkdocs_the_menu_of_this_year(tmp_path: Path) -> None:
    shutil.copytree(GOOD, tmp_path / "data" / "2024")  # has a voorwoord, no procedure and no nawoord
    config = load_config(str(mkdocs_config(tmp_path / "data", tmp_path / "project")))

    config.plugins[PLUGIN_NAME].on_config(config)

    report_section = next(entry["Over het verslag"] for entry in config.nav if isinstance(entry, dict) and "Over het verslag" in entry)
    assert [next(iter(entry.values())) if isinstance(entry, dict) else entry for entry in report_section] == [
        "verslag/index.md", "verslag/cijfers-lezen.md", "verslag/voorwoord.md", "verslag/afstemming.md", "toegankelijkheid.md",
    ]


@pytest.mark.slow  # two whole builds
@pytest.mark.parametrize("texts", ["zonder-tekst", "leeg-nawoord"])
def test_a_year_without_texts_or_with_an_empty_one_builds_strict(tmp_path: Path, texts: str) -> None:
    year = tmp_path / "data" / "2024"
    shutil.copytree(SITE_FIXTURE, year)
    if texts == "zonder-tekst":
        shutil.rmtree(year / "tekst")
    else:
        (year / "tekst" / "nawoord.md").write_text("\n", encoding="utf-8")
    config = mkdocs_config(tmp_path / "data", tmp_path / "project")

    completed = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--config-file", str(config)],
        capture_output=True, text=True, env={"NO_MKDOCS_2_WARNING": "1", "PATH": "/usr/bin:/bin"},
    )

    assert completed.returncode == 0, completed.stderr
    assert "WARNING" not in completed.stderr
    site = tmp_path / "project" / "site"
    assert not (site / "verslag" / "nawoord").exists()
    assert "verslag/nawoord/" not in (site / "index.html").read_text(encoding="utf-8")
    assert (site / "verslag" / "voorwoord").exists() == (texts == "leeg-nawoord")
