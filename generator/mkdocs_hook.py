"""The one place that knows MkDocs: generate the Markdown before MkDocs reads docs/, take the site
name from the data, and rebuild when a data file changes during `mkdocs serve`.

Configured in mkdocs.yml under `extra.klachten`: `data` (folder with the year folders, relative to
mkdocs.yml; default "data"), `jaar` (default: the newest year), `sjablonen` (a folder with
templates that replace the built-in ones; optional) and `privacycontrole` (default true: the build
stops while the privacy check has unreviewed findings; false builds anyway, for a local preview
only, never for publishing). To switch it off for one run without editing mkdocs.yml, write
`privacycontrole: !ENV [KLACHTEN_PRIVACYCONTROLE, true]` and run with KLACHTEN_PRIVACYCONTROLE=false.
"""

from __future__ import annotations

import logging
from pathlib import Path

from mkdocs.exceptions import PluginError

from generator.errors import GeneratorError
from generator.output_guard import mark_site_folder
from generator.site.build import build_docs, build_search_index, year_folder
from generator.site.output import GENERATED_PATHS

log = logging.getLogger("mkdocs.hooks.klachten")


def _report_pdf(config) -> bool:
    """Set by `python -m generator site` (through KLACHTEN_PDF in mkdocs.yml) when it adds the PDF."""
    return bool((config.extra.get("klachten", {}) or {}).get("pdf", False))


def _settings(config) -> tuple[Path, int | None, Path | None]:
    project = Path(config.config_file_path).parent
    settings = config.extra.get("klachten", {}) or {}
    templates = settings.get("sjablonen")
    return project / settings.get("data", "data"), settings.get("jaar"), (project / templates) if templates else None


def _privacy_check(config) -> bool:
    setting = (config.extra.get("klachten", {}) or {}).get("privacycontrole", True)
    if not isinstance(setting, bool):
        raise PluginError(f"extra.klachten.privacycontrole in mkdocs.yml moet true of false zijn, niet '{setting}'")
    if not setting:
        # Not a warning: mkdocs.yml builds strict, and a warning would stop the build it allows.
        log.info("Privacycontrole staat uit (extra.klachten.privacycontrole: false): publiceer deze site niet.")
    return setting


def on_config(config):
    data_root, year, templates = _settings(config)
    check_privacy = _privacy_check(config)
    try:
        generated, written = build_docs(year_folder(data_root, year), Path(config.docs_dir), templates, check_privacy, _report_pdf(config))
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


# Material's Dutch language file for its search worker, and our addition to it (see the script).
LUNR_DUTCH = Path("assets/javascripts/lunr/min/lunr.nl.min.js")
WILDCARD_STEMMING = Path("assets/javascripts/lunr-nl-wildcard-stemming.js")


def on_post_build(config):
    _extend_dutch_search(Path(config.site_dir))
    # So that `python -m generator site` later recognises the folder as a site it may replace.
    mark_site_folder(Path(config.site_dir))
    data_root, year, templates = _settings(config)
    try:
        build_search_index(year_folder(data_root, year), Path(config.site_dir), templates)
    except GeneratorError as error:
        raise PluginError(str(error)) from error


def _extend_dutch_search(site: Path) -> None:
    addition = site / WILDCARD_STEMMING
    dutch = site / LUNR_DUTCH
    if not dutch.is_file():
        raise PluginError(f"zoeken: {LUNR_DUTCH} ontbreekt in {site}; gebruikt de site het thema material?")
    if addition.is_file():
        # A dirty rebuild may leave the language file as it was, already extended: extend it once.
        if addition.read_text(encoding="utf-8") not in dutch.read_text(encoding="utf-8"):
            with dutch.open("a", encoding="utf-8") as stream:
                stream.write("\n" + addition.read_text(encoding="utf-8"))
        addition.unlink()


def on_serve(server, config, builder):
    """Watch data/ and the hand-written part of docs/. The generated pages are left out: every
    build rewrites them from data/, and watching them would make each change build twice."""
    data_root, _, templates = _settings(config)
    docs = Path(config.docs_dir)
    server.unwatch(str(docs))
    for entry in sorted(docs.iterdir()):
        if entry.name not in GENERATED_PATHS and not entry.name.startswith("."):
            server.watch(str(entry))
    server.watch(str(data_root))
    if templates:
        server.watch(str(templates))
    return server
