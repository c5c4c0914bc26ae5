"""Which pages a year has: the pages a site of several years repeats under each year's folder
(year_own_pages()) are exactly those whose links stay inside that year (YEAR_SCOPED_PATHS), the
overview (the year's home page there) aside."""

from __future__ import annotations

from pathlib import Path

from generator.site.pages import Page, generate_pages, is_year_scoped, year_own_pages, year_root
from generator.view.load import load_year

FIXTURE = Path(__file__).parent / "fixtures" / "site" / "data" / "2024"


def test_the_year_scoped_pages_are_the_years_own_pages_but_its_overview() -> None:
    year = load_year(FIXTURE)
    own = {page.path for page in year_own_pages(year, None)}
    every = {page.path for page in generate_pages(year)}

    assert own <= every
    assert {path for path in every if is_year_scoped(path)} == own - {"index.md"}
    assert any(path.startswith("categorieen/") and path != "categorieen/index.md" for path in own)  # a category's own page is one too


def test_a_link_from_a_years_own_page_stays_in_that_year_except_to_pages_of_the_whole_site() -> None:
    root = year_root(2023)
    page = Page(f"{root}categorieen/index.md", "categorieen.md.j2", root=root)

    assert page.link("verslag/afstemming.md") == "../verslag/afstemming.md"
    assert page.link("geschillen/2.md#geschil-3") == "../geschillen/2.md#geschil-3"
    assert page.link("index.md") == "../../../index.md"
    assert page.link("locaties/a.md") == "../../../locaties/a.md"
