"""A hostile value in every field of every table and of verslag.yaml (tests/fixtures/hostile),
through the whole build: every page, the header search's index, the index of Zoeken en filteren, the CSV
and JSON downloads and the PDF. Everywhere the value arrives as the text it is; nowhere does it
make an element, an event attribute, a script or a link to another scheme or host.

Each hostile value tries every context at once (an element, the end of <title>, <textarea>,
<style> and <script>, an attribute, a Markdown link, image and attribute list, a template, a
character reference) and names its field in its alert(), so a failure says where it came from.
"""

from __future__ import annotations

import csv
import json
import re
import shutil
from functools import lru_cache
from pathlib import Path
from urllib.parse import urlparse

import pandas as pd
import pytest
from bs4 import BeautifulSoup
from pypdf import PdfReader

from generator.dataset.dataset import load_dataset
from generator.markup import FORMULA_START
from generator.rapport import write_pdf
from generator.site.search_records import filter_numbers
from generator.view.load import load_year
from generator.view.context import generate_context
from search_index_files import location_counts, records as index_records
from site_builder import ROOT
from test_rapport import require_chromium

pytestmark = pytest.mark.slow

YEAR = ROOT / "tests" / "fixtures" / "hostile" / "data" / "2024"
URL_ATTRIBUTES = ("href", "src", "action", "formaction", "data", "poster", "srcset", "xlink:href", "background", "cite", "ping")
LOADING_ELEMENTS = {"script": "src", "link": "href", "img": "src", "iframe": "src", "source": "src", "video": "src",
                    "audio": "src", "object": "data", "embed": "src", "image": "href", "use": "href"}
SAFE_SCHEMES = ("http", "https", "mailto", "")


@pytest.fixture(scope="module")
def dataset():
    return load_dataset(YEAR)


@pytest.fixture(scope="module")
def site_context(dataset):
    return generate_context(dataset)


def text_of(value: str) -> str:
    return " ".join(str(value).split())


def hostile_texts(dataset) -> dict[str, str]:
    """Every hostile free-text value by where it comes from: the fields of verslag.yaml that a
    page shows, the label and its name, the year's own category, judgement (with its meaning) and
    dispute outcome, and each text column of the first complaint and dispute."""
    report = dataset.report
    vocabulary = report.vocabulary
    [(label, label_name)] = vocabulary.labels.items()
    [judgement] = [judgement for judgement in vocabulary.judgements if "alert" in judgement.name]
    complaint = dataset.complaints.iloc[0]
    dispute = dataset.disputes.iloc[0]
    return {
        "organisatie": report.organisation, "titel": report.title, "versie": report.version, "auteur": report.author,
        "label": label, "labelnaam": label_name,
        "categorie": next(name for name in vocabulary.category_names if "alert" in name),
        "oordeel": judgement.name, "betekenis": judgement.meaning,
        "uitkomst": next(name for name in vocabulary.outcome_names if "alert" in name),
        **{column: complaint[column] for column in ("locatie", "omschrijving", "oplossing")},
        **{column: dispute[column] for column in ("entiteit", "zaaknummer", "uitspraak")},
    }


@lru_cache(maxsize=None)
def page(path: Path) -> BeautifulSoup:
    return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")


def pages(site: Path) -> list[Path]:
    return sorted(site.rglob("*.html"))


def scheme(value: str) -> str:
    """The scheme a browser sees: control characters and white space do not count."""
    cleaned = re.sub(r"[\x00-\x20\x7f]+", "", value).lower()
    match = re.match(r"^([a-z][a-z0-9+.-]*):", cleaned)
    return match.group(1) if match else ""


# --- Every page -----------------------------------------------------------------------------------


def test_the_fixture_has_a_hostile_value_in_every_field(dataset) -> None:
    for field, value in hostile_texts(dataset).items():
        assert f'alert("{field}")' in value and "<script>" in value, field


