"""Synthetic organisations for a site of several organisations (tests and benchmarks; never for
data/): each a year folder made by synthesise() from a year of another shape, under its own name,
so that one site carries organisations of different sizes and vocabularies.

    data/<organisatie>/<jaar>/   as write_organisations() lays them out
    data/<organisatie>/locaties.csv   for an organisation made with_locations_file

`python -m generator synth --organisaties N` makes a whole data folder of them
(organisations_folder()): the first without labels and with categories of its own
(OWN_CATEGORIES), the second without gegrond, the third with
both, 1, 2 and 3 times the size of the year they are drawn from, each with a locations file in
which the first location of each is in the same place, and each with a location of the same
name; optionally beside a copy of that year itself as one more organisation.
"""

from __future__ import annotations

import dataclasses
import random
import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from generator import schema
from generator.dataset import layout
from generator.dataset.dataset import Dataset
from generator.dataset.tables import TABLE_SUFFIXES
from generator.dataset.vocabulary import DeclaredCategory
from generator.errors import GeneratorError
from generator.synth.folder import SyntheticYear, synthesise, write_year_folder
from generator.synth.locations import shared_place
from generator.synth.names import TYPE_WORDS, location_names, name_parts, own_words
from generator.view.slugs import slugify


@dataclass(frozen=True)
class SyntheticOrganisation:
    slug: str  # its folder's name
    name: str  # its name on the site (verslag.yaml: organisatie)
    source: Dataset  # the year it is made like: its vocabulary, texts and shape
    scale: int
    with_locations_file: bool = False  # also data/<organisatie>/locaties.csv (generator/synth/locations.py)


def write_organisations(organisations: list[SyntheticOrganisation], data_root: Path, seed: int) -> None:
    """Each organisation's year as data_root/<slug>/<jaar>/; each its own seed, so that two
    organisations made from the same year still differ."""
    for number, organisation in enumerate(organisations):
        year = synthesise(organisation.source, organisation.scale, seed + number, organisation.with_locations_file, organisation.name)
        write_year_folder(year, layout.year_folder(data_root / organisation.slug, organisation.source.report.year))


def numbered_organisations(source: Dataset, count: int, scale: int) -> list[SyntheticOrganisation]:
    """`count` organisations, each `scale` times `source` (the benchmark's many organisations)."""
    return [
        SyntheticOrganisation(f"organisatie-{number:02d}", f"Synthetische organisatie {number}", source, scale)
        for number in range(1, count + 1)
    ]


def without_labels(year: Dataset) -> Dataset:
    """The year as if its report had no labels: no label column, no labels declared, no text about them."""
    report = dataclasses.replace(year.report, vocabulary=dataclasses.replace(year.report.vocabulary, labels={}))
    complaints = year.complaints.drop(columns=[schema.LABEL_COLUMN], errors="ignore")
    texts = {stem: text for stem, text in year.texts.items() if stem != LABELS_TEXT}
    return dataclasses.replace(year, report=report, complaints=complaints, texts=texts)


def without_judgements(year: Dataset) -> Dataset:
    """The year as if its report gave no judgement (gegrond): no such column, none declared."""
    report = dataclasses.replace(year.report, vocabulary=dataclasses.replace(year.report.vocabulary, judgements=()))
    complaints = year.complaints.drop(columns=[schema.JUDGEMENT_COLUMN], errors="ignore")
    return dataclasses.replace(year, report=report, complaints=complaints)


def as_it_is(year: Dataset) -> Dataset:
    return year


# Categories of an organisation that divides complaints in its own way, fewer than the source's.
OWN_CATEGORIES = ("Opvang en verzorging", "Contact met ouders", "Eten en drinken", "Veiligheid", "Rekeningen", "Openingstijden")


def with_own_categories(year: Dataset) -> Dataset:
    """The year as if its report had its own categories (OWN_CATEGORIES): the source's categories
    in their order, in turn, each one's complaints (and its texts' sentences) under one of them."""
    vocabulary = year.report.vocabulary
    mapping = {name: OWN_CATEGORIES[number % len(OWN_CATEGORIES)] for number, name in enumerate(vocabulary.category_names)}
    categories = tuple(DeclaredCategory(name) for name in dict.fromkeys(mapping.values()))
    complaints = year.complaints.assign(categorie=[mapping[vocabulary.canonical_category(value) or value] for value in year.complaints["categorie"]])
    published = year.report.published
    if published is not None:
        previous = published.previous_year
        published = dataclasses.replace(
            published,
            category_figures=_merged(published.category_figures, mapping),
            previous_year=dataclasses.replace(previous, categories=_merged(previous.categories, mapping)) if previous else None,
        )
    report = dataclasses.replace(year.report, vocabulary=dataclasses.replace(vocabulary, categories=categories), published=published)
    # The texts per category explain the source's categories, none of these.
    return dataclasses.replace(year, report=report, complaints=complaints, category_texts={})


def _merged(counts: dict[str, int], mapping: dict[str, str]) -> dict[str, int]:
    merged: dict[str, int] = {}
    for name, count in counts.items():
        own = mapping.get(name, name)
        merged[own] = merged.get(own, 0) + count
    return merged


def without_labels_with_own_categories(year: Dataset) -> Dataset:
    return with_own_categories(without_labels(year))


