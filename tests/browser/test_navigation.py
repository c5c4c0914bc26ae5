"""Moving between pages the way a parent does: from a complaint on a category page to the same
complaint on its location page, and back with the browser's back button."""

from __future__ import annotations

from browsing import heading_text

CATEGORY = "categorieen/privacy/"


def test_scenario_a_complaint_on_a_category_page_links_to_that_complaint_on_its_location_page(page, site_server) -> None:
    page.goto(f"{site_server.url}/{CATEGORY}")
    category_name = heading_text(page)
    complaint = page.locator("article h3[id^=klacht-]").nth(1)
    anchor = complaint.get_attribute("id")
    location_link = page.locator(f"#{anchor} ~ p", has_text="Locatie:").first.locator("a")
    location_name = location_link.inner_text()

    location_link.click()
    page.wait_for_load_state()

    assert page.url.startswith(f"{site_server.url}/locaties/") and page.url.endswith(f"/#{anchor}"), page.url
    assert heading_text(page) == location_name
    assert page.evaluate("document.querySelector(':target') && document.querySelector(':target').id") == anchor
    # The complaint's heading is on screen, below the header that stays at the top.
    box = page.locator(f"#{anchor}").bounding_box()
    header_bottom = page.locator(".md-header").bounding_box()["height"]
    assert header_bottom <= box["y"] and box["y"] + box["height"] <= page.viewport_size["height"], (box, header_bottom)
    assert heading_text(page, f"#{anchor}").startswith(f"Klacht {anchor.rsplit('-', 1)[1]}:")

    page.go_back()
    page.wait_for_load_state()
    assert page.url == f"{site_server.url}/{CATEGORY}"
    assert heading_text(page) == category_name


def test_the_footer_of_every_kind_of_page_links_to_the_accessibility_statement(page, site_server) -> None:
    for path in ["", "locaties/bso-lea-dasberg/", "categorieen/communicatie/2/"]:
        page.goto(f"{site_server.url}/{path}")
        page.locator("footer a", has_text="Toegankelijkheid").click()
        page.wait_for_load_state()
        assert page.url == f"{site_server.url}/toegankelijkheid/"
        assert heading_text(page) == "Toegankelijkheid"
