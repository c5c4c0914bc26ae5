"""load_year(): a year folder loaded, checked and computed into its YearContext, once; the one
way every command and the plugin get the data."""

from __future__ import annotations

from pathlib import Path

from generator.dataset import layout
from generator.dataset.dataset import load_dataset
from generator.privacy import refuse_unreviewed
from generator.progress import DATA_STAGE, QUIET, Progress, counted
from generator.view.context import YearContext, generate_context


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


def year_data_state(folder: Path) -> tuple:
    """The state of everything a year is loaded from: its folder and the locations file beside it."""
    beside = layout.locations_folder(folder)
    locations = tuple(
        (path.name, path.stat().st_size, path.stat().st_mtime_ns)
        for path in sorted(beside.glob(f"{layout.LOCATIONS_FILE_STEM}.*"))
        if path.is_file()
    )
    return folder_state(folder), locations


def year_summary(year: YearContext) -> str:
    return (
        f"{counted(len(year.complaints), 'klacht', 'klachten')} over {counted(len(year.locations), 'locatie', 'locaties')}, "
        f"{counted(len(year.disputes), 'geschil', 'geschillen')}"
    )
