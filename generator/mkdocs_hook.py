"""The one place that knows MkDocs: generate the Markdown before MkDocs reads docs/, take the site
name from the data, and rebuild when a data file changes during `mkdocs serve`. For hosting
(generator/hosting/): check the public address (site_url), give every page its
Content-Security-Policy, and write the hosting files into the built site.

Configured in mkdocs.yml under `extra.klachten`: `data` (folder with the year folders, relative to
mkdocs.yml; default "data"), `jaar` (default: the newest year), `sjablonen` (a folder with
templates that replace the built-in ones; optional) and `privacycontrole` (default true: the build
stops while the privacy check has unreviewed findings; false builds anyway, for a local preview
only, never for publishing). To switch it off for one run without editing mkdocs.yml, write
`privacycontrole: !ENV [KLACHTEN_PRIVACYCONTROLE, true]` and run with KLACHTEN_PRIVACYCONTROLE=false.
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from mkdocs.exceptions import PluginError
from mkdocs.utils import get_relative_url

from generator.dutch import format_number
from generator.errors import GeneratorError
from generator.hosting.address import ADDRESS_VARIABLE, AddressRefused, configured_address, is_own_preview_address
from generator.hosting.csp import NoHead, content_security_policy, inline_scripts, trusted_script_hashes, with_policy
from generator.hosting.descriptions import preview_text
from generator.hosting.preview_image import PreviewText
from generator.hosting.publication import PREVIEW_IMAGE, PREVIEW_SIZE, write_hosting_files
from generator.markup import html_text
from generator.progress import HOSTING_STAGE, MKDOCS_STAGE, Progress, Stage, counted
from generator.output_guard import mark_site_folder
from generator.site.build import build_docs, build_search_index, year_folder
from generator.site.output import GENERATED_PATHS

log = logging.getLogger("mkdocs.hooks.klachten")
# MkDocs makes a new config for every build (also for every rebuild of `mkdocs serve`): the MkDocs
# stage of this build's progress is kept on it, from on_pre_build to on_post_build.
MKDOCS_PAGES = "_klachten_mkdocs_pagina_s"
# Likewise what the hosting files need from this build: the public address, the inline scripts
# of the theme and the hashes of those the pages hold.
HOSTING = "_klachten_publicatie"
# Material's templates that write inline scripts into every page (their text depends on the
# page's depth): the only inline scripts the Content-Security-Policy lets run.
THEME_SCRIPT_TEMPLATES = ("partials/javascripts/base.html", "partials/javascripts/content.html")


@dataclass
class MkDocsPages:
    """MkDocs reads (and converts) every page, then writes every page."""

    stage: Stage
    total: int = 0
    read: int = 0
    written: int = 0


@dataclass
class HostingBuild:
    address: str | None
    preview: PreviewText
    # A live preview (`mkdocs serve`) gets no policy: MkDocs adds an inline script to reload pages.
    live_preview: bool
    theme_scripts: dict[str, list[str]] = field(default_factory=dict)  # by the page's base_url
    script_hashes: set[str] = field(default_factory=set)


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
    address = _public_address(config)
    data_root, year, templates = _settings(config)
    check_privacy = _privacy_check(config)
    try:
        generated, _ = build_docs(year_folder(data_root, year), Path(config.docs_dir), templates, check_privacy, _report_pdf(config), _progress())
    except GeneratorError as error:
        raise PluginError(str(error)) from error
    report = generated.dataset.report
    # Material prints both without escaping (in the header, <title> and <meta>): they go in as HTML text.
    config.site_name = html_text(report.title)
    config.site_description = html_text(
        f"Alle klachten van ouders over {report.organisation} in {report.year}: "
        "per locatie wat de klacht was, of die gegrond was en wat er is gedaan."
    )
    _prepare_hosting(config, generated.site, address)
    return config


def _public_address(config) -> str | None:
    """The site's checked public address; None without one and in a live preview (`mkdocs serve`)."""
    if _is_live_preview(config):
        return None
    try:
        return configured_address(config.site_url, os.environ.get(ADDRESS_VARIABLE))
    except AddressRefused as error:
        raise PluginError(f"site_url in mkdocs.yml (of {ADDRESS_VARIABLE}): {error}") from error


def _prepare_hosting(config, site, address: str | None) -> None:
    """Give the templates what the sharing metadata and the 404 page show (overrides/main.html,
    overrides/404.html), and the post-build what it needs for the hosting files."""
    config.extra["publicatie"] = {
        "jaar": site.report.year,
        "organisatie": html_text(site.report.organisation),
        "afbeelding": f"{address}{PREVIEW_IMAGE}" if address else None,
        "afbeelding_maten": PREVIEW_SIZE,
    }
    setattr(config, HOSTING, HostingBuild(address, preview_text(site), _is_live_preview(config)))


def _is_live_preview(config) -> bool:
    return is_own_preview_address(config.site_url, *config.dev_addr)


def on_pre_build(config):
    setattr(config, MKDOCS_PAGES, MkDocsPages(_progress().start(MKDOCS_STAGE)))


def on_files(files, config):
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
    return _with_security_policy(output, get_relative_url(".", page.url), config)


def on_post_template(output, template_name, config):
    if not template_name.endswith(".html"):
        return output
    # MkDocs writes the links of an error page (404.html) from the site's root.
    return _with_security_policy(output, urlsplit(config.site_url or "/").path, config)


def _with_security_policy(output: str, base_url: str, config) -> str:
    """The page with its Content-Security-Policy: the theme's inline scripts run by their hashes."""
    hosting = getattr(config, HOSTING)
    if hosting.live_preview:
        return output
    if base_url not in hosting.theme_scripts:
        environment = config.theme.get_env()
        features = config.theme.get("features") or []
        rendered = "".join(environment.get_template(name).render(config=config, base_url=base_url, features=features) for name in THEME_SCRIPT_TEMPLATES)
        hosting.theme_scripts[base_url] = inline_scripts(rendered)
    hashes = trusted_script_hashes(output, hosting.theme_scripts[base_url])
    hosting.script_hashes.update(hashes)
    try:
        return with_policy(output, content_security_policy(hashes))
    except NoHead as error:
        raise PluginError(f"Content-Security-Policy: {error}") from error


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
        build_search_index(year_folder(data_root, year), Path(config.site_dir), templates, _progress())
    except GeneratorError as error:
        raise PluginError(str(error)) from error
    _write_hosting_files(config)


def _write_hosting_files(config) -> None:
    hosting = getattr(config, HOSTING)
    if hosting.live_preview:
        return
    stage = _progress().start(HOSTING_STAGE)
    written = write_hosting_files(Path(config.site_dir), hosting.address, hosting.script_hashes, hosting.preview)
    stage.finish(written.summary())


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
