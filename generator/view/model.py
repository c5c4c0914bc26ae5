"""What the pages and the PDF show, as plain values: built once from the data, read by every
template."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from generator.dataset.vocabulary import NO_JUDGEMENT, DeclaredOutcome, Vocabulary
from generator.view.filter_values import judgement_filter_value
from generator.view.slugs import slugify


@dataclass(frozen=True)
class Judgement:
    """One of the organisation's judgements of a complaint (gegrond), as the data writes it and
    as the pages, the charts, the filters and the PDF name it."""

    value: str  # as the year's vocabulary declares it (Ja, Deels, Nee), or empty when the report gives none
    meaning: str  # what it says, for a parent; empty when verslag.yaml gives no meaning

    @property
    def label(self) -> str:
        """In tables, charts, filters and badges."""
        return judgement_label(self.value)

    @property
    def filter_value(self) -> str:
        return judgement_filter_value(self.value)


def judgement_label(value: str) -> str:
    """How the pages, the charts, the filters and the PDF name a judgement as the data writes it
    (Ja, Deels, Nee), or the lack of one (empty): 'Gegrond: ja', 'Geen oordeel vermeld'."""
    return f"Gegrond: {value.lower()}" if value else "Geen oordeel vermeld"


def judgement_class(value: str) -> str:
    """The class of a judgement's badge ('gegrond-ja'): the stylesheet colours the ones it knows,
    the rest look alike; a slug, so that no value from the data can end the class list."""
    return f"gegrond-{slugify(value) or 'leeg'}"


def judgements_of(vocabulary: Vocabulary) -> tuple[Judgement, ...]:
    """The year's judgements, then the one for a complaint without a judgement; none in a year
    without judgements."""
    if not vocabulary.has_judgements:
        return ()
    declared = tuple(Judgement(judgement.name, judgement.meaning or "") for judgement in vocabulary.judgements)
    not_given = Judgement(NO_JUDGEMENT, "het verslag noemt geen oordeel. Dat staat dan ook zo op deze site; er is niets ingevuld.")
    return (*declared, not_given)


def location_page(slug: str) -> str:
    """The docs-relative path of a location's page."""
    return f"locaties/{slug}.md"


def distinct_location_label(label: str, label_name: str) -> str:
    """What tells a location apart from another location of a similar or the same name: its
    label's short name ("Noord"); empty for a location without a label, also in a year with
    labels (never "Geen label")."""
    return label_name if label else ""


def distinct_location_name(name: str, label: str, label_name: str) -> str:
    """A location's name with its distinct_location_label: "De Klaver (Noord)", "De Klaver
    (Zuid)". A location without a label keeps its bare name."""
    distinct_label = distinct_location_label(label, label_name)
    return f"{name} ({distinct_label})" if distinct_label else name


@dataclass(frozen=True)
class Count:
    name: str
    count: int


@dataclass(frozen=True)
class JudgementCounts:
    """How many complaints the organisation gave each of the year's judgements, and how many the
    source gives no judgement (empty); no rows in a year without judgements."""

    rows: tuple[tuple[Judgement, int], ...]  # in the order of the year's judgements

    @classmethod
    def of(cls, judgements: tuple[Judgement, ...], values: Iterable[str]) -> JudgementCounts:
        values = list(values)
        return cls(tuple((judgement, values.count(judgement.value)) for judgement in judgements))

    @property
    def total(self) -> int:
        return sum(count for _, count in self.rows)

    @property
    def given(self) -> tuple[tuple[Judgement, int], ...]:
        """The judgements the organisation gave, with their counts."""
        return tuple((judgement, count) for judgement, count in self.rows if judgement.value)

    @property
    def not_given(self) -> int:
        return sum(count for judgement, count in self.rows if not judgement.value)

    def share(self, count: int) -> float:
        return 100 * count / self.total if self.total else 0.0


@dataclass(frozen=True)
class DisputeCounts:
    """How the disputes at the Geschillencommissie ended, per outcome the year declares."""

    total: int
    per_outcome: tuple[Count, ...]  # in the declared order
    with_ruling: int

    @classmethod
    def of(cls, outcomes: tuple[DeclaredOutcome, ...], values: Iterable[str]) -> DisputeCounts:
        values = list(values)
        without_ruling = {outcome.name for outcome in outcomes if not outcome.ruling}
        return cls(
            len(values),
            tuple(Count(outcome.name, values.count(outcome.name)) for outcome in outcomes),
            sum(1 for value in values if value not in without_ruling),
        )

    def count_of(self, outcome: str) -> int:
        return next((item.count for item in self.per_outcome if item.name == outcome), 0)


@dataclass(frozen=True)
class Complaint:
    year: int  # the year of the report that lists it
    volgnummer: int  # its number in that report
    locatie: str
    label: str
    label_name: str  # the label's short name, or "Geen label" (also in a year without labels)
    categorie: str
    omschrijving: str
    oplossing: str
    gegrond: str
    bron_regel: int | None
    location_page: str  # docs-relative path of the location page

    @property
    def anchor(self) -> str:
        """Its id on its location page and its category page; with the year, because a location
        page carries every year and a volgnummer is a number within one report."""
        return f"klacht-{self.year}-{self.volgnummer}"

    @property
    def distinct_location(self) -> str:
        return distinct_location_name(self.locatie, self.label, self.label_name)


@dataclass(frozen=True)
class Location:
    name: str
    label: str
    label_name: str
    slug: str
    complaints: tuple[Complaint, ...]
    per_category: tuple[Count, ...]
    gegrond: JudgementCounts

    @property
    def page(self) -> str:
        return location_page(self.slug)

    @property
    def anchor(self) -> str:
        """The id of the location's entry in the A-Z list of the site and of the PDF."""
        return f"locatie-{self.slug}"

    @property
    def distinct_name(self) -> str:
        return distinct_location_name(self.name, self.label, self.label_name)

    @property
    def distinct_label(self) -> str:
        """Beside its name where a page sets the label apart (the PDF): see distinct_location_label."""
        return distinct_location_label(self.label, self.label_name)


@dataclass(frozen=True)
class Category:
    name: str
    slug: str
    complaints: tuple[Complaint, ...]
    per_label: tuple[Count, ...]
    gegrond: JudgementCounts
    previous_year: int | None  # the report's figure for last year, where it gives one
    explanation: str | None  # the report's own explanation (Markdown), where it has one

    @property
    def page(self) -> str:
        return f"categorieen/{self.slug}/index.md"


@dataclass(frozen=True)
class LabelTableRow:
    category: Category
    cells: tuple[int, ...]  # per label column
    total: int


@dataclass(frozen=True)
class Dispute:
    entiteit: str
    zaaknummer: str
    uitspraak: str
    uitkomst: str


@dataclass(frozen=True)
class ComparisonRow:
    """A figure for last year as the report gives it, next to this year's from the data."""

    subject: str
    previous: float
    current: float
    printed_current: float | None  # what the report printed for this year, if anything
    is_percentage: bool = False
    is_category: bool = False  # the subject is one of the year's categories
