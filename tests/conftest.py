"""Fixtures shared by several test modules: one real `mkdocs build --strict` of the 2024 data and
one of the small fixture folder per test session."""

from __future__ import annotations

from pathlib import Path

import pytest

from site_builder import ROOT, build_site

FIXTURE_DATA = ROOT / "tests" / "fixtures" / "site" / "data"
# A hostile value in every field of every table and of verslag.yaml (tests/test_hostile_outputs.py).
HOSTILE_DATA = ROOT / "tests" / "fixtures" / "hostile" / "data"


@pytest.fixture(scope="session")
def real_site(tmp_path_factory) -> Path:
    return build_site(ROOT / "data", tmp_path_factory.mktemp("real"))


@pytest.fixture(scope="session")
def fixture_site(tmp_path_factory) -> Path:
    return build_site(FIXTURE_DATA, tmp_path_factory.mktemp("fixture"))


@pytest.fixture(scope="session")
def hostile_site(tmp_path_factory) -> Path:
    # Its values are made to attack the markup, not to look like people: the privacy check
    # (which would rightly stop at "names" such as 'Latijnse') is off, the documented way.
    return build_site(HOSTILE_DATA, tmp_path_factory.mktemp("hostile"), privacy_check=False)


BROWSER_TESTS = ROOT / "tests" / "browser"


def pytest_collection_modifyitems(items):
    """Every test under tests/browser/ drives Chromium: mark it, so `-m "not browser"` leaves it out."""
    for item in items:
        if BROWSER_TESTS in Path(item.fspath).parents:
            item.add_marker(pytest.mark.browser)
