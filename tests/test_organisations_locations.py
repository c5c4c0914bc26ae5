"""A locations file on a site of several organisations belongs to one organisation
(data/<organisatie>/locaties.csv): its place and municipality pages and their downloads are
those a site of that organisation alone has, under the organisation's folder, and the addresses
of that site alone lead there."""

from __future__ import annotations

import posixpath
import re
import shutil
from pathlib import Path

import pytest

from generator.dataset.site_layout import organisation_folders
from generator.site.generate import render_docs
from generator.view.load import load_organisations, load_year
from site_builder import build_site

# Renders two sites and builds one (some 25 seconds on a shared machine).
pytestmark = pytest.mark.slow

FIXTURES = Path(__file__).parent / "fixtures"
ROOT = "organisaties/voorbeeld/"
PLACE_FOLDERS = ("plaatsen/", "gemeenten/")
PLACE_DOWNLOADS = ("data/locaties.csv", "data/locaties.json", "data/gemeenten.csv")


@pytest.fixture(scope="module")
def data_root(tmp_path_factory) -> Path:
    """Two organisations: the site fixture's year with the locations file in its folder, and the
    year of other words (zes-soorten) without one."""
    root = tmp_path_factory.mktemp("organisaties-locaties") / "data"
    shutil.copytree(FIXTURES / "site" / "data" / "2024", root / "voorbeeld" / "2024")
    shutil.copy(FIXTURES / "plaatsen" / "locaties.csv", root / "voorbeeld" / "locaties.csv")
    shutil.copytree(FIXTURES / "zes-soorten" / "data" / "2025", root / "zonnebloem" / "2025")
    return root


@pytest.fixture(scope="module")
def together(data_root) -> dict[str, str]:
    return render_docs(load_organisations(organisation_folders(data_root)))


@pytest.fixture(scope="module")
def alone(data_root) -> dict[str, str]:
    return render_docs(load_year(data_root / "voorbeeld" / "2024"))


def place_files(files: dict[str, str]) -> dict[str, str]:
    return {path: text for path, text in files.items() if path.startswith(PLACE_FOLDERS) or path in PLACE_DOWNLOADS}


def test_the_organisations_place_files_are_under_its_folder(together, alone) -> None:
    own = place_files(alone)
    assert {path for path in own if path.startswith("gemeenten/") and path.endswith(".csv")}
    assert {path for path in own if path.startswith("plaatsen/")}
    for path, text in own.items():
        if not path.endswith(".md"):
            # The downloads are the same bytes; the pages differ only in their links.
            assert together[ROOT + path] == text, path
        else:
            assert ROOT + path in together, path
    assert not [path for path in together if path.startswith("organisaties/zonnebloem/") and path.removeprefix("organisaties/zonnebloem/").startswith(PLACE_FOLDERS)]


def test_the_addresses_of_the_organisation_alone_are_the_place_view_of_all_and_lead_to_its_place_pages(together, alone) -> None:
    for path in (path for path in place_files(alone) if path.endswith(".md")):
        page = together[path]
        assert "# Kies een organisatie" not in page, path
        assert "title: \"Locaties " in page and "van alle organisaties" in page, path
        target = posixpath.relpath(ROOT + path, posixpath.dirname(path))
        assert f"]({target})" in page, path


def test_a_location_page_links_to_its_place_under_its_organisation(together) -> None:
    linked = set()
    for path, text in together.items():
        if path.startswith("locaties/") and path != "locaties/index.md" and "**Plaats:**" in text:
            for target in re.findall(r"\*\*Plaats:\*\* \[[^\]]*\]\(([^)]+)\)", text):
                resolved = posixpath.normpath(posixpath.join(posixpath.dirname(path), target))
                assert resolved.startswith(ROOT + "plaatsen/") and resolved in together, (path, target)
                linked.add(resolved)
    assert linked


def test_the_site_builds_strict_with_the_place_pages_under_the_organisation(data_root, tmp_path_factory) -> None:
    site = build_site(data_root, tmp_path_factory.mktemp("organisaties-locaties-site"))
    for folder in ("plaatsen", "gemeenten"):
        overview = site / ROOT / folder / "index.html"
        assert overview.is_file(), folder
        combined = (site / folder / "index.html").read_text(encoding="utf-8")
        assert "<h1 id=\"locaties-per-" in combined and "van alle organisaties" in combined, folder
    assert (site / ROOT / "gemeenten" / "enschede.csv").is_file()
    assert (site / "gemeenten" / "enschede.csv").is_file() and (site / "data" / "gemeenten.csv").is_file()
