"""What the pages and the PDF show, as plain values: built once from the data, read by every
template."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from generator import schema

# On Zoeken en filteren, the filter value of a complaint whose judgement the report does not give.
GEGROND_NOT_GIVEN = "Niet vermeld"


@dataclass(frozen=True)
class Judgement:
    """One of the organisation's judgements of a complaint (gegrond), as the data writes it and
    as the pages, the charts, the filters and the PDF name it."""

    value: str  # in the data: Ja, Deels, Nee, or empty when the report gives none
    label: str  # in tables, charts and filters
    meaning: str  # what it says, for a parent

    @property
    def filter_value(self) -> str:
        return self.value or GEGROND_NOT_GIVEN


YES, PARTLY, NO = schema.GEGROND_VALUES
JUDGEMENTS = (
    Judgement(YES, "Gegrond: ja", "de organisatie vindt dat de ouder gelijk had."),
    Judgement(PARTLY, "Gegrond: deels", "de ouder had voor een deel gelijk."),
    Judgement(NO, "Gegrond: nee", "de organisatie vindt de klacht niet terecht."),
    Judgement(schema.GEGROND_EMPTY, "Geen oordeel vermeld", "het verslag noemt geen oordeel. Dat staat dan ook zo op deze site; er is niets ingevuld."),
)


def location_page(slug: str) -> str:
    """The docs-relative path of a location's page."""
    return f"locaties/{slug}.md"


def distinct_location_name(name: str, label: str, label_name: str) -> str:
    """A location's name with what tells it apart from another location of a similar or the same
    name: its label ("De Klaver (Partou)", "De Klaver (Smallsteps)"). A location without a label
    keeps its bare name."""
    return f"{name} ({label_name})" if label else name


@dataclass(frozen=True)
class Count:
    name: str
    count: int


@dataclass(frozen=True)
class JudgementCounts:
    """How many complaints the organisation judged upheld (Ja), partly (Deels), not (Nee), or not
    at all (empty in the source)."""

    ja: int
    deels: int
    nee: int
    leeg: int

    @classmethod
    def of(cls, values: Iterable[str]) -> JudgementCounts:
        values = list(values)
        return cls(*(values.count(judgement.value) for judgement in JUDGEMENTS))

    @property
    def total(self) -> int:
        return self.ja + self.deels + self.nee + self.leeg

    @property
    def rows(self) -> tuple[tuple[Judgement, int], ...]:
        """Each judgement with its count, in the order of JUDGEMENTS."""
        return tuple(zip(JUDGEMENTS, (self.ja, self.deels, self.nee, self.leeg)))

    def share(self, count: int) -> float:
        return 100 * count / self.total if self.total else 0.0


@dataclass(frozen=True)
class DisputeCounts:
    """How the disputes at the Geschillencommissie ended."""

    total: int
    upheld: int
    not_upheld: int
    no_ruling: int

    @classmethod
    def of(cls, outcomes: Iterable[str]) -> DisputeCounts:
        outcomes = list(outcomes)
        return cls(
            len(outcomes),
            outcomes.count(schema.DISPUTE_UPHELD),
            outcomes.count(schema.DISPUTE_NOT_UPHELD),
            outcomes.count(schema.DISPUTE_NO_RULING),
        )

    @property
    def with_ruling(self) -> int:
        return self.total - self.no_ruling


@dataclass(frozen=True)
class Complaint:
    volgnummer: int
    locatie: str
    label: str
    label_name: str  # the label's short name, or "Geen label"
    categorie: str
    omschrijving: str
    oplossing: str
    gegrond: str
    bron_regel: int | None
    location_page: str  # docs-relative path of the location page

    @property
    def anchor(self) -> str:
        return f"klacht-{self.volgnummer}"

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
