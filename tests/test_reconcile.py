"""The reconciliation: the report's own printed figures against the records and the printed table
against itself, every difference shown and nothing adjusted."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest

from generator import schema
from generator.dataset.dataset import load_dataset, rows_to_frame
from generator.dataset.report_meta import DisputeFigures, EntityDisputes, PublishedFigures, ReportMeta, SummaryRow, SummaryTable, SummaryTotal
from generator.dataset.vocabulary import DeclaredCategory, DeclaredJudgement, DeclaredOutcome, Vocabulary
from generator.view.reconcile import FROM_DISPUTES, Comparison, FROM_PRINTED_CELLS, FROM_PRINTED_TOTALS, FROM_RECORDS, reconcile

ROOT = Path(__file__).resolve().parents[1]
VOCABULARY = Vocabulary(
    categories=(DeclaredCategory("Communicatie"), DeclaredCategory("Overig")),
    labels={"Partou B.V.": "Partou"},
    judgements=(DeclaredJudgement("Ja"), DeclaredJudgement("Nee")),
    dispute_outcomes=(DeclaredOutcome("Gegrond"), DeclaredOutcome("Ongegrond"), DeclaredOutcome("Geen uitspraak", ruling=False)),
)


def report(published: PublishedFigures | None) -> ReportMeta:
    return ReportMeta(
        organisation="Voorbeeld", year=2024, title="Verslag", version="1", date=datetime.date(2025, 5, 31), author=None,
        source=None, organisation_locations=None, children_cared_for=None, vocabulary=VOCABULARY, published=published,
    )


def complaints(*rows: tuple[str, str]):
    """One complaint per (category, label) row."""
    return rows_to_frame(
        [
            {"volgnummer": number, "locatie": "De Klaver", "label": label, "categorie": category,
             "omschrijving": "Een klacht.", "oplossing": "", "gegrond": "Ja", "bron_regel": None}
            for number, (category, label) in enumerate(rows, 1)
        ],
        schema.COMPLAINT_COLUMNS,
    )


def disputes(*rows: tuple[str, str]):
    """One dispute per (entity, outcome) row."""
    return rows_to_frame(
        [{"entiteit": entity, "zaaknummer": str(number), "uitspraak": "", "uitkomst": outcome, "bron_regel": None} for number, (entity, outcome) in enumerate(rows, 1)],
        schema.DISPUTE_COLUMNS,
    )


def compared(comparisons) -> list[tuple[str, str, float | None, float, bool]]:
    return [(item.subject, item.compared_with, item.printed, item.computed, item.agrees) for item in comparisons]


def test_without_published_figures_there_is_nothing_to_compare() -> None:
    assert reconcile(report(None), complaints(("Communicatie", "")), disputes()) == []


def test_the_printed_table_against_the_records_and_against_itself() -> None:
    table = SummaryTable(
        columns=("Geen label", "Partou"),
        rows=(SummaryRow("Communicatie", {"Geen label": None, "Partou": 2}, 3),),
        total=SummaryTotal({"Geen label": 1, "Partou": 2}, 3),
    )
    published = PublishedFigures(None, None, table, {}, None, None)
    records = complaints(("Communicatie", "Partou B.V."), ("Communicatie", "Partou B.V."), ("Communicatie", ""))

    assert compared(reconcile(report(published), records, disputes())) == [
        ("Communicatie, Geen label", FROM_RECORDS, None, 1, False),  # an empty cell where the records have one
        ("Communicatie, Partou", FROM_RECORDS, 2, 2, True),
        ("Communicatie, Eindtotaal", FROM_RECORDS, 3, 3, True),
        ("Eindtotaal, Geen label", FROM_RECORDS, 1, 1, True),
        ("Eindtotaal, Partou", FROM_RECORDS, 2, 2, True),
        ("Eindtotaal", FROM_RECORDS, 3, 3, True),
        ("Communicatie, Eindtotaal", FROM_PRINTED_CELLS, 3, 2, False),  # the printed row does not add up
        ("Eindtotaal, Geen label", FROM_PRINTED_CELLS, 1, 0, False),
        ("Eindtotaal, Partou", FROM_PRINTED_CELLS, 2, 2, True),
        ("Eindtotaal", FROM_PRINTED_TOTALS, 3, 3, True),
    ]


def test_disputes_with_a_ruling_are_all_but_those_without() -> None:
    figures = DisputeFigures(submitted=3, per_outcome={"Gegrond": 2}, previous_year_submitted=None, per_entity=(EntityDisputes("Smallsteps", 2, 2),))
    published = PublishedFigures(None, None, None, {}, None, figures)
    cases = disputes(("Smallsteps", "Gegrond"), ("Smallsteps", "Geen uitspraak"), ("Partou", "Ongegrond"))

    assert compared(reconcile(report(published), complaints(), cases)) == [
        ("Geschillen ingediend", FROM_DISPUTES, 3, 3, True),
        ("Geschillen met uitkomst Gegrond", FROM_DISPUTES, 2, 1, False),
        ("Geschillen ingediend, Smallsteps", FROM_DISPUTES, 2, 2, True),
        ("Geschillen met uitspraak, Smallsteps", FROM_DISPUTES, 2, 1, False),
    ]


@pytest.mark.parametrize(("printed", "computed", "agrees"), [(0.74, 0.73, False), (0.74, 0.744, True), (None, 0, True), (None, 1, False)])
def test_a_figure_agrees_when_it_differs_by_less_than_half_a_hundredth(printed, computed, agrees) -> None:
    """An empty printed cell counts as 0."""
    assert Comparison("Percentage", printed, FROM_RECORDS, computed, "gegevens").agrees is agrees


def test_the_2024_report_disagrees_with_its_own_annex_in_these_places() -> None:
    dataset = load_dataset(ROOT / "data" / "2024")
    differences = [
        (item.subject, item.compared_with, item.printed, item.computed)
        for item in reconcile(dataset.report, dataset.complaints, dataset.disputes)
        if not item.agrees
    ]
    assert differences == [
        ("Pedagogische kwaliteit, Geen label", FROM_RECORDS, 4, 3),
        ("Pedagogische kwaliteit, Eindtotaal", FROM_RECORDS, 131, 130),
        ("Eindtotaal, Geen label", FROM_RECORDS, 6, 4),
        ("Eindtotaal, Smallsteps", FROM_RECORDS, 343, 344),
        ("Eindtotaal", FROM_RECORDS, 538, 537),
        ("Eindtotaal, Geen label", FROM_PRINTED_CELLS, 6, 5),
        ("Eindtotaal, Smallsteps", FROM_PRINTED_CELLS, 343, 344),
        ("Aantal klachten (tekst van sectie 3.1)", FROM_RECORDS, 538, 537),
        ("Percentage kinderen met een klacht", "klachten in de bijlage gedeeld door het aantal opgevangen kinderen", 0.74, 0.73),
    ]
