"""What a page says about itself in a search result and a shared link (its description, which
Material also uses for <meta name="description"): a true sentence from the data, such as
"3 klachten in 2024 over De Klaver (Noord). Gegrond? Ja: 1, deels: 1, nee: 1." Plain text: the templates put it through the front-matter rule (generator/markup.py)."""

from __future__ import annotations

from generator.dutch import format_number
from generator.hosting.preview_image import PreviewText
from generator.progress import counted
from generator.view.context import YearContext
from generator.view.count_sentences import judgement_counts_text
from generator.view.model import Category, JudgementCounts, Location


def _sentence(counts: str, gegrond: JudgementCounts) -> str:
    """'3 klachten ... Gegrond? Ja: 1, deels: 0, nee: 2.'; without complaints or judgements only the count."""
    summary = judgement_counts_text(gegrond) if gegrond.total else ""
    return f"{counts}. Gegrond? {summary}." if summary else f"{counts}."


def location_description(location: Location, year: int) -> str:
    counts = f"{counted(len(location.complaints), 'klacht', 'klachten')} in {year} over {location.distinct_name}"
    return f"{_sentence(counts, location.gegrond)} Wat de klacht was en wat er is gedaan."


def location_years_description(location) -> str:
    """For a location page of a site with several years (a SiteLocation): its complaints per year."""
    counts = ", ".join(f"{entry.year}: {format_number(len(entry.location.complaints))}" for entry in location.years if entry.location)
    return f"Klachten over {location.distinct_name} per jaar ({counts}). Wat de klacht was en wat er is gedaan."


def category_description(category: Category, organisation: str, year: int) -> str:
    counts = f"{counted(len(category.complaints), 'klacht', 'klachten')} over {category.name} bij {organisation} in {year}"
    judged = ", het oordeel" if category.gegrond.rows else ""
    return f"{_sentence(counts, category.gegrond)} Met de locatie{judged} en de oplossing."


def home_description(complaints: int, locations: int, gegrond: JudgementCounts, organisation: str, year: int) -> str:
    counts = f"{counted(complaints, 'klacht', 'klachten')} van ouders over {organisation} in {year}, bij {counted(locations, 'locatie', 'locaties')}"
    return f"{_sentence(counts, gegrond)} Per locatie wat de klacht was en wat er is gedaan."


def preview_text(year: YearContext) -> PreviewText:
    """The texts of the sharing picture: the same for every page of the site."""
    report = year.report
    return PreviewText(
        heading=report.title,
        figure=counted(len(year.complaints), "klacht", "klachten"),
        detail=_sentence(f"bij {counted(len(year.locations), 'locatie', 'locaties')} van {report.organisation} in {report.year}", year.gegrond),
        footer="Per locatie: wat de klacht was" + (", of die gegrond was" if year.judgements else "") + " en wat er is gedaan.",
    )
