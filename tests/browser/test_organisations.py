"""A site of several organisations in Chromium: the list of organisations and an organisation's
overview are WCAG 2.1 AA clean (axe) and fit a phone and a desktop screen; Zoeken en filteren
narrows by organisation with the counts of the records, and a selection downloads exactly them; a
location name two organisations both have is a choice per organisation, each with its own count."""

from __future__ import annotations

import pytest

from browsing import SCREENS, assert_axe_clean_and_fits
from filter_search import open_search, show_all, wait_for_status
from hosting_server import server_of
from test_selection_download import download_selection

from generator.dataset.dataset import load_dataset
from generator.dataset.site_layout import organisation_folders

PAGES = {
    "organisaties-home": "",
    "organisaties": "organisaties/",
    "organisatie": "organisaties/partou/",
    # An organisation with its own six categories, no labels and no gegrond.
    "organisatie-zonder-oordeel": "organisaties/zonnetje/",
    "organisaties-locaties": "locaties/",
}


organisations_server = server_of("organisations_site")


@pytest.mark.parametrize("screen", SCREENS)
@pytest.mark.parametrize("name", PAGES)
def test_scenario_the_organisation_pages_are_axe_clean_and_fit_the_screen(open_page, organisations_server, name, screen) -> None:
    page = open_page(viewport=SCREENS[screen])
    page.goto(f"{organisations_server.url}/{PAGES[name]}")
    page.wait_for_load_state("networkidle")
    assert_axe_clean_and_fits(page, f"{name}-{screen}")


def organisation_counts(data_root) -> dict[str, int]:
    counts = {}
    for organisation in organisation_folders(data_root):
        for folder in organisation.year_folders:
            dataset = load_dataset(folder)
            counts[dataset.report.organisation] = counts.get(dataset.report.organisation, 0) + len(dataset.complaints)
    return counts


def test_the_organisation_filter_gives_each_organisations_count(page, organisations_server, organisations_data) -> None:
    counts = organisation_counts(organisations_data)
    open_search(page, organisations_server.url)
    for name, count in counts.items():
        box = page.get_by_label(name, exact=False).first
        box.check()
        status = wait_for_status(page, f"{count} klachten gevonden" if count != 1 else "1 klacht gevonden")
        assert status.startswith(f"{count} klacht"), (name, status)
        assert page.locator(f'.zoeken__aantal[data-filter="organisatie"][data-waarde="{name}"]').inner_text() == f"({count})"
        box.uncheck()


def test_a_selection_of_one_organisation_downloads_exactly_its_complaints(page, organisations_server, organisations_data) -> None:
    counts = organisation_counts(organisations_data)
    name = "Het Zonnetje (synthetisch)"
    open_search(page, organisations_server.url, "?organisatie=" + name.replace(" ", "+"))
    wait_for_status(page, f"{counts[name]} klachten gevonden")
    text = download_selection(page)
    assert len(text.strip().splitlines()) == counts[name] + 1


def shared_location(data_root) -> tuple[str, dict[str, int], dict[str, str]]:
    """A location name two organisations both have, with each one's count of complaints there
    and the name its page gives it there (with its label's short name where it has a label)."""
    by_name: dict[str, dict[str, int]] = {}
    shown: dict[str, dict[str, str]] = {}
    for organisation in organisation_folders(data_root):
        for folder in organisation.year_folders:
            dataset = load_dataset(folder)
            labels = dataset.complaints["label"] if "label" in dataset.complaints else [""] * len(dataset.complaints)
            for name, label in zip(dataset.complaints["locatie"], labels):
                counts = by_name.setdefault(name, {})
                counts[dataset.report.organisation] = counts.get(dataset.report.organisation, 0) + 1
                short = dataset.report.vocabulary.labels.get(label)
                shown.setdefault(name, {})[dataset.report.organisation] = f"{name} ({short})" if label else name
    return next((name, counts, shown[name]) for name, counts in sorted(by_name.items()) if len(counts) > 1)


synth_organisations_server = server_of("synth_organisations_site")


def test_a_location_name_of_two_organisations_is_a_choice_per_organisation(page, synth_organisations_server, synth_organisations_data) -> None:
    # synth --organisaties gives every synthetic organisation a location of the same name.
    name, counts, shown = shared_location(synth_organisations_data)
    open_search(page, synth_organisations_server.url)
    page.locator("#zoeklocatie").focus()
    page.wait_for_selector("#zoeklocaties option", state="attached")
    offered = page.locator("#zoeklocaties option").evaluate_all("options => options.map(option => option.value)")
    assert name not in offered
    for organisation, count in counts.items():
        assert f"{shown[organisation]} ({organisation})" in offered
    pages = {}
    for organisation, count in counts.items():
        page.locator("#zoeklocatie").fill(f"{shown[organisation]} ({organisation})")
        page.locator("#zoeklocatie").press("Enter")
        said = f"{count} klachten gevonden" if count != 1 else "1 klacht gevonden"
        assert wait_for_status(page, said).startswith(said), (name, organisation)
        pages[organisation] = {link.split("#")[0] for link in show_all(page)}
        # "Download deze klachten" gives the same complaints, of that organisation only.
        assert len(download_selection(page).strip().splitlines()) == count + 1, (name, organisation)
    # Each organisation's results lead to its own location's page.
    first, second = list(pages.values())[:2]
    assert first and second and not first & second


def test_a_location_name_typed_without_its_organisation_finds_it_at_every_organisation(page, synth_organisations_server, synth_organisations_data) -> None:
    # A parent types the name they know; which organisations have a location of that name is what
    # the results show, with the counts beside the organisation filter.
    name, counts, _ = shared_location(synth_organisations_data)
    open_search(page, synth_organisations_server.url)
    page.locator("#zoeklocatie").fill(name)
    page.locator("#zoeklocatie").press("Enter")
    total = sum(counts.values())
    said = f"{total} klachten gevonden" if total != 1 else "1 klacht gevonden"
    assert wait_for_status(page, said).startswith(said)
    for organisation, count in counts.items():
        assert page.locator(f'.zoeken__aantal[data-filter="organisatie"][data-waarde="{organisation}"]').inner_text() == f"({count})"
