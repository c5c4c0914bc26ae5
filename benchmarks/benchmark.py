"""The performance benchmark: builds the real 2024 site and synthetic 10x and 100x sites on this
machine in one run, measures them and writes benchmarks/results/<date>.json and <date>.md.

    .venv/bin/python benchmarks/benchmark.py                # the full run (about 15 minutes on 2 cores)
    .venv/bin/python benchmarks/benchmark.py --scales 1     # a quick run at 1x only
    .venv/bin/python benchmarks/benchmark.py --voor /tmp/main   # also another checkout, the same way
                                                            # in the same run (before and after a change)

What each figure means: benchmarks/README.md. Not a test: it judges targets, it never fails on them.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

from browser import chromium, first_visit, search_payload
from builds import BuildRun, build_four_ways
from lighthouse_scores import LIGHTHOUSE_VERSION, lighthouse_scores
from live_rebuild import measure_live_rebuild
from machine import PROBE_FILES, disk_probe, machine_info
from projects import THIS_CHECKOUT, Checkout, differing_files, synthesise
from report import write_results
from sizes import site_sizes
from static_server import serving
from targets import evaluate

RESULTS = Path(__file__).resolve().parent / "results"
LIGHTHOUSE_PAGES = ("/", "/locaties/avontuurlijk/", "/categorieen/communicatie/")
STATIC_SERVER = "benchmarks/static_server.py (Python http.server, text gzipped at level 6 as a web host does)"


class Progress:
    def __init__(self) -> None:
        self.started = time.perf_counter()

    def __call__(self, message: str) -> None:
        print(f"[{self.elapsed():6.0f} s] {message}", flush=True)

    def elapsed(self) -> float:
        return time.perf_counter() - self.started


def parse_arguments(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scales", type=int, nargs="+", default=[1, 10, 100], help="sizes as multiples of 2024 (1 is the real data)")
    parser.add_argument("--runs-at-1x", type=int, default=3, help="builds at 1x; the median is reported (other scales: 1)")
    parser.add_argument("--anchor-scales", type=int, nargs="*", default=[1, 10], help="scales that also get the plain MkDocs build")
    parser.add_argument("--seed", type=int, default=1, help="seed of the synthetic data")
    parser.add_argument("--no-lighthouse", action="store_true")
    parser.add_argument("--no-serve", action="store_true", help="skip the rebuild during mkdocs serve")
    parser.add_argument("--voor", type=Path, help="another checkout of the repository (with its own .venv) to measure the same way, first: the figures before a change")
    parser.add_argument("--results", type=Path, default=RESULTS)
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    arguments = parse_arguments(argv)
    progress = Progress()
    checkouts = [Checkout.at("after", THIS_CHECKOUT.root, THIS_CHECKOUT.python)]
    if arguments.voor:
        checkouts.insert(0, Checkout.at("before", arguments.voor))
    command = "benchmarks/benchmark.py " + " ".join(sys.argv[1:] if argv is None else argv)
    results: dict = {"date": dt.date.today().isoformat(), "machine": machine_info(), "command": command.strip(), "checkouts": []}
    measured = {checkout.name: {"checkout": checkout.name, "commit": checkout.commit, "root": str(checkout.root), "scales": []} for checkout in checkouts}
    results["checkouts"] = list(measured.values())
    progress(f"{results['machine']['cpu']} x {results['machine']['cpus']}; scales {arguments.scales}; " + ", ".join(f"{c.name}: {c.commit}" for c in checkouts))
    with tempfile.TemporaryDirectory(prefix="klachten-benchmark-") as temporary:
        work = Path(temporary)
        results["disk"] = {"start": disk_probe(work)}
        progress(f"disk: {PROBE_FILES} empty files made in {results['disk']['start']['make_seconds']} s")
        # The compiled templates a build keeps for the next (generator/view/template_cache.py) start
        # empty: the first build of a run compiles them, as a first build on a new machine does.
        os.environ["XDG_CACHE_HOME"] = str(work / "cache")
        for scale in arguments.scales:
            runs = arguments.runs_at_1x if scale == 1 else 1
            data = {checkout.name: scale_data(scale, arguments.seed, work / f"{scale}x" / f"data-{checkout.name}", checkout, progress) for checkout in checkouts}
            compare_data(data, checkouts[-1].name, scale, progress)
            for checkout in checkouts:
                label = f"{checkout.name}, {scale}x"
                data_root, made = data[checkout.name]
                entry, site = measure_scale(scale, runs, scale in arguments.anchor_scales, data_root, work / f"{scale}x" / checkout.name, checkout, label, progress)
                measured[checkout.name]["scales"].append(entry | made)
                if scale == 1:
                    if not arguments.no_lighthouse:
                        measured[checkout.name]["lighthouse"] = measure_lighthouse(site, work / "lighthouse" / checkout.name, label, progress)
                    if not arguments.no_serve:
                        measured[checkout.name]["live_rebuild"] = measure_serve(work / "serve" / checkout.name, checkout, label, progress)
                shutil.rmtree(work / f"{scale}x" / checkout.name, ignore_errors=True)  # a 100x site takes more than a gigabyte
                # Written after each step, so that a long run can be read while it goes on.
                _write(results, arguments.results, progress, finished=False)
            shutil.rmtree(work / f"{scale}x", ignore_errors=True)
        results["disk"]["end"] = disk_probe(work)
    json_path, markdown_path = _write(results, arguments.results, progress, finished=True)
    progress(f"written {json_path} and {markdown_path}")
    for entry in results["checkouts"]:
        print(f"{entry['checkout']} ({entry['commit']}):")
        for verdict in entry["targets"]:
            print(f"  {verdict['status']:<28} {verdict['target']}: {verdict['value']}")
    return 0


def _write(results: dict, folder: Path, progress: Progress, finished: bool) -> tuple[Path, Path]:
    results["duration_seconds"] = round(progress.elapsed())
    results["finished"] = finished
    for entry in results["checkouts"]:
        entry["targets"] = evaluate(entry)
    return write_results(results, folder)


def scale_data(scale: int, seed: int, data_root: Path, checkout: Checkout, progress) -> tuple[Path, dict]:
    """The data folder a checkout builds at a scale, and how it was made. Each checkout builds the
    data its own commands give: at 1x its own data/, at 10x and 100x what its own synthesiser makes
    of its own data/2024. The records are the same; the privacy review (privacy-toegestaan.yaml)
    is in the form the checkout's own check reads: an older checkout refuses a newer one's, and
    the reverse (compare_data says which files differ)."""
    if scale == 1:
        return checkout.root / "data", {"data": "data/2024 (real) of the checkout"}
    progress(f"{checkout.name}, {scale}x: synthesising data with the checkout's own generator")
    seconds = synthesise(scale, seed, data_root, data_root.parent / f"synth-{checkout.name}.log", checkout).seconds
    return data_root, {"data": f"python -m generator synth --schaal {scale} --seed {seed}, by the checkout", "synth_seconds": round(seconds, 2)}


def compare_data(data: dict[str, tuple[Path, dict]], reference: str, scale: int, progress) -> None:
    """Record in each checkout's data description the files that differ from the `reference`
    checkout's data at this scale (none: the same bytes)."""
    reference_root = data[reference][0]
    for name, (data_root, made) in data.items():
        if name != reference:
            differing = differing_files(data_root / "2024", reference_root / "2024")
            made["data_differs_from"] = {"checkout": reference, "files": differing}
            progress(f"{name}, {scale}x: data files that differ from the {reference} checkout's: {', '.join(differing) or 'none'}")


