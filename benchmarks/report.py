"""Write the results of a run: <date>.json (everything) and <date>.md (the tables a person reads)."""

from __future__ import annotations

import json
from pathlib import Path

from machine import PROBE_FILES

KB = 1000
MB = 1000**2


def write_results(results: dict, folder: Path) -> tuple[Path, Path]:
    folder.mkdir(parents=True, exist_ok=True)
    json_path = folder / f"{results['date']}.json"
    markdown_path = folder / f"{results['date']}.md"
    json_path.write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    markdown_path.write_text(markdown(results), encoding="utf-8")
    return json_path, markdown_path


def markdown(results: dict) -> str:
    machine = results["machine"]
    checkouts = results["checkouts"]
    lines = [
        f"# Benchmark {results['date']}",
        "",
        f"Machine: {machine['cpu']}, {machine['cpus']} CPUs, {_size(machine['memory_bytes'], 1000**3, 'GB', 1)} memory, "
        f"Python {machine['python']}, {_packages(machine)}. "
        + (f"Whole run: {results['duration_seconds'] / 60:.1f} minutes." if results.get("finished", True) else f"**Run still going**: these are the figures of its first {results['duration_seconds'] / 60:.1f} minutes."),
        "",
        *_disk_lines(results.get("disk")),
        f"Command: `.venv/bin/python {results['command']}`; what each figure means: benchmarks/README.md. 1 KB = 1,000 bytes; "
        "'gz' is gzip level 6, as a web server sends text. "
        + "; ".join(f"{entry['checkout']}: `{entry['commit']}` ({entry['root']})" for entry in checkouts)
        + (". Every checkout is measured the same way in this one run, scale by scale, each on the data its own commands make "
           "(its data/2024; its own `python -m generator synth`): the same records, its own form of the privacy review." if len(checkouts) > 1 else "."),
        "",
        *(_before_after(checkouts) if len(checkouts) > 1 else []),
    ]
    for entry in checkouts:
        heading = f"## {entry['checkout'].capitalize()} (`{entry['commit']}`)" if len(checkouts) > 1 else ""
        lines += [heading, ""] if heading else []
        lines += _checkout_lines(entry, "###" if heading else "##")
    return "\n".join(lines) + "\n"


# Issue 13, point 4: each figure, the command that measured it, and where it is in the results.
POINT_4 = (
    ("Full build / the same build without the plugin, 1x (beside: / plain Material anchor)",
     "`mkdocs build --strict` (plugin) vs `mkdocs build --no-strict` of the same mkdocs.yml without the plugin over the generator's pages vs plain Material",
     lambda c: _ratio(_scale(c, 1))),
    ("Full build / the same build without the plugin, 10x (beside: / anchor)", "the same, on `python -m generator synth --schaal 10 --seed 1`",
     lambda c: _ratio(_scale(c, 10))),
    ("`mkdocs serve`: a data change shown, 1x", "benchmarks/live_rebuild.py: `mkdocs serve`, one sentence of klachten.csv changed three times in a row, the location page polled; the median",
     lambda c: _serve(c, "serve")),
    ("`mkdocs serve --dirty --no-strict`: a data change shown, 1x", "the same with `--dirty --no-strict`",
     lambda c: _serve(c, "serve_dirty")),
    ("100x: full build", "`mkdocs build --strict` on `python -m generator synth --schaal 100 --seed 1`",
     lambda c: _seconds(_scale(c, 100).get("full_build", {}).get("seconds")) if _scale(c, 100) else "-"),
    ("100x: peak memory, largest process (sampled: MkDocs / its children: the search index, Pagefind before)", "os.wait4 of that build (as `/usr/bin/time -v`); /proc every 0.1 s",
     lambda c: f"{_size(_scale(c, 100)['full_build']['peak_rss_bytes'], MB, 'MB', 0)} ({_split_memory(_scale(c, 100)['full_build'])})" if _scale(c, 100) else "-"),
    ("100x: first Zoeken en filteren query, search index transferred", "benchmarks/browser.py: Chromium opens /zoeken/ and searches 'wachtlijst'",
     lambda c: _query(_scale(c, 100).get("search"), "query_1") if _scale(c, 100) else "-"),
    ("Lighthouse accessibility (/, a location, a category)", "Lighthouse 12.8.2, mobile, on the 1x site (benchmarks/lighthouse_scores.py)",
     lambda c: " / ".join(str(page["accessibility"]) for page in (c.get("lighthouse") or {}).get("pages", {}).values()) or "-"),
)


