"""synth --volgend-jaar (generator/synth/following.py): the year after a given one, for tests and
benchmarks of a site of several years. Mostly the same locations, some closed and some new, one
renamed with its hernoemd.csv, one category the given year did not have; it checks clean, its
printed figures agree with its records, and the same seed gives the same bytes."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator import schema
from generator.cli import main
from generator.dataset import layout
from generator.dataset.dataset import Dataset, load_dataset
from generator.privacy import review_privacy
from generator.synth import write_year_folder
from generator.synth.following import NEW_CATEGORIES, RENAMED_SUFFIX, following_year
from generator.view.reconcile import reconcile
from generator.view.site_locations import location_keys, site_slugs
from site_builder import ROOT

WITH_LABELS = ROOT / "tests" / "fixtures" / "site" / "data" / "2024"
WITHOUT_LABELS_AND_GEGROND = ROOT / "tests" / "fixtures" / "zes-soorten" / "data" / "2025"
SEED = 7


def written_following_year(given: Path, folder: Path, seed: int = SEED) -> tuple[Dataset, Dataset]:
    before = load_dataset(given)
    write_year_folder(following_year(before, seed), folder)
    return before, load_dataset(folder)


@pytest.fixture(scope="module", params=[WITH_LABELS, WITHOUT_LABELS_AND_GEGROND], ids=["met-labels", "zonder-labels-en-gegrond"])
def years(request, tmp_path_factory) -> tuple[Dataset, Dataset]:
    given: Path = request.param
    return written_following_year(given, tmp_path_factory.mktemp("volgend") / str(int(given.name) + 1))


def test_it_is_the_next_year_with_the_given_words_and_one_category_more(years) -> None:
    before, after = years
    new_category = next(name for name in NEW_CATEGORIES if name not in before.report.vocabulary.category_names)

    assert after.report.year == before.report.year + 1
    assert after.report.vocabulary.category_names == (*before.report.vocabulary.category_names, new_category)
    assert after.report.vocabulary.labels == before.report.vocabulary.labels
    assert after.report.vocabulary.judgement_names == before.report.vocabulary.judgement_names
    assert list(after.complaints.columns) == schema.column_names(before.report.vocabulary.complaint_columns)


def test_it_checks_clean_and_its_printed_figures_agree(years) -> None:
    _, after = years

    # load_dataset() raised on any error.
    assert review_privacy(after).unreviewed == ()
    assert [item for item in reconcile(after.report, after.complaints, after.disputes) if not item.agrees] == []


def test_one_location_is_renamed_with_its_row_in_hernoemd_csv(years) -> None:
    before, after = years
    (rename,) = after.renames
    old_keys, new_keys = set(location_keys(before)), set(location_keys(after))

    assert rename.old in old_keys and rename.old not in new_keys
    assert rename.new in new_keys and rename.new not in old_keys
    assert rename.new == (f"{rename.old[0]} {RENAMED_SUFFIX}", rename.old[1])
    slugs = site_slugs([before, after])
    assert slugs.by_year[after.report.year][rename.new] == slugs.by_year[before.report.year][rename.old]


def test_most_locations_stay_and_new_ones_come(years) -> None:
    before, after = years
    (rename,) = after.renames
    old_keys, new_keys = set(location_keys(before)), set(location_keys(after)) - {rename.new}

    assert len(old_keys & new_keys) >= len(old_keys) // 2
    assert new_keys - old_keys  # new locations


def test_the_same_seed_gives_the_same_bytes_and_another_seed_another_year() -> None:
    given = load_dataset(WITH_LABELS)

    assert following_year(given, SEED).files == following_year(given, SEED).files
    assert following_year(given, SEED).files != following_year(given, SEED + 1).files


def test_the_command_writes_the_following_year(tmp_path: Path, capsys) -> None:
    target = tmp_path / "2026"

    assert main(["synth", "--volgend-jaar", "--bron", str(WITHOUT_LABELS_AND_GEGROND), "--seed", str(SEED), "--uit", str(target)]) == 0

    after = load_dataset(target)
    assert capsys.readouterr().out == (
        f"{len(after.complaints)} klachten over {len(location_keys(after))} locaties en {len(after.disputes)} geschillen geschreven naar {target}\n"
    )
    assert (target / layout.RENAMES_FILE).is_file()


def test_the_command_takes_either_a_scale_or_the_following_year(tmp_path: Path, capsys) -> None:
    assert main(["synth", "--volgend-jaar", "--schaal", "2", "--uit", str(tmp_path / "2025")]) == 2
    assert capsys.readouterr().err == (
        "fout: python -m generator synth: --schaal: mag niet samen met --volgend-jaar. Zie 'python -m generator synth --help'.\n"
    )
    assert list(tmp_path.iterdir()) == []


@pytest.mark.slow  # the real 2024 and its following year, 600 complaints each
def test_of_the_real_year_about_a_tenth_closes_and_a_tenth_is_new(tmp_path: Path) -> None:
    before, after = written_following_year(ROOT / "data" / "2024", tmp_path / "2025")
    (rename,) = after.renames
    old_keys, new_keys = set(location_keys(before)), set(location_keys(after))
    closed = old_keys - new_keys - {rename.old}
    new = new_keys - old_keys - {rename.new}

    assert 0.05 * len(old_keys) <= len(closed) <= 0.15 * len(old_keys)
    assert 0.05 * len(old_keys) <= len(new) <= 0.15 * len(old_keys)