def test_no_page_has_an_event_attribute_a_script_from_the_data_or_a_bad_link(hostile_site: Path) -> None:
    problems = []
    for path in pages(hostile_site):
        where = path.relative_to(hostile_site).as_posix()
        for element in page(path).find_all(True):
            for name, value in element.attrs.items():
                values = value if isinstance(value, list) else [value]
                if name.lower().startswith("on"):
                    problems.append((where, element.name, name))
                if name.lower() in URL_ATTRIBUTES and any(scheme(item) not in SAFE_SCHEMES for item in values):
                    problems.append((where, element.name, name, values))
            if element.name in ("iframe", "img", "object", "embed", "textarea", "frame", "base"):
                problems.append((where, element.name))
            if element.name == "script" and not element.get("src") and "alert(" in element.get_text():
                problems.append((where, "script", element.get_text()[:80]))
    assert problems == []


def test_no_page_loads_anything_from_another_host(hostile_site: Path) -> None:
    loading = []
    for path in pages(hostile_site):
        for tag, attribute in LOADING_ELEMENTS.items():
            for element in page(path).find_all(tag):
                address = element.get(attribute) or element.get(f"xlink:{attribute}") or ""
                if urlparse(address.strip()).netloc:
                    loading.append((path.relative_to(hostile_site).as_posix(), tag, address))
    assert loading == []


def test_title_meta_and_header_show_the_values_as_text(hostile_site: Path, dataset, site_context) -> None:
    title = text_of(dataset.report.title)
    for path in pages(hostile_site):
        document = page(path)
        assert document.title.get_text().endswith(title), path
        assert len(document.find_all("title")) == len(document.select("svg title")) + 1, path
        topic = document.select_one(".md-header__topic .md-ellipsis")
        assert topic is not None and text_of(topic.get_text()) == title, path
    for location in site_context.locations:
        document = page(hostile_site / "locaties" / location.slug / "index.html")
        name = text_of(location.distinct_name)
        assert document.title.get_text() == f"Klachten 2024 over {name} - {title}"
        description = document.find("meta", attrs={"name": "description"})["content"]
        assert description.startswith(f"1 klacht in 2024 over {text_of(location.distinct_name)}. ")
        assert text_of(document.select(".md-header__topic .md-ellipsis")[1].get_text()) == f"Klachten 2024 over {name}"
    home = page(hostile_site / "index.html")
    assert home.find("meta", attrs={"name": "description"})["content"].startswith(f"13 klachten van ouders over {text_of(dataset.report.organisation)}")


def article_text(path: Path) -> str:
    content = page(path).select_one("article.md-content__inner")
    for permalink in content.select("a.headerlink"):
        permalink.decompose()
    return text_of(content.get_text(" "))


def test_every_hostile_value_shows_literally_on_the_pages_that_show_its_field(hostile_site: Path, dataset, site_context) -> None:
    values = hostile_texts(dataset)
    location = next(location for location in site_context.locations if location.name == values["locatie"])
    shown_on = {
        "organisatie": "index.html", "titel": "verslag/index.html", "versie": "verslag/index.html", "auteur": "verslag/index.html",
        "label": "data/index.html", "labelnaam": f"locaties/{location.slug}/index.html",
        "locatie": f"locaties/{location.slug}/index.html", "omschrijving": f"locaties/{location.slug}/index.html",
        "oplossing": f"locaties/{location.slug}/index.html",
        "entiteit": "geschillen/index.html", "zaaknummer": "geschillen/index.html", "uitspraak": "geschillen/index.html",
        "categorie": "categorieen/index.html", "oordeel": "data/index.html", "betekenis": "verslag/cijfers-lezen/index.html",
        "uitkomst": "geschillen/index.html",
    }
    assert set(shown_on) == set(values)
    for field, path in shown_on.items():
        assert text_of(values[field]) in article_text(hostile_site / path), field
    # The entity as the report names it, compared on the reconciliation page.
    assert f"Geschillen ingediend, {text_of(values['entiteit'])}" in article_text(hostile_site / "verslag" / "afstemming" / "index.html")


def test_every_location_has_its_own_page_with_its_name_as_heading(hostile_site: Path, site_context) -> None:
    headings = {}
    for location in site_context.locations:
        heading = page(hostile_site / "locaties" / location.slug / "index.html").select_one("article h1")
        headings[location.slug] = text_of(heading.get_text().replace("¶", ""))
        assert headings[location.slug] == text_of(location.distinct_name)
    assert len(headings) == len(site_context.locations) == 13


