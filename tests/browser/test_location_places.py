"""A site with a locations file in Chromium (the site fixture with tests/fixtures/plaatsen/
locaties.csv beside its year folder): the location page with its place, type, LRK entry and
complaints per 100 child places, the A-Z list, and the place view for the GGD (per municipality
and per place) are free of WCAG 2.1 AA violations on a desktop and on a phone, nothing on them is
wider than a phone, and the LRK link leads to the register without the page asking it anything."""

from __future__ import annotations

import shutil

import pytest

from browsing import SCREENS, assert_axe_clean_and_fits
from hosting_server import serve
from site_builder import ROOT, build_site

PAGES = {
    "locatie-met-plaats": "locaties/de-klaver-partou/",
    "locatie-zonder-plaatsen": "locaties/t-hummeltje/",
    "locaties": "locaties/",
    "gemeenten": "gemeenten/",
    "gemeente": "gemeenten/enschede/",
    "plaatsen": "plaatsen/",
    "plaats": "plaatsen/hengelo/",
    "data": "data/",
}


def served_places_site(work, following_year: bool):
    """Serve the site of the site fixture's 2024 (and, with `following_year`, a synthetic 2025
    after it) with tests/fixtures/plaatsen/locaties.csv beside the year folders."""
    data_root = work / "data"
    shutil.copytree(ROOT / "tests" / "fixtures" / "site" / "data" / "2024", data_root / "2024")
    if following_year:
        from generator.dataset.dataset import load_dataset
        from generator.synth import write_year_folder
        from generator.synth.following import following_year as year_after

        write_year_folder(year_after(load_dataset(data_root / "2024"), 1), data_root / "2025")
    shutil.copy(ROOT / "tests" / "fixtures" / "plaatsen" / "locaties.csv", data_root / "locaties.csv")
    return serve(build_site(data_root, work / "bouw"))


@pytest.fixture(scope="module")
def places_server(tmp_path_factory):
    running = served_places_site(tmp_path_factory.mktemp("plaatsen"), following_year=False)
    yield running
    running.stop()


@pytest.mark.parametrize("screen", SCREENS)
@pytest.mark.parametrize("name", PAGES)
def test_axe_finds_no_violation_and_nothing_is_wider_than_the_screen(open_page, places_server, name, screen) -> None:
    page = open_page(viewport=SCREENS[screen])
    page.goto(f"{places_server.url}/{PAGES[name]}")
    assert_axe_clean_and_fits(page, f"plaatsen-{name}-{screen}")


def test_the_location_page_shows_place_type_lrk_and_the_rate_beside_the_organisations(page, places_server) -> None:
    page.goto(f"{places_server.url}/locaties/de-klaver-partou/")
    article = page.locator("article").inner_text()
    assert "Plaats: Enschede, gemeente Enschede" in article
    assert "Soort opvang: kinderdagverblijf (KDV)" in article
    assert "Klachten per 100 kindplaatsen: 5,0 bij deze locatie (2 klachten, 40 kindplaatsen)." in article
    assert "is dat 2,7 (5 locaties)" in article
    assert "een klacht zegt niet hoe goed de opvang is" in article
    assert "De Klaver (Smallsteps) in Glanerbrug" in article
    register = page.get_by_role("link", name="bekijk deze locatie in het register")
    assert register.get_attribute("href") == (
        "https://www.landelijkregisterkinderopvang.nl/pp/#/inzien/oko/gegevens/00000000-0000-4000-8000-000000000001"
    )
    page.get_by_role("link", name="Enschede").last.click()
    page.wait_for_url(f"{places_server.url}/gemeenten/enschede/")


def test_the_municipality_page_lists_exactly_the_locations_of_the_file_there(page, places_server) -> None:
    page.goto(f"{places_server.url}/gemeenten/enschede/")
    rows = page.locator("article table tbody tr").all_inner_texts()
    names = [row.split("\t")[0] for row in rows]
    assert names == ["De Klaver (Partou)", "De Klaver (Smallsteps)", "De Zonnebloem (Partou)", "Totaal"]
    # A location without complaints has no page of its own: no link.
    assert page.locator("article table a", has_text="De Zonnebloem").count() == 0
    csv_link = page.get_by_role("link", name="Download deze locaties (CSV voor Excel)")
    assert csv_link.get_attribute("href") == "../enschede.csv"


def test_hostile_values_of_the_locations_file_stay_text(page, places_server) -> None:
    page.goto(f"{places_server.url}/gemeenten/")
    assert page.locator("article script").count() == 0
    assert "<script>alert(1)</script> [a](javascript:x)" in page.locator("article").inner_text()
    assert page.locator("article a[href^='javascript:']").count() == 0


YEARS_PAGES = {
    "locatie-door-de-jaren": "locaties/de-klaver-partou/",
    "hernoemde-locatie": "locaties/kids-club-b-ster-b/",
    "locaties": "locaties/",
    "gemeente": "gemeenten/enschede/",
    "plaatsen": "plaatsen/",
}


@pytest.fixture(scope="module")
def years_places_server(tmp_path_factory):
    """The site fixture's 2024 and a synthetic 2025 after it, one locations file beside both."""
    running = served_places_site(tmp_path_factory.mktemp("plaatsen-jaren"), following_year=True)
    yield running
    running.stop()


@pytest.mark.parametrize("screen", SCREENS)
@pytest.mark.parametrize("name", YEARS_PAGES)
def test_several_years_axe_finds_no_violation_and_nothing_is_wider_than_the_screen(open_page, years_places_server, name, screen) -> None:
    page = open_page(viewport=SCREENS[screen])
    page.goto(f"{years_places_server.url}/{YEARS_PAGES[name]}")
    assert_axe_clean_and_fits(page, f"plaatsen-jaren-{name}-{screen}")


def test_several_years_the_place_view_counts_each_year_and_the_page_says_which_year_the_rate_is_of(page, years_places_server) -> None:
    page.goto(f"{years_places_server.url}/gemeenten/enschede/")
    headers = page.locator("article table thead th").all_inner_texts()
    assert headers[4:7] == ["Klachten in 2025", "Klachten in 2024", "Per 100 kindplaatsen in 2025"]
    page.get_by_role("link", name="De Klaver (Partou)").click()
    page.wait_for_url(f"{years_places_server.url}/locaties/de-klaver-partou/")
    article = page.locator("article").inner_text()
    assert article.count("Soort opvang: kinderdagverblijf (KDV)") == 1
    assert "We rekenen alleen met de klachten van 2025, het nieuwste jaar" in article
