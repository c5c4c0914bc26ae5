"""Run every detector over every free text of a year folder.

The free texts are omschrijving and oplossing of the complaints, uitspraak of the disputes and the
Markdown texts (tekst/*.md and tekst/categorie/*.md). Location, label and category are names the
site must show and are not scanned; they are known terms for the name rule instead.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator

import pandas

from generator import schema
from generator.dataset.dataset import CATEGORY_TEXTS_FOLDER, Dataset, TableSource
from generator.dataset.privacy_allowed import COMPLAINT_TEXT_COLUMNS, DISPUTE_TEXT_COLUMNS
from generator.privacy.address import find_addresses
from generator.privacy.birth_dates import find_birth_dates
from generator.privacy.contact import find_email_addresses, find_phone_numbers
from generator.privacy.finding import Finding, Hit, TextField, make_finding
from generator.privacy.known_terms import GENERAL_PHRASES, GENERAL_WORDS
from generator.privacy.names import KnownTerms, NameFinder
from generator.privacy.numbers import find_bsn, find_iban

Detector = Callable[[str], Iterable[Hit]]


def scan_dataset(dataset: Dataset) -> list[Finding]:
    """Every finding in the free texts, in the order of the files and rows."""
    detectors = make_detectors(known_terms(dataset))
    return [finding for field in text_fields(dataset) for finding in scan_field(field, detectors)]


def make_detectors(known: KnownTerms) -> list[Detector]:
    """In order of precedence: where two hits overlap, the earlier detector's is kept (a phone
    number is not also a BSN, a titled name not also a possible name)."""
    names = NameFinder(known)
    return [
        find_email_addresses,
        find_iban,
        find_phone_numbers,
        find_bsn,
        find_addresses,
        find_birth_dates,
        names.titled_names,
        names.possible_names,
    ]


def scan_field(field: TextField, detectors: list[Detector]) -> list[Finding]:
    kept: list[Hit] = []
    for detector in detectors:
        kept += [hit for hit in detector(field.text) if not any(_overlap(hit, other) for other in kept)]
    return [make_finding(field, hit) for hit in sorted(kept, key=lambda hit: hit.start)]


def _overlap(one: Hit, other: Hit) -> bool:
    return one.start < other.end and other.start < one.end


def text_fields(dataset: Dataset) -> Iterator[TextField]:
    yield from _table_fields(dataset.complaints, dataset.complaints_source, COMPLAINT_TEXT_COLUMNS)
    yield from _table_fields(dataset.disputes, dataset.disputes_source, DISPUTE_TEXT_COLUMNS)
    texts = dataset.folder / schema.TEXTS_FOLDER
    for stem, text in dataset.texts.items():
        yield TextField(texts / f"{stem}.md", 1, None, text)
    for stem, text in dataset.category_texts.items():
        yield TextField(texts / CATEGORY_TEXTS_FOLDER / f"{stem}.md", 1, None, text)


def _table_fields(frame: pandas.DataFrame, source: TableSource, columns: tuple[str, ...]) -> Iterator[TextField]:
    for row, values in zip(source.rows, frame[list(columns)].itertuples(index=False)):
        for column, text in zip(columns, values):
            if text:
                yield TextField(source.path, row, column, text)


def known_terms(dataset: Dataset) -> KnownTerms:
    """The names in the data that are not people: locations, labels, the organisation, the
    disputes' entities and the categories, with the reviewed general terms."""
    report = dataset.report
    organisations = [*report.labels, *report.labels.values(), report.organisation, *dataset.disputes["entiteit"].unique()]
    # Organisations are known word by word too (Partou, Smallsteps); locations only as whole
    # names, because some are named after people (Woeste Willem, Tante Toos).
    organisation_words = {word for name in organisations for word in name.split()}
    category_words = {word for category in schema.CATEGORIES for word in re.findall(r"\w+", category)}
    return KnownTerms(
        words=frozenset(GENERAL_WORDS | organisation_words | category_words),
        phrases=(*dataset.complaints["locatie"].unique(), *organisations, *schema.CATEGORIES, *GENERAL_PHRASES),
    )
