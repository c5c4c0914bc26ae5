"""The one module that knows MkDocs: a plugin that loads and checks the data of every year once
per build and hands the same SiteContext to the pages, the search index and, when asked, the
PDF of each year.

Configured in mkdocs.yml:

    plugins:
      - klachtenjaarverslag:
          data: data              # the folder with the year folders, relative to mkdocs.yml
          jaar: 2024              # only this year; default: every year folder
          sjablonen: mijn-sjablonen  # templates that replace the built-in ones (optional)
          privacycontrole: true   # false builds while the privacy check has unreviewed findings,
                                  # for a local preview only, never for publishing
          pdf: false              # true prints the PDF into the site (`python -m generator site`
                                  # sets it through KLACHTEN_PDF)
          adres: https://klachten.voorbeeld.nl/  # the site's public address (optional; MkDocs'
                                  # site_url works too, but both must then be the same)

Every setting may come from the environment with MkDocs' `!ENV [NAME, default]`; mkdocs.yml reads
KLACHTEN_DATA, KLACHTEN_JAAR, KLACHTEN_PDF and KLACHTEN_ADRES, which `python -m generator site`
sets. An address in KLACHTEN_ADRES that mkdocs.yml does not read stops the build: the site would
be built for another address than the one asked for.

The events, in the order of a build:
- on_config: check the public address (and make it MkDocs' site_url), check the site folder (never
  the data folder the plugin reads, nor a folder the tool did not make: MkDocs empties it), take
  the write lock of the docs and the site folder for the whole build (a second build of the same
  pages refuses), load the years (only when a file of a year folder changed since the last build
  of this plugin object), render the pages (the privacy check runs in a process of its own
  meanwhile, and nothing is written before it passed: privacy/apart.py) and start a copy of this
  process that writes them into docs/ while MkDocs builds from the same pages in memory
  (site/docs_apart.py; a live preview writes docs/ first and reads it), keep in the menu only
  the pages this build
  made (the years page only on a site of several years), take the site name from verslag.yaml,
  and date the build with the report's date (MkDocs reads SOURCE_DATE_EPOCH for the sitemap);
- on_pre_build, on_files, on_page_content, on_post_page: say how far MkDocs is; on_files hands
  MkDocs the generated files from memory instead of what docs/ holds meanwhile, leaves
  out Material's files for search languages the site does not have, keeps MkDocs' Files, which
  give each page its address, and starts the search index of Zoeken en
  filteren (from the records and those addresses), written while MkDocs renders (in a
  rebuild of a live preview it starts in on_post_build instead; see preview_rebuild); on_files
  and on_post_page hand the static files and the pages to the compression made ahead
  (hosting/compress.py, CompressedAhead), which compresses them on the other core meanwhile;
  on_files starts, and on_page_content feeds, the process that reads each converted page for
  Material's search on the other core (parse_apart.py; not in a live preview);
- on_env: wait for docs/ to be written (MkDocs copies the downloads from there next), give the theme's templates what the sharing metadata and the 404 page show
  (overrides/main.html, overrides/404.html), and the function that renders the menu and other
  parts once for all pages outside the menu in one folder (generator/theme_parts.py); hand
  Material's search what that process read;
- on_post_page, on_post_template: give every page (the 404 page too) its Content-Security-Policy;
- on_post_build: the Dutch header search, waits for the search index of Zoeken en filteren (a
  rebuild of a live preview starts it here and waits in the next on_pre_build or in
  on_shutdown: the browser reloads first), when asked the PDF, and last the
  hosting files (generator/hosting/publication.py); then the write lock is let go (on_build_error
  too, after the search index is done and the copy writing docs/ has ended).
A live preview (`mkdocs serve`) gets no policy and no hosting files: MkDocs adds an inline script
to reload its pages, and the preview has no public address. A rebuild of a live preview renders
only the pages whose Markdown changed, when nothing that every page shows (the menu, the site's
name, the theme, mkdocs.yml) changed; every other page is written as the previous build wrote it
(PreviewPages). Its data are loaded again only when a file changed, and then only the YAML
files whose text changed are parsed again and only the texts that changed are scanned again
(KeptLoads); every check still runs. Its index of Zoeken en filteren is set aside in
on_pre_build, before MkDocs empties the site folder, put back in on_post_build, and written
again only when its records changed (KeptSearchIndex); the site's other folders are set aside
there too, put back in on_files for MkDocs to write over, and what it did not write is removed
in on_post_build (KeptSiteFiles). `mkdocs build` and `python -m generator site` always
render every page.
MkDocs keeps one object of a plugin that has on_startup through all the rebuilds of `mkdocs
serve`; everything a build needs later is kept on it, nothing in module globals.

A failure the user can fix stops the build with BuildStopped, whose Dutch message MkDocs prints
as the last thing (a PluginError would be followed by MkDocs' own "Aborted with a BuildError!").
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import sys
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import jinja2
from mkdocs.config import base
from mkdocs.config import config_options as options
from mkdocs.exceptions import Abort
from mkdocs.plugins import BasePlugin
# MkDocs' own order of a folder's files (index first): its walk of docs/ is not a function of its own.
from mkdocs.structure.files import File, Files, _file_sort_key
from mkdocs.utils import get_relative_url

from generator.dataset import layout
from generator.dutch import format_number
from generator.errors import DEBUG_VARIABLE, PROGRAM_FAULT, GeneratorError
from generator.hosting.compress import CompressedAhead
from generator.hosting.address import ADDRESS_VARIABLE, EXAMPLE, AddressRefused, configured_address, is_own_preview_address, public_address
from generator.hosting.csp import NoHead, content_security_policy, inline_scripts, trusted_script_hashes, with_policy
from generator.hosting.descriptions import preview_text
from generator.hosting.preview_image import PreviewText
from generator.hosting.publication import PREVIEW_IMAGE, PREVIEW_SIZE, write_hosting_files
from generator.live_preview import KeptSearchIndex, KeptSiteFiles, PreviewPages
from generator.markup import html_text
from generator.parse_apart import ParsedApart, start_parsed_apart
from generator.output_guard import ProtectedPlaces, check_docs_folder, check_site_folder, mark_site_folder
from generator.privacy import PrivacyCheckApart, refuse_unreviewed
from generator.project_settings import DEFAULT_DATA, PLUGIN_NAME
from generator.progress import DATA_STAGE, HOSTING_STAGE, MKDOCS_STAGE, PDF_STAGE, SEARCH_STAGE, Progress, Stage, counted
from generator.site.downloads import FOLDER as DOWNLOADS_FOLDER
from generator.site.downloads import pdf_name
from generator.site.earlier_addresses import keep_earlier_pdfs
from generator.site.environment import make_environment
from generator.site.docs_apart import DocsWrittenApart
from generator.site.generate import RenderedDocs, render_docs, render_docs_for, say_written, search_index_records, write_docs
from generator.site.search_index_process import SearchIndexBuild, SearchIndexStopped
from generator.site.search_languages import never_loaded
from generator.theme_parts import TEMPLATE_FUNCTION as THEME_PARTS_FUNCTION, ThemeParts
from generator.view.template_cache import bytecode_cache
from generator.site.navigation import menu_of_existing_pages
from generator.system_errors import system_error_message
from generator.site.pages import site_description
from generator.site.output import GENERATED_PATHS, made_by_the_generator
from generator.view.load import KeptLoads, folder_state, load_organisations, load_site, sites_folders_state
from generator.view.organisations import OrganisationsSite
from generator.dataset.site_layout import OrganisationFolder, organisation_folders
from generator.site.organisation_pages import organisations_description, organisations_period, organisations_preview_text, organisations_title
from generator.view.site_context import SiteContext
from generator.write_lock import DOCS_WRITER, SITE_WRITER, exclusive_writer

# How mkdocs.yml names the folders a refusal is about.
DOCS_DIR_OPTION = "docs_dir:"
SITE_DIR_OPTION = "site_dir:"
MATERIAL_SEARCH = "material/search"
# Under ProperDocs the mkdocs modules are ProperDocs' own, and so is the logger that prints.
log = logging.getLogger(f"{BasePlugin.__module__.split('.')[0]}.plugins.{PLUGIN_NAME}")
BUILD_DATE = "SOURCE_DATE_EPOCH"
# Material's Dutch language file for its search worker, and our addition to it (see the script).
DUTCH = "nl"
LUNR_DUTCH = Path(f"assets/javascripts/lunr/min/lunr.{DUTCH}.min.js")
WILDCARD_STEMMING = Path("assets/javascripts/lunr-nl-wildcard-stemming.js")
# Material's templates that write inline scripts into every page (their text depends on the
# page's depth): the only inline scripts the Content-Security-Policy lets run.
THEME_SCRIPT_TEMPLATES = ("partials/javascripts/base.html", "partials/javascripts/content.html")


class BuildStopped(Abort):
    """The build stops with a message for the user; MkDocs prints it last and exits with 1."""

    def __init__(self, message: str) -> None:
        super().__init__(f"{message}\nDe site is niet gebouwd.")


@contextmanager
def stopped_in_dutch() -> Iterator[None]:
    """A failure of the generator stops the build with its Dutch message, and so does a fault in
    the program itself, in one line (as the command line does; KLACHTEN_DEBUG=1 shows the details)."""
    try:
        yield
    except GeneratorError as error:
        raise BuildStopped(str(error)) from error
    except BuildStopped:
        raise
    except OSError as error:
        # What the system refused (a full disk, no permission), as the command line says it.
        raise BuildStopped(system_error_message(error)) from error
    except Exception as error:
        if os.environ.get(DEBUG_VARIABLE):
            raise
        raise BuildStopped(PROGRAM_FAULT[:1].upper() + PROGRAM_FAULT[1:]) from error


class DutchType(options.Type):
    """A setting of one type, with a Dutch message for a value of another."""

    def __init__(self, type_: type, expected: str, **kwargs) -> None:
        super().__init__(type_, **kwargs)
        self.expected = expected

    def run_validation(self, value: object) -> object:
        # YAML's true and false are ints to Python; neither is a year.
        if not isinstance(value, self._type) or (self._type is int and isinstance(value, bool)):
            raise base.ValidationError(f"moet {self.expected} zijn, niet '{value}'")
        return value


class PublicAddress(base.BaseConfigOption[str | None]):
    """The site's public address, by the rule of generator/hosting/address.py, with its Dutch
    message. Empty is none: `!ENV [KLACHTEN_ADRES, null]` with the variable unset or empty."""

    def run_validation(self, value: object) -> str | None:
        if value is None or value == "":
            return None
        if not isinstance(value, str):
            raise base.ValidationError(f"moet een webadres zijn, zoals {EXAMPLE}, niet '{value}'")
        try:
            return public_address(value)
        except AddressRefused as error:
            raise base.ValidationError(str(error)) from None


class KlachtenConfig(base.Config):
    # The key is `data`; MkDocs drops the trailing "_", which keeps it apart from Config.data.
    data_ = DutchType(str, f"een map zijn (relatief aan mkdocs.yml), zoals {DEFAULT_DATA}", default=DEFAULT_DATA)
    jaar = options.Optional(DutchType(int, "een jaartal, zoals 2024"))
    sjablonen = options.Optional(DutchType(str, "een map met sjablonen"))
    privacycontrole = DutchType(bool, "true of false", default=True)
    pdf = DutchType(bool, "true of false", default=False)
    adres = PublicAddress()


@dataclass(frozen=True)
class Settings:
    """The plugin's settings as paths, for one build."""

    data_root: Path
    year: int | None
    templates: Path | None
    check_privacy: bool
    with_pdf: bool

    def organisations(self) -> tuple[OrganisationFolder, ...]:
        """The organisation folders of a site of several organisations; none for a site of one
        (also when `jaar` asks for one year of it)."""
        return () if self.year is not None else organisation_folders(self.data_root)

    def year_folders(self) -> list[Path]:
        """The year folders of the site, oldest first: `jaar` alone, or every one."""
        if self.year is not None:
            return [layout.year_folder(self.data_root, self.year)]
        years = layout.years_in(self.data_root)
        if not years:
            raise GeneratorError(f"{self.data_root}: geen map met een jaartal (zoals {self.data_root / '2024'}) gevonden")
        return [layout.year_folder(self.data_root, year) for year in years]