LABELS_TEXT = "labels"  # tekst/labels.md: says what the labels are


@dataclass(frozen=True)
class OrganisationPlan:
    slug: str
    name: str
    scale: int  # times the size of the year it is drawn from
    shape: Callable[[Dataset], Dataset]  # its vocabulary, from that year's
    shape_said: str  # the shape in words, for what the command prints


# In this order: two organisations are the first two, so that both kinds of vocabulary are there.
PLANS = (
    OrganisationPlan("zonnebloem", "Kinderopvang Zonnebloem (synthetisch)", 1, without_labels_with_own_categories, "zonder labels, met eigen soorten klachten"),
    OrganisationPlan("kindgroei", "Kindgroei (synthetisch)", 2, without_judgements, "zonder gegrond"),
    OrganisationPlan("zonnetje", "Het Zonnetje (synthetisch)", 3, as_it_is, "met labels en gegrond"),
)
MOST_ORGANISATIONS = len(PLANS)


@dataclass(frozen=True)
class MadeOrganisation:
    slug: str
    name: str
    complaints: int
    locations: int
    shape_said: str  # "zonder labels", ..., or "een kopie van data/2024"


@dataclass(frozen=True)
class OrganisationsFolder:
    organisations: tuple[MadeOrganisation, ...]
    shared_place: tuple[str, str]  # (municipality, place) where each synthetic organisation has a location
    shared_name: str  # a location name each synthetic organisation has


def organisations_folder(source: Dataset, count: int, seed: int, target: Path, with_source: bool = False) -> OrganisationsFolder:
    """Write a new data folder `target` of `count` synthetic organisations drawn from `source`
    (see PLANS), each with its locations file, and with `with_source` a copy of the source year
    as one more organisation (its folder named after it, with the source's own locations file if
    it has one and never a made-up one: made-up places for real locations would be wrong). Written in a folder beside `target` and moved into place
    at the end: a folder that is there is complete; `target` must not exist."""
    if not 2 <= count <= MOST_ORGANISATIONS:
        raise GeneratorError(f"{count} organisaties: kies 2 of {MOST_ORGANISATIONS}")
    if target.exists() or target.is_symlink():
        raise GeneratorError(f"{target} bestaat al; kies een nieuwe map of haal deze eerst weg")
    rng = random.Random(seed)
    place = shared_place(rng)
    name = shared_location_name(source, rng)
    target.parent.mkdir(parents=True, exist_ok=True)
    scratch = Path(tempfile.mkdtemp(prefix=f".{target.name}-", dir=target.parent))
    try:
        made = [_write_synthetic(plan, source, seed + number, place, name, scratch) for number, plan in enumerate(PLANS[:count])]
        if with_source:
            made.append(_copy_source(source, scratch, {item.slug for item in made}))
        scratch.chmod(0o755)  # mkdtemp makes it private; the folder is meant to be shared
        scratch.rename(target)
    except BaseException:
        shutil.rmtree(scratch, ignore_errors=True)
        raise
    return OrganisationsFolder(tuple(sorted(made, key=lambda item: item.slug)), place, name)


def shared_location_name(source: Dataset, rng: random.Random) -> str:
    """A location name made as the synthetic names are, from the parts of the source's names."""
    keys = list(dict.fromkeys(zip(source.complaints["locatie"], source.complaints.get(schema.LABEL_COLUMN, [""] * len(source.complaints)))))
    parts = name_parts(keys, TYPE_WORDS | own_words(source.report))
    return location_names([keys[0][1]], parts, rng)[0]


def _write_synthetic(plan: OrganisationPlan, source: Dataset, seed: int, place: tuple[str, str], name: str, data_root: Path) -> MadeOrganisation:
    shaped = plan.shape(source)
    year: SyntheticYear = synthesise(shaped, plan.scale, seed, with_locations_file=True, organisation=plan.name, shared_place=place, shared_name=name)
    write_year_folder(year, layout.year_folder(data_root / plan.slug, source.report.year))
    return MadeOrganisation(plan.slug, plan.name, year.complaints, year.locations, f"{plan.shape_said}, {plan.scale} keer {source.folder}")


def _copy_source(source: Dataset, data_root: Path, taken: set[str]) -> MadeOrganisation:
    slug = slugify(source.report.organisation) or "organisatie"
    while slug in taken:
        slug = f"{slug}-echt"
    # Links are copied as links: nothing outside the year folder is read into the copy.
    shutil.copytree(source.folder, layout.year_folder(data_root / slug, source.report.year), symlinks=True)
    # Its own locations file, where it has one (beside its year folder), is its truth: copied too.
    for suffix in TABLE_SUFFIXES:
        locations_file = layout.locations_folder(source.folder) / f"{layout.LOCATIONS_FILE_STEM}{suffix}"
        if locations_file.is_file() and not locations_file.is_symlink():
            shutil.copyfile(locations_file, data_root / slug / locations_file.name)
    keys = {(row.locatie, getattr(row, schema.LABEL_COLUMN, "")) for row in source.complaints.itertuples(index=False)}
    return MadeOrganisation(slug, source.report.organisation, len(source.complaints), len(keys), f"een kopie van {source.folder}")