def _before_after(checkouts: list[dict]) -> list[str]:
    header = "| Figure (issue 13, point 4) | Measured with | " + " | ".join(f"{entry['checkout']} `{entry['commit']}`" for entry in checkouts) + " |"
    lines = ["## Before and after (issue 13, point 4)", "", header, "|---|---|" + "---:|" * len(checkouts)]
    for name, command, cell in POINT_4:
        lines.append(f"| {name} | {command} | " + " | ".join(cell(entry) for entry in checkouts) + " |")
    return [*lines, "", *_data_differences(checkouts), ""]


def _data_differences(checkouts: list[dict]) -> list[str]:
    """Per checkout and scale, the files of its data that differ from the other checkout's."""
    lines = []
    for checkout in checkouts:
        for entry in checkout["scales"]:
            compared = entry.get("data_differs_from")
            if compared:
                files = ", ".join(f"`{name}`" for name in compared["files"]) or "none (the same bytes)"
                lines.append(f"- Data, {entry['scale']}x: {entry['data']}; files that differ from the {compared['checkout']} checkout's: {files}.")
    return lines


def _scale(checkout: dict, scale: int) -> dict:
    return next((entry for entry in checkout["scales"] if entry["scale"] == scale), {})


def _ratio(entry: dict) -> str:
    if not entry.get("full_build_vs_without_plugin"):
        return "-"
    return (
        f"{entry['full_build']['seconds']:.1f} s / {entry['without_plugin_build']['seconds']:.1f} s = **{entry['full_build_vs_without_plugin']:.2f}x** "
        f"(anchor {entry['anchor_build']['seconds']:.1f} s: {entry['full_build_vs_anchor']:.2f}x); "
        f"CPU {entry['full_build']['cpu_seconds']:.1f} s / {entry['without_plugin_build']['cpu_seconds']:.1f} s = {entry['full_build_vs_without_plugin_cpu']:.2f}x"
    )


def _serve(checkout: dict, name: str) -> str:
    run = (checkout.get("live_rebuild") or {}).get(name)
    if not run:
        return "-"
    cpu = f", CPU {run['cpu_seconds_until_shown']:.2f} s" if "cpu_seconds_until_shown" in run else ""
    return f"{run['page_shows_change_seconds']:.2f} s ({run['builds_after_change']} build{cpu})"


def _checkout_lines(entry: dict, level: str) -> list[str]:
    return [
        f"{level} Per scale",
        "",
        *_scale_table(entry["scales"]),
        "",
        f"{level} Targets",
        "",
        "| Target | Measured | Status |",
        "|---|---|---|",
        *[f"| {verdict['target']} | {verdict['value']} | {verdict['status']} |" for verdict in entry["targets"]],
        "",
        *_live_rebuild_lines(entry.get("live_rebuild"), level),
        *_lighthouse_lines(entry.get("lighthouse"), level),
    ]


