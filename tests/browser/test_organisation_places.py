"""The place view of a site of several organisations in Chromium (tests/conftest.py
write_place_organisations_data(): three organisations with a locations file, one without): the
overview per municipality and per place and a municipality and a place of two organisations are
free of WCAG 2.1 AA violations and fit a phone and a desktop screen; the home page leads there, and
a municipality page leads to a location's page and to each organisation's own page."""

from __future__ import annotations

import pytest

from browsing import SCREENS, assert_axe_clean_and_fits
from hosting_server import server_of

# Amersfoort: in the locations files of two organisations (asserted below).
PAGES = {
    "organisaties-gemeenten": "gemeenten/",
    "organisaties-gemeente": "gemeenten/amersfoort/",
    "organisaties-plaatsen": "plaatsen/",
    "organisaties-plaats": "plaatsen/ede/",
}


place_organisations_server = server_of("place_organisations_site")


@pytest.mark.parametrize("screen", SCREENS)
@pytest.mark.parametrize("name", PAGES)
def test_the_place_view_of_every_organisation_is_axe_clean_and_fits_the_screen(open_page, place_organisations_server, name, screen) -> None:
    page = open_page(viewport=SCREENS[screen])
    page.goto(f"{place_organisations_server.url}/{PAGES[name]}")
    assert_axe_clean_and_fits(page, f"{name}-{screen}")


def test_from_the_home_page_to_a_shared_municipality_and_on_to_a_location_and_an_organisations_own_page(page, place_organisations_server) -> None:
    url = place_organisations_server.url
    page.goto(f"{url}/")
    page.get_by_role("link", name="per gemeente").click()
    page.wait_for_url(f"{url}/gemeenten/")
    page.locator("article table").get_by_role("link", name="Amersfoort", exact=True).click()
    page.wait_for_url(f"{url}/gemeenten/amersfoort/")
    organisations = {row.split("\t")[1] for row in page.locator("article table tbody tr").all_inner_texts()[:-1]}
    assert len(organisations) >= 2, organisations
    page.locator("article table tbody a").first.click()
    page.wait_for_url(f"{url}/locaties/**")
    page.go_back()
    page.get_by_role("link", name="Het Zonnetje (synthetisch)", exact=True).click()
    page.wait_for_url(f"{url}/organisaties/zonnetje/gemeenten/amersfoort/")
