"""generate_context(): everything the pages and the PDF show of one year, computed from its
records.

Every count on the site and in the PDF comes from here, and here only from the records: nothing
is copied from the report's own figures except where a page shows them as the report's figures.
A YearContext is one year; a site that carries several years will hold one per year.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from generator import schema
from generator.dataset.dataset import Dataset
from generator.dataset.report_meta import ReportMeta
from generator.dataset.vocabulary import NO_JUDGEMENT, Vocabulary
from generator.view.location_register import LocationRegister, location_register
from generator.view.reconcile import Comparison, reconcile
from generator.view.model import (
    Category,
    Complaint,
    ComparisonRow,
    Count,
    Dispute,
    DisputeCounts,
    Judgement,
    JudgementCounts,
    LabelTableRow,
    Location,
    judgements_of,
    location_page,
)
from generator.view.slugs import category_slugs, location_slugs, sort_key


# Up to this many complaints, the header search indexes their full texts (2024: 537, an index of
# about 0,5 MB that each searching visitor downloads). A bigger site keeps only titles and
# headings there; its texts are found through 'Zoeken en filteren', whose index comes in chunks.
HEADER_SEARCH_FULL_TEXT_LIMIT = 2000


# eq=False: it holds the Dataset, whose data frames have no single truth value for ==.
@dataclass(frozen=True, eq=False)
class YearContext:
    dataset: Dataset  # what it is computed from; the downloads are written from its records
    report: ReportMeta
    vocabulary: Vocabulary  # the year's own words, as its verslag.yaml declares them
    judgements: tuple[Judgement, ...]  # the year's judgements and the empty one; none without gegrond
    complaints: tuple[Complaint, ...]
    locations: tuple[Location, ...]
    categories: tuple[Category, ...]
    label_names: tuple[str, ...]  # the columns of the label table (Vocabulary.label_names); none without labels
    label_table: tuple[LabelTableRow, ...]
    label_totals: tuple[int, ...]
    gegrond: JudgementCounts
    disputes: tuple[Dispute, ...]
    dispute_counts: DisputeCounts
    comparisons: tuple[ComparisonRow, ...]
    reconciliation: tuple[Comparison, ...]
    texts: dict[str, str]
    register: LocationRegister | None = None  # from the organisation's locations file; None without one

    @property
    def children_share(self) -> float | None:
        children = self.report.children_cared_for
        return 100 * len(self.complaints) / children if children else None

    @property
    def header_search_full_text(self) -> bool:
        return len(self.complaints) <= HEADER_SEARCH_FULL_TEXT_LIMIT

    @property
    def disagreements(self) -> tuple[Comparison, ...]:
        return tuple(comparison for comparison in self.reconciliation if not comparison.agrees)


def generate_context(dataset: Dataset, location_slug: dict[tuple[str, str], str] | None = None) -> YearContext:
    """`location_slug`: the slug of each (name, label) of this year as a site of several years
    gives it (generator/view/site_locations.py); by default as a site of this year alone."""
    report = dataset.report
    vocabulary = report.vocabulary
    judgements = judgements_of(vocabulary)
    records = _complaint_records(dataset.complaints)
    label_names = vocabulary.label_names
    if location_slug is None:
        location_slug = location_slugs(sorted({(record["locatie"], record["label"]) for record in records}), vocabulary.labels)
    category_slug = category_slugs(vocabulary.category_names)
    complaints = tuple(_complaint(record, report.year, vocabulary, location_slug) for record in records)
    locations = _locations(complaints, location_slug, vocabulary, judgements)
    categories = _categories(complaints, dataset, category_slug, label_names, judgements)
    table, totals = _label_table(categories, label_names)
    disputes = tuple(Dispute(row.entiteit, row.zaaknummer, row.uitspraak, row.uitkomst) for row in dataset.disputes.itertuples(index=False))
    return YearContext(
        dataset=dataset,
        report=report,
        vocabulary=vocabulary,
        judgements=judgements,
        complaints=complaints,
        locations=locations,
        categories=categories,
        label_names=label_names,
        label_table=table,
        label_totals=totals,
        gegrond=JudgementCounts.of(judgements, (complaint.gegrond for complaint in complaints)),
        disputes=disputes,
        dispute_counts=DisputeCounts.of(vocabulary.dispute_outcomes, (dispute.uitkomst for dispute in disputes)),
        comparisons=_comparisons(report, complaints, dataset.disputes),
        reconciliation=tuple(reconcile(report, dataset.complaints, dataset.disputes)),
        texts=dict(dataset.texts),
        register=location_register(dataset.locations, locations, vocabulary, report.year),
    )


def _complaint_records(frame: pd.DataFrame) -> list[dict[str, object]]:
    """The rows of the complaints; a year without labels or judgements has no such column, and
    its records an empty label and judgement, which no page of that year shows."""
    blank = {schema.LABEL_COLUMN: "", schema.JUDGEMENT_COLUMN: NO_JUDGEMENT}
    return [blank | row for row in frame.to_dict("records")]


def _complaint(record: dict[str, object], year: int, vocabulary: Vocabulary, location_slug: dict) -> Complaint:
    bron_regel = record["bron_regel"]
    return Complaint(
        year=year,
        volgnummer=int(record["volgnummer"]),
        locatie=record["locatie"],
        label=record["label"],
        label_name=vocabulary.label_name(record["label"]),
        categorie=record["categorie"],
        omschrijving=record["omschrijving"],
        oplossing=record["oplossing"],
        gegrond=record["gegrond"],
        bron_regel=None if pd.isna(bron_regel) else int(bron_regel),
        location_page=location_page(location_slug[(record["locatie"], record["label"])]),
    )


def _locations(complaints: tuple[Complaint, ...], location_slug: dict, vocabulary: Vocabulary, judgements: tuple[Judgement, ...]) -> tuple[Location, ...]:
    grouped: dict[tuple[str, str], list[Complaint]] = {}
    for complaint in complaints:
        grouped.setdefault((complaint.locatie, complaint.label), []).append(complaint)
    locations = [
        Location(
            name=name,
            label=label,
            label_name=items[0].label_name,
            slug=location_slug[(name, label)],
            complaints=tuple(items),
            per_category=_counts_in_order([item.categorie for item in items], vocabulary.category_names),
            gegrond=JudgementCounts.of(judgements, (item.gegrond for item in items)),
        )
        for (name, label), items in grouped.items()
    ]
    return tuple(sorted(locations, key=lambda location: (sort_key(location.name), location.label_name)))


def _counts_in_order(values: list[str], order: tuple[str, ...]) -> tuple[Count, ...]:
    return tuple(Count(name, values.count(name)) for name in order if values.count(name))


def _categories(
    complaints: tuple[Complaint, ...], dataset: Dataset, category_slug: dict, label_names: tuple[str, ...], judgements: tuple[Judgement, ...]
) -> tuple[Category, ...]:
    published = dataset.report.published
    previous = published.previous_year.categories if published and published.previous_year else {}
    categories = []
    for name in dataset.report.vocabulary.category_names:
        items = tuple(complaint for complaint in complaints if complaint.categorie == name)
        labels_of_items = [item.label_name for item in items]
        categories.append(Category(
            name=name,
            slug=category_slug[name],
            complaints=items,
            per_label=tuple(Count(column, labels_of_items.count(column)) for column in label_names),
            gegrond=JudgementCounts.of(judgements, (item.gegrond for item in items)),
            previous_year=previous.get(name),
            explanation=dataset.category_texts.get(category_slug[name]),
        ))
    return tuple(categories)


def _label_table(categories: tuple[Category, ...], label_names: tuple[str, ...]) -> tuple[tuple[LabelTableRow, ...], tuple[int, ...]]:
    rows = tuple(
        LabelTableRow(category, tuple(count.count for count in category.per_label), len(category.complaints))
        for category in categories
    )
    totals = tuple(sum(row.cells[index] for row in rows) for index in range(len(label_names)))
    return rows, totals


def _comparisons(report: ReportMeta, complaints: tuple[Complaint, ...], disputes: pd.DataFrame) -> tuple[ComparisonRow, ...]:
    """Last year against this year, only for the figures the report gives for last year."""
    published = report.published
    if published is None or published.previous_year is None:
        return ()
    previous = published.previous_year
    rows = []
    if previous.complaints is not None:
        rows.append(ComparisonRow("Aantal klachten", previous.complaints, len(complaints), published.complaints))
    if previous.percentage_children_with_complaint is not None and report.children_cared_for:
        share = 100 * len(complaints) / report.children_cared_for
        rows.append(ComparisonRow("Klachten als percentage van het aantal opgevangen kinderen", previous.percentage_children_with_complaint, share, published.percentage_children_with_complaint, True))
    for category, count in previous.categories.items():
        current = sum(1 for complaint in complaints if complaint.categorie == category)
        rows.append(ComparisonRow(category, count, current, published.category_figures.get(category), is_category=True))
    if published.disputes and published.disputes.previous_year_submitted is not None:
        rows.append(ComparisonRow("Geschillen bij de Geschillencommissie", published.disputes.previous_year_submitted, len(disputes), published.disputes.submitted))
    return tuple(rows)
