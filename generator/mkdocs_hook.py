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
from dataclasses import dataclass
from pathlib import Path

from mkdocs.exceptions import PluginError

from generator.dutch import format_number
from generator.errors import GeneratorError
from generator.markup import html_text
from generator.progress import MKDOCS_STAGE, Progress, Stage, counted
from generator.output_guard import mark_site_folder
from generator.site.generate import generate_docs, write_search_index
from generator.site.output import GENERATED_PATHS
from generator.view.load import load_year

log = logging.getLogger("mkdocs.hooks.klachten")
# MkDocs makes a new config for every build (also for every rebuild of `mkdocs serve`): the MkDocs
# stage of this build's progress is kept on it, from on_pre_build to on_post_build.
MKDOCS_PAGES = "_klachten_mkdocs_pagina_s"
FILES = "_klachten_bestanden"


def year_folder(data_root: Path, year: int | None) -> Path:
    from generator.dataset import layout

    if year is not None:
        return layout.year_folder(data_root, year)
    newest = layout.newest_year_folder(data_root)
    if newest is None:
        raise GeneratorError(f"{data_root}: geen map met een jaartal (zoals {data_root}/2024) gevonden")
    return newest


@dataclass
class MkDocsPages:
    """MkDocs reads (and converts) every page, then writes every page."""

    stage: Stage
    total: int = 0
    read: int = 0
    written: int = 0


def _progress() -> Progress:
    return Progress(log.info)


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
        loaded = load_year(year_folder(data_root, year), check_privacy, _progress())
        generate_docs(loaded, Path(config.docs_dir), templates, _report_pdf(config), _progress())
    except GeneratorError as error:
        raise PluginError(str(error)) from error
    report = loaded.report
    # Material prints both without escaping (in the header, <title> and <meta>): they go in as HTML text.
    config.site_name = html_text(report.title)
    config.site_description = html_text(
        f"Alle klachten van ouders over {report.organisation} in {report.year}: "
        "per locatie wat de klacht was, of die gegrond was en wat er is gedaan."
    )
    return config


def on_pre_build(config):
    setattr(config, MKDOCS_PAGES, MkDocsPages(_progress().start(MKDOCS_STAGE)))


def on_files(files, config):
    setattr(config, FILES, files)
    getattr(config, MKDOCS_PAGES).total = len(files.documentation_pages())
    return files


def on_page_content(html, page, config, files):
    pages = getattr(config, MKDOCS_PAGES)
    pages.read += 1
    pages.stage.advance(pages.read, pages.total, "pagina's gelezen")
    return html


def on_post_page(output, page, config):
    pages = getattr(config, MKDOCS_PAGES)
    pages.written += 1
    pages.stage.advance(pages.written, pages.total, "pagina's geschreven")
    return output


# Material's Dutch language file for its search worker, and our addition to it (see the script).
LUNR_DUTCH = Path("assets/javascripts/lunr/min/lunr.nl.min.js")
WILDCARD_STEMMING = Path("assets/javascripts/lunr-nl-wildcard-stemming.js")


def on_post_build(config):
    pages = getattr(config, MKDOCS_PAGES)
    # `mkdocs serve --dirty` writes only the pages that changed.
    written = counted(pages.written, "pagina", "pagina's")
    pages.stage.finish(written if pages.written == pages.total else f"{written} van {format_number(pages.total)} geschreven")
    _extend_dutch_search(Path(config.site_dir))
    # So that `python -m generator site` later recognises the folder as a site it may replace.
    mark_site_folder(Path(config.site_dir))
    data_root, year, templates = _settings(config)
    try:
        loaded = load_year(year_folder(data_root, year), False)
        write_search_index(loaded, Path(config.site_dir), lambda path: getattr(config, FILES).get_file_from_path(path).url, templates, _progress())
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
