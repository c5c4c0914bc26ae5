"""Build a whole site the way `mkdocs build --strict` does, from any data folder, in a temp folder;
or the way `python -m generator site` does."""

from __future__ import annotations

import contextlib
import io
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import yaml

from generator.mkdocs_plugin import PLUGIN_NAME as PLUGIN
from generator.site.output import GENERATED_PATHS

ROOT = Path(__file__).resolve().parents[1]


class EnvironmentValue(list):
    """An `!ENV [NAME, default]` value of mkdocs.yml, kept for MkDocs to resolve."""


class ConfigLoader(yaml.SafeLoader):
    pass


class ConfigDumper(yaml.SafeDumper):
    pass


ConfigLoader.add_constructor("!ENV", lambda loader, node: EnvironmentValue(loader.construct_sequence(node)))
ConfigDumper.add_representer(EnvironmentValue, lambda dumper, value: dumper.represent_sequence("!ENV", list(value), flow_style=True))


def read_config(path: Path) -> dict:
    return yaml.load(path.read_text(encoding="utf-8"), Loader=ConfigLoader)


def write_config(path: Path, config: dict) -> None:
    path.write_text(yaml.dump(config, Dumper=ConfigDumper, allow_unicode=True, sort_keys=False), encoding="utf-8")


def plugin_settings(config: dict) -> dict:
    """The settings of our plugin in a read mkdocs.yml."""
    return next(entry[PLUGIN] for entry in config["plugins"] if isinstance(entry, dict) and PLUGIN in entry)


def mkdocs_config(data_root: Path, work: Path, privacy_check: bool = True) -> Path:
    """The project's mkdocs.yml, pointed at `data_root` and at copies of docs/ and overrides/.
    `privacy_check=False` is the documented switch (the plugin's privacycontrole), for a fixture
    whose values are made to attack the markup, not to look like people."""
    config = read_config(ROOT / "mkdocs.yml")
    docs = work / "docs"
    shutil.copytree(ROOT / "docs", docs, ignore=shutil.ignore_patterns(*GENERATED_PATHS))
    shutil.copytree(ROOT / "overrides", work / "overrides")
    config["docs_dir"] = str(docs)
    config["site_dir"] = str(work / "site")
    config["theme"]["custom_dir"] = str(work / "overrides")
    plugin_settings(config)["data"] = str(data_root)
    if not privacy_check:
        plugin_settings(config)["privacycontrole"] = False
    path = work / "mkdocs.yml"
    write_config(path, config)
    return path


# The public address the 2024 test site is built for (mkdocs.yml reads it from KLACHTEN_ADRES).
PUBLIC_ADDRESS = "https://klachten.voorbeeld.nl/"


def build_site(data_root: Path, work: Path, privacy_check: bool = True, address: str | None = None, engine: str = "mkdocs") -> Path:
    """`engine` is the module that builds: "mkdocs" or "properdocs" (the README's supported engines)."""
    config = mkdocs_config(data_root, work, privacy_check)
    environment = {"NO_MKDOCS_2_WARNING": "1", "PATH": "/usr/bin:/bin"} | ({"KLACHTEN_ADRES": address} if address else {})
    completed = subprocess.run(
        [sys.executable, "-m", engine, "build", "--strict", "--config-file", str(config)], capture_output=True, text=True, env=environment
    )
    assert completed.returncode == 0, completed.stderr
    return work / "site"


@dataclass(frozen=True)
class SiteCommandRun:
    folder: Path
    files: dict[str, bytes]  # path relative to the site: bytes
    output: str  # what the command printed on stdout
    said: str  # and on stderr (how far it is)


def run_site_command(config: Path, data_root: Path, site: Path) -> SiteCommandRun:
    from generator.cli import main

    output, said = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(output), contextlib.redirect_stderr(said):
        exit_code = main(["site", "--config", str(config), "--uit", str(site), "--data", str(data_root)])
    assert exit_code == 0, said.getvalue()
    files = {path.relative_to(site).as_posix(): path.read_bytes() for path in sorted(site.rglob("*")) if path.is_file()}
    return SiteCommandRun(site, files, output.getvalue(), said.getvalue())


SITE_FIXTURE = ROOT / "tests" / "fixtures" / "site" / "data" / "2024"


def fixture_site_config(work: Path) -> Path:
    """mkdocs.yml of a project over a copy of the site fixture's year, for builds in this process."""
    year = work / "data" / "2024"
    shutil.copytree(SITE_FIXTURE, year)
    return mkdocs_config(year.parent, work / "project")


def built_in_process(config: Path, site: Path):
    """Builds `config` into `site` in this process (so that a test can change the plugin's parts
    first); the loaded config and every file of the site by its path there."""
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    loaded = load_config(str(config), site_dir=str(site))
    build(loaded)
    return loaded, {path.relative_to(site).as_posix(): path.read_bytes() for path in sorted(site.rglob("*")) if path.is_file()}
