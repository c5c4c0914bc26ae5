"""How the pages lie on a phone (390 px) and a desktop (1280 px): every kind of page is
photographed at both sizes (build/screenshots/, for a person to look at) and measured: nothing
wider than the screen, a table that scrolls says so, a long table keeps its header in view,
buttons keep apart, headings have no empty line, field names stay whole."""

from __future__ import annotations

import pytest

from browsing import DESKTOP, PHONE, SCREENS, screenshot

# One page of every kind the site has, by the name its screenshot gets.
PAGE_KINDS = {
    "home": "",
    "locaties": "locaties/",
    "locaties-a-z-2": "locaties/a-z/2/",
    "locatie": "locaties/bso-lea-dasberg/",
    "categorieen": "categorieen/",
    "categorie": "categorieen/communicatie/",
    "categorie-2": "categorieen/communicatie/2/",
    "geschillen": "geschillen/",
    "zoeken": "zoeken/?categorie=Communicatie&gegrond=Ja",
    "data": "data/",
    "verslag": "verslag/",
    "cijfers-lezen": "verslag/cijfers-lezen/",
    "verslag-tekst": "verslag/klachtenprocedure/",
    "afstemming": "verslag/afstemming/",
    "toegankelijkheid": "toegankelijkheid/",
}


def open_at(open_page, base_url: str, path: str, viewport: dict):
    page = open_page(viewport=viewport)
    page.goto(f"{base_url}/{path}")
    page.wait_for_load_state("networkidle")
    return page


@pytest.mark.parametrize("screen", SCREENS)
@pytest.mark.parametrize("kind", PAGE_KINDS)
def test_scenario_every_kind_of_page_fits_the_screen(open_page, site_server, kind, screen) -> None:
    page = open_at(open_page, site_server.url, PAGE_KINDS[kind], SCREENS[screen])
    if kind == "zoeken":
        page.wait_for_selector("#zoekresultaten li")
    screenshot(page, f"pagina-{kind}-{screen}")
    widths = page.evaluate("({scroll: document.documentElement.scrollWidth, screen: window.innerWidth})")
    assert widths["scroll"] <= widths["screen"], widths


def test_on_a_phone_a_table_that_scrolls_says_so_and_its_last_column_can_be_reached(open_page, site_server) -> None:
    page = open_at(open_page, site_server.url, "locaties/", PHONE)
    box = page.locator("article .md-typeset__scrollwrap").first
    assert box.evaluate("box => box.scrollWidth > box.clientWidth")
    hint = page.locator("article .tabel__schuif").first
    assert hint.is_visible() and "schuif de tabel opzij" in hint.inner_text()
    assert hint.evaluate("hint => hint.nextElementSibling.classList.contains('md-typeset__scrollwrap')")
    last = page.locator("article table thead th").last
    box.evaluate("box => { box.scrollLeft = box.scrollWidth; }")
    edge = last.bounding_box()
    assert 0 <= edge["x"] and edge["x"] + edge["width"] <= PHONE["width"] + 1, edge
    # The row's name (the first column) stays in view while the table scrolls.
    first = page.locator("article table tbody td").first.bounding_box()
    assert 0 <= first["x"] < 20, first


def test_a_table_that_fits_adds_no_hint(open_page, site_server) -> None:
    page = open_at(open_page, site_server.url, "locaties/", DESKTOP)
    assert page.locator("article .md-typeset__scrollwrap").first.evaluate("box => box.scrollWidth <= box.clientWidth + 1")
    assert page.locator("article .tabel__schuif").count() == 0


def test_on_a_desktop_a_long_table_keeps_its_header_row_in_view(open_page, site_server) -> None:
    page = open_at(open_page, site_server.url, "locaties/", DESKTOP)
    table = page.locator("article table").first
    top = table.bounding_box()["y"]
    page.evaluate(f"window.scrollTo(0, {top + 2000})")
    header_bottom = page.locator(".md-header").bounding_box()["height"]
    heading = page.locator("article table thead th").first
    box = heading.bounding_box()
    assert abs(box["y"] - header_bottom) <= 2, (box, header_bottom)
    # Nothing covers it: the header cell itself is what a click there hits.
    assert heading.evaluate(
        "cell => { const box = cell.getBoundingClientRect(); return document.elementFromPoint(box.left + 5, box.top + 5).closest('th') === cell; }"
    )


def test_on_a_phone_the_buttons_of_the_home_page_do_not_touch(open_page, site_server) -> None:
    page = open_at(open_page, site_server.url, "", PHONE)
    boxes = [button.bounding_box() for button in page.locator("article .md-button").all()]
    assert len(boxes) >= 2
    for upper, lower in zip(boxes, boxes[1:]):
        apart_vertically = lower["y"] - (upper["y"] + upper["height"])
        apart_sideways = lower["x"] - (upper["x"] + upper["width"])
        assert max(apart_vertically, apart_sideways) >= 8, (upper, lower)


@pytest.mark.parametrize("path", ["geschillen/", "", "locaties/bso-lea-dasberg/", "verslag/klachtenprocedure/"])
def test_on_a_phone_no_heading_leaves_an_empty_line(open_page, site_server, path) -> None:
    page = open_at(open_page, site_server.url, path, PHONE)
    gaps = page.evaluate(
        """() => [...document.querySelectorAll("article h1, article h2, article h3")].map(heading => {
            const words = document.createRange();
            words.selectNodeContents(heading);
            const link = heading.querySelector(".headerlink");
            if (link) words.setEndBefore(link);
            const style = getComputedStyle(heading);
            const inner = heading.getBoundingClientRect().height - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom);
            return {heading: heading.textContent, extra: inner - words.getBoundingClientRect().height, line: parseFloat(style.lineHeight)};
        }).filter(found => found.extra > found.line / 2)"""
    )
    assert gaps == []


def test_on_a_phone_field_names_on_the_data_page_stay_whole(open_page, site_server) -> None:
    page = open_at(open_page, site_server.url, "data/", PHONE)
    broken = page.locator("article table code").evaluate_all(
        "codes => codes.filter(code => code.getClientRects().length > 1).map(code => code.textContent)"
    )
    assert page.locator("article table code").count() > 0
    assert broken == []
