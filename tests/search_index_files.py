"""The index of Zoeken en filteren as a built site holds it (site/zoekindex/), read back with
`json` alone (and the one number that says where a stem is), so that tests count what a
visitor's browser would count."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from generator.site.search_index import STEMS_PER_FILE_MOST

INDEX_FOLDER = "zoekindex"


def content_folder(site: Path) -> Path:
    """The folder the entry file names (zoekindex/<hash of the content>/)."""
    entry = json.loads((site / INDEX_FOLDER / "index.json").read_text(encoding="utf-8"))
    return site / INDEX_FOLDER / entry["inhoud"]


def index_file(site: Path, name: str):
    return json.loads((content_folder(site) / name).read_text(encoding="utf-8"))


def combinations(site: Path) -> list[str]:
    """Each record's combination of filters ("0.3.0.1"), in the order of the index."""
    complaints = index_file(site, "klachten.json")
    return [complaints["combinaties"][number] for number in complaints["combinatie"]]


def location_counts(site: Path) -> Counter:
    """How many records each value of the location filter selects."""
    locations = index_file(site, "locaties.json")
    return Counter(locations["namen"][number] for number in locations["locatie"])


def records(site: Path) -> list[dict]:
    """What each result shows, in the order of the index."""
    folder = content_folder(site) / "klacht"
    paths = sorted(folder.rglob("*.json"), key=lambda path: int(path.stem))
    return [json.loads(path.read_text(encoding="utf-8")) for path in paths]


def words(site: Path) -> dict[str, int]:
    """Every word of the index with the key of its stem."""
    found: dict[str, int] = {}
    for path in (content_folder(site) / "woorden").glob("*.json"):
        found |= json.loads(path.read_text(encoding="utf-8"))
    return found


def stem_records(site: Path, stem: int) -> dict[int, int]:
    """The records with a word of the stem with key `stem`, and how often it is in each."""
    postings = index_file(site, f"stammen/{stem // STEMS_PER_FILE_MOST}.json")[stem % STEMS_PER_FILE_MOST]
    numbers, at = [], 0
    for step in postings["stappen"]:
        at += step
        numbers.append(at)
    return dict(zip(numbers, postings["keer"]))
