"""One build of one data folder by one checkout, four ways, each timed in its own process:

- generator: `python -m generator build` into an empty docs folder (the Markdown only);
- full: `mkdocs build --strict` of our project with no generated page yet, which is what a user
  runs: the plugin generates the Markdown, MkDocs and Material build the site, the plugin writes the
  search index and the hosting files;
- without the plugin: `mkdocs build` of the same project (settings, extensions, theme, CSS and
  JavaScript) without our plugin, over the pages the generator wrote: what the plugin adds is
  the full build minus this;
- anchor: plain MkDocs + Material over the same Markdown.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from processes import Measured, run_measured
from projects import THIS_CHECKOUT, Checkout, anchor_project, our_project, without_plugin_project

SITE_NAME = "Klachtenjaarverslag"


@dataclass(frozen=True)
class BuildRun:
    generator: Measured
    full: Measured
    without_plugin: Measured | None
    anchor: Measured | None
    site: Path  # the full build's site
    search_index_seconds: float | None  # the search index stage of the full build, from its log


def build_four_ways(data_root: Path, work: Path, with_anchor: bool, checkout: Checkout = THIS_CHECKOUT) -> BuildRun:
    """`with_anchor`: also the builds without the plugin and the anchor."""
    generated = work / "generator-docs"
    generator = run_measured(
        [checkout.python, "-m", "generator", "build", "--data", str(data_root), "--docs", str(generated)],
        work / "generator.log",
        cwd=checkout.root,
    )
    project = our_project(data_root, work / "ours", checkout)
    full = run_measured(_mkdocs_build(checkout, project, strict=True), work / "full.log", cwd=project.parent)
    without_plugin = anchor = None
    if with_anchor:
        bare = without_plugin_project(generated, work / "without-plugin", checkout, SITE_NAME)
        without_plugin = run_measured(_mkdocs_build(checkout, bare, strict=False), work / "without-plugin.log", cwd=bare.parent)
        anchor_config = anchor_project(generated, work / "anchor", checkout)
        anchor = run_measured(_mkdocs_build(checkout, anchor_config, strict=False), work / "anchor.log", cwd=anchor_config.parent)
    return BuildRun(generator, full, without_plugin, anchor, project.parent / "site", search_index_seconds(work / "full.log"))


# The build's progress line of the search index stage (generator/progress.py): "Zoekindex: 537
# klachten (1,0 s)" or "Zoekindex: 53.700 klachten (1 min 20 s)".
SEARCH_INDEX_LINE = re.compile(r"Zoekindex: .*\((?:(\d+) min )?(\d+(?:,\d+)?) s\)\s*$")


def search_index_seconds(log: Path) -> float | None:
    """How long the search index stage of a build took, as the build itself reported it."""
    for line in log.read_text(encoding="utf-8", errors="replace").splitlines():
        if found := SEARCH_INDEX_LINE.search(line):
            return int(found[1] or 0) * 60 + float(found[2].replace(",", "."))
    return None


def _mkdocs_build(checkout: Checkout, config: Path, strict: bool) -> list[str]:
    # Not strict for the anchor: without our Markdown extensions MkDocs may warn about our anchors.
    return [checkout.python, "-m", "mkdocs", "build", *(["--strict"] if strict else ["--no-strict"]), "--config-file", str(config)]
