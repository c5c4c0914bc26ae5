"""Generate the site's Markdown from a YearContext: every page rendered in memory first, written
into docs/ second. Also the search index of Zoeken en filteren, written into a built site."""

from __future__ import annotations

from collections.abc import Callable
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
from generator.site.place_downloads import place_download_files
from generator.site.place_pages import place_pages
from generator.site.search_records import search_records
from generator.site.selection_data import selection_data_files
from generator.view.context import YearContext


class TemplateProblem(GeneratorError):
    """A page template failed; nothing has been written."""


def render_docs(year: YearContext, templates: Path | None = None, with_pdf: bool = False) -> dict[str, str]:
    """Every generated file of docs/ (pages and downloads) by its path there. `with_pdf`: the
    site carries the PDF, so the pages link to it."""
    environment = make_environment(templates)
    files = {page.path: render_page(page, year, environment) for page in generate_pages(year, with_pdf) + place_pages(year)}
    return files | download_files(year) | category_csv_files(year) | selection_data_files(year) | place_download_files(year)


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
) -> tuple[dict[str, str], WriteResult]:
    """Render every page, then write the ones that changed into docs_dir; the files and what was written."""
    # Refused before anything is rendered: this writes and removes generated pages in docs_dir.
    docs_dir = check_docs_folder(docs_dir, year.dataset.folder.parent)
    stage = progress.start(PAGES_STAGE)
    files = render_docs(year, templates, with_pdf)
    docs_dir.mkdir(parents=True, exist_ok=True)
    with exclusive_writer(docs_dir, "de pagina's in deze docs-map"):
        mark_docs_folder(docs_dir)
        written = write_output(files, docs_dir)
    stage.finish(
        f"{counted(len(files), 'bestand', 'bestanden')}, {format_number(len(written.written))} bijgewerkt, "
        f"{format_number(len(written.removed))} verwijderd"
    )
    return files, written


def write_search_index(
    year: YearContext, site_dir: Path, page_url: Callable[[str], str], templates: Path | None = None, progress: Progress = QUIET
) -> Path:
    """The 'Zoeken en filteren' index, written into a built site: one record per complaint.
    `page_url`: see search_records()."""
    stage = progress.start(SEARCH_STAGE)
    records = search_records(year, page_url)
    output = write_pagefind_index(records, site_dir, make_environment(templates))
    stage.finish(counted(len(records), "klacht", "klachten"))
    return output
