"""Slugs (generator/view/slugs.py): page addresses are unique by construction, whatever the names
and labels: a property-based test (hypothesis) over random sets of names and labels, through the
real context and page list, and examples of each way two addresses could meet."""

from __future__ import annotations

import datetime
import random
import re
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from mkdocs.structure.files import File

from generator import schema
from generator.importer import vocabulary as vocabulary_2024
from generator.dataset.dataset import NO_SOURCE, Dataset, rows_to_frame
from generator.dataset.report_meta import ReportMeta
from generator.dataset.vocabulary import DeclaredCategory, DeclaredJudgement, Vocabulary
from generator.view.context import generate_context
from generator.site.downloads import download_files
from generator.site.pages import generate_pages
from generator.view.slugs import RESERVED, category_slugs, location_slugs
from generator.view.slugs import MAX_SLUG_LENGTH, capped, slugify

SLUG = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")

# Names built from the pieces that make addresses meet: case, accents, punctuation only,
# letters a slug drops, the site's own page names, numbers like a numbered address, and length.
NAME_PIECES = st.sampled_from([
    "De Klaver", "de klaver", "DE KLAVER", "De Kláver", "De-Klaver", "De Klaver 2", "De Klaver-3",
    "'t Hummeltje", "t Hummeltje", "Index", "index", "A-Z", "a z", "!!!", "???", "日本語", "Ñandú",
    "Kinderdagverblijf Heel Lange Naam", "Partou", "Smallsteps", "2", "-", " ",
])
NAMES = st.lists(NAME_PIECES, min_size=1, max_size=12).map(" ".join) | st.text(min_size=1, max_size=40)
LABEL_KEYS = ("", "Partou B.V.", "Smallsteps B.V.", "Partou")
LABEL_NAMES = {"Partou B.V.": "Partou", "Smallsteps B.V.": "Smallsteps", "Partou": "Partou"}
CATEGORIES = ("Communicatie", "Overig", "Sluiting groep/vestiging")
VOCABULARY = Vocabulary(tuple(map(DeclaredCategory, CATEGORIES)), dict(LABEL_NAMES), (DeclaredJudgement("Ja"),), ())


def dataset_of(rows: list[tuple[str, str]]) -> Dataset:
    """A year of complaints, one per (location, label) row, as the loader would give it."""
    report = ReportMeta(
        organisation="Voorbeeld", year=2024, title="Verslag", version="1", date=datetime.date(2025, 5, 31), author=None,
        source=None, organisation_locations=None, children_cared_for=None, vocabulary=VOCABULARY, published=None,
    )
    complaints = [
        {"volgnummer": number, "locatie": name, "label": label, "categorie": CATEGORIES[number % len(CATEGORIES)],
         "omschrijving": "Een klacht.", "oplossing": "", "gegrond": "Ja", "bron_regel": None}
        for number, (name, label) in enumerate(rows, 1)
    ]
    return Dataset(
        folder=Path("2024"), report=report, complaints=rows_to_frame(complaints, schema.COMPLAINT_COLUMNS),
        disputes=rows_to_frame([], schema.DISPUTE_COLUMNS), texts={}, category_texts={}, notices=[],
        complaints_source=NO_SOURCE, disputes_source=NO_SOURCE, privacy_allowed=(),
    )


def assert_good_slug(slug: str) -> None:
    assert SLUG.match(slug), slug
    assert len(slug) <= MAX_SLUG_LENGTH, slug
    assert slug not in RESERVED


ROWS = st.lists(st.tuples(NAMES.filter(str.strip), st.sampled_from(LABEL_KEYS)), min_size=1, max_size=30)


@pytest.mark.slow  # several seconds: the quick suite stays under 30 s
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(ROWS)
def test_every_location_gets_its_own_page_and_every_complaint_lands_on_exactly_one(rows) -> None:
    dataset = dataset_of(rows)
    year = generate_context(dataset)
    pages = generate_pages(year)
    files = [page.path for page in pages] + list(download_files(year))
    # No file is written twice, and no two pages get the same address on the built site (by
    # MkDocs' own rule: locaties/x.md and locaties/x/index.md would both be locaties/x/).
    assert len(files) == len(set(files))
    assert len({File(page.path, "docs", "site", use_directory_urls=True).url for page in pages}) == len(pages)
    location_pages = [page for page in pages if page.template == "locatie.md.j2"]
    assert sorted((page.values["location"].name, page.values["location"].label) for page in location_pages) == sorted(set(rows))
    landed = Counter(complaint.volgnummer for page in location_pages for complaint in page.values["location"].complaints)
    assert landed == Counter(range(1, len(rows) + 1))
    for location in year.locations:
        assert_good_slug(location.slug)
        assert all(complaint.location_page == location.page for complaint in location.complaints)


