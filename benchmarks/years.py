"""Benchmark of a site of several years: the real 2024 and synthetic following years (`synth
--volgend-jaar`), 1 to 5 years in one site. Prints per number of years: the complaints, the
generator's time (load and render in one process) and the full `mkdocs build --strict` time, each
per complaint, and the largest location page (built HTML and its Markdown). Targets (printed, never
asserted): a location page with 5 years of data under 60 KB; the build time per complaint does
not grow with the number of years.

    .venv/bin/python benchmarks/years.py                 # 1 to 5 years, full builds included
    .venv/bin/python benchmarks/years.py --jaren 1 5 --zonder-mkdocs
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from generator.dataset import layout  # noqa: E402
from generator.dataset.dataset import load_dataset  # noqa: E402
from generator.site.generate import render_docs  # noqa: E402
from generator.synth import write_year_folder  # noqa: E402
from generator.synth.following import following_year  # noqa: E402
from generator.view.load import load_site  # noqa: E402
from site_builder import mkdocs_config  # noqa: E402

PAGE_TARGET_KB = 60


def data_with_years(root: Path, count: int) -> Path:
    """root/data with 2024 and `count - 1` synthetic years after it."""
    data = root / "data"
    if not (data / "2024").exists():
        import shutil

        shutil.copytree(ROOT / "data" / "2024", data / "2024")
    for year in range(2025, 2024 + count):
        if not (data / str(year)).exists():
            write_year_folder(following_year(load_dataset(data / str(year - 1)), year), data / str(year))
    return data


def folders(data: Path, count: int) -> list[Path]:
    return [layout.year_folder(data, year) for year in range(2024, 2024 + count)]


def measure(work: Path, data: Path, count: int, with_mkdocs: bool) -> dict:
    view = Path(tempfile.mkdtemp(prefix=f"{count}-", dir=work)) / "data"
    view.mkdir(parents=True)
    for folder in folders(data, count):
        (view / folder.name).symlink_to(folder)
    started = time.perf_counter()
    site = load_site(folders(view, count), check_privacy=True)
    files = render_docs(site)
    generator = time.perf_counter() - started
    markdown = max(len(text.encode()) for path, text in files.items() if path.startswith("locaties/") and path.endswith(".md") and "/" not in path[len("locaties/"):] and path != "locaties/index.md")
    result = {"years": count, "complaints": site.complaint_count, "generator": generator, "markdown_kb": markdown / 1024}
    if with_mkdocs:
        config = mkdocs_config(view, view.parent / "project")
        started = time.perf_counter()
        subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "--config-file", str(config)], check=True, capture_output=True, env=os.environ | {"NO_MKDOCS_2_WARNING": "1"})
        result["mkdocs"] = time.perf_counter() - started
        pages = [path for path in (view.parent / "project" / "site" / "locaties").glob("*/index.html") if path.parent.name != "a-z"]
        largest = max(pages, key=lambda path: path.stat().st_size)
        result["html_kb"] = largest.stat().st_size / 1024
        result["html_page"] = largest.parent.name
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--jaren", type=int, nargs="+", default=[1, 2, 3, 4, 5])
    parser.add_argument("--zonder-mkdocs", action="store_true")
    arguments = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="klachten-jaren-") as temporary:
        work = Path(temporary)
        data = data_with_years(work, max(arguments.jaren))
        print("| jaren | klachten | generator s | ms/klacht | mkdocs build s | ms/klacht | grootste locatiepagina HTML KB | Markdown KB |")
        print("|---:|---:|---:|---:|---:|---:|---:|---:|")
        for count in arguments.jaren:
            row = measure(work, data, count, not arguments.zonder_mkdocs)
            per = 1000 * row["generator"] / row["complaints"]
            full = f"{row['mkdocs']:.1f} | {1000 * row['mkdocs'] / row['complaints']:.1f}" if "mkdocs" in row else "– | –"
            html = f"{row['html_kb']:.1f} ({row['html_page']})" if "html_kb" in row else "–"
            print(f"| {count} | {row['complaints']} | {row['generator']:.1f} | {per:.2f} | {full} | {html} | {row['markdown_kb']:.1f} |", flush=True)
        print(f"Doel: een locatiepagina met 5 jaar onder {PAGE_TARGET_KB} KB; de bouwtijd per klacht groeit niet met het aantal jaren.")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
