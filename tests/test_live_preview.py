"""What a live preview keeps from one build to the next (generator/live_preview.py), without
MkDocs: the index of Zoeken en filteren set aside and put back (KeptSearchIndex). The plugin's
use of it in a real rebuild: tests/test_mkdocs_plugin.py."""

from __future__ import annotations

from pathlib import Path

from generator.live_preview import KeptSearchIndex
from generator.scratch_folders import SCRATCH_MARKER, make_scratch_folder
from generator.site.search_index import OUTPUT_FOLDER, write_search_index

RECORDS = ["klacht 1", "klacht 2"]


def site_with_index(tmp_path: Path) -> Path:
    site = tmp_path / "site"
    (site / OUTPUT_FOLDER / "inhoud").mkdir(parents=True)
    (site / OUTPUT_FOLDER / "index.json").write_text("{}", encoding="utf-8")
    return site


def test_an_index_of_the_same_records_is_put_back_whole(tmp_path: Path) -> None:
    site = site_with_index(tmp_path)
    kept = KeptSearchIndex()
    kept.records = list(RECORDS)
    kept.set_aside(site)
    assert not (site / OUTPUT_FOLDER).exists()
    assert kept.put_back(site, list(RECORDS)) is True
    assert (site / OUTPUT_FOLDER / "index.json").read_text(encoding="utf-8") == "{}"
    assert sorted(path.name for path in site.iterdir()) == [OUTPUT_FOLDER]


def test_an_index_of_other_records_stays_aside_until_the_new_one_is_written(tmp_path: Path) -> None:
    site = site_with_index(tmp_path)
    kept = KeptSearchIndex()
    kept.records = list(RECORDS)
    kept.set_aside(site)
    assert kept.put_back(site, ["klacht 1"]) is False
    assert not (site / OUTPUT_FOLDER).exists()
    [aside] = site.iterdir()
    assert aside.name.startswith(KeptSearchIndex.PREFIX)
    write_search_index([], site)
    assert sorted(path.name for path in site.iterdir()) == [OUTPUT_FOLDER]


def test_a_failed_build_removes_the_index_set_aside(tmp_path: Path) -> None:
    site = site_with_index(tmp_path)
    kept = KeptSearchIndex()
    kept.records = list(RECORDS)
    kept.set_aside(site)
    kept.forget()
    assert list(site.iterdir()) == []
    assert kept.put_back(site, list(RECORDS)) is False


def test_without_an_index_or_after_a_failed_build_nothing_is_kept(tmp_path: Path) -> None:
    site = tmp_path / "site"
    site.mkdir()
    kept = KeptSearchIndex()
    kept.records = list(RECORDS)
    kept.set_aside(site)
    assert kept.put_back(site, list(RECORDS)) is False
    assert list(site.iterdir()) == []

    site = site_with_index(tmp_path / "tweede")
    kept.forget()
    kept.set_aside(site)
    assert kept.put_back(site, list(RECORDS)) is False


def test_only_folders_set_aside_by_the_tool_are_removed(tmp_path: Path) -> None:
    site = site_with_index(tmp_path)
    leftover = make_scratch_folder(site, KeptSearchIndex.PREFIX)
    (leftover / OUTPUT_FOLDER).mkdir()
    someone_elses = site / f"{KeptSearchIndex.PREFIX}mijn-kopie"
    someone_elses.mkdir()
    (someone_elses / "bewaren.txt").write_text("van mij", encoding="utf-8")
    kept = KeptSearchIndex()
    kept.records = list(RECORDS)
    kept.set_aside(site)
    assert not leftover.exists()
    assert (someone_elses / "bewaren.txt").is_file()
    assert kept.put_back(site, list(RECORDS)) is True
    assert sorted(path.name for path in site.iterdir()) == sorted([OUTPUT_FOLDER, someone_elses.name])
    assert not any((folder / SCRATCH_MARKER).exists() for folder in site.iterdir())
