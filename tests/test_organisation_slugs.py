"""Location addresses on a site of several organisations: unique across organisations, with the
organisation added only where two share an address, and every address a site of one organisation
alone has still leads to its page when organisations are added."""

from __future__ import annotations

import posixpath
import re
import shutil
from pathlib import Path

from generator.dataset.site_layout import organisation_folders
from generator.site.generate import render_docs
from generator.view.load import load_organisations, load_year
from generator.view.organisations import organisation_slugs

GOOD = Path(__file__).parent / "fixtures" / "good"


def test_an_address_only_one_organisation_has_stays_as_it_is() -> None:
    assert organisation_slugs({"a": {"de-klaver", "zon"}, "b": {"maan"}}) == {"a": {"de-klaver": "de-klaver", "zon": "zon"}, "b": {"maan": "maan"}}


def test_a_shared_address_gets_each_organisation_added() -> None:
    slugs = organisation_slugs({"avontuur": {"de-klaver", "zon"}, "zonnebloem": {"de-klaver"}})

    assert slugs == {"avontuur": {"de-klaver": "de-klaver-avontuur", "zon": "zon"}, "zonnebloem": {"de-klaver": "de-klaver-zonnebloem"}}


def test_an_organisation_added_without_shared_names_changes_no_address() -> None:
    before = organisation_slugs({"a": {"de-klaver", "zon"}, "b": {"maan"}})
    after = organisation_slugs({"a": {"de-klaver", "zon"}, "b": {"maan"}, "c": {"ster"}})

    assert {name: after[name] for name in before} == before


def test_an_address_with_the_organisation_that_is_taken_gets_a_number() -> None:
    slugs = organisation_slugs({"b": {"a", "a-b"}, "c": {"a"}})

    assert slugs["b"] == {"a": "a-b-2", "a-b": "a-b"} and slugs["c"] == {"a": "a-c"}
    assert len({slug for organisation in slugs.values() for slug in organisation.values()}) == 3


def two_organisations_of_the_same_locations(tmp_path: Path) -> Path:
    for slug, name in (("avontuur", "Kinderopvang Avontuur"), ("zonnebloem", "Kinderopvang De Zonnebloem")):
        folder = tmp_path / slug / "2024"
        shutil.copytree(GOOD, folder)
        report = folder / "verslag.yaml"
        report.write_text(report.read_text(encoding="utf-8").replace("organisatie: Partou kinderopvang", f"organisatie: {name}"), encoding="utf-8")
    return tmp_path


def test_every_address_of_a_site_of_one_organisation_leads_to_its_page_on_the_site_of_several(tmp_path: Path) -> None:
    alone = render_docs(load_year(GOOD))
    together = render_docs(load_organisations(organisation_folders(two_organisations_of_the_same_locations(tmp_path / "data"))))

    pages = [path for path in alone if path.endswith(".md")]
    assert [path for path in pages if path not in together] == []
    for path in pages:
        if path in ("index.md", "zoeken/index.md") or path.startswith("locaties/index") or path.startswith("locaties/a-z/"):
            continue  # the site's own: the home page lists the organisations, the others cover all
        # Both organisations have every location and page: each old address is a page that leads to both.
        assert "# Kies een organisatie" in together[path], path
        targets = re.findall(r"^- \[.*\]\((.*)\)$", together[path], flags=re.MULTILINE)
        resolved = {posixpath.normpath(posixpath.join(posixpath.dirname(path), target)) for target in targets}
        assert len(resolved) == 2 and resolved <= set(together), (path, targets)
        if path.startswith("locaties/"):
            slug = path.removeprefix("locaties/").removesuffix(".md")
            assert resolved == {f"locaties/{slug}-avontuur.md", f"locaties/{slug}-zonnebloem.md"}
        else:
            assert resolved == {f"organisaties/avontuur/{path}", f"organisaties/zonnebloem/{path}"}


def test_each_location_has_one_page_per_organisation_naming_it(tmp_path: Path) -> None:
    site = load_organisations(organisation_folders(two_organisations_of_the_same_locations(tmp_path / "data")))
    together = render_docs(site)

    locations = [location.location for location in site.locations]
    assert len({location.slug for location in locations}) == len(locations) == 2 * len(load_year(GOOD).locations)
    for item in site.locations:
        page = together[item.location.page]
        assert f"Deze locatie hoort bij **[{item.organisation.name}](../organisaties/{item.organisation.slug}/index.md)**." in page


def test_an_organisations_name_lands_escaped_on_every_page_that_names_it(tmp_path: Path) -> None:
    root = two_organisations_of_the_same_locations(tmp_path / "data")
    hostile = '<img src=x onerror=alert(1)> [klik](javascript:alert(2)) {{ 7*7 }}'
    report = root / "zonnebloem" / "2024" / "verslag.yaml"
    report.write_text(report.read_text(encoding="utf-8").replace("organisatie: Kinderopvang De Zonnebloem", f"organisatie: '{hostile}'"), encoding="utf-8")

    files = render_docs(load_organisations(organisation_folders(root), check_privacy=False))

    naming = [path for path, text in files.items() if path.endswith(".md") and "onerror" in text]
    assert {"index.md", "zoeken/index.md", "locaties/index.md", "organisaties/index.md", "organisaties/zonnebloem/index.md"} <= set(naming)
    for path in naming:
        # Each place escapes it by its own rule (Markdown, HTML, front matter): never a tag, never run as a template.
        assert "<img" not in files[path] and ("7*7" in files[path] or "7\\*7" in files[path]), path
