"""Generate the site's Markdown: gather everything first (data, context, every page rendered),
write second."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import jinja2

from generator.dataset import layout
from generator.dataset.dataset import Dataset, load_dataset
from generator.build_lock import exclusive_build
from generator.dutch import format_number
from generator.errors import GeneratorError
from generator.output_guard import check_docs_folder, mark_docs_folder
from generator.privacy import refuse_unreviewed
from generator.progress import DATA_STAGE, PAGES_STAGE, QUIET, SEARCH_STAGE, Progress, counted
from generator.site.context import SiteContext, generate_context
from generator.site.downloads import category_csv_files, download_files
from generator.site.pagefind_index import write_pagefind_index
from generator.site.search_records import search_records
from generator.site.selection_data import selection_data_files
from generator.site.environment import make_environment
from generator.site.output import WriteResult, write_output
from generator.site.pages import Page, generate_pages, template_values


class TemplateProblem(GeneratorError):
    """A page template failed; nothing has been written."""


@dataclass(frozen=True)
class GeneratedSite:
    dataset: Dataset
    site: SiteContext
    files: dict[str, str]


def year_folder(data_root: Path, year: int | None) -> Path:
    """The folder of the given year, or of the newest year in data_root."""
    if year is not None:
        return layout.year_folder(data_root, year)
    newest = layout.newest_year_folder(data_root)
    if newest is None:
        raise GeneratorError(f"{data_root}: geen map met een jaartal (zoals {data_root}/2024) gevonden")
    return newest


def generate_output(data_folder: Path, templates: Path | None = None, check_privacy: bool = True, report_pdf: bool = False) -> GeneratedSite:
    """`report_pdf`: the site will carry the PDF report (`python -m generator site` makes it), so
    the pages link to it."""
    dataset, site = load_site(data_folder, check_privacy)
    return GeneratedSite(dataset, site, render_files(dataset, site, templates, report_pdf))


def load_site(data_folder: Path, check_privacy: bool = True) -> tuple[Dataset, SiteContext]:
    dataset = load_dataset(data_folder)
    if check_privacy:
        # Nothing that may point at a person is rendered unless every finding has been reviewed.
        refuse_unreviewed(dataset)
    return dataset, generate_context(dataset)


def render_files(dataset: Dataset, site: SiteContext, templates: Path | None = None, report_pdf: bool = False) -> dict[str, str]:
    environment = make_environment(templates)
    files = {page.path: render_page(page, site, environment) for page in generate_pages(site, report_pdf)}
    return files | download_files(dataset, site) | category_csv_files(dataset, site) | selection_data_files(dataset, site)


def render_page(page: Page, site: SiteContext, environment: jinja2.Environment) -> str:
    try:
        return environment.get_template(page.template).render(template_values(page, site, {}))
    except jinja2.TemplateError as error:
        raise TemplateProblem(f"sjabloon {page.template} voor {page.path}: {error}") from error


def build_docs(
    data_folder: Path,
    docs_dir: Path,
    templates: Path | None = None,
    check_privacy: bool = True,
    report_pdf: bool = False,
    progress: Progress = QUIET,
) -> tuple[GeneratedSite, WriteResult]:
    # Refused before anything is generated: build writes and removes generated pages in docs_dir.
    docs_dir = check_docs_folder(docs_dir, data_folder.parent)
    stage = progress.start(DATA_STAGE)
    dataset, site = load_site(data_folder, check_privacy)
    stage.finish(_data_summary(site))
    stage = progress.start(PAGES_STAGE)
    generated = GeneratedSite(dataset, site, render_files(dataset, site, templates, report_pdf))
    docs_dir.mkdir(parents=True, exist_ok=True)
    with exclusive_build(docs_dir, "de pagina's in deze docs-map"):
        mark_docs_folder(docs_dir)
        written = write_output(generated.files, docs_dir)
    stage.finish(
        f"{counted(len(generated.files), 'bestand', 'bestanden')}, {format_number(len(written.written))} bijgewerkt, "
        f"{format_number(len(written.removed))} verwijderd"
    )
    return generated, written


def build_search_index(data_folder: Path, site_dir: Path, templates: Path | None = None, progress: Progress = QUIET) -> Path:
    """The 'Zoeken en filteren' index, written into a built site: one record per complaint."""
    stage = progress.start(SEARCH_STAGE)
    site = generate_context(load_dataset(data_folder))
    records = search_records(site)
    output = write_pagefind_index(records, site_dir, make_environment(templates))
    stage.finish(counted(len(records), "klacht", "klachten"))
    return output


def _data_summary(site: SiteContext) -> str:
    return (
        f"{counted(len(site.complaints), 'klacht', 'klachten')} over {counted(len(site.locations), 'locatie', 'locaties')}, "
        f"{counted(len(site.disputes), 'geschil', 'geschillen')}"
    )