def test_report_texts_show_their_markdown_and_their_character_references_as_text(hostile_site: Path) -> None:
    content = page(hostile_site / "verslag" / "voorwoord" / "index.html").select_one("article")
    text = text_of(content.get_text(" "))
    assert '<script>alert("voorwoord")</script> en <img src=x onerror=alert("voorwoord")> blijven tekst' in text
    assert "net als een losse < en een losse { en {: onclick=\"alert('voorwoord')\" }." in text
    links = [(link["href"], link.get("title")) for link in content.select("a:not(.headerlink)")]
    assert links == [("https://www.example.org/?a=1&b=%222%22", "titel \" onmouseover=alert(1)"), ("mailto:klachten@example.org", None)]


# --- The header search's index ----------------------------------------------------------------------


def test_the_search_index_holds_the_values_as_html_text(hostile_site: Path, dataset) -> None:
    """Material shows a result's title and text as HTML (innerHTML): both must be escaped."""
    documents = json.loads((hostile_site / "search" / "search_index.json").read_text(encoding="utf-8"))["docs"]
    allowed = {"p", "code", "pre", "li", "ol", "ul", "sub", "sup"}
    for document in documents:
        for part in ("title", "text"):
            markup = BeautifulSoup(document[part], "html.parser")
            assert {element.name for element in markup.find_all(True)} <= allowed, (document["location"], part)
            assert not [element for element in markup.find_all(True) if element.attrs], (document["location"], part)
    titles = {text_of(BeautifulSoup(document["title"], "html.parser").get_text()) for document in documents}
    texts = " ".join(text_of(BeautifulSoup(document["text"], "html.parser").get_text(" ")) for document in documents)
    values = hostile_texts(dataset)
    assert f"Klachten over {text_of(values['organisatie'])} in 2024" in titles
    assert any(title.startswith(text_of(values["locatie"])) for title in titles)
    assert text_of(values["entiteit"]) in titles
    for field in ("omschrijving", "oplossing", "uitspraak", "zaaknummer", "versie", "auteur"):
        assert text_of(values[field]) in texts, field


# --- The index of Zoeken en filteren --------------------------------------------------------------


def test_the_search_index_holds_the_values_as_written(hostile_site: Path, site_context) -> None:
    shown = {record["adres"]: record for record in index_records(hostile_site)}
    assert len(shown) == len(site_context.complaints)
    numbers = filter_numbers(site_context)
    labels, label_place = list(numbers["label"]), list(numbers).index("label")
    locations = location_counts(hostile_site)
    for complaint in site_context.complaints:
        record = shown[f"{complaint.location_page.removesuffix('.md')}/#{complaint.anchor}"]
        assert record["locatie"] == complaint.distinct_location
        assert locations[complaint.distinct_location] > 0
        assert labels[int(record["combinatie"].split(".")[label_place])] == complaint.label_name
        assert record["tekst"] == text_of(f"{complaint.omschrijving} {complaint.oplossing} {complaint.locatie} {complaint.label_name} {complaint.categorie}")
        # Where the oplossing and the properties start, in words: the page quotes the omschrijving
        # and the oplossing by these (docs/assets/zoeken.js).
        words = record["tekst"].split(" ")
        solution = record.get("oplossing", record["kenmerken"])  # no oplossing: no place of its own
        assert " ".join(words[:solution]) == text_of(complaint.omschrijving)
        assert " ".join(words[solution : record["kenmerken"]]) == text_of(complaint.oplossing)
        assert record["volgnummer"] == str(complaint.volgnummer)


# --- Downloads ----------------------------------------------------------------------------------------


def read_csv(path: Path, delimiter: str) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as stream:
        return list(csv.DictReader(stream, delimiter=delimiter))


def source_rows(name: str) -> list[dict[str, str]]:
    return read_csv(YEAR / name, ",")


def test_the_data_files_keep_the_exact_text(hostile_site: Path) -> None:
    for name in ("klachten", "geschillen"):
        assert read_csv(hostile_site / "data" / f"{name}.csv", ",") == source_rows(f"{name}.csv")
        from_json = json.loads((hostile_site / "data" / f"{name}.json").read_text(encoding="utf-8"))
        as_text = [{key: "" if value is None else str(value) for key, value in row.items()} for row in from_json]
        assert as_text == source_rows(f"{name}.csv")


