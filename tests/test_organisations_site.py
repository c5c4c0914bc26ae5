"""Acceptance of a site of several organisations: the real 2024 data (partou) and two synthetic
organisations of other sizes and vocabularies, built with `mkdocs build --strict`. Every count
on the home page, each organisation's overview, every location page, the organisation filter of
Zoeken en filteren and the CSV downloads equals the records; every address of the site of the
2024 data alone still leads to its page."""

from __future__ import annotations

import csv
import io
import json
import re
from html import unescape
from html.parser import HTMLParser
from pathlib import Path

from generator import schema
from generator.dataset.dataset import load_dataset
from generator.dataset.site_layout import organisation_folders
from generator.dutch import format_number
from generator.site.search_records import COMBINED
from search_index_files import combinations

# The pages the site has once for all organisations: the home page (now the organisations), the
# A-Z list and Zoeken en filteren, and the hand-written pages.
SITE_WIDE = ("index.html", "zoeken/index.html")
HAND_WRITTEN = ("toegankelijkheid/index.html",)
NAMES = {"partou": "Partou kinderopvang", "kindgroei": "Kindgroei (synthetisch)", "zonnetje": "Het Zonnetje (synthetisch)"}


class Cells(HTMLParser):
    """The text of each cell of each table row of a page."""

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[list[str]] = []
        self.cell: list[str] | None = None

    def handle_starttag(self, tag, attrs) -> None:
        if tag == "tr":
            self.rows.append([])
        elif tag in ("td", "th"):
            self.cell = []

    def handle_endtag(self, tag) -> None:
        if tag in ("td", "th") and self.cell is not None:
            self.rows[-1].append("".join(self.cell).strip())
            self.cell = None

    def handle_data(self, data) -> None:
        if self.cell is not None:
            self.cell.append(data)


def table_rows(html: str) -> list[list[str]]:
    parser = Cells()
    parser.feed(html)
    return parser.rows


def records(data_root: Path) -> dict[str, object]:
    """Each organisation's complaints, as its klachten.csv holds them (one year each here)."""
    found = {}
    for organisation in organisation_folders(data_root):
        [folder] = organisation.year_folders
        found[organisation.slug] = load_dataset(folder).complaints
    return found


def location_keys(frame) -> list[tuple[str, str]]:
    labels = frame[schema.LABEL_COLUMN] if schema.LABEL_COLUMN in frame else [""] * len(frame)
    return list(zip(frame["locatie"], labels))


def page(site: Path, address: str) -> str:
    return (site / address / "index.html").read_text(encoding="utf-8")


def test_the_home_page_lists_each_organisation_with_the_totals_of_its_records(organisations_site, organisations_data) -> None:
    rows = {row[0]: row for row in table_rows(page(organisations_site, "")) if row and row[0] in NAMES.values()}
    for slug, frame in records(organisations_data).items():
        locations = len(set(location_keys(frame)))
        name, _, complaints, with_complaint, _, judgements = rows[NAMES[slug]]
        assert (complaints, with_complaint) == (format_number(len(frame)), format_number(locations)), slug
        if "gegrond" in frame:
            given = frame["gegrond"][frame["gegrond"] != ""]
            for value, count in given.value_counts().items():
                assert f"{value}: {round(100 * count / len(frame))}%" in judgements, (slug, value)
        else:
            assert judgements == "geen oordeel in dit verslag"


def test_each_organisation_has_its_own_overview_with_its_count(organisations_site, organisations_data) -> None:
    for slug, frame in records(organisations_data).items():
        overview = page(organisations_site, f"organisaties/{slug}")
        assert f"<strong>{format_number(len(frame))} klachten</strong>" in overview, slug
        assert NAMES[slug] in overview


def location_pages(site: Path) -> dict[str, str]:
    """Every location page by its address part, without the A-Z list."""
    pages = {}
    for path in (site / "locaties").glob("*/index.html"):
        if path.parent.name != "a-z":
            pages[path.parent.name] = path.read_text(encoding="utf-8")
    return pages


def test_every_location_of_every_organisation_has_one_page_with_its_complaints(organisations_site, organisations_data) -> None:
    pages = location_pages(organisations_site)
    expected = {}
    for slug, frame in records(organisations_data).items():
        for key in location_keys(frame):
            expected[(slug, key)] = expected.get((slug, key), 0) + 1
    assert len(pages) == len(expected)
    counted = {}
    for address, html in pages.items():
        [organisation] = [slug for slug, name in NAMES.items() if f"Deze locatie hoort bij <strong><a href=\"../../organisaties/{slug}/\">" in html]
        counted[organisation] = counted.get(organisation, 0) + len(re.findall(r'<h3 id="klacht-', html))
    for slug, frame in records(organisations_data).items():
        assert counted[slug] == len(frame), slug


