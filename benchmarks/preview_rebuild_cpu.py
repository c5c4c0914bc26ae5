"""CPU seconds of a live preview's rebuild after one sentence of klachten.csv changes (in process,
as `mkdocs serve` runs it: one plugin object, a new config per build, build(serve_url=...)).

    <checkout>/.venv/bin/python benchmarks/preview_rebuild_cpu.py <checkout> [rebuilds, default 3] [--apart]

argv[1]: the checkout whose benchmarks/projects.py makes the project (run it with that checkout's
Python, whose plugin is installed from it). Prints (CPU seconds, wall-clock seconds) per rebuild:
the CPU seconds are the rebuild's work whatever else the machine does. A rebuild of a live
preview writes the Zoeken en filteren index in a thread after it returns, so the next rebuild's
CPU seconds include part of that; with --apart that thread finishes (and half a second passes)
before each change, outside the timing: only the rebuild's own work."""

from __future__ import annotations

import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

URL = "http://127.0.0.1:8000/"


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    root = Path(argv[0])
    counts = [argument for argument in argv[1:] if argument.isdigit()]
    rebuilds = int(counts[0]) if counts else 3
    apart = "--apart" in argv[1:]
    # The checkout's own projects.py, whichever checkout this file was run from.
    sys.path.insert(0, str(root / "benchmarks"))
    from mkdocs.commands.build import build
    from mkdocs.config import load_config
    from projects import REAL_DATA, our_project

    work = Path(tempfile.mkdtemp(prefix="serve-cpu-"))
    shutil.copytree(REAL_DATA / "2024", work / "data" / "2024")
    path = our_project(work / "data", work / "project")

    def once():
        config = load_config(str(path), site_dir=str(work / "site"))
        config.site_url = URL
        build(config, serve_url=URL)
        return config.plugins["klachtenjaarverslag"]

    plugin = once()
    csv = work / "data" / "2024" / "klachten.csv"
    text = csv.read_text()
    results = []
    for number in range(rebuilds):
        if apart:
            plugin.finish_search_index()
            time.sleep(0.5)
        if number == 0:
            text = text.replace("hoe de plaatsing nu gaat.", f"hoe de plaatsing nu gaat {number}.", 1)
        else:
            text = text.replace(f"gaat {number - 1}.", f"gaat {number}.", 1)
        csv.write_text(text)
        cpu, wall = time.process_time(), time.perf_counter()
        once()
        results.append((round(time.process_time() - cpu, 2), round(time.perf_counter() - wall, 2)))
    plugin.finish_search_index()
    print("rebuild CPU s, wall s:", results, "median CPU", statistics.median(result[0] for result in results))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
