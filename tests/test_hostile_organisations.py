"""A site of several organisations whose folders are named like the site's own paths (zoeken,
zoekindex, 404, gemeenten), whose names in verslag.yaml are markup, and one of which has a locations
file of hostile values, built with `mkdocs build --strict`: the site's own pages stay where they
are, and every value lands as the text it is, on every page, in every <title>, filter and
spreadsheet file."""

from __future__ import annotations

import csv
import shutil
from pathlib import Path
from urllib.parse import urlparse

import pytest
from bs4 import BeautifulSoup

from site_builder import ROOT, build_site

pytestmark = pytest.mark.slow

YEAR = ROOT / "tests" / "fixtures" / "site" / "data" / "2024"
FOLDERS = ("zoeken", "zoekindex", "404", "gemeenten")
# The hand-written texts' own links, and the register's pages.
OTHER_HOSTS = {"www.degeschillencommissie.nl", "datapackage.org", "www.landelijkregisterkinderopvang.nl"}
PLACES = {
    "Plaats | <i>a</i> *b* # `c` [d](javascript:alert(1))": "..",
    "Plaats ! <i>a</i> *b* # `c` [d](e) {: onclick=alert(2) }": "/",
    '" onmouseover="alert(3)': "-=HYPERLINK(\"http://x\")",
    "{{ 7*7 }} {% raw %}": "@SUM(1)",
}


def name_of(folder: str) -> str:
    return f"<b>Org {folder}</b> | *x* [a](javascript:alert(1)) `c` # {{{{ 7*7 }}}} &lt; \" '"


def locations_file() -> str:
    header = "actuele_naam_oko;label;lrk_id;type_oko;aantal_kindplaatsen;opvanglocatie_woonplaats;verantwoordelijke_gemeente;lrk_url"
    rows = [
        ("De Klaver", "Partou B.V.", "000000001", "KDV", "1", "https://www.landelijkregisterkinderopvang.nl/pp/#/inzien/oko/gegevens/1?x=1&y=2"),
        ("De Klaver", "Smallsteps B.V.", "999999999999999", "BSO", "999999999", "https://www.landelijkregisterkinderopvang.nl//evil.example/"),
        ("Café Kids", "Smallsteps B.V.", "", "psz", "16", ""),
        ("Kids | Club <b>Ster</b>", "Smallsteps B.V.", "444444444", "KDV", "80", ""),
    ]
    lines = [header]
    for (name, label, number, kind, places, address), (place, municipality) in zip(rows, PLACES.items()):
        cells = [name, label, number, kind, places, place, municipality, address]
        lines.append(";".join('"' + cell.replace('"', '""') + '"' for cell in cells))
    return "\n".join(lines) + "\n"


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    work = tmp_path_factory.mktemp("hostile-organisaties")
    data = work / "data"
    for folder in FOLDERS:
        shutil.copytree(YEAR, data / folder / "2024")
        report = data / folder / "2024" / "verslag.yaml"
        quoted = name_of(folder).replace("\\", "\\\\").replace('"', '\\"')
        report.write_text(report.read_text(encoding="utf-8").replace("organisatie: Voorbeeld kinderopvang", f'organisatie: "{quoted}"', 1), encoding="utf-8")
    (data / "zoeken" / "locaties.csv").write_text(locations_file(), encoding="utf-8")
    return build_site(data, work / "build", privacy_check=False)


def page(path: Path) -> BeautifulSoup:
    return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")


def test_the_sites_own_pages_stay_where_they_are(site: Path) -> None:
    search = page(site / "zoeken" / "index.html")
    assert [box["value"] for box in search.select("input[name=organisatie]")] == [name_of(folder) for folder in sorted(FOLDERS)]
    assert (site / "zoekindex" / "index.json").is_file()
    assert (site / "404.html").is_file() and not (site / "404").exists()
    for folder in FOLDERS:
        overview = page(site / "organisaties" / folder / "index.html")
        assert overview.title.get_text().startswith(f"Klachten 2024 over {' '.join(name_of(folder).split())}"), folder


def test_no_page_has_an_element_an_event_attribute_or_a_link_from_the_data(site: Path) -> None:
    problems = []
    for path in sorted(site.rglob("*.html")):
        where = path.relative_to(site).as_posix()
        for element in page(path).find_all(True):
            if element.name in ("b", "i"):
                problems.append((where, str(element)[:80]))
            if element.name == "script" and not element.get("src") and "alert(" in element.get_text():
                problems.append((where, "script"))
            for attribute, value in element.attrs.items():
                if attribute.startswith("on"):
                    problems.append((where, attribute))
            address = element.get("href") or element.get("src") or ""
            parsed = urlparse(address)
            if parsed.scheme not in ("", "http", "https", "mailto") or (parsed.netloc and parsed.netloc not in OTHER_HOSTS):
                problems.append((where, address))
    assert problems == []


def heading(path: Path) -> str:
    """The page's h1 without its permalink."""
    h1 = page(path).select_one("article h1")
    for link in h1.select(".headerlink"):
        link.decompose()
    return h1.get_text()


def test_place_and_municipality_pages_show_their_names_as_text(site: Path) -> None:
    root = site / "organisaties" / "zoeken"
    headings = {heading(path) for path in root.glob("plaatsen/*/index.html")}
    assert headings == {f"Locaties in {place}" for place in PLACES}
    headings = {heading(path) for path in root.glob("gemeenten/*/index.html")}
    assert headings == {f"Locaties in gemeente {municipality}" for municipality in PLACES.values()}
    titles = {page(path).title.get_text() for path in root.glob("plaatsen/*/index.html")}
    assert all(any(title.startswith(f"Locaties in {place}: klachten 2024") for title in titles) for place in PLACES)


def test_the_location_page_links_only_to_the_register(site: Path) -> None:
    klaver = page(site / "locaties" / "de-klaver-partou-zoeken" / "index.html")
    links = [link["href"] for link in klaver.select("article a") if urlparse(link["href"]).netloc]
    assert links == ["https://www.landelijkregisterkinderopvang.nl/pp/#/inzien/oko/gegevens/1?x=1&y=2"]
    assert "registratienummer 000000001" in klaver.select_one("article").get_text()


def test_the_spreadsheet_files_of_the_places_quote_a_formula_and_keep_every_other_value(site: Path) -> None:
    rows = []
    for path in sorted((site / "organisaties" / "zoeken" / "gemeenten").glob("*.csv")):
        with path.open(encoding="utf-8-sig", newline="") as file:
            rows += list(csv.DictReader(file, delimiter=";"))
    municipalities = {row["verantwoordelijke_gemeente"] for row in rows}
    assert municipalities == {"..", "/", "'-=HYPERLINK(\"http://x\")", "'@SUM(1)"}
    assert {row["opvanglocatie_woonplaats"] for row in rows} == set(PLACES)
    assert {row["lrk_id"] for row in rows} == {"000000001", "999999999999999", "", "444444444"}
