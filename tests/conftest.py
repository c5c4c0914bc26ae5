"""Fixtures shared by several test modules: one real `mkdocs build --strict` of the 2024 data and
one of the small fixture folder per test session."""

from __future__ import annotations

from pathlib import Path

import pytest

from site_builder import ROOT, build_site

FIXTURE_DATA = ROOT / "tests" / "fixtures" / "site" / "data"


@pytest.fixture(scope="session")
def real_site(tmp_path_factory) -> Path:
    return build_site(ROOT / "data", tmp_path_factory.mktemp("real"))


@pytest.fixture(scope="session")
def fixture_site(tmp_path_factory) -> Path:
    return build_site(FIXTURE_DATA, tmp_path_factory.mktemp("fixture"))


BROWSER_TESTS = ROOT / "tests" / "browser"
# Each builds a whole site with `mkdocs build --strict` (a few seconds): a test that uses one is slow.
SITE_FIXTURES = {"real_site", "fixture_site"}


def pytest_collection_modifyitems(items):
    """Every test under tests/browser/ drives Chromium and every test on a built site is slow: mark
    them, so that `-m "not browser and not slow"` leaves them out."""
    for item in items:
        if BROWSER_TESTS in Path(item.fspath).parents:
            item.add_marker(pytest.mark.browser)
        if SITE_FIXTURES & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.slow)