def neutralised(row: dict[str, str]) -> dict[str, str]:
    return {key: "'" + value if value.startswith(FORMULA_START) else value for key, value in row.items()}


def test_the_spreadsheet_files_put_a_quote_before_a_formula_and_nothing_else(hostile_site: Path, site_context) -> None:
    source = source_rows("klachten.csv")
    excel = read_csv(hostile_site / "data" / "klachten-excel.csv", ";")
    assert excel == [neutralised(row) for row in source]
    assert any(row != neutralised(row) for row in source)  # the fixture has formulas to neutralise
    by_number = {row["volgnummer"]: neutralised(row) for row in source}
    for location in site_context.locations:
        rows = read_csv(hostile_site / "locaties" / f"{location.slug}.csv", ";")
        assert rows == [by_number[str(complaint.volgnummer)] for complaint in location.complaints]
    for path in [hostile_site / "data" / "klachten-excel.csv", *(hostile_site / "locaties").glob("*.csv"), *(hostile_site / "categorieen").glob("*.csv")]:
        for row in read_csv(path, ";"):
            assert not any(value.startswith(FORMULA_START) for value in row.values()), path


def test_data_page_and_data_package_say_which_files_are_exact_and_which_for_a_spreadsheet(hostile_site: Path) -> None:
    text = article_text(hostile_site / "data" / "index.html")
    assert "klachten.csv, klachten.json, geschillen.csv en geschillen.json bevatten elke tekst precies zoals in de gegevens" in text
    assert "klachten-excel.csv en de CSV per locatie en per soort klacht zijn om te openen in Excel" in text
    package = json.loads((hostile_site / "data" / "datapackage.json").read_text(encoding="utf-8"))
    assert "precies zoals in de gegevens" in package["description"]
    assert "klachten-excel.csv en de CSV-bestanden per locatie" in package["description"]


def test_a_spreadsheet_file_loaded_back_keeps_its_quotes_and_the_data_file_gives_the_same_records(hostile_site: Path, tmp_path: Path, dataset) -> None:
    """The round trip: klachten.csv gives the records back exactly; klachten-excel.csv gives the
    same records, except that a cell that started a formula keeps the quote put before it."""
    for name, expected in (("klachten.csv", dataset.complaints), ("klachten-excel.csv", None)):
        folder = tmp_path / name / "2024"
        shutil.copytree(YEAR, folder)
        shutil.copy(hostile_site / "data" / name, folder / "klachten.csv")
        reloaded = load_dataset(folder).complaints
        if expected is not None:
            pd.testing.assert_frame_equal(reloaded, expected)
            continue
        for column in ("locatie", "omschrijving", "oplossing"):
            assert reloaded[column].tolist() == [
                "'" + value if value.startswith(FORMULA_START) else value for value in dataset.complaints[column]
            ], column


# --- The PDF -------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def hostile_pdf(tmp_path_factory) -> Path:
    require_chromium()
    path = tmp_path_factory.mktemp("pdf") / "verslag.pdf"
    write_pdf(load_year(YEAR, check_privacy=False), path)
    return path


def squeezed(text: str) -> str:
    return re.sub(r"\s+", "", text)


def test_the_pdf_shows_every_value_as_text_and_has_no_script_or_other_link(hostile_pdf: Path, dataset) -> None:
    reader = PdfReader(hostile_pdf)
    text = squeezed("".join(pdf_page.extract_text() for pdf_page in reader.pages))
    for field, value in hostile_texts(dataset).items():
        if field in ("label", "betekenis"):
            continue  # the report shows labels by their short name, and does not explain the judgements
        # The report cuts a label name off where its column ends; what it shows is the value as written.
        shown = value[:120] if field == "labelnaam" else value
        assert squeezed(shown) in text, field
    raw = hostile_pdf.read_bytes()
    assert b"/JavaScript" not in raw and b"/JS " not in raw and b"/Launch" not in raw
    for pdf_page in reader.pages:
        for annotation in pdf_page.get("/Annots") or []:
            action = annotation.get_object().get("/A") or {}
            if "/URI" in action:
                assert scheme(str(action["/URI"])) in ("http", "https", "mailto"), action["/URI"]