@dataclass
class MkDocsPages:
    """MkDocs reads (and converts) every page, then writes every page."""

    stage: Stage
    total: int = 0
    read: int = 0
    written: int = 0


@dataclass
class HostingBuild:
    """What one build (not a live preview) gathers for the hosting files."""

    address: str | None
    preview: PreviewText
    theme_scripts: dict[str, list[str]] = field(default_factory=dict)  # by the page's base_url
    script_hashes: set[str] = field(default_factory=set)
    ahead: CompressedAhead = field(default_factory=CompressedAhead)


class KlachtenPlugin(BasePlugin[KlachtenConfig]):
    def __init__(self) -> None:
        self.site: SiteContext | OrganisationsSite | None = None
        self.loaded_from: tuple | None = None  # what the years were loaded from: privacy check, folders and their file states
        self.kept_loads = KeptLoads()  # from one load to the next: only changed YAML files are parsed, changed texts scanned
        self.files = None  # MkDocs' Files of the current build
        self.pages: MkDocsPages | None = None
        self.build_date: str | None = None  # the SOURCE_DATE_EPOCH this plugin set, if any
        self.write_locks = ExitStack()  # the docs and site folder's, held from on_config to the end of the build
        self.made_site_dir: Path | None = None  # the site folder this build made, removed again when the build fails empty
        self.hosting: HostingBuild | None = None  # the current build's; None in a live preview
        self.theme_env = None  # the current build's Jinja environment of the theme
        self.menu_addresses: list[str] = []  # the current build's pages in the menu
        self.theme_parts: ThemeParts | None = None  # the theme's parts rendered once per place, this build
        self.docs_apart: DocsWrittenApart | None = None  # the current build's generated files, being written into docs/
        self.search_reading: ParsedApart | None = None  # the current build's pages read for Material's search apart
        self.sent_for_search: dict[str, str] = {}  # by page: the HTML sent to it
        self.search_index: SearchIndexBuild | None = None  # the current build's, being written
        self.live_preview = False  # the current build is one of `mkdocs serve`
        self.previewed = False  # the previous build was one of `mkdocs serve`, and it succeeded
        self.preview = PreviewPages()  # kept from one build of a live preview to the next
        self.kept_index = KeptSearchIndex()  # the same
        self.kept_site = KeptSiteFiles()  # the same
        self.dirty = False  # `mkdocs serve --dirty`: MkDocs writes only the pages that changed, into the site as it is
        self.environments: dict[Path | None, jinja2.Environment] = {}  # by the user's template folder

    def on_startup(self, *, command: str, dirty: bool) -> None:
        """Also so that MkDocs keeps this object, and the loaded years, between rebuilds."""
        self.dirty = dirty

    def settings(self, config) -> Settings:
        project = Path(config.config_file_path).parent
        templates = self.config.sjablonen
        return Settings(project / self.config.data_, self.config.jaar, project / templates if templates else None, self.config.privacycontrole, self.config.pdf)

    def progress(self) -> Progress:
        return Progress(log.info)

    def on_config(self, config):
        # Checked before anything is generated.
        live_preview = self.live_preview = is_live_preview(config)
        address = None if live_preview else self.public_address(config)
        if address:
            config.site_url = address
        settings = self.settings(config)
        if not settings.check_privacy:
            # Not a warning: mkdocs.yml builds strict, and a warning would stop the build it allows.
            log.info(f"Privacycontrole staat uit (plugins.{PLUGIN_NAME}.privacycontrole: false): publiceer deze site niet.")
        # A build before this one that ended without on_post_build.
        self.wait_for_docs_writing()
        self.release_write_locks()
        with stopped_in_dutch():
            docs_dir = check_docs_folder(Path(config.docs_dir), settings.data_root, option=DOCS_DIR_OPTION)
            self.take_write_locks(docs_dir, self.checked_site_dir(config, settings, docs_dir))
            # A live preview keeps the hits of each text for the next build (KeptScans) instead.
            apart = PrivacyCheckApart() if settings.check_privacy and not live_preview and PrivacyCheckApart.possible() else None
            try:
                site = self.load(settings, apart)
                environment = self.template_environment(settings.templates)
                docs = render_docs_for(
                    site, docs_dir, settings.templates, settings.with_pdf, self.progress(),
                    environment=environment, before_writing=apart.finish if apart else None,
                )
                self.start_docs_writing(docs, lambda: render_docs(site, settings.templates, settings.with_pdf, environment))
            except BaseException as error:
                if apart is not None:
                    self.site = self.loaded_from = None  # not checked: loaded again by the next build
                    if isinstance(error, Exception):
                        # Checked during the load, an unreviewed finding stops the build before any
                        # error found after it: the verdict first, so that this build says the same.
                        apart.finish()
                    else:
                        apart.cancel()  # stopped (Ctrl-C, a signal)
                raise
        # The menu of mkdocs.yml names every page the site can have; a year without a report text, or
        # a site of one year (no page of the years), has fewer.
        config.nav = menu_of_existing_pages(config.nav, docs.files)
        year = site.newest
        # Material prints both without escaping (in the header, <title> and <meta>): they go in as HTML text.
        if isinstance(site, OrganisationsSite):
            config.site_name = html_text(organisations_title(site))
            config.site_description = html_text(organisations_description(site))
            preview = organisations_preview_text(site)
        else:
            config.site_name = html_text(year.report.title)
            config.site_description = html_text(site_description(year))
            preview = preview_text(year)
        self.date_the_build(year)
        self.hosting = None if live_preview else HostingBuild(address, preview)
        return config

    def start_docs_writing(self, docs: RenderedDocs, render_again: Callable[[], dict[str, str]]) -> None:
        """A live preview reads the pages from docs/ (it watches their sources and dates); a
        build takes them from memory, while a copy of this process writes docs/ (docs_apart.py)."""
        if self.live_preview:
            say_written(docs.stage, len(docs.files), write_docs(docs, locked_by_caller=True))
        else:
            self.docs_apart = DocsWrittenApart(docs, render_again)

    def wait_for_docs_writing(self) -> None:
        """Before the write lock of docs/ is let go: the copy writing docs/ holds it too (a fork
        shares a flock). It writes nothing here when the copy failed: the build did not finish."""
        docs, self.docs_apart = self.docs_apart, None
        if docs is not None:
            docs.wait()

    def public_address(self, config) -> str | None:
        """The site's checked public address, from this plugin's `adres` or MkDocs' site_url."""
        try:
            return configured_address(config.site_url, self.config.adres, f"plugins.{PLUGIN_NAME}.adres", os.environ.get(ADDRESS_VARIABLE))
        except AddressRefused as error:
            raise BuildStopped(str(error)) from error

    def template_environment(self, templates: Path | None) -> jinja2.Environment:
        """The generator's templates, compiled once for the pages and the search index, and
        for every rebuild of `mkdocs serve` (Jinja reads a template again when its file changed)."""
        if templates not in self.environments:
            self.environments[templates] = make_environment(templates)
        return self.environments[templates]

    def checked_site_dir(self, config, settings: Settings, docs_dir: Path) -> Path:
        """MkDocs empties the site folder first: never the data folder this build reads or a
        folder in it, the docs folder, the project, or a folder the tool did not make."""
        places = ProtectedPlaces.of(Path(config.config_file_path).parent, settings.data_root, docs_dir)
        return check_site_folder(Path(config.site_dir), places, option=SITE_DIR_OPTION)

    def take_write_locks(self, docs_dir: Path, site_dir: Path) -> None:
        docs_dir.mkdir(parents=True, exist_ok=True)
        self.write_locks.enter_context(exclusive_writer(docs_dir, DOCS_WRITER))
        if not site_dir.exists():
            site_dir.mkdir(parents=True)
            self.made_site_dir = site_dir
        self.write_locks.enter_context(exclusive_writer(site_dir, SITE_WRITER))

    def release_write_locks(self, failed: bool = False) -> None:
        self.write_locks.close()
        made, self.made_site_dir = self.made_site_dir, None
        if failed and made is not None and made.is_dir() and not any(made.iterdir()):
            made.rmdir()

    def load(self, settings: Settings, apart: PrivacyCheckApart | None = None) -> SiteContext | OrganisationsSite:
        """The years, loaded again only when a file of a year folder, the locations file beside them
        or a setting changed. `apart`: see load_site()."""
        organisations = settings.organisations()
        folders = [folder for organisation in organisations for folder in organisation.year_folders] if organisations else settings.year_folders()
        source = (settings.check_privacy, sites_folders_state(folders))
        if self.site is None or source != self.loaded_from:
            if organisations:
                self.site = load_organisations(organisations, settings.check_privacy, self.progress(), self.kept_loads, apart)
            else:
                self.site = load_site(folders, settings.check_privacy, self.progress(), self.kept_loads, apart)
            self.loaded_from = source
        else:
            self.progress().emit(f"{DATA_STAGE}: niet veranderd sinds de vorige bouw")
        return self.site

    def date_the_build(self, year) -> None:
        """The report's date as the build's date (the sitemap's), so that the same data gives the
        same bytes; a date the user set for the build wins."""
        current = os.environ.get(BUILD_DATE)
        if current is None or current == self.build_date:
            self.build_date = epoch_seconds(year.report.date)
            os.environ[BUILD_DATE] = self.build_date

    def undate_the_build(self) -> None:
        if self.build_date is not None and os.environ.get(BUILD_DATE) == self.build_date:
            del os.environ[BUILD_DATE]
        self.build_date = None

    def on_pre_build(self, config) -> None:
        with stopped_in_dutch():
            # A live preview's index of the previous build, before MkDocs empties the site folder.
            self.finish_search_index()
        if self.preview_rebuild:
            self.kept_index.set_aside(Path(config.site_dir))
            if not self.dirty:
                self.kept_site.set_aside(Path(config.site_dir))
        self.pages = MkDocsPages(self.progress().start(MKDOCS_STAGE))

    def on_files(self, files, config):
        # Marked before MkDocs writes into it, so that the next build (or `python -m generator site`)
        # recognises the folder as its own, also after a build that failed half-way (MkDocs keeps
        # hidden files when it empties a folder).
        mark_site_folder(Path(config.site_dir))
        # Before MkDocs converts the first page; it takes pages as they come (send() never waits).
        self.search_reading = None if self.live_preview else search_read_apart(config)
        self.sent_for_search = {}
        if self.preview_rebuild:
            self.kept_site.put_back(Path(config.site_dir))
        if self.live_preview and not self.dirty:
            # Also in the first build, to know which source each copy is of in the next.
            self.kept_site.copy_only_changed(files)
        generated: dict[str, str] = {}
        if self.docs_apart is not None:
            generated = self.docs_apart.hand_over()
            files = with_generated_files(files, generated, config)
        leave_out_unused_search_languages(files, config)
        if self.hosting is not None:
            for file in files:
                if file.is_documentation_page():
                    continue
                if file.src_uri in generated:  # being written into docs/ by the copy
                    self.hosting.ahead.add_content(file.src_uri, generated[file.src_uri].encode("utf-8"))
                elif file.abs_src_path:
                    self.hosting.ahead.add_file(Path(file.abs_src_path))
        self.files = files
        self.pages.total = len(files.documentation_pages())
        if not self.preview_rebuild:
            self.start_search_index(config)
        return files

    @property
    def preview_rebuild(self) -> bool:
        """A rebuild of a live preview: the browser reloads without waiting for the search index
        of Zoeken en filteren, which is started after MkDocs has written the pages (on 2 cores
        it would slow them down) and finishes a moment later; the next build or the end of
        `mkdocs serve` waits for it. The first build of `mkdocs serve` waits, as `mkdocs build` does."""
        return self.live_preview and self.previewed

    def start_search_index(self, config) -> None:
        """In a rebuild of a live preview, only when the records differ from those of the index put back."""
        with stopped_in_dutch():
            records = search_index_records(self.site, self.page_address)
            site_dir = Path(config.site_dir)
            if self.preview_rebuild and self.kept_index.put_back(site_dir, records):
                self.progress().emit(f"{SEARCH_STAGE}: niet veranderd sinds de vorige bouw")
                return
            self.search_index = SearchIndexBuild(records, site_dir, self.progress())
            if self.live_preview:
                self.kept_index.records = records

    def on_nav(self, nav, config, files):
        self.menu_addresses = [page.url for page in nav.pages]
        if self.live_preview:
            report = self.site.newest.report
            self.preview.start(shared_by_every_page(nav, config, files, (report.year, report.organisation)))
            self.preview.watch_search(config.plugins.get(MATERIAL_SEARCH))
        return nav

    def on_page_markdown(self, markdown, page, config, files):
        if self.live_preview:
            self.preview.reuse(page, markdown)
        return markdown

    def on_page_context(self, context, page, config, nav):
        return self.preview.context(context, page) if self.live_preview else context

    def on_page_content(self, html, page, config, files):
        if self.live_preview:
            self.preview.converted(page, html)
        if self.search_reading is not None:
            self.search_reading.send(page.file.src_uri, html)
            self.sent_for_search[page.file.src_uri] = html
        self.pages.read += 1
        self.pages.stage.advance(self.pages.read, self.pages.total, "pagina's gelezen")
        return html

    def on_env(self, env, config, files):
        """What overrides/main.html and overrides/404.html show besides MkDocs' own values; the
        theme's templates compiled by an earlier build (MkDocs compiles them for every build).
        First docs/ is written: MkDocs copies the downloads from there next."""
        docs, self.docs_apart = self.docs_apart, None
        if docs is not None:
            with stopped_in_dutch():
                docs.finish()
        report = self.site.newest.report
        address = self.hosting.address if self.hosting else None
        several = isinstance(self.site, OrganisationsSite)
        env.globals["publicatie"] = {
            "jaar": organisations_period(self.site) if several else report.year,
            "organisatie": f"{len(self.site.organisations)} organisaties" if several else html_text(report.organisation),
            "afbeelding": f"{address}{PREVIEW_IMAGE}" if address else None,
            "afbeelding_maten": PREVIEW_SIZE,
        }
        self.theme_env = env
        self.give_search_what_was_read(config)
        self.theme_parts = ThemeParts(self.menu_addresses, (file.url for file in files))
        env.globals[THEME_PARTS_FUNCTION] = self.theme_parts.template_function()
        if self.live_preview:
            self.preview.add_template(env)
        env.bytecode_cache = bytecode_cache(env)
        return env

    def give_search_what_was_read(self, config) -> None:
        """Material's search takes each page's sections as the process read them, for a page
        whose HTML is still the one it read; it reads any other page itself."""
        reading, self.search_reading = self.search_reading, None
        if reading is None:
            return
        read, sent = reading.results(), self.sent_for_search
        self.sent_for_search = {}
        index = getattr(config.plugins.get(MATERIAL_SEARCH), "search_index", None)
        if not read or index is None:
            return
        read_itself = index.add_entry_from_context

        def add_entry_from_context(page):
            uri = page.file.src_uri
            sections = read.pop(uri, None)
            if sections is None or page.content is not sent.pop(uri, None):
                return read_itself(page)
            # As SearchIndex.add_entry_from_context does with what its Parser read.
            if (page.meta.get("search") or {}).get("exclude"):
                return None
            for section_id, title, text in sections:
                index.create_entry_for_section(ReadSection(section_id, title, text), page.toc, page.url, page)
            return None

        index.add_entry_from_context = add_entry_from_context

    def on_post_page(self, output, page, config):
        if self.live_preview:
            self.preview.keep(page, output)
        self.pages.written += 1
        self.pages.stage.advance(self.pages.written, self.pages.total, "pagina's geschreven")
        output = self.with_security_policy(output, get_relative_url(".", page.url), config)
        if self.hosting is not None:
            self.hosting.ahead.add_page(output)
        return output

    def on_post_template(self, output, template_name, config):
        if not template_name.endswith(".html"):
            return output
        # MkDocs writes the links of an error page (404.html) from the site's root.
        return self.with_security_policy(output, urlsplit(config.site_url or "/").path, config)

    def with_security_policy(self, output: str, base_url: str, config) -> str:
        """The page with its Content-Security-Policy: the theme's inline scripts run by their hashes."""
        hosting = self.hosting
        if hosting is None:
            return output
        if base_url not in hosting.theme_scripts:
            features = config.theme.get("features") or []
            rendered = "".join(self.theme_env.get_template(name).render(config=config, base_url=base_url, features=features) for name in THEME_SCRIPT_TEMPLATES)
            hosting.theme_scripts[base_url] = inline_scripts(rendered)
        hashes = trusted_script_hashes(output, hosting.theme_scripts[base_url])
        hosting.script_hashes.update(hashes)
        try:
            return with_policy(output, content_security_policy(hashes))
        except NoHead as error:
            raise BuildStopped(f"Content-Security-Policy: {error}") from error

    def on_post_build(self, config) -> None:
        pages = self.pages
        # `mkdocs serve --dirty` writes only the pages that changed.
        written = counted(pages.written, "pagina", "pagina's")
        if pages.written != pages.total:
            written = f"{written} van {format_number(pages.total)} geschreven"
        if self.live_preview and self.preview.reused:
            written = f"{written}, {format_number(self.preview.rendered)} opnieuw gemaakt"
        pages.stage.finish(written)
        # MkDocs' own writing is done (and Material's search, which comes first in mkdocs.yml).
        self.kept_site.remove_unwritten()
        site_dir = Path(config.site_dir)
        extend_dutch_search(site_dir)
        settings = self.settings(config)
        try:
            with stopped_in_dutch():
                if self.preview_rebuild:
                    self.start_search_index(config)
                else:
                    self.finish_search_index()
                if settings.with_pdf:
                    self.print_pdf(site_dir, settings)
                # Last: `_headers` names every file of the site, and the copies are of the final files.
                self.write_hosting_files(site_dir)
        finally:
            self.undate_the_build()
        self.previewed = self.live_preview
        self.release_write_locks()

    def on_build_error(self, error: Exception) -> None:
        self.wait_for_docs_writing()
        if self.hosting is not None:
            self.hosting.ahead.cancel()
        if self.search_reading is not None:
            self.search_reading.cancel()
            self.search_reading = None
        self.preview.forget()
        self.kept_index.forget()
        self.kept_site.forget()
        self.previewed = False
        try:
            # Not left writing into the site of a build that failed.
            self.cancel_search_index()
        finally:
            self.undate_the_build()
            self.release_write_locks(failed=True)

    def on_shutdown(self) -> None:
        try:
            self.finish_search_index()
        except SearchIndexStopped:
            pass  # the Ctrl-C that ends `mkdocs serve` reaches it too
        except GeneratorError as error:
            log.error(str(error))

    def finish_search_index(self) -> None:
        index, self.search_index = self.search_index, None
        if index is not None:
            index.result()

    def cancel_search_index(self) -> None:
        index, self.search_index = self.search_index, None
        if index is not None:
            index.cancel()

    def page_address(self, docs_path: str) -> str:
        """A page's address relative to the site root, by MkDocs' own rules (File.url)."""
        file = self.files.get_file_from_path(docs_path) if self.files is not None else None
        if file is None:
            raise GeneratorError(f"zoekindex: de pagina {docs_path} staat niet in de site")
        return file.url

    def print_pdf(self, site_dir: Path, settings: Settings) -> None:
        """The PDF of each year, where the site's downloads link to it: only of data that may be published.
        On a site of several organisations, each organisation's in its own folder."""
        if isinstance(self.site, OrganisationsSite):
            for organisation in self.site.organisations:
                self.print_pdfs(organisation.site, site_dir / organisation.root, settings, f"{organisation.slug} ")
            keep_earlier_pdfs(self.site, site_dir)
        else:
            self.print_pdfs(self.site, site_dir, settings, "")

    def print_pdfs(self, site: SiteContext, site_dir: Path, settings: Settings, prefix: str) -> None:
        from generator.rapport import write_pdf  # Chromium's driver, imported only for a build with the PDF

        for year in site.newest_first:
            stage = self.progress().start(PDF_STAGE)
            if not settings.check_privacy:
                refuse_unreviewed(year.dataset)
            result = write_pdf(year, site_dir / DOWNLOADS_FOLDER / pdf_name(year.report.year))
            pages = counted(result.pages, "pagina", "pagina's")
            stage.finish(f"{prefix}{year.report.year}: {pages}" if site.several_years or prefix else pages)

    def write_hosting_files(self, site_dir: Path) -> None:
        if self.hosting is None:
            return
        stage = self.progress().start(HOSTING_STAGE)
        hosting = self.hosting
        written = write_hosting_files(site_dir, hosting.address, hosting.script_hashes, hosting.preview, hosting.ahead.ready())
        stage.finish(written.summary())

    def on_serve(self, server, config, builder):
        """Watch data/ and the hand-written part of docs/, more often than MkDocs does. The generated
        pages are left out: every build rewrites them from data/, and watching them would make each
        change build twice."""
        settings = self.settings(config)
        server = polling_faster(server)
        docs = Path(config.docs_dir)
        server.unwatch(str(docs))
        for entry in sorted(docs.iterdir()):
            if entry.name not in GENERATED_PATHS and not entry.name.startswith("."):
                server.watch(str(entry))
        server.watch(str(settings.data_root))
        if settings.templates:
            server.watch(str(settings.templates))
        return server


