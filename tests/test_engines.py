"""The site builds the same with both supported engines (README, *Engines*): ProperDocs, the fork of
MkDocs 1.6 by its maintainers, builds the project unchanged into the same pages with the same text
and the same bytes. What may differ is named here: the generator line each engine writes into every
page's head (and so the compressed copies of the pages)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from site_builder import PUBLIC_ADDRESS, ROOT, build_site

pytestmark = pytest.mark.slow

GENERATOR_LINE = re.compile(rb'<meta name="generator" content="[^"]*">')
COMPRESSED = (".gz", ".br")


@pytest.fixture(scope="module")
def properdocs_site(tmp_path_factory) -> Path:
    return build_site(ROOT / "data", tmp_path_factory.mktemp("properdocs"), address=PUBLIC_ADDRESS, engine="properdocs")


def files(site: Path) -> dict[str, Path]:
    return {path.relative_to(site).as_posix(): path for path in sorted(site.rglob("*")) if path.is_file()}


def comparable(path: str) -> bool:
    return not (path.endswith(COMPRESSED) and ".html" in path)


def test_both_engines_build_the_same_pages(real_site: Path, properdocs_site: Path) -> None:
    mkdocs_pages = {path for path in files(real_site) if path.endswith(".html")}
    properdocs_pages = {path for path in files(properdocs_site) if path.endswith(".html")}
    assert len(mkdocs_pages) > 300
    assert properdocs_pages == mkdocs_pages


def test_every_page_has_the_same_text(real_site: Path, properdocs_site: Path) -> None:
    for path, page in files(real_site).items():
        if path.endswith(".html"):
            text = BeautifulSoup(page.read_bytes(), "html.parser").get_text(" ", strip=True)
            assert BeautifulSoup((properdocs_site / path).read_bytes(), "html.parser").get_text(" ", strip=True) == text, path


def test_every_file_has_the_same_bytes_but_the_generator_line(real_site: Path, properdocs_site: Path) -> None:
    mkdocs_files, properdocs_files = files(real_site), files(properdocs_site)
    assert {path for path in properdocs_files if comparable(path)} == {path for path in mkdocs_files if comparable(path)}
    for path, file in mkdocs_files.items():
        if comparable(path):
            mkdocs_bytes, properdocs_bytes = file.read_bytes(), properdocs_files[path].read_bytes()
            if path.endswith(".html"):
                assert GENERATOR_LINE.search(properdocs_bytes), path
                mkdocs_bytes, properdocs_bytes = GENERATOR_LINE.sub(b"", mkdocs_bytes), GENERATOR_LINE.sub(b"", properdocs_bytes)
            assert properdocs_bytes == mkdocs_bytes, path
