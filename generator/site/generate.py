"""Generate the site's Markdown from a YearContext: every page rendered in memory first, written
into docs/ second. Also the search index of Zoeken en filteren, written into a built site."""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import replace
from pathlib import Path

import jinja2

from generator.write_lock import exclusive_writer
from generator.dutch import format_number
from generator.errors import GeneratorError
from generator.output_guard import check_docs_folder, mark_docs_folder
from generator.progress import PAGES_STAGE, QUIET, SEARCH_STAGE, Progress, counted
from generator.site.downloads import category_csv_files, download_files
from generator.site.environment import make_environment
from generator.site.output import WriteResult, write_output
from generator.site.pagefind_index import write_pagefind_index
from generator.site.pages import Page, generate_pages, template_values
from generator.site.search_records import search_records
from generator.site.selection_data import selection_data_files
from generator.view.context import YearContext


class TemplateProblem(GeneratorError):
    """A page template failed; nothing has been written."""


def render_docs(
    year: YearContext, templates: Path | None = None, with_pdf: bool = False, environment: jinja2.Environment | None = None
) -> dict[str, str]:
    """Every generated file of docs/ (pages and downloads) by its path there. `with_pdf`: the
    site carries the PDF, so the pages link to it. `environment`: one made by make_environment()
    for `templates` before (its compiled templates are kept; a changed template file is read again)."""
    environment = environment or make_environment(templates)
    files = {page.path: render_page(page, year, environment) for page in generate_pages(year, with_pdf)}
    return files | download_files(year) | category_csv_files(year) | selection_data_files(year)


def render_page(page: Page, year: YearContext, environment: jinja2.Environment) -> str:
    try:
        return environment.get_template(page.template).render(template_values(page, year))
    except jinja2.TemplateError as error:
        raise TemplateProblem(f"sjabloon {page.template} voor {page.path}: {error}") from error


def generate_docs(
    year: YearContext,
    docs_dir: Path,
    templates: Path | None = None,
    with_pdf: bool = False,
    progress: Progress = QUIET,
    environment: jinja2.Environment | None = None,
) -> tuple[dict[str, str], WriteResult]:
    """Render every page, then write the ones that changed into docs_dir; the files and what was written."""
    # Refused before anything is rendered: this writes and removes generated pages in docs_dir.
    docs_dir = check_docs_folder(docs_dir, year.dataset.folder.parent)
    stage = progress.start(PAGES_STAGE)
    files = render_docs(year, templates, with_pdf, environment)
    docs_dir.mkdir(parents=True, exist_ok=True)
    with exclusive_writer(docs_dir, "de pagina's in deze docs-map"):
        mark_docs_folder(docs_dir)
        written = write_output(files, docs_dir)
    stage.finish(
        f"{counted(len(files), 'bestand', 'bestanden')}, {format_number(len(written.written))} bijgewerkt, "
        f"{format_number(len(written.removed))} verwijderd"
    )
    return files, written


class SearchIndexBuild:
    """The search index being written in a thread of its own, while the engine renders the pages:
    it needs only the records and the site folder, and Pagefind, which does most of the work,
    runs as a process of its own, on another core where there is one. result() waits for it and
    then says how long it took, so that the build's lines keep their order."""

    def __init__(self, records: list, site_dir: Path, environment: jinja2.Environment, progress: Progress) -> None:
        self._count = len(records)
        self._stage = progress.start(SEARCH_STAGE)
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="zoekindex")
        self._future: Future[tuple[Path, float]] = self._executor.submit(self._write, records, site_dir, environment)

    def _write(self, records: list, site_dir: Path, environment: jinja2.Environment) -> tuple[Path, float]:
        return write_pagefind_index(records, site_dir, environment), self._stage.clock()

    def result(self) -> Path:
        """The index folder, once written; raises what writing it raised."""
        try:
            output, ended = self._future.result()
        finally:
            self._executor.shutdown()
        replace(self._stage, clock=lambda: ended).finish(counted(self._count, "klacht", "klachten"))
        return output


def start_search_index(
    year: YearContext,
    site_dir: Path,
    page_url: Callable[[str], str],
    templates: Path | None = None,
    progress: Progress = QUIET,
    environment: jinja2.Environment | None = None,
) -> SearchIndexBuild:
    """Start writing the 'Zoeken en filteren' index into `site_dir` (the records are made here,
    from the engine's page addresses, before this returns). `page_url`: see search_records();
    `environment`: as in render_docs()."""
    return SearchIndexBuild(search_records(year, page_url), site_dir, environment or make_environment(templates), progress)
