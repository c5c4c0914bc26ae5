"""What `check` prints for a year folder that loads: its size, the notices, the reconciliation
with the report's published figures and the privacy check."""

from __future__ import annotations

from generator import schema
from generator.dataset.dataset import Dataset
from generator.dataset.vocabulary import Vocabulary
from generator.dutch import format_figure
from generator.progress import counted
from generator.privacy import PrivacyReview, review_lines
from generator.view.reconcile import Comparison, reconcile
from generator.view.site_locations import site_slugs, unused_renames


def check_summary_lines(dataset: Dataset, privacy: PrivacyReview) -> list[str]:
    complaints = dataset.complaints
    locations = complaints[[column for column in ("locatie", schema.LABEL_COLUMN) if column in complaints]].drop_duplicates()
    lines = [
        f"Controle van {dataset.folder}: {dataset.report.title}, versie {dataset.report.version}",
        f"  {counted(len(complaints), 'klacht', 'klachten')} over {counted(len(locations), 'locatie', 'locaties')}, "
        f"{counted(len(dataset.disputes), 'geschil', 'geschillen')}",
        f"  {_vocabulary_line(dataset.report.vocabulary)}",
        "",
    ]
    lines += _notice_lines(dataset)
    lines += _reconciliation_lines(reconcile(dataset.report, complaints, dataset.disputes))
    lines += ["", *review_lines(privacy), ""]
    if privacy.unreviewed:
        lines.append("Niet publiceren: de privacycontrole heeft vondsten die nog niet zijn nagekeken.")
    else:
        lines.append("Geen fouten: de gegevens kunnen gepubliceerd worden.")
    return lines


def years_together_lines(datasets: list[Dataset], whole_site: bool) -> list[str]:
    """The years of one organisation together, oldest first; raises DataInvalid when hernoemd.csv
    names a location that is not where it says. `whole_site`: the years are all the site has (not
    one folder checked alone), so the oldest year's hernoemd.csv has no year before it."""
    lines = []
    if len(datasets) > 1:
        site_slugs(datasets)
        lines += ["", f"De {len(datasets)} jaren samen: elke hernoemde locatie staat in het jaar ervoor; elke locatie houdt haar adres."]
    notices = unused_renames(datasets) if whole_site and datasets else []
    if notices:
        lines += ["", f"Meldingen over de jaren samen ({len(notices)}; ze houden de publicatie niet tegen, maar kijk ze na):"]
        lines += [f"  {notice}" for notice in notices]
    return lines


def _vocabulary_line(vocabulary: Vocabulary) -> str:
    """The words of the year as verslag.yaml declares them; what a year does not have, it does not name."""
    parts = [f"{len(vocabulary.categories)} soorten klachten"]
    if vocabulary.has_labels:
        parts.append(f"labels: {', '.join(vocabulary.label_names[1:])}")
    if vocabulary.has_judgements:
        parts.append(f"oordelen: {', '.join(vocabulary.judgement_names)}")
    if vocabulary.dispute_outcomes:
        parts.append(f"uitkomsten van geschillen: {', '.join(vocabulary.outcome_names)}")
    return f"Woorden van het verslag: {'; '.join(parts)}."


def _notice_lines(dataset: Dataset) -> list[str]:
    if not dataset.notices:
        return ["Meldingen: geen.", ""]
    lines = [f"Meldingen ({len(dataset.notices)}; ze houden de publicatie niet tegen, maar kijk ze na):"]
    lines += [f"  {notice}" for notice in dataset.notices]
    return lines + [""]


def _reconciliation_lines(comparisons: list[Comparison]) -> list[str]:
    if not comparisons:
        return ["Afstemming: verslag.yaml noemt geen gepubliceerde cijfers."]
    differences = [comparison for comparison in comparisons if not comparison.agrees]
    lines = [
        f"Afstemming met de cijfers die het verslag zelf noemt: {len(comparisons) - len(differences)} van "
        f"{len(comparisons)} kloppen, {len(differences)} verschillen."
    ]
    for comparison in differences:
        printed = "leeg" if comparison.printed is None else format_figure(comparison.printed)
        lines.append(
            f"  VERSCHIL {comparison.subject}: gedrukt {printed}, {comparison.compared_with} "
            f"{format_figure(comparison.computed)} (verschil {format_figure(comparison.difference)})"
        )
    return lines
