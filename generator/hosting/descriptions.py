"""What a page says about itself in a search result and a shared link (its description, which
Material also uses for <meta name="description"): a true sentence from the data, such as
"3 klachten in 2024 over Boerderij Geessinkweg (Partou): 1 gegrond, 1 deels gegrond, 1 niet
gegrond." Plain text: the templates put it through the front-matter rule (generator/markup.py)."""

from __future__ import annotations

from generator.dutch import format_number
from generator.hosting.preview_image import PreviewText
from generator.progress import counted
from generator.view.context import YearContext
from generator.view.model import Category, JudgementCounts, Location


def judgement_summary(gegrond: JudgementCounts) -> str:
    """'1 gegrond, 1 deels gegrond, 1 niet gegrond' (a part that is 0 is left out)."""
    parts = (
        (gegrond.ja, "gegrond"), (gegrond.deels, "deels gegrond"), (gegrond.nee, "niet gegrond"), (gegrond.leeg, "zonder oordeel"),
    )
    return ", ".join(f"{format_number(count)} {text}" for count, text in parts if count)


def _sentence(counts: str, gegrond: JudgementCounts) -> str:
    """'3 klachten ...: 1 gegrond, 2 niet gegrond.'; without complaints no judgements."""
    return f"{counts}: {judgement_summary(gegrond)}." if gegrond.total else f"{counts}."


def location_description(location: Location, year: int) -> str:
    counts = f"{counted(len(location.complaints), 'klacht', 'klachten')} in {year} over {location.name} ({location.label_name})"
    return f"{_sentence(counts, location.gegrond)} Wat de klacht was en wat er is gedaan."


def category_description(category: Category, organisation: str, year: int) -> str:
    counts = f"{counted(len(category.complaints), 'klacht', 'klachten')} over {category.name} bij {organisation} in {year}"
    return f"{_sentence(counts, category.gegrond)} Met de locatie, het oordeel en de oplossing."


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
        footer="Per locatie: wat de klacht was, of die gegrond was en wat er is gedaan.",
    )
