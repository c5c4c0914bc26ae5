"""The words of the 2024 report of Partou kinderopvang: its 13 categories with the other spellings
its annex uses, its judgements and the outcomes of its disputes. The importer is the one place in
the generator that knows them; it writes them into the year's verslag.yaml, from where everything
else reads them (generator/dataset/vocabulary.py).
"""

from __future__ import annotations

from generator.dataset.vocabulary import DeclaredCategory, DeclaredJudgement, DeclaredOutcome, Vocabulary

# The 13 categories as named in the published summary table (section 3.1 of the report).
CATEGORIES: tuple[str, ...] = (
    "Aanbod van de dienstverlening",
    "Accommodatie en speelgoed",
    "Communicatie",
    "Diversiteit / discriminatie",
    "Facturatie / debiteuren",
    "Overig",
    "Pedagogische kwaliteit",
    "Personele bezetting",
    "Planning en plaatsing",
    "Privacy",
    "Sluiting groep/vestiging",
    "Tarieven (incl. verruiming openingstijden, doorbetalen feestdagen)",
    "Voorwaarden rondom ruil- en inhaaluren",
)

# Other spellings of a category that the report itself uses (in the annex); they are read as the
# category. A spelling not listed here is an error with a suggestion, never a silent guess.
CATEGORY_ALIASES: dict[str, str] = {
    "Sluiting groep / vestiging": "Sluiting groep/vestiging",
    "Tarieven (incl. verruiming openingstijden of doorbetalen feestdagen)": (
        "Tarieven (incl. verruiming openingstijden, doorbetalen feestdagen)"
    ),
    "Voorwaarden rondom ruil- & inhaaluren": "Voorwaarden rondom ruil- en inhaaluren",
}

# The words the annex writes in its gegrond column, with what each says for a parent.
JUDGEMENTS: tuple[DeclaredJudgement, ...] = (
    DeclaredJudgement("Ja", "de organisatie vindt dat de ouder gelijk had."),
    DeclaredJudgement("Deels", "de ouder had voor een deel gelijk."),
    DeclaredJudgement("Nee", "de organisatie vindt de klacht niet terecht."),
)
GEGROND_WORDS: tuple[str, ...] = tuple(judgement.name for judgement in JUDGEMENTS)

DISPUTE_UPHELD = "Gegrond"
DISPUTE_NOT_UPHELD = "Ongegrond"
DISPUTE_NO_RULING = "Geen uitspraak"
DISPUTE_OUTCOMES: tuple[DeclaredOutcome, ...] = (
    DeclaredOutcome(DISPUTE_UPHELD),
    DeclaredOutcome(DISPUTE_NOT_UPHELD),
    DeclaredOutcome(DISPUTE_NO_RULING, ruling=False),
)


def canonical_category(name: str) -> str | None:
    """The category for a name or a known spelling of it, else None."""
    if name in CATEGORIES:
        return name
    return CATEGORY_ALIASES.get(name)


def category_spellings() -> list[str]:
    return [*CATEGORIES, *CATEGORY_ALIASES]


def report_vocabulary(labels: dict[str, str]) -> Vocabulary:
    """The vocabulary of the 2024 report, with the labels its summary table names."""
    categories = tuple(
        DeclaredCategory(name, tuple(alias for alias, category in CATEGORY_ALIASES.items() if category == name)) for name in CATEGORIES
    )
    return Vocabulary(categories=categories, labels=labels, judgements=JUDGEMENTS, dispute_outcomes=DISPUTE_OUTCOMES)
