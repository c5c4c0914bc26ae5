"""What a project's mkdocs.yml says, read without MkDocs: the docs folder, and the data folder and
year the plugin klachtenjaarverslag will read.

`python -m generator site` runs MkDocs in another process and hands it --data and --jaar through
the environment (KLACHTEN_DATA, KLACHTEN_JAAR), which mkdocs.yml reads with `!ENV`. Whether they
arrive depends on that file: a project may name its data folder plainly. So the command reads
the file the way MkDocs will, with the environment MkDocs will get, to know which data folder
the build really reads: the output guard protects that one, and an option the file does not take
over is refused instead of silently ignored.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import yaml

PLUGIN_NAME = "klachtenjaarverslag"
DEFAULT_DOCS = "docs"
DEFAULT_DATA = "data"
# What `site` hands MkDocs for --data and --jaar (and whether to print the PDF), read in mkdocs.yml with !ENV.
DATA_VARIABLE = "KLACHTEN_DATA"
YEAR_VARIABLE = "KLACHTEN_JAAR"
PDF_VARIABLE = "KLACHTEN_PDF"


@dataclass(frozen=True)
class ProjectSettings:
    docs: Path
    data_root: Path  # the folder with the year folders the plugin reads
    year: object  # the plugin's `jaar` as the file gives it (an int, None, or something the plugin refuses)


def read_project_settings(config_file: Path, environment: Mapping[str, str]) -> ProjectSettings:
    """mkdocs.yml's settings with every `!ENV` resolved from `environment`; the defaults where the
    file cannot be read (MkDocs itself then says what is wrong with it)."""
    project = config_file.parent
    settings = _load(config_file, environment)
    docs = settings.get("docs_dir")
    plugin = _plugin_settings(settings.get("plugins"))
    data = plugin.get("data")
    return ProjectSettings(
        docs=project / (docs if isinstance(docs, str) and docs else DEFAULT_DOCS),
        data_root=project / (data if isinstance(data, str) and data else DEFAULT_DATA),
        year=plugin.get("jaar"),
    )


def _load(config_file: Path, environment: Mapping[str, str]) -> dict:
    loader = _loader(environment)
    try:
        settings = yaml.load(config_file.read_text(encoding="utf-8"), Loader=loader)
    except (OSError, UnicodeDecodeError, yaml.YAMLError):
        return {}
    return settings if isinstance(settings, dict) else {}


def _plugin_settings(plugins: object) -> dict:
    """The settings of our plugin, in either form MkDocs accepts (a list or a mapping of plugins)."""
    if isinstance(plugins, dict):
        settings = plugins.get(PLUGIN_NAME)
        return settings if isinstance(settings, dict) else {}
    for entry in plugins if isinstance(plugins, list) else []:
        if isinstance(entry, dict) and PLUGIN_NAME in entry:
            settings = entry[PLUGIN_NAME]
            return settings if isinstance(settings, dict) else {}
    return {}


def _loader(environment: Mapping[str, str]) -> type[yaml.SafeLoader]:
    """A safe loader that resolves `!ENV` as MkDocs does (pyyaml_env_tag: the first variable that
    is set, else the last item as the default) from `environment`, and reads every other tag
    (`!relative`, `!!python/name:...`) as nothing."""

    class Loader(yaml.SafeLoader):
        pass

    def environment_value(loader: yaml.SafeLoader, node: yaml.Node) -> object:
        default = None
        if isinstance(node, yaml.ScalarNode):
            names = [loader.construct_scalar(node)]
        elif isinstance(node, yaml.SequenceNode):
            children = node.value
            if len(children) > 1:
                default = loader.construct_object(children[-1])
                children = children[:-1]
            names = [loader.construct_scalar(child) for child in children]
        else:
            return None
        for name in names:
            if name in environment:
                value = environment[name]
                tag = loader.resolve(yaml.ScalarNode, value, (True, False))
                return loader.construct_object(yaml.ScalarNode(tag, value))
        return default

    Loader.add_constructor("!ENV", environment_value)
    Loader.add_multi_constructor("!", lambda loader, suffix, node: None)
    Loader.add_multi_constructor("tag:yaml.org,2002:python/", lambda loader, suffix, node: None)
    return Loader
