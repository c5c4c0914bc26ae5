"""A synthetic year that follows a given one, for tests and benchmarks of a site with several
years (`python -m generator synth --volgend-jaar`): mostly the same locations under the same
names, some closed, some new, one renamed (with its hernoemd.csv) and one category that the
given year did not have. Never meant for data/.

Complaints are drawn as synthesise() draws them (generator/synth/records.py): each takes the
label, category, judgement and text lengths of a complaint of the given year, and its texts are
sentences of that year's texts of its category; the new category borrows the sentences of the
given year's categories. Its verslag.yaml prints figures counted from its own records and, as
its previous year, the given year's counts.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import random
import tempfile
from collections import Counter
from pathlib import Path

from generator import schema
from generator.dataset import layout
from generator.dataset.dataset import Dataset, load_dataset
from generator.dataset.privacy_allowed import COMPLAINT_TEXT_COLUMNS, DISPUTE_TEXT_COLUMNS, AllowedFinding, privacy_allowed_yaml
from generator.dataset.renames import COLUMNS as RENAME_COLUMNS
from generator.dataset.report_meta import PreviousYear, PublishedFigures, ReportMeta, report_meta_yaml
from generator.dataset.vocabulary import DeclaredCategory, Vocabulary
from generator.dataset.writer import csv_text
from generator.privacy import review_privacy
from generator.synth.folder import SyntheticYear, write_year_folder
from generator.synth.privacy import HEADER as ALLOW_LIST_HEADER
from generator.synth.names import TYPE_WORDS, location_names, name_parts, own_words
from generator.synth.privacy import allow_list_text
from generator.synth.records import ComplaintProfile, synthetic_disputes
from generator.synth.report import dispute_figures, summary_table
from generator.synth.texts import compose, sentence_pools, sentences
from generator.view.site_locations import complaint_locations, location_keys
from generator.view.slugs import slugify, sort_key

CLOSED_SHARE = 0.1  # of the given year's locations, none in the following year
NEW_SHARE = 0.1  # as many new locations, relative to the given year's number
NEW_CATEGORY_SHARE = 0.05  # of the complaints, in the category the given year did not have
# Candidates for the category a following year adds: the first one the given year lacks.
NEW_CATEGORIES = ("Veiligheid en gezondheid", "Eten en drinken", "Buiten spelen", "Uitstapjes", "Wennen op de groep", "Slapen")
RENAMED_SUFFIX = "Oost"
REVIEWED_SENTENCE = "Een zin uit het verslag van {year}, waar hij is nagekeken; alleen het jaartal van dit verslag maakt er hier een vondst van."
HEADER = (
    "Synthetische gegevens: het jaar na {previous}, gemaakt met 'python -m generator synth --volgend-jaar\n"
    "--seed {seed}' uit {source}. De klachten zijn verzonnen uit zinnen van dat jaar. De cijfers onder\n"
    "'gepubliceerd' zijn geteld uit de klachten en geschillen van deze map; die van het vorige jaar uit {previous}."
)


def following_year(given: Dataset, seed: int) -> SyntheticYear:
    """The year after `given`; the same given year and seed give the same bytes."""
    rng = random.Random(seed)
    year = given.report.year + 1
    vocabulary = _with_new_category(given.report.vocabulary)
    new_category = vocabulary.category_names[-1]
    plan, rename = _planned_locations(given, rng)
    complaints = _complaints(given, plan, new_category, vocabulary, rng)
    disputes = synthetic_disputes(given.disputes, 1, rng)
    report = _report(given, year, vocabulary, complaints, disputes)
    files = {
        f"{layout.COMPLAINTS_FILE_STEM}.csv": csv_text(schema.column_names(vocabulary.complaint_columns), complaints),
        f"{layout.DISPUTES_FILE_STEM}.csv": csv_text(schema.column_names(schema.DISPUTE_COLUMNS), disputes),
        layout.REPORT_FILE: report_meta_yaml(report, HEADER.format(previous=given.report.year, seed=seed, source=given.folder)),
        layout.RENAMES_FILE: csv_text(list(RENAME_COLUMNS), [dict(zip(RENAME_COLUMNS, (*rename[0], *rename[1])))]),
    }
    files |= {layout.text_file(stem): text for stem, text in given.texts.items()}
    files |= {layout.category_text_file(stem): text for stem, text in given.category_texts.items()}
    free_texts = [str(row[column]) for row in complaints for column in COMPLAINT_TEXT_COLUMNS]
    free_texts += [str(row[column]) for row in disputes for column in DISPUTE_TEXT_COLUMNS]
    free_texts += [*given.texts.values(), *given.category_texts.values()]
    files[layout.PRIVACY_ALLOWED_FILE] = allow_list_text(given, free_texts, [str(row["locatie"]) for row in complaints])
    files[layout.PRIVACY_ALLOWED_FILE] = _reviewed_for_this_year(files, given)
    # Each planned location has a complaint at least (a count of a real location's).
    return SyntheticYear(files, len(complaints), len(plan), len(disputes))


def _reviewed_for_this_year(files: dict[str, str], given: Dataset) -> str:
    """The allow-list as the privacy check of the new year needs it. A sentence of the given year
    can be found here and not there (a date two years before the report is read as a birth date),
    and a location name reviewed there may not be in this year: the first is added, as reviewed
    in the given year's sentence, the second left out, so that `check` passes without a notice."""
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch) / "jaar"
        write_year_folder(SyntheticYear(files, 0, 0, 0), folder)
        written = load_dataset(folder)
        review = review_privacy(written)
    given_texts = "\n".join(str(value) for column in COMPLAINT_TEXT_COLUMNS for value in given.complaints[column])
    unused = {problem.row for problem in review.unused}
    entries = [entry for entry in written.privacy_allowed if entry.line not in unused]
    added = {(finding.text, finding.column) for finding in review.unreviewed if finding.text in given_texts}
    reason = REVIEWED_SENTENCE.format(year=given.report.year)
    entries += [AllowedFinding(text=text, reason=reason, file=None, row=None, column=column) for text, column in sorted(added)]
    return privacy_allowed_yaml(entries, ALLOW_LIST_HEADER.format(source=given.folder))


