"""Synthetic organisations for a site of several organisations (tests and benchmarks; never for
data/): each a year folder made by synthesise() from a year of another shape, under its own name,
so that one site carries organisations of different sizes and vocabularies.

    data/<organisatie>/<jaar>/   as write_organisations() lays them out
    data/<organisatie>/locaties.csv   for an organisation made with_locations_file
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from generator.dataset import layout
from generator.dataset.dataset import Dataset
from generator.synth.folder import synthesise, write_year_folder


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
