"""verslag.yaml for a synthetic year: the real report's metadata with a synthetic organisation,
and published figures counted from the synthetic records.

The figures under 'gepubliceerd' are computed from the records rather than scaled from the real
report, so that `check` and the site's reconciliation page show the whole comparison at scale
with no differences; a difference there means the reconciliation code is wrong, not the data.
Only last year's figures, which nothing compares with the records, are the real ones times the
scale.
"""

from __future__ import annotations

from collections import Counter

from generator import schema
from generator.dataset.report_meta import PreviousYear, PublishedFigures, ReportMeta

HEADER = (
    "Synthetische gegevens om de snelheid van de generator te meten, gemaakt met\n"
    "'python -m generator synth --schaal {scale} --seed {seed}'. De locaties en klachten zijn verzonnen.\n"
    "De cijfers onder 'gepubliceerd' zijn geteld uit de klachten en geschillen van deze map; die van\n"
    "het vorige jaar zijn die van het echte verslag maal {scale}."
)


def report_header(scale: int, seed: int) -> str:
    return HEADER.format(scale=scale, seed=seed)


def report_data(
    real: ReportMeta, scale: int, complaints: list[dict[str, object]], disputes: list[dict[str, object]]
) -> dict[str, object]:
    data: dict[str, object] = {
        "organisatie": f"Synthetische kinderopvang (schaal {scale})",
        "jaar": real.year,
        "titel": real.title,
        "versie": real.version,
        "datum": real.date,
        "auteur": "Synthetische gegevens (python -m generator synth)",
    }
    if real.organisation_locations is not None:
        data["locaties_organisatie"] = real.organisation_locations * scale
    if real.children_cared_for is not None:
        data["kinderen_opgevangen"] = real.children_cared_for * scale
    data["labels"] = dict(real.labels)
    data["gepubliceerd"] = _published(real, scale, complaints, disputes, data.get("kinderen_opgevangen"))
    return data


def _published(real: ReportMeta, scale: int, complaints: list[dict], disputes: list[dict], children: int | None) -> dict[str, object]:
    published: dict[str, object] = {"klachten": len(complaints)}
    if children:
        published["percentage_kinderen_met_klacht"] = round(100 * len(complaints) / children, 2)
    published["tabel"] = _summary_table(real, complaints)
    by_category = Counter(complaint["categorie"] for complaint in complaints)
    mentioned = real.published.category_figures if real.published else {}
    published["toelichting_per_categorie"] = {category: by_category[category] for category in mentioned}
    if real.published and real.published.previous_year:
        published["vorig_jaar"] = _previous_year(real.published.previous_year, scale)
    published["geschillen"] = _dispute_figures(real.published, scale, disputes)
    return published


def _summary_table(real: ReportMeta, complaints: list[dict]) -> dict[str, object]:
    """The summary table of section 3.1 as the report would print it: an empty cell for 0."""
    columns = [schema.NO_LABEL] + [short for short in real.labels.values() if short != schema.NO_LABEL]
    counts = Counter((complaint["categorie"], real.labels.get(complaint["label"], schema.NO_LABEL)) for complaint in complaints)
    rows = []
    for category in schema.CATEGORIES:
        cells = {column: counts[(category, column)] or None for column in columns}
        rows.append({"categorie": category, "cellen": cells, "eindtotaal": sum(value or 0 for value in cells.values())})
    totals = {column: sum(counts[(category, column)] for category in schema.CATEGORIES) for column in columns}
    return {"kolommen": columns, "rijen": rows, "eindtotaal": {"cellen": totals, "eindtotaal": len(complaints)}}


def _previous_year(previous: PreviousYear, scale: int) -> dict[str, object]:
    data: dict[str, object] = {"jaar": previous.year}
    if previous.complaints is not None:
        data["klachten"] = previous.complaints * scale
    if previous.percentage_children_with_complaint is not None:
        data["percentage_kinderen_met_klacht"] = previous.percentage_children_with_complaint
    data["categorieen"] = {category: count * scale for category, count in previous.categories.items()}
    return data


def _dispute_figures(real: PublishedFigures | None, scale: int, disputes: list[dict]) -> dict[str, object]:
    entities = list(dict.fromkeys(dispute["entiteit"] for dispute in disputes))
    figures: dict[str, object] = {
        "ingediend": len(disputes),
        "gegrond": sum(dispute["uitkomst"] == "Gegrond" for dispute in disputes),
    }
    if real and real.disputes and real.disputes.previous_year_submitted is not None:
        figures["vorig_jaar_ingediend"] = real.disputes.previous_year_submitted * scale
    figures["per_entiteit"] = [
        {
            "entiteit": entity,
            "ingediend": sum(dispute["entiteit"] == entity for dispute in disputes),
            "met_uitspraak": sum(dispute["entiteit"] == entity and dispute["uitkomst"] != "Geen uitspraak" for dispute in disputes),
        }
        for entity in entities
    ]
    return figures
