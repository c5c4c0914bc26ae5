"""The MkDocs projects the benchmark builds, each in its own folder:

- ours: the repository's mkdocs.yml (plugin, extensions, theme settings) pointed at a data folder,
  with copies of the hand-written docs/ and overrides/ and no generated page yet;
- the anchor: the same Markdown built by plain MkDocs with Material and nothing of ours
  (theme material in Dutch, the same nav, no plugin of ours, no Markdown extensions, no CSS or JavaScript
  of ours, only the default search plugin).
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import yaml
from mkdocs.utils.yaml import yaml_load

from generator.site.output import GENERATED_PATHS
from processes import Measured, run_measured

ROOT = Path(__file__).resolve().parents[1]
REAL_DATA = ROOT / "data"


def our_project(data_root: Path, work: Path) -> Path:
    """mkdocs.yml of a copy of the project that builds the site of `data_root`; returns its path."""
    with (ROOT / "mkdocs.yml").open(encoding="utf-8") as stream:
        config = yaml_load(stream)  # MkDocs' loader: mkdocs.yml uses !ENV
    docs = work / "docs"
    shutil.copytree(ROOT / "docs", docs, ignore=_generated_at_top(ROOT / "docs"))
    shutil.copytree(ROOT / "overrides", work / "overrides")
    config["docs_dir"] = str(docs)
    config["site_dir"] = str(work / "site")
    config["theme"]["custom_dir"] = str(work / "overrides")
    plugin = next(entry["klachtenjaarverslag"] for entry in config["plugins"] if isinstance(entry, dict) and "klachtenjaarverslag" in entry)
    plugin["data"] = str(data_root)
    return _write_config(config, work)


def anchor_project(generated_docs: Path, work: Path) -> Path:
    """mkdocs.yml of plain MkDocs + Material over a copy of the Markdown our build generated."""
    with (ROOT / "mkdocs.yml").open(encoding="utf-8") as stream:
        nav = yaml_load(stream)["nav"]
    shutil.copytree(generated_docs, work / "docs")
    config = {
        "site_name": "Anker",
        "docs_dir": str(work / "docs"),
        "site_dir": str(work / "site"),
        "theme": {"name": "material", "language": "nl"},
        "nav": nav,
    }
    return _write_config(config, work)


def synthesise(scale: int, seed: int, data_root: Path, log: Path) -> Measured:
    """A synthetic year folder `scale` times 2024 in data_root/2024, by the project's own command."""
    command = [sys.executable, "-m", "generator", "synth", "--schaal", str(scale), "--seed", str(seed), "--uit", str(data_root / "2024")]
    return run_measured(command, log, cwd=ROOT)


def _generated_at_top(docs: Path):
    """An ignore function for copytree: the generated pages, only at the top of docs/."""

    def ignore(folder: str, names: list[str]) -> set[str]:
        return set(GENERATED_PATHS) & set(names) if Path(folder) == docs else set()

    return ignore


def _write_config(config: dict, work: Path) -> Path:
    path = work / "mkdocs.yml"
    path.write_text(yaml.safe_dump(config, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path