# How often a live preview looks for changed files. MkDocs looks every 0,5 s, so a saved data file
# waited 0,25 s on average before its rebuild started. It looks rather than waiting for the
# system's file events, which do not arrive from every mounted folder; the folders watched here
# hold a few dozen files, so looking five times as often costs little.
PREVIEW_POLLING_SECONDS = 0.1
# MkDocs starts a rebuild once no change came for this long (its build_delay, 0,1 s). A file caught
# half-saved (seen between its truncation and its new text) changes again at the next look: a wait
# longer than one look lets one rebuild take both.
PREVIEW_QUIET_SECONDS = 0.15


def polling_faster(server):
    """A server like the one MkDocs made, watching the same paths, that looks for changes every
    PREVIEW_POLLING_SECONDS. MkDocs takes the interval only when it makes its server, and lets
    on_serve return another one. A server of another kind, or one whose watched paths cannot be
    read, is kept as it is: its watches cannot be carried over."""
    # Imported here: only `mkdocs serve` needs it, and `mkdocs build` would import it for nothing.
    from mkdocs.livereload import LiveReloadServer

    watched = getattr(server, "_watched_paths", None)
    if type(server) is not LiveReloadServer or not isinstance(watched, dict):
        return server
    host, port = server.server_address[:2]
    faster = LiveReloadServer(
        builder=server.builder, host=host, port=port, root=server.root, mount_path=server.mount_path,
        polling_interval=PREVIEW_POLLING_SECONDS, shutdown_delay=server.shutdown_delay,
    )
    faster.error_handler = server.error_handler
    faster.build_delay = max(server.build_delay, PREVIEW_QUIET_SECONDS)
    for path, count in watched.items():
        for _ in range(count):
            faster.watch(path)
    # MkDocs made the server's socket but bound nothing and started no thread: only the socket to close.
    server.server_close()
    return faster


