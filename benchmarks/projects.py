"""The MkDocs projects the benchmark builds, each in its own folder, from a checkout of the
repository (this one, or another commit's, for a figure before a change):

- ours: the checkout's mkdocs.yml (plugin, extensions, theme settings) pointed at a data folder,
  with copies of its hand-written docs/ and overrides/ and no generated page yet;
- without the plugin: the same mkdocs.yml, docs/ and overrides/ with the pages the generator
  wrote, and no plugin of ours: what MkDocs and Material cost on these pages with these settings.
  The theme's templates in overrides/ print two values the plugin gives them (on_env), so a
  hook of four lines gives them instead (theme_values_hook.py);
- the anchor: the same Markdown built by plain MkDocs with Material and nothing of ours
  (theme material in Dutch, the same nav, no plugin of ours, no Markdown extensions, no CSS or JavaScript
  of ours, only the default search plugin).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import yaml
from mkdocs.utils.yaml import yaml_load

from generator.site.output import GENERATED_PATHS
from processes import Measured, run_measured

ROOT = Path(__file__).resolve().parents[1]
REAL_DATA = ROOT / "data"
PLUGIN = "klachtenjaarverslag"
THEME_VALUES_HOOK = Path(__file__).resolve().parent / "theme_values_hook.py"


@dataclass(frozen=True)
class Checkout:
    """A checkout of the repository and the Python of its own virtual environment, which runs its
    generator, MkDocs and plugin."""

    name: str
    root: Path
    python: str
    commit: str

    @classmethod
    def at(cls, name: str, root: Path, python: str | None = None) -> Checkout:
        root = root.resolve()
        commit = subprocess.run(["git", "-C", str(root), "rev-parse", "--short", "HEAD"], capture_output=True, text=True).stdout.strip()
        dirty = subprocess.run(["git", "-C", str(root), "status", "--porcelain", "--untracked-files=no"], capture_output=True, text=True).stdout.strip()
        return cls(name, root, python or str(root / ".venv" / "bin" / "python"), commit + (" with uncommitted changes" if dirty else ""))


THIS_CHECKOUT = Checkout(name="this checkout", root=ROOT, python=sys.executable, commit="")


def our_project(data_root: Path, work: Path, checkout: Checkout = THIS_CHECKOUT) -> Path:
    """mkdocs.yml of a copy of the project that builds the site of `data_root`; returns its path."""
    config = _checkout_config(checkout)
    _copy_hand_written(checkout, work)
    config["docs_dir"] = str(work / "docs")
    config["site_dir"] = str(work / "site")
    config["theme"]["custom_dir"] = str(work / "overrides")
    plugin = next(entry[PLUGIN] for entry in config["plugins"] if isinstance(entry, dict) and PLUGIN in entry)
    plugin["data"] = str(data_root)
    return _write_config(config, work)


def without_plugin_project(generated_docs: Path, work: Path, checkout: Checkout, site_name: str) -> Path:
    """mkdocs.yml of the checkout's project without our plugin, over its hand-written docs/ and the
    pages the generator wrote (`generated_docs`). `site_name`: as the plugin sets it."""
    config = _checkout_config(checkout)
    _copy_hand_written(checkout, work)
    shutil.copytree(generated_docs, work / "docs", dirs_exist_ok=True)
    config["docs_dir"] = str(work / "docs")
    config["site_dir"] = str(work / "site")
    config["site_name"] = site_name
    config["theme"]["custom_dir"] = str(work / "overrides")
    config["plugins"] = [entry for entry in config["plugins"] if not (isinstance(entry, dict) and PLUGIN in entry) and entry != PLUGIN]
    config["hooks"] = [str(THEME_VALUES_HOOK)]
    return _write_config(config, work)


def anchor_project(generated_docs: Path, work: Path, checkout: Checkout = THIS_CHECKOUT) -> Path:
    """mkdocs.yml of plain MkDocs + Material over the checkout's hand-written docs and the
    Markdown the generator wrote."""
    nav = _checkout_config(checkout)["nav"]
    shutil.copytree(checkout.root / "docs", work / "docs", ignore=_generated_at_top(checkout.root / "docs"))
    shutil.copytree(generated_docs, work / "docs", dirs_exist_ok=True)
    config = {
        "site_name": "Anker",
        "docs_dir": str(work / "docs"),
        "site_dir": str(work / "site"),
        "theme": {"name": "material", "language": "nl"},
        "nav": nav,
    }
    return _write_config(config, work)


def _checkout_config(checkout: Checkout) -> dict:
    with (checkout.root / "mkdocs.yml").open(encoding="utf-8") as stream:
        return yaml_load(stream)  # MkDocs' loader: mkdocs.yml uses !ENV


def _copy_hand_written(checkout: Checkout, work: Path) -> None:
    shutil.copytree(checkout.root / "docs", work / "docs", ignore=_generated_at_top(checkout.root / "docs"))
    shutil.copytree(checkout.root / "overrides", work / "overrides")


def synthesise(scale: int, seed: int, data_root: Path, log: Path, checkout: Checkout = THIS_CHECKOUT) -> Measured:
    """A synthetic year folder `scale` times 2024 in data_root/2024, by the checkout's own command
    from its own data/2024: the privacy review it writes is in the form the checkout's own check
    reads (an older checkout's and a newer one's differ; each refuses the other's)."""
    command = [checkout.python, "-m", "generator", "synth", "--schaal", str(scale), "--seed", str(seed), "--uit", str(data_root / "2024")]
    return run_measured(command, log, cwd=checkout.root)


def differing_files(folder: Path, other: Path) -> list[str]:
    """The files of data folder `folder` that differ in their bytes from those of `other`, or are in
    one of them only ('only here', 'missing here'), relative to the folders, sorted."""
    files = {path.relative_to(folder).as_posix() for path in folder.rglob("*") if path.is_file()}
    other_files = {path.relative_to(other).as_posix() for path in other.rglob("*") if path.is_file()}
    differing = [f"{name} (only here)" for name in files - other_files] + [f"{name} (missing here)" for name in other_files - files]
    differing += [name for name in files & other_files if (folder / name).read_bytes() != (other / name).read_bytes()]
    return sorted(differing)


def _generated_at_top(docs: Path):
    """An ignore function for copytree: the generated pages, only at the top of docs/."""

    def ignore(folder: str, names: list[str]) -> set[str]:
        return set(GENERATED_PATHS) & set(names) if Path(folder) == docs else set()

    return ignore


def _write_config(config: dict, work: Path) -> Path:
    path = work / "mkdocs.yml"
    path.write_text(yaml.safe_dump(config, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path