def _with_new_category(vocabulary: Vocabulary) -> Vocabulary:
    declared = set(vocabulary.category_spellings)
    name = next(candidate for candidate in NEW_CATEGORIES if candidate not in declared)
    return dataclasses.replace(vocabulary, categories=(*vocabulary.categories, DeclaredCategory(name)))


def _planned_locations(given: Dataset, rng: random.Random) -> tuple[list[tuple[str, str, int]], tuple[tuple[str, str], tuple[str, str]]]:
    """(name, label, complaints) of each location, A to Z, and the one rename (old, new)."""
    keys = location_keys(given)
    counts = list(Counter(complaint_locations(given)).values())
    kept = [key for key in keys if rng.random() >= CLOSED_SHARE]
    old = rng.choice(kept)
    taken = {slugify(name) for name, _ in keys}
    new_name = f"{old[0]} {RENAMED_SUFFIX}"
    while slugify(new_name) in taken:
        new_name = f"{new_name} {RENAMED_SUFFIX}"
    renamed = (new_name, old[1])
    labels = [rng.choice(keys)[1] for _ in range(max(1, round(NEW_SHARE * len(keys))))]
    parts = name_parts(keys, TYPE_WORDS | own_words(given.report))
    new = list(zip(location_names(labels, parts, rng), labels))
    located = [renamed if key == old else key for key in kept] + new
    plan = sorted(((name, label, rng.choice(counts)) for name, label in dict.fromkeys(located)), key=lambda item: (sort_key(item[0]), item[0], item[1]))
    return plan, (old, renamed)


def _complaints(given: Dataset, plan, new_category: str, vocabulary: Vocabulary, rng: random.Random) -> list[dict[str, object]]:
    frame = given.complaints
    judgements = list(frame[schema.JUDGEMENT_COLUMN]) if schema.JUDGEMENT_COLUMN in frame else [""] * len(frame)
    profiles: dict[str, list[ComplaintProfile]] = {}
    labels = [label for _, label in complaint_locations(given)]
    for label, category, judgement, description, solution in zip(labels, frame["categorie"], judgements, frame["omschrijving"], frame["oplossing"]):
        profiles.setdefault(label, []).append(ComplaintProfile(label, category, judgement, len(sentences(description)), len(sentences(solution))))
    every_profile = [profile for label in sorted(profiles) for profile in profiles[label]]
    descriptions = sentence_pools(_texts(frame, "omschrijving"))
    solutions = sentence_pools(_texts(frame, "oplossing"))
    categories = sorted(descriptions)
    columns = schema.column_names(vocabulary.complaint_columns)
    rows: list[dict[str, object]] = []
    for name, label, count in plan:
        for _ in range(count):
            profile = rng.choice(profiles.get(label) or every_profile)
            category = new_category if rng.random() < NEW_CATEGORY_SHARE else profile.category
            source = profile.category if category == new_category else category
            if category == new_category and rng.random() < 0.5:
                source = rng.choice(categories)
            rows.append({
                "volgnummer": len(rows) + 1,
                "locatie": name,
                "label": label,
                "categorie": category,
                "omschrijving": compose(descriptions[source], max(1, profile.description_sentences), rng),
                "oplossing": compose(solutions[source], profile.solution_sentences, rng),
                "gegrond": profile.gegrond,
                "bron_regel": None,
            })
    return [{column: row[column] for column in columns} for row in rows]


def _texts(frame, column: str) -> dict[str, list[str]]:
    texts: dict[str, list[str]] = {}
    for category, text in zip(frame["categorie"], frame[column]):
        texts.setdefault(category, []).append(text)
    return texts


def _report(given: Dataset, year: int, vocabulary: Vocabulary, complaints: list[dict], disputes: list[dict]) -> ReportMeta:
    previous = given.report
    children = previous.children_cared_for
    report = dataclasses.replace(
        previous,
        year=year,
        title=previous.title.replace(str(previous.year), str(year)) if str(previous.year) in previous.title else f"{previous.title} {year}",
        date=_a_year_later(previous.date),
        source=None,
        vocabulary=vocabulary,
    )
    by_category = Counter(row["categorie"] for row in complaints)
    mentioned = previous.published.category_figures if previous.published else {}
    given_counts = Counter(given.complaints["categorie"])
    return dataclasses.replace(report, published=PublishedFigures(
        complaints=len(complaints),
        percentage_children_with_complaint=round(100 * len(complaints) / children, 2) if children else None,
        table=summary_table(report, complaints),
        category_figures={category: by_category[category] for category in mentioned},
        previous_year=PreviousYear(
            year=previous.year,
            complaints=len(given.complaints),
            percentage_children_with_complaint=round(100 * len(given.complaints) / children, 2) if children else None,
            categories={category: given_counts[category] for category in mentioned},
        ),
        disputes=dataclasses.replace(dispute_figures(report, 1, disputes), previous_year_submitted=len(given.disputes)),
    ))


def _a_year_later(date: dt.date) -> dt.date:
    try:
        return date.replace(year=date.year + 1)
    except ValueError:  # 29 February
        return date.replace(year=date.year + 1, day=28)
