"""Generate the site's Markdown from a SiteContext (every year of the site; a YearContext is a
site of that year alone): every page rendered in memory first, written into docs/ second. Also
the records of the search index of Zoeken en filteren (written into a built site by
search_index_process.py)."""

from __future__ import annotations

from collections.abc import Callable
from contextlib import nullcontext
from dataclasses import dataclass
from pathlib import Path

import jinja2

from generator.write_lock import DOCS_WRITER, exclusive_writer
from generator.dutch import format_number
from generator.errors import GeneratorError
from generator.output_guard import check_docs_folder, mark_docs_folder
from generator.progress import PAGES_STAGE, QUIET, Progress, Stage, counted
from generator.site.environment import make_environment, templates_checked_once
from generator.site.output import WriteResult, write_output
from generator.site.pages import Page, template_values
from generator.site.place_downloads import place_download_files
from generator.site.place_pages import place_pages
from generator.site.search_records import SearchRecord, site_search_records
from generator.site.year_downloads import site_download_files
from generator.site.earlier_addresses import earlier_address_files
from generator.site.organisation_downloads import organisations_download_files
from generator.site.organisation_pages import generate_organisations_pages
from generator.site.year_pages import generate_site_pages
from generator.view.context import YearContext
from generator.view.organisations import OrganisationsSite
from generator.view.site_context import SiteContext, site_context


class TemplateProblem(GeneratorError):
    """A page template failed; nothing has been written."""


def as_site(data: SiteContext | YearContext | OrganisationsSite) -> SiteContext | OrganisationsSite:
    return data if isinstance(data, (SiteContext, OrganisationsSite)) else site_context((data,))


def render_docs(
    data: SiteContext | YearContext | OrganisationsSite,
    templates: Path | None = None,
    with_pdf: bool = False,
    environment: jinja2.Environment | None = None,
) -> dict[str, str]:
    """Every generated file of docs/ (pages and downloads) by its path there. `with_pdf`: the
    site carries the PDF of each year, so the pages link to it. `environment`: one made by
    make_environment() for `templates` before (its compiled templates are kept; a changed
    template file is read again)."""
    site = as_site(data)
    environment = environment or make_environment(templates)
    if isinstance(site, OrganisationsSite):
        pages, downloads = generate_organisations_pages(site, with_pdf), organisations_download_files(site)
    else:
        pages, downloads = generate_site_pages(site, with_pdf) + place_pages(site), site_download_files(site) | place_download_files(site)
    with templates_checked_once(environment):
        files = {page.path: render_page(page, site.newest, environment) for page in pages} | downloads
    if isinstance(site, OrganisationsSite):
        files |= earlier_address_files(site, files)
    return files


def render_page(page: Page, year: YearContext, environment: jinja2.Environment) -> str:
    try:
        return environment.get_template(page.template).render(template_values(page, year))
    except jinja2.TemplateError as error:
        raise TemplateProblem(f"sjabloon {page.template} voor {page.path}: {error}") from error


@dataclass(frozen=True)
class RenderedDocs:
    """Every generated file of docs/ by its path there, rendered and checked, not yet written;
    `stage` says how far, until the files are written."""

    folder: Path
    files: dict[str, str]
    stage: Stage


def generate_docs(
    data: SiteContext | YearContext | OrganisationsSite,
    docs_dir: Path,
    templates: Path | None = None,
    with_pdf: bool = False,
    progress: Progress = QUIET,
    locked_by_caller: bool = False,
    environment: jinja2.Environment | None = None,
    before_writing: Callable[[], None] | None = None,
) -> tuple[dict[str, str], WriteResult]:
    """Render every page, then write the ones that changed into docs_dir; the files and what was
    written. `locked_by_caller`: see write_docs(). `before_writing`: see render_docs_for()."""
    docs = render_docs_for(data, docs_dir, templates, with_pdf, progress, environment, before_writing)
    written = write_docs(docs, locked_by_caller)
    say_written(docs.stage, len(docs.files), written)
    return docs.files, written


def render_docs_for(
    data: SiteContext | YearContext | OrganisationsSite,
    docs_dir: Path,
    templates: Path | None = None,
    with_pdf: bool = False,
    progress: Progress = QUIET,
    environment: jinja2.Environment | None = None,
    before_writing: Callable[[], None] | None = None,
) -> RenderedDocs:
    """Every page rendered for docs_dir, once docs_dir is known to be one the generator may
    write into. `before_writing`: a check that must pass before anything is written (it raises
    when it does not), done once the pages are rendered."""
    # Refused before anything is rendered: writing these pages removes generated pages in docs_dir.
    site = as_site(data)
    docs_dir = check_docs_folder(docs_dir, _data_root(site))
    stage = progress.start(PAGES_STAGE)
    files = render_docs(site, templates, with_pdf, environment)
    if before_writing is not None:
        before_writing()
    return RenderedDocs(docs_dir, files, stage)


def write_docs(docs: RenderedDocs, locked_by_caller: bool = False) -> WriteResult:
    """The files that changed written into docs/, the generated ones it holds and this build
    does not make removed. `locked_by_caller`: the caller holds the write lock of docs/ (the
    plugin, for its whole build)."""
    docs.folder.mkdir(parents=True, exist_ok=True)
    with nullcontext() if locked_by_caller else exclusive_writer(docs.folder, DOCS_WRITER):
        mark_docs_folder(docs.folder)
        return write_output(docs.files, docs.folder)


def say_written(stage: Stage, file_count: int, written: WriteResult, ended: float | None = None) -> None:
    """`ended`: when the writing ended, by the stage's clock, when it was not just now."""
    stage.finish(
        f"{counted(file_count, 'bestand', 'bestanden')}, {format_number(len(written.written))} bijgewerkt, "
        f"{format_number(len(written.removed))} verwijderd",
        ended,
    )


def _data_root(site: SiteContext | OrganisationsSite) -> Path:
    year_folder = site.newest.dataset.folder
    return year_folder.parent.parent if isinstance(site, OrganisationsSite) else year_folder.parent


def search_index_records(data: SiteContext | YearContext | OrganisationsSite, page_url: Callable[[str], str]) -> list[SearchRecord]:
    """The records of the 'Zoeken en filteren' index: one per complaint of every year, linked by
    the engine's page addresses (`page_url`: see site_search_records())."""
    site = as_site(data)
    if isinstance(site, OrganisationsSite):
        return site_search_records(site.every_year, page_url, site.several_years, site.organisation_of)
    return site_search_records(site.years, page_url, site.several_years)
