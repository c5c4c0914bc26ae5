"""The figures of every year side by side, for the trend on the home page and the year pages:
per year the number of complaints, the share of each judgement and the count per category.

A year with a folder in data/ is counted from its records. A year that the site knows only
because a later report prints a few of its figures (the previous year of the first report) is in
the trend with just those figures, marked as printed: nothing is filled in or estimated.
"""

from __future__ import annotations

from dataclasses import dataclass

from generator.view.context import YearContext
from generator.view.model import JudgementCounts


@dataclass(frozen=True)
class TrendYear:
    year: int
    complaints: int | None  # None: not known
    gegrond: JudgementCounts | None  # None: printed only, or the year has no judgements
    per_category: dict[str, int]  # by category name; a printed year only the ones it prints
    printed_by: int | None  # for a year known only from printed figures: the report that prints them
    disputes: int | None
    children_share: float | None  # complaints as a percentage of the children cared for

    @property
    def printed_only(self) -> bool:
        return self.printed_by is not None

    def category_count(self, name: str) -> int | None:
        """The count of a category; 0 in a counted year that declares it without complaints,
        None where it is not known (a printed year that does not print it, a year without it)."""
        return self.per_category.get(name)

    def judgement_share(self, name: str) -> float | None:
        """The percentage of the complaints given this judgement; None where not known."""
        if self.gegrond is None or not self.gegrond.total:
            return None
        counts = {judgement.value: count for judgement, count in self.gegrond.given}
        return self.gegrond.share(counts[name]) if name in counts else None


@dataclass(frozen=True)
class Trend:
    years: tuple[TrendYear, ...]  # newest first
    categories: tuple[str, ...]  # every category of any year: the newest year's order, then older ones
    judgement_names: tuple[str, ...]  # every judgement of any counted year, in order of appearance


def trend_of(years: tuple[YearContext, ...]) -> Trend:
    """`years` oldest first."""
    counted = {year.report.year: _counted(year) for year in years}
    printed = {}
    for year in years:
        previous = year.report.published.previous_year if year.report.published else None
        if previous is not None and previous.year not in counted:
            printed[previous.year] = _printed(year, previous)
    rows = tuple(sorted((counted | printed).values(), key=lambda row: row.year, reverse=True))
    categories = dict.fromkeys(name for year in reversed(years) for name in year.vocabulary.category_names)
    categories |= dict.fromkeys(name for row in rows for name in row.per_category)
    judgements = dict.fromkeys(name for year in years for name in year.vocabulary.judgement_names)
    return Trend(rows, tuple(categories), tuple(judgements))


def _counted(year: YearContext) -> TrendYear:
    return TrendYear(
        year=year.report.year,
        complaints=len(year.complaints),
        gegrond=year.gegrond if year.judgements else None,
        per_category={category.name: len(category.complaints) for category in year.categories},
        printed_by=None,
        disputes=len(year.disputes),
        children_share=year.children_share,
    )


def _printed(year: YearContext, previous) -> TrendYear:
    disputes = year.report.published.disputes
    return TrendYear(
        year=previous.year,
        complaints=previous.complaints,
        gegrond=None,
        per_category=dict(previous.categories),
        printed_by=year.report.year,
        disputes=disputes.previous_year_submitted if disputes else None,
        children_share=previous.percentage_children_with_complaint,
    )
