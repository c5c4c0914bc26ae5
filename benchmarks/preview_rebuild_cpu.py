"""CPU seconds of a live preview's rebuild after one sentence of klachten.csv changes (in process,
as `mkdocs serve` runs it: one plugin object, a new config per build, build(serve_url=...)).

    <checkout>/.venv/bin/python benchmarks/preview_rebuild_cpu.py <checkout> [rebuilds, default 3] [--apart]

argv[1]: the checkout whose benchmarks/projects.py makes the project (run it with that checkout's
Python, whose plugin is installed from it). Prints (CPU seconds, wall-clock seconds) per rebuild:
the CPU seconds are the rebuild's work whatever else the machine does. A rebuild of a live
preview writes the Zoeken en filteren index in a thread after it returns, so the next rebuild's
CPU seconds include part of that; with --apart that thread finishes (and half a second passes)
before each change, outside the timing: only the rebuild's own work."""
import shutil, sys, time, tempfile, statistics
from pathlib import Path
root = Path(sys.argv[1])
sys.path.insert(0, str(root / "benchmarks"))
from mkdocs.config import load_config
from mkdocs.commands.build import build
from projects import our_project, REAL_DATA
import logging
work = Path(tempfile.mkdtemp(prefix="serve-cpu-"))
shutil.copytree(REAL_DATA / "2024", work / "data" / "2024")
path = our_project(work / "data", work / "project")
URL = "http://127.0.0.1:8000/"
APART = "--apart" in sys.argv[2:]
def once():
    config = load_config(str(path), site_dir=str(work / "site"))
    config.site_url = URL
    build(config, serve_url=URL)
    return config.plugins["klachtenjaarverslag"]
plugin = once()
csv = work / "data" / "2024" / "klachten.csv"
text = csv.read_text()
results = []
counts = [argument for argument in sys.argv[2:] if argument.isdigit()]
for n in range(int(counts[0]) if counts else 3):
    if APART:
        plugin.finish_search_index()
        time.sleep(0.5)
    text = text.replace("hoe de plaatsing nu gaat.", f"hoe de plaatsing nu gaat {n}.", 1) if n == 0 else text.replace(f"gaat {n-1}.", f"gaat {n}.", 1)
    csv.write_text(text)
    c, w = time.process_time(), time.perf_counter()
    once()
    results.append((round(time.process_time() - c, 2), round(time.perf_counter() - w, 2)))
plugin.finish_search_index()
print("rebuild CPU s, wall s:", results, "median CPU", statistics.median(r[0] for r in results))