def _scale_table(scales: list[dict]) -> list[str]:
    rows = [
        ("Complaints / locations", lambda s: f"{s['complaints']:,} / {s['location_pages']:,}"),
        ("Runs (median shown)", lambda s: str(s["runs"])),
        ("Generator (`python -m generator build`)", lambda s: f"{s['generator']['seconds']:.2f} s"),
        ("Full build (`mkdocs build --strict`: plugin + MkDocs + search index)", lambda s: f"{s['full_build']['seconds']:.1f} s"),
        ("of which the search index, as the build reports it", lambda s: _seconds(s.get("search_index_seconds"))),
        ("The same build without the plugin (`mkdocs build` over the generator's pages)", lambda s: f"{s['without_plugin_build']['seconds']:.1f} s" if s.get("without_plugin_build") else "-"),
        ("Plain MkDocs + Material build (anchor)", lambda s: f"{s['anchor_build']['seconds']:.1f} s" if s.get("anchor_build") else "-"),
        ("Full build / without the plugin (CPU seconds)", lambda s: f"{s['full_build_vs_without_plugin']:.2f}x ({s['full_build_vs_without_plugin_cpu']:.2f}x)" if s.get("full_build_vs_without_plugin") else "-"),
        ("CPU seconds: full build / without the plugin / anchor", lambda s: " / ".join(f"{s[name]['cpu_seconds']:.1f} s" if s.get(name) else "-" for name in ("full_build", "without_plugin_build", "anchor_build"))),
        ("Full build / anchor", lambda s: f"{s['full_build_vs_anchor']:.2f}x" if s.get("full_build_vs_anchor") else "-"),
        ("HTML pages", lambda s: f"{s['site']['pages']:,}"),
        ("Pages per second (full build)", lambda s: f"{s['pages_per_second']:.0f}"),
        ("Peak memory, full build (largest process)", lambda s: _size(s["full_build"]["peak_rss_bytes"], MB, "MB", 0)),
        ("of which MkDocs with our plugin / its children: search index (Pagefind before) (sampled)", lambda s: _split_memory(s["full_build"])),
        ("Peak memory, anchor build", lambda s: _size(s["anchor_build"]["peak_rss_bytes"], MB, "MB", 0) if s.get("anchor_build") else "-"),
        ("Peak memory, generator", lambda s: _size(s["generator"]["peak_rss_bytes"], MB, "MB", 0)),
        ("Site on disk (files)", lambda s: f"{_size(s['site']['bytes'], MB, 'MB', 1)} ({s['site']['files']:,})"),
        ("Site bytes per complaint", lambda s: _size(s["site"]["bytes"] / s["complaints"], KB, "KB", 1)),
        ("Median HTML page (gz)", lambda s: _page(s["site"]["median_page"])),
        ("Largest HTML page (gz)", lambda s: _page(s["site"]["largest_page"]) + f"<br>`{s['site']['largest_page']['path']}`"),
        ("Median location page", lambda s: _size(s["site"]["median_location_page_bytes"], KB, "KB", 1)),
        ("Header search index search_index.json (gz)", lambda s: _raw_gz(s["site"]["header_search_index"]["bytes"], s["site"]["header_search_index"]["gzip_bytes"])),
        ("First visit home: transferred (decoded)", lambda s: _visit(s.get("first_visit_home"))),
        ("First visit home: of which search (index or Pagefind)", lambda s: _kind(s.get("first_visit_home"), "search")),
        ("Search page + first query, search index (requests)", lambda s: _query(s.get("search"), "query_1")),
        ("of which by file of the index", lambda s: _query_files(s.get("search"), "query_1")),
        ("Second query, search index (requests)", lambda s: _query(s.get("search"), "query_2")),
    ]
    header = "| | " + " | ".join(f"{entry['scale']}x" for entry in scales) + " |"
    lines = [header, "|---|" + "---:|" * len(scales)]
    for name, cell in rows:
        lines.append(f"| {name} | " + " | ".join(cell(entry) for entry in scales) + " |")
    return lines


def _size(value: float | None, unit_bytes: int, unit: str, digits: int) -> str:
    return "-" if value is None else f"{value / unit_bytes:,.{digits}f} {unit}"


def _split_memory(build: dict) -> str:
    return f"{_size(build['process_peak_rss_bytes'], MB, 'MB', 0)} / {_size(build['children_peak_rss_bytes'], MB, 'MB', 0)}"


def _raw_gz(raw: int, gzipped: int) -> str:
    return f"{_size(raw, KB, 'KB', 1)} ({_size(gzipped, KB, 'KB', 1)})"


def _page(page: dict) -> str:
    return _raw_gz(page["bytes"], page["gzip_bytes"])


def _visit(visit: dict | None) -> str:
    return "-" if not visit else f"{_size(visit['transfer_bytes'], KB, 'KB', 1)} ({_size(visit['bytes'], KB, 'KB', 1)})"


def _kind(visit: dict | None, kind: str) -> str:
    if not visit:
        return "-"
    found = visit["by_kind"].get(kind)
    return "none" if not found else f"{_size(found['transfer_bytes'], KB, 'KB', 1)} ({_size(found['bytes'], KB, 'KB', 1)})"


