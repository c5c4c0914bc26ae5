"""load_year(): a year folder loaded, checked and computed into its YearContext, once; and
load_site(): every year folder of a site into its SiteContext. The ways every command and the
plugin get the data."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from generator.dataset import layout
from generator.dataset.dataset import Dataset, load_dataset
from generator.dataset.yaml_reader import KeptYamlNodes
from generator.privacy import KeptScans, PrivacyCheckApart, refuse_unreviewed
from generator.progress import DATA_STAGE, QUIET, Progress, counted
from generator.view.context import YearContext, generate_context
from generator.dataset.earlier_site import EARLIER_SITE_FILE, earlier_organisation
from generator.dataset.site_layout import OrganisationFolder
from generator.errors import DataInvalid, Problem
from generator.dataset.lookalikes import comparison_key, difference, shown_name
from generator.markup import one_line
from generator.view.organisation_filters import same_filter_values
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


def load_year(folder: Path, check_privacy: bool = True) -> YearContext:
    """Raises DataInvalid for bad data, and PrivacyNotReviewed (unless `check_privacy` is off)
    while the privacy check has findings nobody has reviewed: nothing that may point at a person
    is shown or printed until then."""
    dataset = load_dataset(folder)
    if check_privacy:
        refuse_unreviewed(dataset)
    refuse_same_filter_values([dataset])
    return generate_context(dataset)


def refuse_same_filter_values(datasets: list[Dataset]) -> None:
    """The years of a site of one organisation: two locations may not have one filter value."""
    problems = same_filter_values({"": datasets}, with_organisation=False)
    if problems:
        raise DataInvalid(problems)


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


def load_site(
    folders: list[Path], check_privacy: bool = True, progress: Progress = QUIET, kept: KeptLoads | None = None,
    apart: PrivacyCheckApart | None = None,
) -> SiteContext:
    """Every year folder (oldest first) into one site: each location of each year gets its
    address from the whole site (site_slugs), so that no address of an earlier year changes.
    `kept`: what an earlier load of the same site kept (see KeptLoads); the result is the same.
    `apart`: the privacy check is started there instead of done here; the caller writes nothing
    before its finish() passed."""
    kept = kept or KeptLoads()
    stage = progress.start(DATA_STAGE)
    datasets = _every_year_loaded(folders, kept)
    if check_privacy:
        for dataset in datasets:
            _check_privacy(dataset, kept, apart)
    refuse_same_filter_values(datasets)
    slugs = site_slugs(datasets)
    years = tuple(generate_context(dataset, slugs.by_year[dataset.report.year]) for dataset in datasets)
    site = site_context(years)
    stage.finish("; ".join(f"{year.report.year}: {year_summary(year)}" for year in years) if site.several_years else year_summary(site.newest))
    return site


def load_organisations(
    folders: tuple[OrganisationFolder, ...], check_privacy: bool = True, progress: Progress = QUIET, kept: KeptLoads | None = None,
    apart: PrivacyCheckApart | None = None,
) -> OrganisationsSite:
    """Every year folder of every organisation into one site. Each organisation's locations get
    the addresses a site of it alone gives them, made unique across organisations
    (organisation_slugs); every problem of every organisation is reported at once. `kept` and
    `apart`: as in load_site()."""
    kept = kept or KeptLoads()
    stage = progress.start(DATA_STAGE)
    loaded = {}
    problems = []
    for organisation in folders:
        try:
            datasets = _every_year_loaded(organisation.year_folders, kept)
            if check_privacy:
                for dataset in datasets:
                    _check_privacy(dataset, kept, apart)
            loaded[organisation.slug] = (datasets, site_slugs(datasets))
        except DataInvalid as error:
            problems += error.problems
    problems += organisations_apart({slug: datasets for slug, (datasets, _) in loaded.items()})
    earlier = None
    try:
        earlier = earlier_organisation(folders[0].folder.parent, folders) if folders else None
    except DataInvalid as error:
        problems += error.problems
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
    site = OrganisationsSite(tuple(organisations), earlier)
    stage.finish("; ".join(f"{organisation.slug}: {_years_summary(organisation.site)}" for organisation in site.organisations))
    return site


def _check_privacy(dataset: Dataset, kept: KeptLoads, apart: PrivacyCheckApart | None) -> None:
    if apart is None:
        refuse_unreviewed(dataset, kept.scans)
    else:
        apart.check(dataset)


def organisations_apart(datasets_by_organisation: dict[str, list[Dataset]]) -> list[Problem]:
    """What keeps a site from telling its organisations apart: the same name, or a location or
    category that the filters of Zoeken en filteren would name as another organisation's (only
    once every organisation has a name of its own: with the same name, every value is the same)."""
    return same_names(datasets_by_organisation) or same_filter_values(datasets_by_organisation)


def same_names(datasets_by_organisation: dict[str, list[Dataset]]) -> list[Problem]:
    """Two organisations may not share a name, nor have names that look the same where the site
    shows them (on one line, as in markup.one_line; capitals, Unicode form and invisible characters
    not counted): the site tells them apart by it (in its lists and in the organisation filter of
    Zoeken en filteren)."""
    first_with: dict[str, tuple[str, str]] = {}
    problems = []
    hint = "geef elke organisatie haar eigen naam, zoals ze die zelf gebruikt; staat dezelfde organisatie in twee mappen, voeg de mappen dan samen."
    for slug, datasets in datasets_by_organisation.items():
        newest = datasets[-1]
        name = newest.report.organisation
        key = comparison_key(one_line(name))
        if key not in first_with:
            first_with[key] = (slug, name)
            continue
        first_slug, first_name = first_with[key]
        if name == first_name:
            message = f"'{name}' is ook de naam van de organisatie in de map {first_slug}"
        else:
            message = (
                f"'{_shown(name)}' lijkt op '{_shown(first_name)}', de naam van de organisatie in de map {first_slug}, "
                f"en verschilt alleen in {_name_difference(name, first_name)}; op de site zie je het verschil niet"
            )
        problems.append(Problem(newest.folder / layout.REPORT_FILE, None, "organisatie", message, hint))
    return problems


def _shown(name: str) -> str:
    """The name in a message of one line: its invisible characters and line breaks named."""
    return re.sub(r"\r\n|[\n\r\x85\u2028\u2029]", "<regelovergang>", shown_name(name))


def _name_difference(one: str, other: str) -> str:
    if one_line(one) == one_line(other):
        return "spaties"
    kinds = difference(one_line(one), one_line(other))
    return f"spaties en {kinds}" if (one_line(one) != one or one_line(other) != other) else kinds


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
    """The state of every year folder of a site (see folder_state), of the locations file beside
    them, which every year reads, and of data/oude-adressen.yaml beside the organisation folders."""
    beside = sorted({layout.locations_folder(folder) for folder in folders})
    earlier = sorted({folder.parent / EARLIER_SITE_FILE for folder in beside})
    return (
        tuple((folder, folder_state(folder)) for folder in folders),
        tuple(_locations_file_state(folder) for folder in beside),
        tuple(_file_state(path) for path in earlier),
    )


def _file_state(path: Path) -> tuple:
    return (path.name, path.stat().st_size, path.stat().st_mtime_ns) if path.is_file() else ()


def _locations_file_state(folder: Path) -> tuple:
    return tuple(
        (path.name, path.stat().st_size, path.stat().st_mtime_ns)
        for path in sorted(folder.glob(f"{layout.LOCATIONS_FILE_STEM}.*"))
        if path.is_file()
    )
