"""The rows of a synthetic klachten.csv and geschillen.csv, drawn from a real year.

Drawing is without replacement from `scale` copies of the real year, shuffled: a location takes
the label and complaint count of a real location, a complaint takes the label, category, gegrond
and text lengths (in sentences) of a real complaint with that label. So the distributions (of
complaints per location, of categories per label, of gegrond, including the one empty value per
copy) are exactly the real ones times `scale`, while names, texts and which complaint is where
are new. A real year without labels or judgements gives a synthetic year without them.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

import pandas

from generator import schema
from generator.dataset.dataset import Dataset
from generator.dataset.vocabulary import NO_JUDGEMENT
from generator.view.slugs import sort_key
from generator.synth.names import TYPE_WORDS, location_names, name_parts, own_words
from generator.synth.texts import compose, sentence_pools, sentences

CASE_NUMBERS = range(100_000, 1_000_000)  # six digits, as at the Geschillencommissie


@dataclass(frozen=True)
class ComplaintProfile:
    label: str
    category: str
    gegrond: str
    description_sentences: int
    solution_sentences: int


@dataclass(frozen=True)
class PlannedLocation:
    name: str
    label: str
    complaints: int


def synthetic_complaints(real_year: Dataset, scale: int, rng: random.Random, shared_name: str | None = None) -> list[dict[str, object]]:
    """Rows of klachten.csv with the real year's columns, sorted by location as in the report,
    numbered from 1. `shared_name`: a location name this year must have (one location drawn
    first gets it), so that organisations made with the same one share a location name."""
    real = _with_label_and_judgement(real_year.complaints)
    queues = _profile_queues(real, scale, rng)
    descriptions = sentence_pools(_texts_by_category(real, "omschrijving"))
    solutions = sentence_pools(_texts_by_category(real, "oplossing"))
    columns = schema.column_names(real_year.report.vocabulary.complaint_columns)
    rows: list[dict[str, object]] = []
    for location in _planned_locations(real, scale, rng, TYPE_WORDS | own_words(real_year.report), shared_name):
        for _ in range(location.complaints):
            profile = queues[location.label].pop()
            rows.append(
                {
                    "volgnummer": len(rows) + 1,
                    "locatie": location.name,
                    "label": location.label,
                    "categorie": profile.category,
                    "omschrijving": compose(descriptions[profile.category], profile.description_sentences, rng),
                    "oplossing": compose(solutions[profile.category], profile.solution_sentences, rng),
                    "gegrond": profile.gegrond,
                    "bron_regel": None,  # there is no source text for synthetic data
                }
            )
    return [{column: row[column] for column in columns} for row in rows]


def _with_label_and_judgement(frame: pandas.DataFrame) -> pandas.DataFrame:
    """The real complaints with a label and a gegrond column, empty where the year has none."""
    blank = {schema.LABEL_COLUMN: "", schema.JUDGEMENT_COLUMN: NO_JUDGEMENT}
    return frame.assign(**{column: value for column, value in blank.items() if column not in frame})


def _planned_locations(
    real: pandas.DataFrame, scale: int, rng: random.Random, type_words: frozenset[str], shared_name: str | None = None
) -> list[PlannedLocation]:
    counts = real.groupby(["locatie", "label"], sort=False).size()
    plan = [(label, int(count)) for (_, label), count in counts.items()] * scale
    rng.shuffle(plan)
    labels = [label for label, _ in plan]
    names = location_names(labels, name_parts(list(counts.index), type_words), rng)
    if shared_name is not None and shared_name not in names:
        names[0] = shared_name
    locations = [PlannedLocation(name, label, count) for name, (label, count) in zip(names, plan)]
    return sorted(locations, key=lambda location: (sort_key(location.name), location.name, location.label))


def _profile_queues(real: pandas.DataFrame, scale: int, rng: random.Random) -> dict[str, list[ComplaintProfile]]:
    """Per label, `scale` copies of its real complaints' profiles in random order."""
    queues: dict[str, list[ComplaintProfile]] = {}
    for row in real.itertuples(index=False):
        profile = ComplaintProfile(row.label, row.categorie, row.gegrond, len(sentences(row.omschrijving)), len(sentences(row.oplossing)))
        queues.setdefault(row.label, []).extend([profile] * scale)
    for label in sorted(queues):
        rng.shuffle(queues[label])
    return queues


def _texts_by_category(real: pandas.DataFrame, column: str) -> dict[str, list[str]]:
    texts: dict[str, list[str]] = {}
    for category, text in zip(real["categorie"], real[column]):
        texts.setdefault(category, []).append(text)
    return texts


def synthetic_disputes(real: pandas.DataFrame, scale: int, rng: random.Random) -> list[dict[str, object]]:
    """Rows of geschillen.csv: each a real ruling (with its entity and outcome, which its words
    name) under a new case number, grouped by entity in the report's order."""
    rulings = [
        {"entiteit": row.entiteit, "uitspraak": row.uitspraak, "uitkomst": row.uitkomst} for row in real.itertuples(index=False)
    ] * scale
    rng.shuffle(rulings)
    numbers = _case_numbers(len(rulings), set(real["zaaknummer"]), rng)
    rows = [ruling | {"zaaknummer": str(number), "bron_regel": None} for ruling, number in zip(rulings, numbers)]
    entity_order = {entity: position for position, entity in enumerate(dict.fromkeys(real["entiteit"]))}
    return sorted(rows, key=lambda row: entity_order[row["entiteit"]])


def _case_numbers(count: int, real_numbers: set[str], rng: random.Random) -> list[int]:
    """Unique six-digit numbers, none of them a real case's."""
    drawn = rng.sample(CASE_NUMBERS, count + len(real_numbers))
    return [number for number in drawn if str(number) not in real_numbers][:count]