def _query(search: dict | None, key: str) -> str:
    query = (search or {}).get(key)
    if not query:
        return "-"
    return f"{_size(query['transfer_bytes'], KB, 'KB', 1)} ({query['requests']}) for '{query['query']}', {query['results']:,} found"


def _query_files(search: dict | None, key: str) -> str:
    files = ((search or {}).get(key) or {}).get("by_file")
    if not files:
        return "-"
    return "<br>".join(f"{name} {_size(part['transfer_bytes'], KB, 'KB', 1)} ({part['requests']})" for name, part in files.items())


def _seconds(value: float | None) -> str:
    return "-" if value is None else f"{value:.1f} s"


def _live_rebuild_lines(rebuild: dict | None, level: str = "##") -> list[str]:
    if not rebuild:
        return []
    lines = [
        f"{level} Rebuild during `mkdocs serve` (1x), one sentence of klachten.csv changed",
        "",
        "Medians of the changes in a row (each change's own figure in brackets). MkDocs polls for changes every 0.5 s; the plugin makes it poll every 0.1 s since 2026-11-30 (`polling_faster`), so an older checkout waits longer for the same rebuild.",
        "",
        "| Server | Browser told to reload | Page shows the change | CPU seconds of the server until then | Builds after a change, at most (MkDocs' own timings) |",
        "|---|---:|---:|---:|---|",
    ]
    for name, label in (("serve", "`mkdocs serve`"), ("serve_dirty", "`mkdocs serve --dirty --no-strict`")):
        run = rebuild.get(name)
        if run:
            timings = ", ".join(f"{seconds:.2f} s" for seconds in run["build_seconds_reported_by_mkdocs"])
            cpu = f"{run['cpu_seconds_until_shown']:.2f} s" if "cpu_seconds_until_shown" in run else "-"
            each = run.get("page_shows_change_each")
            shown = f"{run['page_shows_change_seconds']:.2f} s" + (f" ({', '.join(f'{seconds:.2f}' for seconds in each)})" if each else "")
            lines.append(f"| {label} | {run['reload_seconds']:.2f} s | {shown} | {cpu} | {run['builds_after_change']} ({timings}) |")
    return [*lines, ""]


def _lighthouse_lines(lighthouse: dict | None, level: str = "##") -> list[str]:
    if not lighthouse:
        return []
    lines = [
        f"{level} Lighthouse {lighthouse['version']} (mobile profile), 1x site served by {lighthouse['server']}",
        "",
        "| Page | Performance | Accessibility | FCP | LCP | TBT | CLS | Bytes | Failed accessibility audits |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---|",
    ]
    for path, scores in lighthouse["pages"].items():
        metrics = scores["metrics"]
        lines.append(
            f"| `{path}` | {scores['performance']} | {scores['accessibility']} | {metrics['first-contentful-paint'] / 1000:.2f} s | "
            f"{metrics['largest-contentful-paint'] / 1000:.2f} s | {metrics['total-blocking-time']:.0f} ms | {metrics['cumulative-layout-shift']:.3f} | "
            f"{_size(metrics['total-byte-weight'], KB, 'KB', 0)} | {', '.join(scores['failed_accessibility_audits']) or '-'} |"
        )
    return [*lines, ""]


def _disk_lines(disk: dict | None) -> list[str]:
    """Runs before 2026-11-30 have no probe of the disk."""
    if not disk:
        return []
    moments = [(moment, disk[moment]) for moment in ("start", "end") if moment in disk]
    said = "; ".join(
        f"at the {moment} {probe['make_seconds']:.3f} s (writing over them {probe['write_over_seconds']:.3f} s)" for moment, probe in moments
    )
    return [f"Disk: making {PROBE_FILES:,} empty files in one folder took {said}. Every build makes thousands of files; on this VM that cost varies by the hour.", ""]


def _packages(machine: dict) -> str:
    versions = ", ".join(f"{name} {version}" for name, version in machine["packages"].items() if version)
    return f"{versions}, {machine.get('chromium') or 'no Chromium'}, Node {machine.get('node') or '-'}"
