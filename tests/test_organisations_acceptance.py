"""Acceptance of issue 15 (several organisations on one site), on data the command line makes:
`synth --organisaties 2 --met-bron` puts the real 2024 data beside two synthetic organisations
(one without labels and with categories of its own, one without gegrond, each with a
locations file), and data/oude-adressen.yaml
says the site was the 2024 organisation's own before. Built with `mkdocs build --strict`.

Every figure expected here is counted from the input files themselves (klachten.csv,
geschillen.csv, locaties.csv and verslag.yaml of each organisation, read with the csv and yaml
modules), never with the generator's own functions: every count on the home page, the
organisations page and each organisation's overview, every location page, the organisation
and location filters of Zoeken en filteren and every CSV the site offers equals the data; and
every file address of the site of the 2024 data alone still serves a file."""

from __future__ import annotations

import csv
import io
import re
from collections import Counter
from html import unescape
from pathlib import Path

import pytest
import yaml

from search_index_files import content_folder, location_counts
from test_organisations_site import box_values, index_filter, table_rows

pytestmark = pytest.mark.slow

REAL = "partou-kinderopvang"  # the folder synth --met-bron gives the copy of data/2024 (conftest.SYNTH_REAL)
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


@pytest.fixture(scope="module")
def acceptance_data(synth_organisations_data) -> Path:
    return synth_organisations_data


@pytest.fixture(scope="module")
def acceptance_site(synth_organisations_site) -> Path:
    return synth_organisations_site


class Organisation:
    """One organisation as its input files say it, read without the generator."""

    def __init__(self, folder: Path) -> None:
        [year] = [path for path in folder.iterdir() if path.is_dir()]
        report = yaml.safe_load((year / "verslag.yaml").read_text(encoding="utf-8"))
        self.slug = folder.name
        self.name = report["organisatie"]
        self.label_names = report.get("labels") or {}
        self.complaints = read_csv(year / "klachten.csv")
        self.disputes = read_csv(year / "geschillen.csv")
        locations_file = folder / "locaties.csv"
        self.locations_file = read_csv(locations_file) if locations_file.is_file() else None

    def key(self, row: dict[str, str]) -> tuple[str, str]:
        return row["locatie"], row.get("label", "")

    @property
    def per_location(self) -> Counter:
        return Counter(self.key(row) for row in self.complaints)

    def count(self, column: str) -> Counter:
        return Counter(row[column] for row in self.complaints)


def read_csv(path: Path) -> list[dict[str, str]]:
    text = path.read_text(encoding="utf-8-sig")
    dialect = ";" if text.split("\n", 1)[0].count(";") > text.split("\n", 1)[0].count(",") else ","
    return list(csv.DictReader(io.StringIO(text), delimiter=dialect))


@pytest.fixture(scope="module")
def organisations(acceptance_data) -> dict[str, Organisation]:
    return {folder.name: Organisation(folder) for folder in sorted(acceptance_data.iterdir()) if folder.is_dir()}


def html(site: Path, path: str) -> str:
    return (site / path).read_text(encoding="utf-8")


def number(count: int) -> str:
    return f"{count:,}".replace(",", ".")


def test_the_command_made_two_synthetic_organisations_beside_the_real_one(organisations, acceptance_data) -> None:
    assert yaml.safe_load((acceptance_data / "oude-adressen.yaml").read_text(encoding="utf-8")) == {"organisatie": REAL}
    real = organisations[REAL]
    assert real.name == "Partou kinderopvang" and real.locations_file is None
    synthetic = [organisation for slug, organisation in organisations.items() if slug != REAL]
    assert len(synthetic) == 2
    assert {("label" in organisation.complaints[0], "gegrond" in organisation.complaints[0]) for organisation in synthetic} == {(False, True), (True, False)}
    assert sorted(len(organisation.complaints) for organisation in synthetic) == [len(real.complaints), 2 * len(real.complaints)]
    # One divides its complaints into categories of its own.
    assert len({frozenset(organisation.count("categorie")) for organisation in organisations.values()}) == 2
    places = [{(row["verantwoordelijke_gemeente"], row["opvanglocatie_woonplaats"]) for row in organisation.locations_file} for organisation in synthetic]
    assert places[0] & places[1]
    names = [{row["locatie"] for row in organisation.complaints} for organisation in synthetic]
    assert names[0] & names[1]


