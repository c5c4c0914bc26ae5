"""The one place that knows MkDocs: generate the Markdown before MkDocs reads docs/, take the site
name from the data, and rebuild when a data file changes during `mkdocs serve`.

Configured in mkdocs.yml under `extra.klachten`: `data` (folder with the year folders, relative to
mkdocs.yml; default "data"), `jaar` (default: the newest year) and `sjablonen` (a folder with
templates that replace the built-in ones; optional).
"""

from __future__ import annotations

import logging
from pathlib import Path

from mkdocs.exceptions import PluginError

from generator.errors import GeneratorError
from generator.site.build import build_docs, year_folder

log = logging.getLogger("mkdocs.hooks.klachten")


def _settings(config) -> tuple[Path, int | None, Path | None]:
    project = Path(config.config_file_path).parent
    settings = config.extra.get("klachten", {}) or {}
    templates = settings.get("sjablonen")
    return project / settings.get("data", "data"), settings.get("jaar"), (project / templates) if templates else None


def on_config(config):
    data_root, year, templates = _settings(config)
    try:
        generated, written = build_docs(year_folder(data_root, year), Path(config.docs_dir), templates)
    except GeneratorError as error:
        raise PluginError(str(error)) from error
    report = generated.dataset.report
    config.site_name = report.title
    config.site_description = (
        f"Alle klachten van ouders over {report.organisation} in {report.year}: "
        "per locatie wat de klacht was, of die gegrond was en wat er is gedaan."
    )
    log.info("Klachtenpagina's: %d bijgewerkt, %d verwijderd, %d ongewijzigd", len(written.written), len(written.removed), written.unchanged)
    return config


def on_serve(server, config, builder):
    data_root, _, templates = _settings(config)
    server.watch(str(data_root))
    if templates:
        server.watch(str(templates))
    return server