@dataclass
class ReadSection:
    """What SearchIndex.create_entry_for_section takes of Material's Section; it may set the title."""

    id: str | None
    title: list[str]
    text: list[str]


# The process reading the pages for Material's search imports only Material's parser and
# parse_apart, not this module: importing this one (pandas and the whole generator) took a
# second of the other core's time in every build.
SEARCH_READER = (
    "from functools import partial; from material.plugins.search.plugin import Parser; "
    "from generator.parse_apart import sections_read, serve; serve(partial(sections_read, Parser))"
)


def search_read_apart(config) -> ParsedApart | None:
    """The process that reads the pages for Material's search, when the site has that search."""
    search = config.plugins.get(MATERIAL_SEARCH)
    if search is None or not search.config.get("enabled", True):
        return None
    return start_parsed_apart([sys.executable, "-c", SEARCH_READER])


def is_live_preview(config) -> bool:
    """`mkdocs serve` sets site_url to its own address."""
    return is_own_preview_address(config.site_url, *config.dev_addr)


def shared_by_every_page(nav, config, files, theme_values: tuple) -> tuple:
    """What every page of the site shows besides its own Markdown: the menu (its sections, and
    the Markdown of its pages, which gives their titles), every page's address, the site's name,
    description and date, mkdocs.yml, and the theme's templates."""
    theme_overrides = config.theme.custom_dir
    return (
        nav_outline(nav.items),
        tuple((page.file.src_uri, page.file.content_string) for page in nav.pages),
        tuple(sorted(file.src_uri for file in files)),
        (config.site_name, config.site_description, config.site_url, os.environ.get(BUILD_DATE), theme_values),
        file_state(Path(config.config_file_path)),
        folder_state(Path(theme_overrides)) if theme_overrides else (),
    )