def measure_scale(scale: int, runs: int, with_anchor: bool, data_root: Path, work: Path, checkout: Checkout, label: str, progress) -> tuple[dict, Path]:
    entry: dict = {"scale": scale, "runs": runs}
    entry["complaints"] = _complaints(data_root / "2024")
    builds: list[BuildRun] = []
    for run in range(1, runs + 1):
        progress(f"{label}: build {run} of {runs} (generator, full build{', without the plugin, anchor' if with_anchor else ''})")
        shutil.rmtree(work / "build", ignore_errors=True)
        builds.append(build_four_ways(data_root, work / "build", with_anchor, checkout))
        progress(f"{label}: {_build_summary(builds[-1])}")
    entry |= _build_figures(builds)
    site = builds[-1].site
    progress(f"{label}: measuring the site on disk")
    entry["site"] = site_sizes(site)
    entry["location_pages"] = entry["site"]["location_pages"]
    entry["pages_per_second"] = entry["site"]["pages"] / entry["full_build"]["seconds"]
    progress(f"{label}: first visit and search in Chromium")
    entry |= measure_browser(site)
    return entry, site


def _build_figures(builds: list[BuildRun]) -> dict:
    def figures(measured: list) -> dict:
        return {
            "seconds": round(statistics.median(run.seconds for run in measured), 2),
            "all_seconds": [round(run.seconds, 2) for run in measured],
            "cpu_seconds": round(statistics.median(run.cpu_seconds for run in measured), 2),
            "peak_rss_bytes": max(run.peak_rss_bytes for run in measured),
            "process_peak_rss_bytes": max(run.process_peak_rss_bytes for run in measured),
            "children_peak_rss_bytes": max(run.children_peak_rss_bytes for run in measured),
        }

    result = {"generator": figures([run.generator for run in builds]), "full_build": figures([run.full for run in builds])}
    index_seconds = [run.search_index_seconds for run in builds if run.search_index_seconds is not None]
    result["search_index_seconds"] = round(statistics.median(index_seconds), 2) if index_seconds else None
    anchors = [run.anchor for run in builds if run.anchor is not None]
    if anchors:
        result["anchor_build"] = figures(anchors)
        result["full_build_vs_anchor"] = round(result["full_build"]["seconds"] / result["anchor_build"]["seconds"], 2)
    bare = [run.without_plugin for run in builds if run.without_plugin is not None]
    if bare:
        result["without_plugin_build"] = figures(bare)
        result["full_build_vs_without_plugin"] = round(result["full_build"]["seconds"] / result["without_plugin_build"]["seconds"], 2)
        result["full_build_vs_without_plugin_cpu"] = round(result["full_build"]["cpu_seconds"] / result["without_plugin_build"]["cpu_seconds"], 2)
    return result


