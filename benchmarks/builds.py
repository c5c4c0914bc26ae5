"""One build of one data folder, three ways, each timed in its own process:

- generator: `python -m generator build` into an empty docs folder (the Markdown only);
- full: `mkdocs build --strict` of our project with no generated page yet, which is what a user
  runs: the plugin generates the Markdown, MkDocs and Material build the site, the plugin writes the
  Pagefind index;
- anchor: plain MkDocs + Material over the Markdown the full build generated.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass
from pathlib import Path

from processes import Measured, run_measured
from projects import ROOT, anchor_project, our_project


@dataclass(frozen=True)
class BuildRun:
    generator: Measured
    full: Measured
    anchor: Measured | None
    site: Path  # the full build's site
    search_index_seconds: float | None  # the search index stage of the full build, from its log


def build_three_ways(data_root: Path, work: Path, with_anchor: bool) -> BuildRun:
    generator = run_measured(
        [sys.executable, "-m", "generator", "build", "--data", str(data_root), "--docs", str(work / "generator-docs")],
        work / "generator.log",
        cwd=ROOT,
    )
    project = our_project(data_root, work / "ours")
    full = run_measured(_mkdocs_build(project, strict=True), work / "full.log", cwd=project.parent)
    anchor = None
    if with_anchor:
        anchor_config = anchor_project(project.parent / "docs", work / "anchor")
        anchor = run_measured(_mkdocs_build(anchor_config, strict=False), work / "anchor.log", cwd=anchor_config.parent)
    return BuildRun(generator, full, anchor, project.parent / "site", search_index_seconds(work / "full.log"))


# The build's progress line of the search index stage (generator/progress.py): "Zoekindex: 537
# klachten (1,0 s)" or "Zoekindex: 53.700 klachten (1 min 20 s)".
SEARCH_INDEX_LINE = re.compile(r"Zoekindex: .*\((?:(\d+) min )?(\d+(?:,\d+)?) s\)\s*$")


def search_index_seconds(log: Path) -> float | None:
    """How long the Pagefind stage of a build took, as the build itself reported it."""
    for line in log.read_text(encoding="utf-8", errors="replace").splitlines():
        if found := SEARCH_INDEX_LINE.search(line):
            return int(found[1] or 0) * 60 + float(found[2].replace(",", "."))
    return None


def _mkdocs_build(config: Path, strict: bool) -> list[str]:
    # Not strict for the anchor: without our Markdown extensions MkDocs may warn about our anchors.
    return [sys.executable, "-m", "mkdocs", "build", *(["--strict"] if strict else []), "--config-file", str(config)]