def test_the_home_and_organisations_pages_give_each_organisations_totals(acceptance_site, organisations) -> None:
    for page in ("index.html", "organisaties/index.html"):
        rows = {row[0]: row for row in table_rows(html(acceptance_site, page)) if row}
        for organisation in organisations.values():
            name, year, complaints, with_complaint, per_location, judgements = rows[organisation.name]
            locations = len(organisation.per_location)
            assert (complaints, with_complaint) == (number(len(organisation.complaints)), number(locations)), (page, name)
            assert per_location == f"{len(organisation.complaints) / locations:.2f}".replace(".", ","), (page, name)
            if "gegrond" in organisation.complaints[0]:
                for value, count in organisation.count("gegrond").items():
                    if value:
                        assert f"{value}: {round(100 * count / len(organisation.complaints))}%" in judgements, (page, name, value)
            else:
                assert judgements == "geen oordeel in dit verslag"


def test_each_organisations_overview_counts_its_complaints_locations_judgements_and_categories(acceptance_site, organisations) -> None:
    for organisation in organisations.values():
        page = html(acceptance_site, f"organisaties/{organisation.slug}/index.html")
        complaints = number(len(organisation.complaints))
        assert f"<strong>{complaints} klachten</strong>" in page
        description = re.search(r'<meta name="description" content="([^"]*)"', page).group(1)
        assert f"{complaints} klachten" in description and f"bij {number(len(organisation.per_location))} locaties" in description, description
        rows = table_rows(page)
        if "gegrond" in organisation.complaints[0]:
            judged = {row[0]: row[1] for row in rows if row and (row[0].startswith("Gegrond: ") or row[0] == "Geen oordeel vermeld")}
            expected = {(f"Gegrond: {value.lower()}" if value else "Geen oordeel vermeld"): number(count) for value, count in organisation.count("gegrond").items()}
            assert judged == expected, organisation.slug
        else:
            assert not [row for row in rows if row and row[0].startswith("Gegrond")], organisation.slug
        categories = organisation.count("categorie")
        totals: dict[str, str] = {}
        for row in rows:
            if row and row[0] in categories:
                # The first table per category is this year's (a later one compares with the year before).
                totals.setdefault(row[0], row[-1])
        assert totals == {category: number(count) for category, count in categories.items()}, organisation.slug


def location_pages(site: Path) -> dict[str, str]:
    return {path.parent.name: path.read_text(encoding="utf-8") for path in (site / "locaties").glob("*/index.html") if path.parent.name != "a-z"}


def owner(page: str, organisations: dict[str, Organisation]) -> Organisation | None:
    """The organisation a location page belongs to (None: a page that lets a visitor choose)."""
    found = re.search(r'Deze locatie hoort bij <strong><a href="\.\./\.\./organisaties/([^/]+)/">', page)
    return organisations[found.group(1)] if found else None


def test_every_location_page_shows_exactly_the_complaints_of_its_location(acceptance_site, organisations) -> None:
    seen = Counter()
    for address, page in location_pages(acceptance_site).items():
        organisation = owner(page, organisations)
        if organisation is None:
            assert "Kies een organisatie" in page, address
            continue
        numbers = re.findall(r'<h3 id="klacht-2024-(\d+)"', page)
        rows = {row["volgnummer"]: row for row in organisation.complaints}
        [key] = {organisation.key(rows[found]) for found in numbers}
        assert len(numbers) == organisation.per_location[key], (address, key)
        seen[(organisation.slug, key)] += 1
    expected = {(organisation.slug, key) for organisation in organisations.values() for key in organisation.per_location}
    assert set(seen) == expected and set(seen.values()) == {1}


def test_zoeken_en_filteren_counts_each_organisation_and_each_of_its_locations_apart(acceptance_site, organisations) -> None:
    expected = {organisation.name: len(organisation.complaints) for organisation in organisations.values()}
    assert index_filter(acceptance_site, "organisatie") == expected
    page = html(acceptance_site, "zoeken/index.html")
    in_page = re.findall(r'data-filter="organisatie" data-waarde="([^"]*)" data-totaal="(\d+)"', page)
    assert {unescape(name): int(total) for name, total in in_page} == expected
    assert set(box_values(acceptance_site)["organisatie"].values()) == set(expected)
    # A location of the same name at two organisations is two values, each with its own count;
    # a location is named as its page names it, with its label's short name where it has a label.
    by_name = Counter()
    for organisation in organisations.values():
        for row in organisation.complaints:
            label = row.get("label", "")
            shown = f"{row['locatie']} ({organisation.label_names[label]})" if label else row["locatie"]
            by_name[f"{shown} ({organisation.name})"] += 1
    assert location_counts(acceptance_site) == by_name


