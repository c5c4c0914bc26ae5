"""What the browser tests share besides fixtures: the two screen sizes, reading a heading, the
heading a location page should have, and the screenshots a person looks at."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from generator.dataset.dataset import load_dataset
from generator.view.model import distinct_location_name

SCREENSHOTS = Path(__file__).resolve().parents[2] / "build" / "screenshots"
DESKTOP = {"width": 1280, "height": 900}
# A common phone (iPhone 12 to 14) in CSS pixels.
PHONE = {"width": 390, "height": 844}
# The screens every page kind is checked on, by the name its screenshots carry.
SCREENS = {"desktop": DESKTOP, "telefoon": PHONE}


def heading_text(page, selector: str = "article h1") -> str:
    """A heading's text without the '¶' permalink that the toc extension adds to it."""
    return page.locator(selector).first.evaluate(
        "heading => { const copy = heading.cloneNode(true); copy.querySelectorAll('.headerlink').forEach(link => link.remove()); return copy.textContent.trim(); }"
    )


@lru_cache(maxsize=None)
def location_heading(name: str) -> str:
    """The heading of the page of the one location called `name`: its name and what tells it apart."""
    dataset = load_dataset(SCREENSHOTS.parents[1] / "data" / "2024")
    labels = dataset.complaints.loc[dataset.complaints["locatie"] == name, "label"].unique()
    assert len(labels) == 1, (name, labels)
    return distinct_location_name(name, labels[0], dataset.report.vocabulary.label_name(labels[0]))


def screenshot(page, name: str) -> Path:
    """Saved for a person to look at, in build/screenshots/ (named in the README)."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    return path


def search_for(page, query: str) -> list[str]:
    """Type `query` into the header search of the open page; the result links as Material writes
    them (absolute, with its highlight query ?h=...)."""
    page.locator("label.md-search__icon, .md-search__input").first.click()
    # Material searches when a key goes up, once its search worker has loaded the index (until then
    # the result box says "Zoeken initialiseren"). Wait for it; then one key press searches for the
    # whole query, so the results are not those of a part of it.
    page.wait_for_function(
        "() => document.querySelector('.md-search-result__meta').textContent.trim() === 'Typ om te beginnen met zoeken'",
        timeout=15000,
    )
    box = page.locator("input.md-search__input")
    box.fill(query[:-1])
    box.press(query[-1])
    page.wait_for_selector(".md-search-result__item", timeout=15000)
    return page.locator(".md-search-result__item a.md-search-result__link").evaluate_all(
        "links => links.map(link => link.getAttribute('href'))"
    )


def assert_axe_clean_and_fits(page, name: str) -> None:
    """The open page, saved as screenshot `name`: axe finds no WCAG 2.1 AA violation, nothing on
    it is wider than the screen and no table is wider than its own scroll box."""
    # Imported here: those test modules import this one.
    from test_accessibility import violations
    from test_phone import page_overflow, tables_wider_than_their_box

    screenshot(page, name)
    assert violations(page) == []
    widths = page_overflow(page)
    assert widths["scroll"] <= widths["screen"], widths
    assert tables_wider_than_their_box(page) == []
