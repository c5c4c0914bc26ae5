"""Fixtures shared by several test modules: one real `mkdocs build --strict` of the 2024 data (with a
public address), one of the small fixture folder (without) and two runs of `python -m generator
site` per test session."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from site_builder import PUBLIC_ADDRESS, ROOT, SiteCommandRun, build_site, mkdocs_config, run_site_command

FIXTURE_DATA = ROOT / "tests" / "fixtures" / "site" / "data"
# A hostile value in every field of every table and of verslag.yaml (tests/test_hostile_outputs.py).
HOSTILE_DATA = ROOT / "tests" / "fixtures" / "hostile" / "data"
# A year with six categories of its own, no labels and no gegrond (tests/test_other_vocabulary_pages.py).
OTHER_VOCABULARY_DATA = ROOT / "tests" / "fixtures" / "zes-soorten" / "data"


@pytest.fixture(scope="session")
def real_site(tmp_path_factory) -> Path:
    """The 2024 site with its public address; the fixture and hostile sites have none."""
    return build_site(ROOT / "data", tmp_path_factory.mktemp("real"), address=PUBLIC_ADDRESS)


@pytest.fixture(scope="session")
def fixture_site(tmp_path_factory) -> Path:
    return build_site(FIXTURE_DATA, tmp_path_factory.mktemp("fixture"))


@pytest.fixture(scope="session")
def site_command_twice(tmp_path_factory) -> tuple[SiteCommandRun, SiteCommandRun]:
    """`python -m generator site` run twice on a copy of the 2024 data, each time with the PDF."""
    from test_rapport import require_chromium

    require_chromium()
    work = tmp_path_factory.mktemp("tweemaal")
    data_root = work / "data"
    shutil.copytree(ROOT / "data" / "2024", data_root / "2024")
    config = mkdocs_config(data_root, work / "project")
    return run_site_command(config, data_root, work / "eerste"), run_site_command(config, data_root, work / "tweede")


@pytest.fixture(scope="session")
def hostile_site(tmp_path_factory) -> Path:
    # Its values are made to attack the markup, not to look like people: the privacy check
    # (which would rightly stop at "names" such as 'Latijnse') is off, the documented way.
    return build_site(HOSTILE_DATA, tmp_path_factory.mktemp("hostile"), privacy_check=False)


@pytest.fixture(scope="session")
def other_vocabulary_site(tmp_path_factory) -> Path:
    return build_site(OTHER_VOCABULARY_DATA, tmp_path_factory.mktemp("zes-soorten"))


def write_following_years(data_root: Path) -> Path:
    """data_root with the real 2024 and two synthetic years after it (2025 from 2024, 2026 from 2025)."""
    from generator.dataset.dataset import load_dataset
    from generator.synth import write_year_folder
    from generator.synth.following import following_year

    shutil.copytree(ROOT / "data" / "2024", data_root / "2024")
    shutil.copytree(ROOT / "data" / "bron", data_root / "bron")
    for seed, (given, made) in enumerate((("2024", "2025"), ("2025", "2026")), 1):
        write_year_folder(following_year(load_dataset(data_root / given), seed), data_root / made)
    return data_root


@pytest.fixture(scope="session")
def years_data(tmp_path_factory) -> Path:
    return write_following_years(tmp_path_factory.mktemp("jaren") / "data")


@pytest.fixture(scope="session")
def years_site(years_data, tmp_path_factory) -> Path:
    """One site of the real 2024 and two synthetic following years."""
    return build_site(years_data, tmp_path_factory.mktemp("jaren-site"))


def write_organisations_data(data_root: Path) -> Path:
    """data_root in the layout of several organisations: the real 2024 (partou) and two synthetic
    organisations of other sizes and vocabularies: kindgroei (twice 2024, its words) and zonnetje
    (three times the year of tests/fixtures/zes-soorten: six categories of its own, no labels,
    no gegrond)."""
    from generator.dataset.dataset import load_dataset
    from generator.synth.organisations import SyntheticOrganisation, write_organisations

    shutil.copytree(ROOT / "data" / "2024", data_root / "partou" / "2024")
    real = load_dataset(data_root / "partou" / "2024")
    other = load_dataset(OTHER_VOCABULARY_DATA / "2025")
    write_organisations(
        [SyntheticOrganisation("kindgroei", "Kindgroei (synthetisch)", real, 2), SyntheticOrganisation("zonnetje", "Het Zonnetje (synthetisch)", other, 3)],
        data_root,
        seed=7,
    )
    return data_root


@pytest.fixture(scope="session")
def organisations_data(tmp_path_factory) -> Path:
    return write_organisations_data(tmp_path_factory.mktemp("organisaties") / "data")


@pytest.fixture(scope="session")
def organisations_site(organisations_data, tmp_path_factory) -> Path:
    """One site of the real 2024 and two synthetic organisations."""
    return build_site(organisations_data, tmp_path_factory.mktemp("organisaties-site"))


def write_place_organisations_data(data_root: Path) -> Path:
    """data_root with four small organisations for the place view of several organisations:
    voorbeeld (the site fixture's 2024, labels and gegrond, with tests/fixtures/plaatsen/locaties.csv:
    hostile names, Enschede and Hengelo), kindgroei (eight times the year of
    tests/fixtures/zes-soorten, 2025, no labels, no gegrond, with a synthetic locations file, and a
    synthetic 2026 after it with one location renamed), zonnetje (five times that year, 2025 only,
    with a synthetic locations file) and zonnebloem (that year itself, without a locations file).
    The synthetic municipalities come from one fixed list, so that organisations share some. Every
    year has an organisation with a locations file but without a report of that year."""
    from generator.dataset.dataset import load_dataset
    from generator.synth import write_year_folder
    from generator.synth.following import following_year
    from generator.synth.organisations import SyntheticOrganisation, write_organisations

    shutil.copytree(FIXTURE_DATA / "2024", data_root / "voorbeeld" / "2024")
    shutil.copy(ROOT / "tests" / "fixtures" / "plaatsen" / "locaties.csv", data_root / "voorbeeld" / "locaties.csv")
    shutil.copytree(OTHER_VOCABULARY_DATA / "2025", data_root / "zonnebloem" / "2025")
    write_organisations(
        [
            SyntheticOrganisation("kindgroei", "Kindgroei (synthetisch)", load_dataset(OTHER_VOCABULARY_DATA / "2025"), 8, with_locations_file=True),
            SyntheticOrganisation("zonnetje", "Het Zonnetje (synthetisch)", load_dataset(OTHER_VOCABULARY_DATA / "2025"), 5, with_locations_file=True),
        ],
        data_root,
        seed=11,
    )
    write_year_folder(following_year(load_dataset(data_root / "kindgroei" / "2025"), 11), data_root / "kindgroei" / "2026")
    return data_root


# The folder `synth --met-bron` gives the copy of data/2024 on a site of synthetic organisations.
SYNTH_REAL = "partou-kinderopvang"


@pytest.fixture(scope="session")
def synth_organisations_data(tmp_path_factory) -> Path:
    """A data folder as `python -m generator synth --organisaties 2 --met-bron` makes it: the real
    2024 beside two synthetic organisations (one without labels and with categories of its own,
    one without gegrond, each with a
    locations file, a place and a location name they share), with data/oude-adressen.yaml saying
    the site was that of the 2024 organisation alone before."""
    from generator.cli import main

    data_root = tmp_path_factory.mktemp("synth-organisaties") / "data"
    made = main(["synth", "--organisaties", "2", "--met-bron", "--bron", str(ROOT / "data" / "2024"), "--seed", "3", "--uit", str(data_root)])
    assert made == 0
    (data_root / "oude-adressen.yaml").write_text(f"organisatie: {SYNTH_REAL}\n", encoding="utf-8")
    return data_root


@pytest.fixture(scope="session")
def place_organisations_data(tmp_path_factory) -> Path:
    return write_place_organisations_data(tmp_path_factory.mktemp("plaatsen-organisaties") / "data")


@pytest.fixture(scope="session")
def place_organisations_site(place_organisations_data, tmp_path_factory) -> Path:
    """One site of the four organisations of write_place_organisations_data()."""
    return build_site(place_organisations_data, tmp_path_factory.mktemp("plaatsen-organisaties-site"))


@pytest.fixture(scope="session")
def synth_organisations_site(synth_organisations_data, tmp_path_factory) -> Path:
    return build_site(synth_organisations_data, tmp_path_factory.mktemp("synth-organisaties-site"))


BROWSER_TESTS = ROOT / "tests" / "browser"
# Each builds a whole site (a few seconds or more): a test that uses one is slow.
SITE_FIXTURES = {
    "real_site", "fixture_site", "site_command_twice", "other_vocabulary_site", "years_site", "years_data", "organisations_site", "organisations_data",
    "place_organisations_data", "place_organisations_site", "synth_organisations_data", "synth_organisations_site",
}
# Hostile-input cases that take seconds each (a workbook unpacked to its size limit).
SLOW_CASES = ("workbook_that_unpacks_to_200_mb",)
# Tests that make whole synthetic years or run two builds at once: most of a second each, together
# what keeps the quick suite under 30 seconds.
SLOW_TESTS = {
    "test_the_same_seed_gives_the_same_bytes_and_another_seed_other_data",
    "test_a_synthetic_year_passes_check_with_the_real_privacy_review_carried_over",
    "test_a_synthetic_year_loads_with_only_the_notices_real_data_has",
    "test_the_complaints_are_the_same_with_or_without_the_locations_file",
    "test_every_synthetic_location_has_one_row_and_check_passes",
    "test_an_existing_locations_file_is_never_overwritten",
    "test_cli_writes_a_new_folder_and_never_overwrites_one",
    "test_a_new_location_with_another_name_leaves_every_address_as_it_was",
    "test_addresses_do_not_depend_on_the_order_of_the_rows",
    "test_writing_pages_refuses_while_another_build_writes_them",
    "test_a_second_site_build_refuses_while_one_runs",
    "test_every_address_of_a_site_of_one_organisation_leads_to_its_page_on_the_site_of_several",
    "test_a_50_mb_file_of_valid_rows_is_refused_with_its_size",
    "test_check_reports_it_and_says_which_organisation_keeps_its_addresses",
    "test_a_changed_verslag_yaml_is_read_again",
    "test_a_changed_text_is_read_again_and_a_privacy_finding_in_it_still_refuses",
    "test_an_unchanged_allow_list_is_checked_again_against_the_files_it_names",
    "test_a_changed_locations_file_is_scanned_again",
    "test_the_source_names_bijlage_1_only_for_the_years_read_from_the_report_text",
    "test_the_downloads_carry_the_locations_and_validate",
    "test_place_and_municipality_names_get_unique_page_names_inside_their_folder",
    "test_an_lrk_number_with_leading_zeros_stays_as_written",
    "test_without_a_locations_file_a_site_of_several_years_has_nothing_of_it",
    "test_the_municipality_csvs_count_each_year_as_the_data",
    "test_each_location_has_one_page_per_organisation_naming_it",
    "test_an_organisations_name_lands_escaped_on_every_page_that_names_it",
    "test_counts_scale_with_the_real_year",
}
# Each prints with Chromium.
CHROMIUM_FIXTURES = {"site_command_twice"}


def pytest_collection_modifyitems(items):
    """Every test under tests/browser/ or on a PDF printed by Chromium is a browser test, and every
    test on a built site is slow: mark them, so that `-m "not browser and not slow"` leaves them out."""
    for item in items:
        if BROWSER_TESTS in Path(item.fspath).parents:
            item.add_marker(pytest.mark.browser)
        fixtures = set(getattr(item, "fixturenames", ()))
        if SITE_FIXTURES & fixtures:
            item.add_marker(pytest.mark.slow)
        if CHROMIUM_FIXTURES & fixtures:
            item.add_marker(pytest.mark.browser)
        if any(case in item.name for case in SLOW_CASES) or getattr(item, "originalname", item.name) in SLOW_TESTS:
            item.add_marker(pytest.mark.slow)