@settings(max_examples=150, deadline=None)
@given(ROWS, st.randoms(use_true_random=False))
def test_addresses_do_not_depend_on_the_order_of_the_rows(rows, rng: random.Random) -> None:
    keys = sorted(set(rows))
    shuffled = list(keys)
    rng.shuffle(shuffled)
    assert location_slugs(shuffled, LABEL_NAMES) == location_slugs(keys, LABEL_NAMES)


@settings(max_examples=150, deadline=None)
@given(ROWS)
def test_a_new_location_with_another_name_leaves_every_address_as_it_was(rows) -> None:
    keys = sorted(set(rows))
    before = location_slugs(keys, LABEL_NAMES)
    after = location_slugs([*keys, ("Geheel Nieuwe Locatie Zonder Gelijke", "")], LABEL_NAMES)
    assert {key: after[key] for key in keys} == before


@settings(max_examples=150, deadline=None)
@given(st.lists(st.text(min_size=1, max_size=300), min_size=1, max_size=20, unique=True))
def test_category_slugs_are_unique_and_short_whatever_the_names(names) -> None:
    slugs = category_slugs(tuple(names))
    assert len(set(slugs.values())) == len(names)
    for slug in slugs.values():
        assert_good_slug(slug)


# --- Examples of each way two addresses could meet -------------------------------------------------


def test_a_numbered_address_skips_a_name_that_already_has_that_number() -> None:
    slugs = location_slugs([("De Klaver", ""), ("de klaver", ""), ("De Klaver 2", "")], {})
    assert slugs == {("De Klaver", ""): "de-klaver", ("de klaver", ""): "de-klaver-3", ("De Klaver 2", ""): "de-klaver-2"}


def test_a_name_with_label_that_equals_another_name_gets_a_number() -> None:
    slugs = location_slugs([("De Klaver", "Partou B.V."), ("De Klaver", "Smallsteps B.V."), ("De Klaver Partou", "")], LABEL_NAMES)
    assert len(set(slugs.values())) == 3
    # Both want "de-klaver-partou"; the first in A-Z order of (name, label) has it.
    assert slugs[("De Klaver", "Partou B.V.")] == "de-klaver-partou"
    assert slugs[("De Klaver Partou", "")] == "de-klaver-partou-2"


def test_the_site_s_own_page_names_are_never_a_location_s_address() -> None:
    slugs = location_slugs([("Index", ""), ("A-Z", ""), ("index", "Partou B.V.")], LABEL_NAMES)
    assert not set(slugs.values()) & RESERVED
    assert len(set(slugs.values())) == 3


def test_a_name_without_latin_letters_gets_a_readable_address() -> None:
    assert location_slugs([("日本語", "")], {}) == {("日本語", ""): "locatie"}


def test_a_long_name_is_capped_with_a_hash_of_the_whole_and_stays_the_same() -> None:
    long_a = "Kinderdagverblijf " + "Heel Lange Naam " * 20 + "Einde"
    long_b = "Kinderdagverblijf " + "Heel Lange Naam " * 20 + "Anders"
    slugs = location_slugs([(long_a, ""), (long_b, "")], {})
    assert slugs[(long_a, "")] != slugs[(long_b, "")]
    for slug in slugs.values():
        assert len(slug) <= MAX_SLUG_LENGTH and slug.startswith("kinderdagverblijf-heel-lange-naam-")
    assert location_slugs([(long_a, "")], {}) == {(long_a, ""): slugs[(long_a, "")]}


def test_capped_keeps_short_slugs_and_cuts_long_ones_to_the_room() -> None:
    assert capped("de-klaver") == "de-klaver"
    assert capped("a" * 80) == "a" * 80
    long = "-".join(["woord"] * 40)
    assert len(capped(long)) <= MAX_SLUG_LENGTH and not capped(long).startswith("-")
    assert len(capped(long, 20)) <= 20


def test_the_2024_categories_keep_their_addresses() -> None:
    assert category_slugs(vocabulary_2024.CATEGORIES) == {name: slugify(name) for name in vocabulary_2024.CATEGORIES}
