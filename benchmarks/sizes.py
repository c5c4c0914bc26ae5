"""Sizes of a built site on disk: everything, the HTML pages, the location pages and the header
search index that MkDocs' search downloads whole."""

from __future__ import annotations

import gzip
import statistics
from pathlib import Path

GZIP_LEVEL = 6  # what web servers use by default
HEADER_SEARCH_INDEX = Path("search/search_index.json")
# The search index of Zoeken en filteren: ours, or Pagefind's in an older checkout.
INDEX_FOLDERS = ("zoekindex", "pagefind")
LOCATIONS_FOLDER = "locaties"
LOCATION_INDEX_PAGES = "a-z"  # locaties/a-z/<n>/: pages 2, 3, ... of the A to Z list


def gzipped_size(path: Path) -> int:
    return len(gzip.compress(path.read_bytes(), GZIP_LEVEL))


def site_sizes(site: Path) -> dict[str, object]:
    files = [path for path in site.rglob("*") if path.is_file()]
    pages = sorted((path.stat().st_size, path) for path in files if path.suffix == ".html")
    median_size, median_page = pages[(len(pages) - 1) // 2]
    largest_size, largest_page = pages[-1]
    search_index = site / HEADER_SEARCH_INDEX
    return {
        "files": len(files),
        "bytes": sum(path.stat().st_size for path in files),
        "pages": len(pages),
        "html_bytes": sum(size for size, _ in pages),
        "median_page": _page(site, median_page, median_size),
        "largest_page": _page(site, largest_page, largest_size),
        "median_location_page_bytes": statistics.median_low(path.stat().st_size for path in location_pages(site)),
        "location_pages": len(location_pages(site)),
        "header_search_index": {"bytes": search_index.stat().st_size, "gzip_bytes": gzipped_size(search_index)},
        "search_index_bytes": sum(path.stat().st_size for folder in INDEX_FOLDERS for path in (site / folder).rglob("*") if path.is_file()),
    }


def location_pages(site: Path) -> list[Path]:
    """locaties/<slug>/index.html: one page per location, not the A to Z list."""
    return [path for path in (site / LOCATIONS_FOLDER).glob("*/index.html") if path.parent.name != LOCATION_INDEX_PAGES]


def _page(site: Path, path: Path, size: int) -> dict[str, object]:
    return {"path": path.relative_to(site).as_posix(), "bytes": size, "gzip_bytes": gzipped_size(path)}