def nav_outline(items) -> tuple:
    """The menu's entries with their addresses, and the titles that mkdocs.yml gives (a page's
    own title is in its Markdown)."""
    return tuple(
        (type(item).__name__, None if item.is_page else item.title, getattr(item, "url", None), nav_outline(item.children or []))
        for item in items
    )


def file_state(path: Path) -> tuple:
    stat = path.stat()
    return (str(path), stat.st_size, stat.st_mtime_ns)


def with_generated_files(files, generated: dict[str, str], config):
    """MkDocs' files with the generated ones as this build made them, whatever docs/ held when
    MkDocs looked (a copy of this process is writing it): the pages from memory, the downloads
    from docs/ (MkDocs copies them after on_env, which waits for the copy); in the order MkDocs'
    own walk of docs/ gives them (the sitemap and Material's search index list pages in this
    order), before the theme's files, which MkDocs adds after that walk."""
    docs_dir = os.path.normpath(config.docs_dir)
    from_docs, from_theme = [], []
    for file in files:
        if file.src_dir is None or os.path.normpath(file.src_dir) != docs_dir:
            from_theme.append(file)
        elif not made_by_the_generator(file.src_uri):
            from_docs.append(file)
    for path, text in generated.items():
        file = File(path, config.docs_dir, config.site_dir, config.use_directory_urls)
        from_docs.append(File.generated(config, path, content=text) if file.is_documentation_page() else file)
    from_docs.sort(key=walk_order)
    return Files(from_docs + from_theme)


