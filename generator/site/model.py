"""What the pages show, as plain values: built once from the data, read by every template."""

from __future__ import annotations

from dataclasses import dataclass

GEGROND_ORDER = ("Ja", "Deels", "Nee", "")


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
class GegrondCounts:
    """How many complaints the organisation judged upheld (Ja), partly (Deels), not (Nee), or not
    at all (empty in the source)."""

    ja: int
    deels: int
    nee: int
    leeg: int

    @property
    def total(self) -> int:
        return self.ja + self.deels + self.nee + self.leeg

    def share(self, count: int) -> float:
        return 100 * count / self.total if self.total else 0.0


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
    category_page: str  # docs-relative path of the category's first page

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
    gegrond: GegrondCounts

    @property
    def page(self) -> str:
        return f"locaties/{self.slug}.md"

    @property
    def distinct_name(self) -> str:
        return distinct_location_name(self.name, self.label, self.label_name)


@dataclass(frozen=True)
class Category:
    name: str
    slug: str
    complaints: tuple[Complaint, ...]
    per_label: tuple[Count, ...]
    gegrond: GegrondCounts
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