def _build_summary(run: BuildRun) -> str:
    others = "".join(f", {name} {measured.seconds:.1f} s" for name, measured in (("without the plugin", run.without_plugin), ("anchor", run.anchor)) if measured)
    return f"generator {run.generator.seconds:.2f} s, full build {run.full.seconds:.1f} s ({run.full.peak_rss_bytes / 1e6:.0f} MB){others}"


def _complaints(year_folder: Path) -> int:
    with (year_folder / "klachten.csv").open(encoding="utf-8", newline="") as stream:
        return sum(1 for _ in csv.reader(stream)) - 1


def measure_browser(site: Path) -> dict:
    with serving(site) as url, chromium() as browser:
        return {"first_visit_home": first_visit(browser, url), "search": search_payload(browser, url)}


def measure_lighthouse(site: Path, work: Path, label: str, progress) -> dict:
    work.mkdir(parents=True, exist_ok=True)
    pages = {}
    with serving(site) as url:
        for number, path in enumerate(LIGHTHOUSE_PAGES, 1):
            progress(f"{label}: Lighthouse {path}")
            pages[path] = lighthouse_scores(url + path, work / f"{number}.json")
    return {"version": LIGHTHOUSE_VERSION, "server": STATIC_SERVER, "pages": pages}


def measure_serve(work: Path, checkout: Checkout, label: str, progress) -> dict:
    progress(f"{label}: rebuild during mkdocs serve")
    data = checkout.root / "data"
    serve = measure_live_rebuild(data, work / "plain", checkout=checkout)
    progress(f"{label}: page shows the change after {serve['page_shows_change_seconds']} s; now with --dirty")
    dirty = measure_live_rebuild(data, work / "dirty", dirty=True, checkout=checkout)
    return {"serve": serve, "serve_dirty": dirty}


if __name__ == "__main__":
    sys.exit(main())
