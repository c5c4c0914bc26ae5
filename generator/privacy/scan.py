"""Run every detector over every published text of a year folder.

Free texts are omschrijving and oplossing of the complaints, uitspraak of the disputes and the
Markdown texts (tekst/*.md and tekst/categorie/*.md). Names are the location and label of each
complaint, entiteit and zaaknummer of each dispute, the texts of verslag.yaml (organisation,
title, author, labels, ...) and the names, places and municipalities of the locations file: they
are published too, and a home childcare location is often named
after the person who runs it. Names are written in capitals throughout, so the rule for a capital
in the middle of a sentence means nothing there; they are searched for contact details, numbers,
dates, titles and known first names instead. In free texts, the locations and labels are known
terms for the name rule.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

import pandas

from generator.dataset import layout
from generator.dataset.dataset import Dataset, TableSource
from generator.dataset.vocabulary import Vocabulary
from generator.dataset.privacy_allowed import (
    COMPLAINT_NAME_COLUMNS,
    COMPLAINT_TEXT_COLUMNS,
    DISPUTE_NAME_COLUMNS,
    DISPUTE_TEXT_COLUMNS,
    LOCATION_NAME_COLUMNS,
)
from generator.privacy.address import find_addresses
from generator.privacy.birth_dates import bare_birth_dates, find_birth_dates
from generator.privacy.contact import find_email_addresses, find_phone_numbers
from generator.privacy.finding import Finding, Hit, TextField, make_finding
from generator.privacy.known_terms import GENERAL_PHRASES, GENERAL_WORDS
from generator.privacy.names import KnownTerms, NameFinder
from generator.privacy.normalized import normalized
from generator.privacy.numbers import find_bsn, find_iban

Detector = Callable[[str], Iterable[Hit]]


def scan_dataset(dataset: Dataset, kept: KeptScans | None = None) -> list[Finding]:
    """Every finding in the published texts, in the order of the files and rows. `kept`: the
    hits of an earlier scan (a live preview's previous build), so that only the texts that
    changed are read again; the findings are the same as without it."""
    kept = kept or KeptScans()
    year = dataset.report.year
    known = known_terms(dataset)
    names_known = name_field_terms(dataset.report.vocabulary)
    names = kept.scanner(dataset.folder, "namen", (names_known, year), lambda: make_name_detectors(names_known, year))
    texts = kept.scanner(dataset.folder, "teksten", (known, year), lambda: make_detectors(known, year))
    findings = [finding for field in name_fields(dataset) for finding in names.scan(field)]
    findings += [finding for field in text_fields(dataset) for finding in texts.scan(field)]
    return findings


class TextScanner:
    """One set of detectors (made only when a text is not kept), with the hits of each text it
    scanned (`hits`) and those an earlier scan with the same detectors left (`earlier`)."""

    def __init__(self, make: Callable[[], list[Detector]], earlier: dict[str, tuple[Hit, ...]]) -> None:
        self._make = make
        self._detectors: list[Detector] | None = None
        self._earlier = earlier
        self.hits: dict[str, tuple[Hit, ...]] = {}

    def scan(self, field: TextField) -> list[Finding]:
        hits = self.hits.get(field.text)
        if hits is None:
            hits = self._earlier.get(field.text)
            if hits is None:
                if self._detectors is None:
                    self._detectors = self._make()
                hits = text_hits(field.text, self._detectors)
            self.hits[field.text] = hits
        return [make_finding(field, hit) for hit in hits]


class KeptScans:
    """The hits of every text of the last scan of each year folder. A text's hits depend only on
    the text and the detectors, and the detectors only on the year's known terms and its year
    (the key): with another key nothing is kept. Only the texts of the last scan are kept."""

    def __init__(self) -> None:
        self._scans: dict[tuple[Path, str], tuple[tuple, dict[str, tuple[Hit, ...]]]] = {}

    def scanner(self, folder: Path, kind: str, key: tuple, make: Callable[[], list[Detector]]) -> TextScanner:
        earlier_key, earlier = self._scans.get((folder, kind), (None, {}))
        scanner = TextScanner(make, earlier if earlier_key == key else {})
        self._scans[(folder, kind)] = (key, scanner.hits)
        return scanner


def make_detectors(known: KnownTerms, report_year: int | None = None) -> list[Detector]:
    """For free texts, in order of precedence: where two hits overlap, the earlier detector's is
    kept (a phone number is not also a BSN, a titled name not also a possible name)."""
    names = NameFinder(known)
    return [*_common_detectors(names, report_year), names.possible_names]


def make_name_detectors(known: KnownTerms, report_year: int | None = None) -> list[Detector]:
    """For names (locations, labels, entities, the texts of verslag.yaml)."""
    names = NameFinder(known)
    return [*_common_detectors(names, report_year), names.first_names]


def _common_detectors(names: NameFinder, report_year: int | None) -> list[Detector]:
    dates = [bare_birth_dates(report_year)] if report_year is not None else []
    return [
        find_email_addresses,
        find_iban,
        find_phone_numbers,
        find_bsn,
        find_addresses,
        find_birth_dates,
        *dates,
        names.titled_names,
        names.addressed_names,
    ]


def scan_field(field: TextField, detectors: list[Detector]) -> list[Finding]:
    return [make_finding(field, hit) for hit in text_hits(field.text, detectors)]


def text_hits(text: str, detectors: list[Detector]) -> tuple[Hit, ...]:
    """The detectors read the text written the plain way (see normalized.py); each hit is placed
    back on the text as it is, in the order of the text."""
    plain = normalized(text)
    kept: list[Hit] = []
    for detector in detectors:
        kept += [hit for hit in detector(plain.text) if not any(_overlap(hit, other) for other in kept)]
    placed = [Hit(hit.kind, *plain.original_span(hit.start, hit.end)) for hit in kept]
    return tuple(sorted(placed, key=lambda hit: hit.start))


def _overlap(one: Hit, other: Hit) -> bool:
    return one.start < other.end and other.start < one.end


def text_fields(dataset: Dataset) -> Iterator[TextField]:
    yield from _table_fields(dataset.complaints, dataset.complaints_source, COMPLAINT_TEXT_COLUMNS)
    yield from _table_fields(dataset.disputes, dataset.disputes_source, DISPUTE_TEXT_COLUMNS)
    for stem, text in dataset.texts.items():
        yield TextField(dataset.folder / layout.text_file(stem), 1, None, text)
    for stem, text in dataset.category_texts.items():
        yield TextField(dataset.folder / layout.category_text_file(stem), 1, None, text)


def name_fields(dataset: Dataset) -> Iterator[TextField]:
    yield from report_fields(dataset)
    yield from _table_fields(dataset.complaints, dataset.complaints_source, COMPLAINT_NAME_COLUMNS, is_name=True)
    yield from _table_fields(dataset.disputes, dataset.disputes_source, DISPUTE_NAME_COLUMNS, is_name=True)
    yield from location_fields(dataset)


def location_fields(dataset: Dataset) -> Iterator[TextField]:
    """The names of the locations file that the site shows: also those of locations without
    complaints (the place view lists them), and the places and municipalities. Its label is one of
    verslag.yaml's, its LRK number digits and its LRK address one of the register's."""
    locations = dataset.locations
    if locations is None:
        return
    for record in locations.records:
        for column, text in zip(LOCATION_NAME_COLUMNS, (record.name, record.place, record.municipality)):
            if text:
                yield TextField(locations.path, record.row, column, text, is_name=True)


def report_fields(dataset: Dataset) -> Iterator[TextField]:
    """The texts of verslag.yaml that the site or the PDF shows, each on the line it is written on."""
    report = dataset.report
    path = dataset.folder / layout.REPORT_FILE
    lines = path.read_text(encoding="utf-8-sig").splitlines()
    values: list[tuple[str, str | None]] = [
        ("organisatie", report.organisation),
        ("titel", report.title),
        ("versie", report.version),
        ("auteur", report.author),
        ("bron", report.source),
    ]
    for label, short_name in report.vocabulary.labels.items():
        values += [("labels", label), (f"labels.{label}", short_name)]
    published = report.published
    if published is not None and published.table is not None:
        values += [("gepubliceerd.tabel.kolommen", column) for column in published.table.columns]
    if published is not None and published.disputes is not None:
        values += [("gepubliceerd.geschillen.per_entiteit", entity.entity) for entity in published.disputes.per_entity]
    seen = set()
    for key, text in values:
        if text and (key, text) not in seen:
            seen.add((key, text))
            yield TextField(path, _line_of(lines, text), key, text, is_name=True)


def _line_of(lines: list[str], text: str) -> int:
    """The first line that holds the text; 1 when it is written over several lines."""
    return next((number for number, line in enumerate(lines, start=1) if text in line), 1)


def _table_fields(frame: pandas.DataFrame, source: TableSource, columns: tuple[str, ...], is_name: bool = False) -> Iterator[TextField]:
    columns = tuple(column for column in columns if column in frame)  # a year without labels has no label column
    records = source.records or (None,) * len(source.rows)
    for row, record, values in zip(source.rows, records, frame[list(columns)].itertuples(index=False)):
        for column, text in zip(columns, values):
            if text:
                yield TextField(source.path, row, column, text, record, is_name)


def name_field_terms(vocabulary: Vocabulary) -> KnownTerms:
    """What is known in names: the general terms and the year's categories, but not the year's
    own locations, labels and organisations, which are the names being checked."""
    categories = vocabulary.category_names
    return KnownTerms(words=frozenset(GENERAL_WORDS | _words(categories)), phrases=(*categories, *GENERAL_PHRASES))


def known_terms(dataset: Dataset) -> KnownTerms:
    """The names in the data that are not people: locations, labels, the organisation, the
    disputes' entities and the year's categories, with the reviewed general terms."""
    report = dataset.report
    labels = report.vocabulary.labels
    organisations = [*labels, *labels.values(), report.organisation, *dataset.disputes["entiteit"].unique()]
    # Locations and organisations only as whole names: a name inside one (Woeste Willem,
    # Kinderopvang Jansen B.V.) must not make that name known everywhere.
    categories = report.vocabulary.category_names
    return KnownTerms(
        words=frozenset(GENERAL_WORDS | _words(categories)),
        phrases=(*dataset.complaints["locatie"].unique(), *organisations, *categories, *GENERAL_PHRASES),
    )


def _words(names: tuple[str, ...]) -> set[str]:
    return {word for name in names for word in re.findall(r"\w+", name)}
