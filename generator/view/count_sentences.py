"""How the pages, the PDF and a page's description sum up counts in words: the judgements of a
set of complaints and the outcomes of the disputes. Plain text: each template escapes it for the
place it lands, as it does every value from the data (the names are the year's own words)."""

from __future__ import annotations

from generator.dutch import format_number
from generator.view.model import DisputeCounts, JudgementCounts


def judgement_counts_text(counts: JudgementCounts) -> str:
    """'Ja: 1, deels: 0, nee: 2; bij 1 staat geen oordeel', in the year's own judgements; empty
    in a year without judgements."""
    given = ", ".join(
        f"{judgement.value if index == 0 else judgement.value.lower()}: {format_number(count)}"
        for index, (judgement, count) in enumerate(counts.given)
    )
    not_given = f"bij {format_number(counts.not_given)} staat geen oordeel" if counts.not_given else ""
    return "; ".join(part for part in (given, not_given) if part)


def outcome_counts_text(counts: DisputeCounts) -> str:
    """'Gegrond (2), Ongegrond (2), Geen uitspraak (1)': every outcome the year declares."""
    return ", ".join(f"{item.name} ({format_number(item.count)})" for item in counts.per_outcome)
