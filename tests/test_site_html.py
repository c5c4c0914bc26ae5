"""The built site, read as HTML the way a browser gets it: pages, counts, escaping, other hosts.

The session fixtures in conftest.py run the real `mkdocs build --strict` (through the project's
plugin) once each.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from pathlib import Path
from urllib.parse import urlparse

import pytest
from bs4 import BeautifulSoup

from generator.dataset.dataset import load_dataset
from site_builder import PUBLIC_ADDRESS, ROOT

COMPLAINT_ID = re.compile(r"^klacht-\d{4}-(\d+)$")
LABEL_NAMES = {"Partou B.V.": "Partou", "Smallsteps B.V.": "Smallsteps"}  # the labels' short names in data/2024/verslag.yaml


@pytest.fixture(scope="module")
def data():
    return load_dataset(ROOT / "data" / "2024")


@lru_cache(maxsize=None)
def soup(path: Path) -> BeautifulSoup:
    """The page, without the '¶' permalinks that the toc extension adds to headings."""
    page = BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")
    for permalink in page.select("a.headerlink"):
        permalink.decompose()
    return page


def article(page: BeautifulSoup):
    return page.select_one("article.md-content__inner")


def text(element) -> str:
    return " ".join(element.get_text(" ").split())


def table_rows(table) -> list[list[str]]:
    return [[text(cell) for cell in row.find_all(["td", "th"])] for row in table.select("tbody tr")]


def number(value: str) -> int:
    return int(value.replace(".", "").strip("* "))


def location_pages(site: Path) -> list[Path]:
    return sorted(path for path in (site / "locaties").glob("*/index.html") if path.parent.name != "a-z")


def category_pages(site: Path) -> list[Path]:
    return sorted((site / "categorieen").glob("*/index.html")) + sorted((site / "categorieen").glob("*/*/index.html"))


def complaint_ids(page: BeautifulSoup) -> list[int]:
    return [int(COMPLAINT_ID.match(heading["id"])[1]) for heading in page.select("article h3[id^=klacht-]")]


# --- Hostile text ---------------------------------------------------------------------------------

HOSTILE = (
    "<script>alert(1)</script> | kolom | *vet* _schuin_ # kop [klik](javascript:alert(1)) "
    "<img src=x onerror=alert(2)> <!-- commentaar --> {{ 7*7 }} {% raw %} &amp; \\ `code`"
)


def test_hostile_text_shows_literally_and_nothing_becomes_markup(fixture_site: Path) -> None:
    page = soup(fixture_site / "locaties" / "t-hummeltje" / "index.html")
    paragraphs = [text(paragraph) for paragraph in article(page).find_all("p")]
    assert f"Wat was de klacht? {HOSTILE}" in paragraphs
    assert "Wat is er gedaan? - begint met een streepje en 1. met een nummer | nog een kolom" in paragraphs
    assert article(page).find_all(["script", "img", "ul", "ol", "code", "em", "h1"])[1:] == []  # only the page's own h1
    assert text(article(page).find("h1")) == "'t Hummeltje"
    assert not page.select("[onerror]")
    assert not [link for link in page.find_all("a") if link.get("href", "").startswith("javascript:")]


def test_markdown_and_html_in_names_do_not_break_tables(fixture_site: Path) -> None:
    page = soup(fixture_site / "locaties" / "index.html")
    rows = table_rows(article(page).find("table"))
    assert all(len(row) == 5 for row in rows)
    assert ["Kids | Club <b>Ster</b>", "Smallsteps", "1", "1 / 0 / 0", "Communicatie"] in rows
    assert not article(page).find("b")


def test_markdown_in_a_report_text_stays_markdown_and_a_lone_bracket_stays_text(fixture_site: Path) -> None:
    """HTML and attribute lists in a report text are refused when it is loaded (tests/test_report_text.py)."""
    page = soup(fixture_site / "categorieen" / "communicatie" / "index.html")
    assert "Over communicatie kwamen twee klachten. Een teken < 4 blijft tekst, net als een losse {." in text(article(page))
    assert [text(strong) for strong in article(page).find_all("strong") if text(strong) == "twee"] == ["twee"]


def test_one_name_under_two_labels_and_names_differing_by_accent_get_their_own_pages(fixture_site: Path) -> None:
    names = {path.parent.name: text(article(soup(path)).find("h1")) for path in location_pages(fixture_site)}
    assert names == {
        "cafe-kids-partou": "Cafe Kids (Partou)",
        "cafe-kids-smallsteps": "Café Kids (Smallsteps)",
        "de-klaver-partou": "De Klaver (Partou)",
        "de-klaver-smallsteps": "De Klaver (Smallsteps)",
        "index-partou": "Index (Partou)",
        "kids-club-b-ster-b": "Kids | Club <b>Ster</b> (Smallsteps)",
        "t-hummeltje": "'t Hummeltje",
    }


# --- The real 2024 site ---------------------------------------------------------------------------


def test_one_page_per_location_category_and_the_fixed_pages(real_site: Path, data) -> None:
    locations = data.complaints[["locatie", "label"]].drop_duplicates()
    assert len(location_pages(real_site)) == len(locations) == 330
    assert {path.parent.name for path in (real_site / "categorieen").glob("*/index.html")} == {
        page.parent.name for page in (real_site / "categorieen").glob("*/index.html")
    }
    assert len(list((real_site / "categorieen").glob("*/index.html"))) == len(data.report.vocabulary.categories) == 13
    for page in ["index.html", "locaties/index.html", "categorieen/index.html", "geschillen/index.html", "verslag/index.html",
                 "verslag/cijfers-lezen/index.html", "verslag/afstemming/index.html", "verslag/voorwoord/index.html",
                 "verslag/klachtenprocedure/index.html", "verslag/nawoord/index.html"]:
        assert (real_site / page).is_file(), page


def test_every_complaint_is_on_exactly_one_location_page_and_one_category_page(real_site: Path, data) -> None:
    on_location_pages = Counter(number for path in location_pages(real_site) for number in complaint_ids(soup(path)))
    on_category_pages = Counter(number for path in category_pages(real_site) for number in complaint_ids(soup(path)))
    expected = Counter(data.complaints["volgnummer"].tolist())
    assert on_location_pages == expected
    assert on_category_pages == expected


def test_location_pages_show_the_counts_of_the_data(real_site: Path, data) -> None:
    complaints = data.complaints
    headings = {}
    for path in location_pages(real_site):
        page = article(soup(path))
        ids = complaint_ids(page)
        rows = complaints[complaints["volgnummer"].isin(ids)]
        assert rows[["locatie", "label"]].drop_duplicates().shape[0] == 1, path
        first = rows.iloc[0]
        heading = text(page.find("h1"))
        headings[first["locatie"]] = heading
        # A location with a label is named with the label's short name, one without by its name alone.
        assert heading == (f"{first['locatie']} ({LABEL_NAMES[first['label']]})" if first["label"] else first["locatie"]), path
        count = len(rows)
        assert f"had in 2024 {count} {'klacht' if count == 1 else 'klachten'}" in text(page), path
        per_category, gegrond = page.find_all("table")[:2]
        assert {name: number(value) for name, value in table_rows(per_category)} == rows["categorie"].value_counts().to_dict()
        shown = {row[0]: number(row[1]) for row in table_rows(gegrond)}
        assert shown["Gegrond: ja"] == (rows["gegrond"] == "Ja").sum()
        assert shown["Gegrond: deels"] == (rows["gegrond"] == "Deels").sum()
        assert shown["Gegrond: nee"] == (rows["gegrond"] == "Nee").sum()
        assert shown["Totaal"] == count
    assert {name: headings[name] for name in ("'t Dijkje", "BSO Karspeldreef 501", "Westhof")} == {
        "'t Dijkje": "'t Dijkje (Smallsteps)",
        "BSO Karspeldreef 501": "BSO Karspeldreef 501 (Partou)",
        "Westhof": "Westhof",
    }


def test_category_pages_show_the_counts_of_the_data(real_site: Path, data) -> None:
    complaints = data.complaints
    for path in sorted((real_site / "categorieen").glob("*/index.html")):
        page = article(soup(path))
        name = text(page.find("h1"))
        rows = complaints[complaints["categorie"] == name]
        count = len(rows)
        assert f"In 2024 waren er {count} {'klacht' if count == 1 else 'klachten'} van deze soort." in text(page), path
        per_label, gegrond = page.find_all("table")[:2]
        labels = rows["label"].map(lambda label: LABEL_NAMES.get(label, "Geen label")).value_counts()
        assert {row[0]: number(row[1]) for row in table_rows(per_label)} == {
            column: int(labels.get(column, 0)) for column in ("Geen label", "Partou", "Smallsteps")
        }
        assert {row[0]: number(row[1]) for row in table_rows(gegrond)}["Totaal"] == count


def test_home_page_figures_are_the_data(real_site: Path, data) -> None:
    complaints = data.complaints
    page = article(soup(real_site / "index.html"))
    assert "Ouders dienden in 2024 537 klachten in" in text(page)
    gegrond, by_label = page.find_all("table")[:2]
    shown = {row[0]: number(row[1]) for row in table_rows(gegrond)}
    assert shown == {
        "Gegrond: ja": 264, "Gegrond: deels": 207, "Gegrond: nee": 65, "Geen oordeel vermeld": 1, "Totaal": 537,
    }
    assert shown["Gegrond: ja"] == (complaints["gegrond"] == "Ja").sum()
    rows = table_rows(by_label)
    for row in rows[:-1]:
        in_category = complaints[complaints["categorie"] == row[0]]
        assert number(row[-1]) == len(in_category)
    assert [number(value) for value in rows[-1][1:]] == [4, 189, 344, 537]
    assert "Het aantal klachten is 0,73% van het aantal opgevangen kinderen." in text(page)


def test_locations_index_lists_every_location_with_its_count(real_site: Path, data) -> None:
    counts = data.complaints.groupby("locatie").size()
    listed = {}
    for path in [real_site / "locaties" / "index.html", *sorted((real_site / "locaties" / "a-z").glob("*/index.html"))]:
        for row in table_rows(article(soup(path)).find("table")):
            listed[row[0]] = listed.get(row[0], 0) + number(row[2])
    assert listed == counts.to_dict()


def test_disputes_page_lists_the_five_cases(real_site: Path) -> None:
    page = article(soup(real_site / "geschillen" / "index.html"))
    cases = [row[0] for table in page.find_all("table")[1:] for row in table_rows(table)]
    assert sorted(cases) == sorted(["635130", "340638", "253063", "523294", "801846"])


def test_every_page_has_a_title_and_a_description(real_site: Path) -> None:
    for path in real_site.rglob("*.html"):
        if path.name == "404.html":
            continue
        page = soup(path)
        assert page.title and page.title.get_text().strip(), path
        description = page.find("meta", attrs={"name": "description"})
        assert description and description["content"].strip(), path
    location = soup(real_site / "locaties" / "boerderij-geessinkweg" / "index.html")
    assert location.title.get_text() == "Klachten 2024 over Boerderij Geessinkweg (Smallsteps) - Klachtenjaarverslag Partou kinderopvang 2024"
    assert location.find("meta", attrs={"name": "description"})["content"].startswith("1 klacht in 2024 over Boerderij Geessinkweg")


URL_ATTRIBUTES = ("href", "src", "srcset", "action", "data", "poster", "formaction")


def test_no_page_refers_to_another_host_except_links_in_the_text(real_site: Path) -> None:
    offending = set()
    for path in real_site.rglob("*.html"):
        page = soup(path)
        content = article(page)
        for element in page.find_all(True):
            for attribute in URL_ATTRIBUTES:
                value = element.get(attribute)
                if not value or not urlparse(value.split()[0]).netloc or value.startswith(PUBLIC_ADDRESS):
                    continue  # the site's own public address (its canonical link) is not another host
                ordinary_link = element.name == "a" and content is not None and content in element.parents
                if not ordinary_link:
                    offending.add((path.relative_to(real_site).as_posix(), element.name, value))
        for style in page.find_all("style"):
            if re.search(r"url\(\s*['\"]?(https?:)?//", style.get_text()):
                offending.add((path.relative_to(real_site).as_posix(), "style", "url()"))
    assert sorted(offending) == []
