"""A year with words of its own (tests/fixtures/zes-soorten: six categories, no labels, no gegrond
column, its own dispute outcomes) builds with no change to the code: its pages are the reviewed
ones, and no page, download, search record or PDF says anything about a label or a judgement."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from generator.rapport.document import pdf_html
from generator.site.generate import render_docs
from generator.site.search_records import COMBINED_FILTER, filter_numbers, search_records
from generator.view.load import load_year
from site_builder import ROOT
from search_index_files import combinations
from unspoken import spoken_text, unspoken_words

FIXTURE = ROOT / "tests" / "fixtures" / "zes-soorten"
YEAR = FIXTURE / "data" / "2025"


@pytest.fixture(scope="module")
def year():
    return load_year(YEAR)


@pytest.fixture(scope="module")
def rendered(year) -> dict[str, str]:
    return render_docs(year)


def test_the_year_renders_to_the_reviewed_pages(rendered) -> None:
    folder = FIXTURE / "verwacht"
    expected = {path.relative_to(folder).as_posix(): path.read_text(encoding="utf-8") for path in sorted(folder.rglob("*")) if path.is_file()}
    assert sorted(rendered) == sorted(expected)
    for path, text in expected.items():
        assert rendered[path] == text, path


def test_its_own_categories_get_pages_and_downloads(rendered, year) -> None:
    slugs = [category.slug for category in year.categories]
    assert slugs == ["opvang-en-verzorging", "contact-met-ouders", "eten-en-drinken", "veiligheid", "rekeningen", "openingstijden"]
    for slug in slugs:
        assert f"categorieen/{slug}/index.md" in rendered and f"categorieen/{slug}.csv" in rendered
    assert [category.name for category in year.categories if category.complaints] == [category.name for category in year.categories]


def test_no_page_or_download_says_anything_about_labels_or_gegrond(rendered) -> None:
    said = {path: unspoken_words(spoken_text(text) if path.endswith(".md") else text) for path, text in rendered.items()}
    assert {path: words for path, words in said.items() if words} == {}


def test_the_downloads_have_no_label_and_no_gegrond_field(rendered) -> None:
    columns = ["volgnummer", "locatie", "categorie", "omschrijving", "oplossing", "bron_regel"]
    assert rendered["data/klachten.csv"].lstrip("\ufeff").splitlines()[0] == ",".join(columns)
    assert rendered["data/klachten-excel.csv"].lstrip("\ufeff").splitlines()[0] == ";".join(columns)
    package = json.loads(rendered["data/datapackage.json"])
    [complaints, disputes] = package["resources"]
    assert [field["name"] for field in complaints["schema"]["fields"]] == columns
    outcome = next(field for field in disputes["schema"]["fields"] if field["name"] == "uitkomst")
    assert outcome["constraints"]["enum"] == ["Toegewezen", "Afgewezen", "Ingetrokken"]


def test_search_records_filter_by_category_and_location_only(year) -> None:
    records = search_records(year, lambda path: f"/{path}")
    assert {name for record in records for name in record.filters} == {COMBINED_FILTER, "locatie"}
    # The combination of the boxes' filters holds only the category's number.
    numbers = filter_numbers(year)
    assert list(numbers) == ["categorie"]
    assert [record.filters[COMBINED_FILTER] for record in records] == [[str(numbers["categorie"][complaint.categorie])] for complaint in year.complaints]
    assert all("gegrond" not in record.meta for record in records)
    assert all(not unspoken_words(" ".join([record.properties, *record.meta.values()])) for record in records)


def test_the_printed_report_says_nothing_about_labels_or_gegrond(year) -> None:
    assert unspoken_words(spoken_text(pdf_html(year, {}))) == []


@pytest.mark.slow
def test_the_built_site_says_nothing_about_labels_or_gegrond(other_vocabulary_site: Path) -> None:
    pages = sorted(other_vocabulary_site.rglob("*.html"))
    assert len(pages) > 20
    said = {page.relative_to(other_vocabulary_site).as_posix(): unspoken_words(spoken_text(page.read_text(encoding="utf-8"))) for page in pages}
    assert {page: words for page, words in said.items() if words} == {}


@pytest.mark.slow
def test_the_built_search_index_has_no_label_or_gegrond_filter(other_vocabulary_site: Path) -> None:
    # The combination holds a category's number only: six categories, no oordeel or label part.
    assert sorted(set(combinations(other_vocabulary_site)), key=int) == [str(number) for number in range(6)]
