"""Benchmark of a site of several organisations: the 2024 site alone (1x) against one site of N
synthetic organisations, each `--schaal` times 2024 (by default 20 organisations of 5 times 2024:
33.000 locations and 53.700 complaints in all, as many as the 100x benchmark). Prints per build:
the organisations, locations, complaints, HTML pages, the full `mkdocs build --strict` time, pages
per second, the peak memory, and what the first query on Zoeken en filteren downloads (its index,
gzipped as a host sends it). Targets (printed, never asserted): pages per second within 25% of the
1x figure; the first query under 300 KB.

    .venv/bin/python benchmarks/organisations.py                          # 20 x 5: the target's size
    .venv/bin/python benchmarks/organisations.py --organisaties 20 --schaal 1 --zonder-browser
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(Path(__file__).resolve().parent))

from browser import chromium, search_payload  # noqa: E402
from builds import build_four_ways  # noqa: E402
from sizes import site_sizes  # noqa: E402
from report import KB, MB  # noqa: E402  (the units of every benchmark result: 1 KB = 1.000 bytes)
from static_server import serving  # noqa: E402

from generator.dataset.dataset import load_dataset  # noqa: E402
from generator.synth.organisations import numbered_organisations, write_organisations  # noqa: E402

SPEED_TOLERANCE = 0.25
FIRST_QUERY_TARGET_KB = 300


def organisations_data(root: Path, count: int, scale: int, seed: int) -> Path:
    data = root / "data"
    write_organisations(numbered_organisations(load_dataset(ROOT / "data" / "2024"), count, scale), data, seed)
    return data


def measure(data_root: Path, work: Path, with_browser: bool, progress) -> dict:
    build = build_four_ways(data_root, work, with_anchor=False)
    sizes = site_sizes(build.site)
    result = {
        "seconds": build.full.seconds,
        "peak_mb": build.full.peak_rss_bytes / MB,
        "pages": sizes["pages"],
        "location_pages": sizes["location_pages"],
        "pages_per_second": sizes["pages"] / build.full.seconds,
    }
    if with_browser:
        progress("Zoeken en filteren in Chromium")
        with serving(build.site) as url, chromium() as browser:
            first = search_payload(browser, url)["query_1"]
        result["first_query_kb"] = first["transfer_bytes"] / KB
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--organisaties", type=int, default=20)
    parser.add_argument("--schaal", type=int, default=5, help="elke organisatie zo veel keer 2024")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--zonder-browser", action="store_true")
    arguments = parser.parse_args(argv)

    def progress(text: str) -> None:
        print(f"# {text}", file=sys.stderr, flush=True)

    with tempfile.TemporaryDirectory(prefix="klachten-organisaties-") as temporary:
        work = Path(temporary)
        progress("1x: de site van 2024")
        alone = measure(ROOT / "data", work / "1x", not arguments.zonder_browser, progress)
        shutil.rmtree(work / "1x")
        progress(f"{arguments.organisaties} organisaties van {arguments.schaal}x 2024: gegevens maken")
        data = organisations_data(work, arguments.organisaties, arguments.schaal, arguments.seed)
        progress("bouwen")
        together = measure(data, work / "organisaties", not arguments.zonder_browser, progress)
    print("| site | locatiepagina's | HTML-pagina's | mkdocs build s | pagina's/s | piekgeheugen MB | eerste zoekvraag KB |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    for name, row in (("2024 alleen", alone), (f"{arguments.organisaties} organisaties x {arguments.schaal}", together)):
        query = f"{row['first_query_kb']:.0f}" if "first_query_kb" in row else "–"
        print(f"| {name} | {row['location_pages']} | {row['pages']} | {row['seconds']:.1f} | {row['pages_per_second']:.1f} | {row['peak_mb']:.0f} | {query} |")
    change = together["pages_per_second"] / alone["pages_per_second"] - 1
    verdict = "gehaald" if abs(change) <= SPEED_TOLERANCE or change > 0 else "niet gehaald"
    print(f"Pagina's per seconde: {change:+.0%} ten opzichte van 2024 alleen (doel: binnen {SPEED_TOLERANCE:.0%}): {verdict}.")
    if "first_query_kb" in together:
        within = "gehaald" if together["first_query_kb"] < FIRST_QUERY_TARGET_KB else "niet gehaald"
        print(f"Eerste zoekvraag op Zoeken en filteren: {together['first_query_kb']:.0f} KB (doel: onder {FIRST_QUERY_TARGET_KB} KB): {within}.")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
