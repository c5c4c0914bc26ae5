"""Compare the report's published figures with the records, and the printed table with itself.

Nothing is adjusted: every line says what was printed, what it is compared with, and the
difference. The site, the check command and the PDF all show these same lines.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from generator import schema
from generator.dataset.report_meta import ReportMeta, SummaryTable
from generator.dataset.vocabulary import NO_LABEL
from generator.view.model import DisputeCounts

FROM_RECORDS = "telling van de klachten in de bijlage"
FROM_DISPUTES = "telling van de geschillen in de bijlage"
FROM_PRINTED_CELLS = "som van de gedrukte cellen"
FROM_PRINTED_TOTALS = "som van de gedrukte rijtotalen"
FROM_CHILDREN = "klachten in de bijlage gedeeld door het aantal opgevangen kinderen"


@dataclass(frozen=True)
class Comparison:
    subject: str  # what is compared, in Dutch: "<categorie>, Geen label"
    printed: float | None  # as printed; None is an empty cell
    compared_with: str  # where the other figure comes from
    computed: float
    kind: str  # "gegevens" (published vs records) or "tabel" (the printed table vs itself)

    @property
    def difference(self) -> float:
        return self.computed - (self.printed or 0)

    @property
    def agrees(self) -> bool:
        return abs(self.difference) < 0.005

    def as_row(self) -> dict[str, object]:
        return {
            "onderwerp": self.subject,
            "soort": self.kind,
            "gepubliceerd": "" if self.printed is None else self.printed,
            "vergeleken_met": self.compared_with,
            "waarde": self.computed,
            "verschil": round(self.difference, 2),
            "klopt": "ja" if self.agrees else "nee",
        }


RECONCILIATION_COLUMNS = ["onderwerp", "soort", "gepubliceerd", "vergeleken_met", "waarde", "verschil", "klopt"]


def reconcile(report: ReportMeta, complaints: pd.DataFrame, disputes: pd.DataFrame) -> list[Comparison]:
    published = report.published
    if published is None:
        return []
    comparisons: list[Comparison] = []
    if published.table is not None:
        counts = category_label_counts(report, complaints)
        category_totals = complaints["categorie"].value_counts()
        comparisons += _table_against_records(published.table, counts, category_totals)
        comparisons += _table_against_itself(published.table)
    if published.complaints is not None:
        comparisons.append(Comparison("Aantal klachten (tekst van sectie 3.1)", published.complaints, FROM_RECORDS, len(complaints), "gegevens"))
    for category, printed in published.category_figures.items():
        count = int((complaints["categorie"] == category).sum())
        comparisons.append(Comparison(f"{category} (toelichting in sectie 3.2)", printed, FROM_RECORDS, count, "gegevens"))
    if published.percentage_children_with_complaint is not None and report.children_cared_for:
        share = round(100 * len(complaints) / report.children_cared_for, 2)
        comparisons.append(Comparison("Percentage kinderen met een klacht", published.percentage_children_with_complaint, FROM_CHILDREN, share, "gegevens"))
    comparisons += _disputes_against_records(report, disputes)
    return comparisons


def category_label_counts(report: ReportMeta, complaints: pd.DataFrame) -> pd.DataFrame:
    """Complaints per category (rows, every category of the year) and label-table column
    (columns), from the records. In a year without labels every complaint is in the column of
    the complaints without a label."""
    vocabulary = report.vocabulary
    if schema.LABEL_COLUMN in complaints:
        table_column = complaints[schema.LABEL_COLUMN].map(vocabulary.label_name)
    else:
        table_column = pd.Series(NO_LABEL, index=complaints.index)
    counts = pd.crosstab(complaints["categorie"], table_column)
    return counts.reindex(index=list(vocabulary.category_names), columns=list(vocabulary.label_names or (NO_LABEL,)), fill_value=0)


def _table_against_records(table: SummaryTable, counts: pd.DataFrame, category_totals: pd.Series) -> list[Comparison]:
    comparisons = []
    for row in table.rows:
        for column, printed in row.cells.items():
            computed = int(counts.at[row.category, column]) if column in counts.columns else 0
            comparisons.append(Comparison(f"{row.category}, {column}", printed, FROM_RECORDS, computed, "gegevens"))
        comparisons.append(Comparison(f"{row.category}, Eindtotaal", row.total, FROM_RECORDS, int(category_totals.get(row.category, 0)), "gegevens"))
    if table.total is not None:
        for column, printed in table.total.cells.items():
            computed = int(counts[column].sum()) if column in counts.columns else 0
            comparisons.append(Comparison(f"Eindtotaal, {column}", printed, FROM_RECORDS, computed, "gegevens"))
        comparisons.append(Comparison("Eindtotaal", table.total.total, FROM_RECORDS, int(category_totals.sum()), "gegevens"))
    return comparisons


def _table_against_itself(table: SummaryTable) -> list[Comparison]:
    comparisons = []
    # A table without label columns (a year without labels) prints only row totals: no cells to add up.
    for row in table.rows if table.columns else ():
        cells_sum = sum(value or 0 for value in row.cells.values())
        comparisons.append(Comparison(f"{row.category}, Eindtotaal", row.total, FROM_PRINTED_CELLS, cells_sum, "tabel"))
    if table.total is None:
        return comparisons
    for column, printed in table.total.cells.items():
        column_sum = sum(row.cells.get(column) or 0 for row in table.rows)
        comparisons.append(Comparison(f"Eindtotaal, {column}", printed, FROM_PRINTED_CELLS, column_sum, "tabel"))
    comparisons.append(Comparison("Eindtotaal", table.total.total, FROM_PRINTED_TOTALS, sum(row.total or 0 for row in table.rows), "tabel"))
    return comparisons


def _disputes_against_records(report: ReportMeta, disputes: pd.DataFrame) -> list[Comparison]:
    figures = report.published.disputes if report.published else None
    if figures is None:
        return []
    comparisons = []
    outcomes = report.vocabulary.dispute_outcomes
    counts = DisputeCounts.of(outcomes, disputes["uitkomst"])
    if figures.submitted is not None:
        comparisons.append(Comparison("Geschillen ingediend", figures.submitted, FROM_DISPUTES, counts.total, "gegevens"))
    for outcome, printed in figures.per_outcome.items():
        comparisons.append(Comparison(f"Geschillen met uitkomst {outcome}", printed, FROM_DISPUTES, counts.count_of(outcome), "gegevens"))
    for entity in figures.per_entity:
        cases = DisputeCounts.of(outcomes, disputes.loc[disputes["entiteit"] == entity.entity, "uitkomst"])
        comparisons.append(Comparison(f"Geschillen ingediend, {entity.entity}", entity.submitted, FROM_DISPUTES, cases.total, "gegevens"))
        comparisons.append(Comparison(f"Geschillen met uitspraak, {entity.entity}", entity.with_ruling, FROM_DISPUTES, cases.with_ruling, "gegevens"))
    return comparisons
