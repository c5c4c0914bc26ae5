"""Listing pages are split into numbered pages of a fixed size, so no page grows with the data."""

from __future__ import annotations

from pathlib import Path

import pytest
from generator.dataset.dataset import load_dataset
from generator.view.context import generate_context
from generator.site.pages import COMPLAINTS_PER_PAGE, DISPUTES_PER_PAGE, LOCATIONS_PER_PAGE, generate_pages
from generator.synth import synthesise, write_year_folder

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.slow  # several seconds: the quick suite stays under 30 s
def test_at_eleven_times_2024_every_listing_is_split(tmp_path: Path) -> None:
    folder = tmp_path / "2024"
    write_year_folder(synthesise(load_dataset(ROOT / "data" / "2024"), 11, 1), folder)
    year = generate_context(load_dataset(folder))
    pages = generate_pages(year)
    disputes = [page for page in pages if page.template == "geschillen.md.j2"]
    assert [page.path for page in disputes] == ["geschillen.md", "geschillen/2.md"]
    assert [len(page.values["disputes"]) for page in disputes] == [DISPUTES_PER_PAGE, len(year.disputes) - DISPUTES_PER_PAGE]
    listings = [page for page in pages if page.template in ("locaties.md.j2", "categorie.md.j2")]
    assert max(len(page.values.get("locations", page.values.get("complaints", ()))) for page in listings) <= max(LOCATIONS_PER_PAGE, COMPLAINTS_PER_PAGE)
    assert len([page for page in pages if page.template == "locaties.md.j2"]) == -(-len(year.locations) // LOCATIONS_PER_PAGE)
