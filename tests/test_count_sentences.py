"""The sentences that sum up counts (generator/view/count_sentences.py), as the pages, the PDF
and a page's description print them."""

from __future__ import annotations

from generator.dataset.vocabulary import DeclaredOutcome
from generator.view.count_sentences import judgement_counts_text, outcome_counts_text
from generator.view.model import DisputeCounts, Judgement, JudgementCounts

JUDGEMENTS = (Judgement("Ja", ""), Judgement("Deels", ""), Judgement("Nee", ""), Judgement("", ""))


def test_judgements_are_counted_in_the_years_own_words_with_every_judgement() -> None:
    counts = JudgementCounts.of(JUDGEMENTS, ["Ja"] * 1200 + ["Nee"] + [""] * 3)
    assert judgement_counts_text(counts) == "Ja: 1.200, deels: 0, nee: 1; bij 3 staat geen oordeel"
    assert judgement_counts_text(JudgementCounts.of(JUDGEMENTS, ["Nee"])) == "Ja: 0, deels: 0, nee: 1"
    assert judgement_counts_text(JudgementCounts.of((Judgement("Terecht", ""), Judgement("", "")), ["", ""])) == "Terecht: 0; bij 2 staat geen oordeel"


def test_a_year_without_judgements_has_no_judgement_sentence() -> None:
    assert judgement_counts_text(JudgementCounts.of((), ["", ""])) == ""


def test_every_declared_outcome_is_counted_in_its_order() -> None:
    outcomes = (DeclaredOutcome("Gegrond", True), DeclaredOutcome("Ongegrond", True), DeclaredOutcome("Geen uitspraak", False))
    counts = DisputeCounts.of(outcomes, ["Ongegrond", "Gegrond", "Ongegrond"] + ["Gegrond"] * 1000)
    assert outcome_counts_text(counts) == "Gegrond (1.001), Ongegrond (2), Geen uitspraak (0)"
