"""load_year(): a year folder loaded, checked and computed into its YearContext, once; and
load_site(): every year folder of a site into its SiteContext. The ways every command and the
plugin get the data."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from generator.dataset import layout
from generator.dataset.dataset import Dataset, load_dataset
from generator.dataset.yaml_reader import KeptYamlNodes
from generator.privacy import KeptScans, refuse_unreviewed
from generator.progress import DATA_STAGE, QUIET, Progress, counted
from generator.view.context import YearContext, generate_context
from generator.dataset.site_layout import OrganisationFolder
from generator.dataset import layout
from generator.errors import DataInvalid, Problem
from generator.view.organisations import Organisation, OrganisationsSite, organisation_slugs
from generator.view.site_context import SiteContext, site_context
from generator.view.site_locations import site_slugs


@dataclass
class KeptLoads:
    """What one load keeps for the next of the same site (a live preview's rebuild), so that only
    what changed is parsed and scanned again: the nodes of the YAML files by their text, and the
    privacy check's hits by text. The next load checks everything it checked before."""

    yaml: KeptYamlNodes = field(default_factory=KeptYamlNodes)
    scans: KeptScans = field(default_factory=KeptScans)


def load_year(folder: Path, check_privacy: bool = True, progress: Progress = QUIET) -> YearContext:
    """Raises DataInvalid for bad data, and PrivacyNotReviewed (unless `check_privacy` is off)
    while the privacy check has findings nobody has reviewed: nothing that may point at a person
    is shown or printed until then."""
    stage = progress.start(DATA_STAGE)
    dataset = load_dataset(folder)
    if check_privacy:
        refuse_unreviewed(dataset)
    year = generate_context(dataset)
    stage.finish(year_summary(year))
    return year


def folder_state(folder: Path) -> tuple[tuple[str, int, int], ...]:
    """Every file under the folder with its size and time of change: equal states mean the
    folder holds the same data (a file that is rewritten gets a new time)."""
    files = sorted(path for path in folder.rglob("*") if path.is_file()) if folder.is_dir() else []
    return tuple((path.relative_to(folder).as_posix(), path.stat().st_size, path.stat().st_mtime_ns) for path in files)


def year_summary(year: YearContext) -> str:
    return (
        f"{counted(len(year.complaints), 'klacht', 'klachten')} over {counted(len(year.locations), 'locatie', 'locaties')}, "
        f"{counted(len(year.disputes), 'geschil', 'geschillen')}"
    )


def load_site(folders: list[Path], check_privacy: bool = True, progress: Progress = QUIET, kept: KeptLoads | None = None) -> SiteContext:
    """Every year folder (oldest first) into one site: each location of each year gets its
    address from the whole site (site_slugs), so that no address of an earlier year changes.
    `kept`: what an earlier load of the same site kept (see KeptLoads); the result is the same."""
    kept = kept or KeptLoads()
    stage = progress.start(DATA_STAGE)
    datasets = _every_year_loaded(folders, kept)
    if check_privacy:
        for dataset in datasets:
            refuse_unreviewed(dataset, kept.scans)
    slugs = site_slugs(datasets)
    years = tuple(generate_context(dataset, slugs.by_year[dataset.report.year]) for dataset in datasets)
    site = site_context(years)
    stage.finish("; ".join(f"{year.report.year}: {year_summary(year)}" for year in years) if site.several_years else year_summary(site.newest))
    return site


def load_organisations(
    folders: tuple[OrganisationFolder, ...], check_privacy: bool = True, progress: Progress = QUIET, kept: KeptLoads | None = None,
) -> OrganisationsSite:
    """Every year folder of every organisation into one site. Each organisation's locations get
    the addresses a site of it alone gives them, made unique across organisations
    (organisation_slugs); every problem of every organisation is reported at once. `kept`: as
    in load_site()."""
    kept = kept or KeptLoads()
    stage = progress.start(DATA_STAGE)
    loaded = {}
    problems = []
    for organisation in folders:
        try:
            datasets = _every_year_loaded(organisation.year_folders, kept)
            if check_privacy:
                for dataset in datasets:
                    refuse_unreviewed(dataset, kept.scans)
            loaded[organisation.slug] = (datasets, site_slugs(datasets))
        except DataInvalid as error:
            problems += error.problems
    problems += same_names({slug: datasets for slug, (datasets, _) in loaded.items()})
    if problems:
        raise DataInvalid(problems)
    alone = {slug: {location for year in slugs.by_year.values() for location in year.values()} for slug, (_, slugs) in loaded.items()}
    final = organisation_slugs(alone)
    organisations = []
    for slug, (datasets, slugs) in loaded.items():
        years = tuple(
            generate_context(dataset, {key: final[slug][location] for key, location in slugs.by_year[dataset.report.year].items()})
            for dataset in datasets
        )
        moved = {old: new for old, new in final[slug].items() if old != new}
        organisations.append(Organisation(slug, site_context(years), moved))
    site = OrganisationsSite(tuple(organisations))
    stage.finish("; ".join(f"{organisation.slug}: {_years_summary(organisation.site)}" for organisation in site.organisations))
    return site


def same_names(datasets_by_organisation: dict[str, list[Dataset]]) -> list[Problem]:
    """Two organisations may not share a name: the site tells them apart by it (in its lists and
    in the organisation filter of Zoeken en filteren)."""
    first_with: dict[str, str] = {}
    problems = []
    for slug, datasets in datasets_by_organisation.items():
        newest = datasets[-1]
        name = newest.report.organisation
        if name in first_with:
            problems.append(Problem(
                newest.folder / layout.REPORT_FILE, None, "organisatie",
                f"'{name}' is ook de naam van de organisatie in de map {first_with[name]}",
                "geef elke organisatie haar eigen naam, zoals ze die zelf gebruikt; staat dezelfde organisatie in twee mappen, voeg de mappen dan samen.",
            ))
        else:
            first_with[name] = slug
    return problems


def _years_summary(site: SiteContext) -> str:
    return ", ".join(f"{year.report.year}: {year_summary(year)}" for year in site.years)


def _every_year_loaded(folders: list[Path], kept: KeptLoads) -> list[Dataset]:
    """Every year folder loaded; the errors of all of them at once (a year just made with
    nieuw-jaar and not yet filled in is reported beside the others, not instead of them)."""
    datasets, problems = [], []
    for folder in folders:
        try:
            datasets.append(load_dataset(folder, kept.yaml))
        except DataInvalid as invalid:
            problems += invalid.problems
    if problems:
        raise DataInvalid(problems)
    return datasets


def sites_folders_state(folders: list[Path]) -> tuple:
    """The state of every year folder of a site (see folder_state), and of the locations file
    beside them, which every year reads."""
    beside = sorted({layout.locations_folder(folder) for folder in folders})
    return tuple((folder, folder_state(folder)) for folder in folders), tuple(_locations_file_state(folder) for folder in beside)


def _locations_file_state(folder: Path) -> tuple:
    return tuple(
        (path.name, path.stat().st_size, path.stat().st_mtime_ns)
        for path in sorted(folder.glob(f"{layout.LOCATIONS_FILE_STEM}.*"))
        if path.is_file()
    )
