"""The site on a phone (390 x 844): nothing wider than the screen, tables readable inside their own
box, and the gegrond badges visible."""

from __future__ import annotations

import pytest

from browsing import PHONE

PAGES = ["", "locaties/bso-lea-dasberg/", "categorieen/privacy/"]


def page_overflow(page) -> dict:
    return page.evaluate("({scroll: document.documentElement.scrollWidth, screen: window.innerWidth})")


def tables_wider_than_their_box(page) -> list[str]:
    """Each table either fits the screen or scrolls inside a box that fits the screen."""
    return page.evaluate(
        """() => {
            const screen = window.innerWidth;
            const problems = [];
            document.querySelectorAll("article table").forEach((table, index) => {
                const box = table.closest(".md-typeset__scrollwrap") || table;
                const boxRect = box.getBoundingClientRect();
                const scrolls = ["auto", "scroll"].includes(getComputedStyle(box).overflowX);
                if (boxRect.left < 0 || boxRect.right > screen) {
                    problems.push(`table ${index}: its box runs from ${boxRect.left} to ${boxRect.right} on a screen of ${screen}`);
                } else if (table.getBoundingClientRect().width > boxRect.width + 1 && !scrolls) {
                    problems.push(`table ${index}: wider than its box, which does not scroll`);
                }
            });
            return problems;
        }"""
    )


@pytest.mark.parametrize("path", PAGES)
def test_scenario_a_page_on_a_phone_has_no_horizontal_scroll_and_readable_tables(open_page, site_server, path) -> None:
    page = open_page(viewport=PHONE)
    page.goto(f"{site_server.url}/{path}")
    assert page.locator("article table").count() > 0
    widths = page_overflow(page)
    assert widths["scroll"] <= widths["screen"], widths
    assert tables_wider_than_their_box(page) == []


@pytest.mark.parametrize("path", PAGES[1:])
def test_scenario_gegrond_badges_are_visible_on_a_phone(open_page, site_server, path) -> None:
    page = open_page(viewport=PHONE)
    page.goto(f"{site_server.url}/{path}")
    badges = page.locator("article .gegrond")
    assert badges.count() > 0
    for badge in badges.all():
        assert badge.is_visible()
        badge.scroll_into_view_if_needed()
        box = badge.bounding_box()
        assert box and box["width"] > 0 and box["height"] > 0, box
        assert 0 <= box["x"] and box["x"] + box["width"] <= PHONE["width"], box
        assert 0 <= box["y"] and box["y"] + box["height"] <= PHONE["height"], box
        assert badge.inner_text().startswith("Gegrond: ")