def csv_owner(path: str, site: Path, organisations: dict[str, Organisation]) -> Organisation:
    """The organisation whose data a CSV of the site holds."""
    if path.startswith("organisaties/"):
        return organisations[path.split("/")[1]]
    if path.startswith("locaties/"):
        found = owner(html(site, path.removesuffix(".csv") + "/index.html"), organisations)
        # An address of a location that became a choice between organisations keeps the CSV of
        # the organisation whose site this was (data/oude-adressen.yaml).
        return found or organisations[REAL]
    return organisations[REAL]  # the root's files are those of the site of 2024 alone


def unescaped(value: str, excel: bool) -> str:
    return value[1:] if excel and value[:1] == "'" and value[1:2] in FORMULA_STARTS else value


def check_complaints_csv(path: str, rows: list[dict[str, str]], organisation: Organisation, excel: bool) -> None:
    """Each row is a complaint of the organisation, exactly; the file holds all the complaints
    its place says: all of them, those of one category, or those of one location."""
    by_number = {row["volgnummer"]: row for row in organisation.complaints}
    for row in rows:
        source = by_number[row["volgnummer"]]
        assert {column: unescaped(value, excel) for column, value in row.items()} == {column: source[column] for column in row}, (path, row["volgnummer"])
    if "/categorieen/" in f"/{path}":
        [category] = {row["categorie"] for row in rows}
        assert len(rows) == organisation.count("categorie")[category], path
    elif path.startswith("locaties/"):
        [key] = {organisation.key(row) for row in rows}
        assert len(rows) == organisation.per_location[key], path
    else:
        assert [row["volgnummer"] for row in rows] == [row["volgnummer"] for row in organisation.complaints], path


def check_place_csv(path: str, rows: list[dict[str, str]], site: Path, organisations: dict[str, Organisation]) -> None:
    """Each location's complaints in 2024 are those of its organisation's records."""
    assert rows, path
    for row in rows:
        page = html(site, row["pagina"] + "index.html")
        organisation = owner(page, organisations)
        key = (row["actuele_naam_oko"], row.get("label", ""))
        assert int(row["klachten_2024"] or 0) == organisation.per_location[key], (path, key)


def test_every_csv_of_the_site_equals_the_data(acceptance_site, organisations) -> None:
    kinds = Counter()
    for file in sorted(acceptance_site.rglob("*.csv")):
        path = file.relative_to(acceptance_site).as_posix()
        rows = read_csv(file)
        columns = set(rows[0]) if rows else set()
        organisation = csv_owner(path, acceptance_site, organisations)
        if "volgnummer" in columns:
            check_complaints_csv(path, rows, organisation, excel=file.read_bytes().startswith(b"\xef\xbb\xbf"))
            kinds["klachten"] += 1
        elif "zaaknummer" in columns:
            assert rows == organisation.disputes, path
            kinds["geschillen"] += 1
        elif "klachten_2024" in columns:
            check_place_csv(path, rows, acceptance_site, organisations)
            kinds["plaatsen"] += 1
        elif path.endswith("/data/locaties.csv"):
            assert rows == organisation.locations_file, path
            kinds["locaties"] += 1
        else:
            pytest.fail(f"{path}: een CSV die deze test niet kent (kolommen {sorted(columns)})")
    assert min(kinds.values()) >= 1 and len(kinds) == 4, kinds


def published_addresses(site: Path) -> set[str]:
    """Every file address of a built site, but for the search index (in a folder named after its
    content; a page asks for it through zoekindex/index.json, which stays) and the precompressed
    copies (a host serves them at the address of their file)."""
    index_content = content_folder(site).relative_to(site).as_posix() + "/"
    return {
        path.relative_to(site).as_posix().removesuffix(".gz").removesuffix(".br")
        for path in site.rglob("*")
        if path.is_file() and not path.relative_to(site).as_posix().startswith(index_content) and path.name != ".klachtenjaarverslag-site"
    }


def test_the_entry_file_of_the_search_index_is_among_the_addresses_kept(real_site) -> None:
    assert "zoekindex/index.json" in published_addresses(real_site)


def test_every_file_address_of_the_site_of_2024_alone_still_serves_a_file(acceptance_site, real_site) -> None:
    before = published_addresses(real_site)
    after = published_addresses(acceptance_site)
    assert {"data/klachten.csv", "data/klachten-excel.csv", "data/datapackage.json"} <= before
    assert sorted(before - after) == []
    for path in ("data/klachten.csv", "data/klachten.json", "data/geschillen.csv", "data/datapackage.json"):
        assert (acceptance_site / path).read_bytes() == (acceptance_site / "organisaties" / REAL / path).read_bytes(), path