def box_values(site: Path) -> dict[str, dict[str, str]]:
    """The value of each box of Zoeken en filteren by its number in the index (data-nummer), per filter."""
    html = (site / "zoeken" / "index.html").read_text(encoding="utf-8")
    boxes: dict[str, dict[str, str]] = {}
    for tag in re.findall(r'<input type="checkbox"[^>]*>', html):
        attributes = dict(re.findall(r'([\w-]+)="([^"]*)"', tag))
        boxes.setdefault(attributes["name"], {})[attributes["data-nummer"]] = unescape(attributes["value"])
    return boxes


def index_filter(site: Path, name: str) -> dict[str, int]:
    """How many records each value of filter `name` selects, read from the index itself: its
    combinations, decoded by the numbers on the page's boxes."""
    boxes = box_values(site)
    order = [filter_name for filter_name in COMBINED if filter_name in boxes]
    counts: dict[str, int] = {}
    for combination in combinations(site):
        number = combination.split(".")[order.index(name)]
        if number:
            value = boxes[name][number]
            counts[value] = counts.get(value, 0) + 1
    return counts


def test_the_organisation_filter_counts_each_organisations_complaints(organisations_site, organisations_data) -> None:
    counts = index_filter(organisations_site, "organisatie")
    expected = {NAMES[slug]: len(frame) for slug, frame in records(organisations_data).items()}
    assert counts == expected
    # The counts the page shows before a search, without loading the index.
    html = (organisations_site / "zoeken" / "index.html").read_text(encoding="utf-8")
    in_page = re.findall(r'data-filter="organisatie" data-waarde="([^"]*)" data-totaal="(\d+)"', html)
    assert {unescape(name): int(total) for name, total in in_page} == expected


def test_categories_are_never_counted_across_organisations(organisations_site, organisations_data) -> None:
    counts = index_filter(organisations_site, "categorie")
    expected = {}
    for slug, frame in records(organisations_data).items():
        for category, count in frame["categorie"].value_counts().items():
            expected[f"{category} ({NAMES[slug]})"] = int(count)
    assert counts == expected


def test_each_organisations_csv_holds_its_records(organisations_site, organisations_data) -> None:
    for slug, frame in records(organisations_data).items():
        text = (organisations_site / "organisaties" / slug / "data" / "klachten.csv").read_text(encoding="utf-8-sig")
        rows = list(csv.DictReader(io.StringIO(text)))
        assert len(rows) == len(frame), slug
        assert [row["volgnummer"] for row in rows] == [str(number) for number in frame["volgnummer"]]


def test_every_address_of_the_site_of_2024_alone_leads_to_its_page(organisations_site, real_site) -> None:
    alone = sorted(path.relative_to(real_site).as_posix() for path in real_site.rglob("index.html"))
    assert alone
    for path in alone:
        together = organisations_site / path
        assert together.is_file(), path
        html = together.read_text(encoding="utf-8")
        same_page = path.startswith("locaties/") and not path.startswith(("locaties/index.html", "locaties/a-z/"))
        if same_page or path in HAND_WRITTEN:
            # No synthetic location shares an address with a real one: the same page.
            heading = re.search(r"<h1[^>]*>(.*?)<", (real_site / path).read_text(encoding="utf-8")).group(1)
            assert f">{heading}<" in html, path
        elif path not in SITE_WIDE and not path.startswith("locaties/"):
            assert "Kies een organisatie" in html, path
            folder = path.removesuffix("index.html")
            depth = folder.count("/")
            assert f'href="{"../" * depth}organisaties/partou/{folder}"' in html, path


def test_the_a_z_list_counts_every_complaint_of_every_organisation_once(organisations_site, organisations_data) -> None:
    per_organisation: dict[str, int] = {}
    listed = 0
    for path in [organisations_site / "locaties" / "index.html", *(organisations_site / "locaties" / "a-z").glob("*/index.html")]:
        for row in table_rows(path.read_text(encoding="utf-8")):
            if len(row) == 4 and row[1] in NAMES.values():
                per_organisation[row[1]] = per_organisation.get(row[1], 0) + int(row[3].replace(".", ""))
                listed += 1
    assert per_organisation == {NAMES[slug]: len(frame) for slug, frame in records(organisations_data).items()}
    assert listed == len(location_pages(organisations_site))


def test_the_header_search_covers_every_organisation(organisations_site) -> None:
    index = json.loads((organisations_site / "search" / "search_index.json").read_text(encoding="utf-8"))
    addresses = {entry["location"].split("#")[0] for entry in index["docs"]}
    assert {f"locaties/{address}/" for address in location_pages(organisations_site)} <= addresses
    assert {f"organisaties/{slug}/" for slug in NAMES} <= addresses
