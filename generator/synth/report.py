"""verslag.yaml for a synthetic year: the real report's metadata with a synthetic organisation,
and published figures counted from the synthetic records.

The figures under 'gepubliceerd' are computed from the records rather than scaled from the real
report, so that `check` and the site's reconciliation page show the whole comparison at scale
with no differences; a difference there means the reconciliation code is wrong, not the data.
Only last year's figures, which nothing compares with the records, are the real ones times the
scale.
"""

from __future__ import annotations

from collections import Counter

from generator import schema
from generator.dataset.report_meta import (
    DisputeFigures,
    EntityDisputes,
    PreviousYear,
    PublishedFigures,
    ReportMeta,
    SummaryRow,
    SummaryTable,
    SummaryTotal,
)
from generator.view.model import DisputeCounts

HEADER = (
    "Synthetische gegevens om de snelheid van de generator te meten, gemaakt met\n"
    "'python -m generator synth --schaal {scale} --seed {seed}'. De locaties en klachten zijn verzonnen.\n"
    "De cijfers onder 'gepubliceerd' zijn geteld uit de klachten en geschillen van deze map; die van\n"
    "het vorige jaar zijn die van het echte verslag maal {scale}."
)


def report_header(scale: int, seed: int) -> str:
    return HEADER.format(scale=scale, seed=seed)


def synthetic_report(
    real: ReportMeta, scale: int, complaints: list[dict[str, object]], disputes: list[dict[str, object]], organisation: str | None = None
) -> ReportMeta:
    children = real.children_cared_for * scale if real.children_cared_for is not None else None
    return ReportMeta(
        organisation=organisation or f"Synthetische kinderopvang (schaal {scale})",
        year=real.year,
        title=f"Klachtenjaarverslag {organisation} {real.year}" if organisation else real.title,
        version=real.version,
        date=real.date,
        author="Synthetische gegevens (python -m generator synth)",
        source=None,
        organisation_locations=real.organisation_locations * scale if real.organisation_locations is not None else None,
        children_cared_for=children,
        vocabulary=real.vocabulary,
        published=_published(real, scale, complaints, disputes, children),
    )


def _published(real: ReportMeta, scale: int, complaints: list[dict], disputes: list[dict], children: int | None) -> PublishedFigures:
    by_category = Counter(complaint["categorie"] for complaint in complaints)
    mentioned = real.published.category_figures if real.published else {}
    previous = real.published.previous_year if real.published else None
    return PublishedFigures(
        complaints=len(complaints),
        percentage_children_with_complaint=round(100 * len(complaints) / children, 2) if children else None,
        table=summary_table(real, complaints),
        category_figures={category: by_category[category] for category in mentioned},
        previous_year=_previous_year(previous, scale) if previous else None,
        disputes=dispute_figures(real, scale, disputes),
    )


def summary_table(real: ReportMeta, complaints: list[dict]) -> SummaryTable:
    """The summary table (category by label) as the report would print it: an empty cell for 0."""
    vocabulary = real.vocabulary
    columns = vocabulary.label_names
    counts = Counter((complaint["categorie"], vocabulary.label_name(complaint.get(schema.LABEL_COLUMN, ""))) for complaint in complaints)
    by_category = Counter(complaint["categorie"] for complaint in complaints)
    rows = []
    for category in vocabulary.category_names:
        cells = {column: counts[(category, column)] or None for column in columns}
        rows.append(SummaryRow(category, cells, by_category[category]))
    totals: dict[str, int | None] = {column: sum(counts[(category, column)] for category in vocabulary.category_names) for column in columns}
    return SummaryTable(columns, tuple(rows), SummaryTotal(totals, len(complaints)))


def _previous_year(previous: PreviousYear, scale: int) -> PreviousYear:
    return PreviousYear(
        year=previous.year,
        complaints=previous.complaints * scale if previous.complaints is not None else None,
        percentage_children_with_complaint=previous.percentage_children_with_complaint,
        categories={category: count * scale for category, count in previous.categories.items()},
    )


def dispute_figures(real: ReportMeta, scale: int, disputes: list[dict]) -> DisputeFigures:
    """The counts per outcome for the outcomes whose count the real report prints."""
    entities = list(dict.fromkeys(dispute["entiteit"] for dispute in disputes))
    printed = real.published.disputes if real.published else None
    previous = printed.previous_year_submitted if printed else None
    outcomes = real.vocabulary.dispute_outcomes
    counts = DisputeCounts.of(outcomes, (dispute["uitkomst"] for dispute in disputes))
    per_entity = []
    for entity in entities:
        cases = DisputeCounts.of(outcomes, (dispute["uitkomst"] for dispute in disputes if dispute["entiteit"] == entity))
        per_entity.append(EntityDisputes(entity, cases.total, cases.with_ruling))
    return DisputeFigures(
        submitted=counts.total,
        per_outcome={outcome: counts.count_of(outcome) for outcome in (printed.per_outcome if printed else {})},
        previous_year_submitted=previous * scale if previous is not None else None,
        per_entity=tuple(per_entity),
    )