def walk_order(file) -> tuple:
    """Where MkDocs' walk of docs/ (get_files) finds a file: its folders in alphabetical order, each
    folder's own files before its subfolders', and in one folder index (or README) first."""
    folder, _, name = file.src_uri.rpartition("/")
    return (tuple(folder.split("/")) if folder else (), _file_sort_key(name))


def leave_out_unused_search_languages(files, config) -> None:
    """Material's files for the search languages the site does not have (site/search_languages.py).
    Dutch always stays: extend_dutch_search adds to its file. A disabled search has no languages."""
    search = config.plugins.get(MATERIAL_SEARCH)
    if search is None or not search.config.get("enabled", True) or not search.config.lang:
        return
    docs_dir = os.path.abspath(config.docs_dir)
    theme_files = {file.src_uri: file for file in files if file.src_dir is not None and os.path.abspath(file.src_dir) != docs_dir}
    for path in never_loaded(theme_files, {*search.config.lang, DUTCH}):
        files.remove(theme_files[path])


def extend_dutch_search(site: Path) -> None:
    addition = site / WILDCARD_STEMMING
    dutch = site / LUNR_DUTCH
    if not dutch.is_file():
        raise BuildStopped(f"zoeken: {LUNR_DUTCH} ontbreekt in {site}; gebruikt de site het thema material?")
    if addition.is_file():
        # A dirty rebuild may leave the language file as it was, already extended: extend it once.
        if addition.read_text(encoding="utf-8") not in dutch.read_text(encoding="utf-8"):
            with dutch.open("a", encoding="utf-8") as stream:
                stream.write("\n" + addition.read_text(encoding="utf-8"))
        addition.unlink()


def epoch_seconds(date: dt.date) -> str:
    """Midnight UTC of the date, as SOURCE_DATE_EPOCH gives a moment."""
    return str(int(dt.datetime.combine(date, dt.time(), tzinfo=dt.timezone.utc).timestamp()))
