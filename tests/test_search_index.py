"""The index of Zoeken en filteren (generator/site/search_index.py), made from the records of the
2024 data and read back with `json` alone: every word of every complaint finds it, with the
number of times it is there; a plural finds the singular; a result shows the complaint's own
text with its parts where they are; file names come from numbers and hexadecimal only, whatever
the words; and a failed write leaves the previous index whole."""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import replace
from pathlib import Path

import pytest
import snowballstemmer

from generator.scratch_folders import make_scratch_folder
from generator.site import search_index
from generator.site.search_index import OUTPUT_FOLDER, STAGING_PREFIX, SearchIndexProblem, write_search_index
from generator.site.search_records import COMBINED_FILTER, search_records
from generator.site.search_words import normalised_words
from generator.view.load import load_year
from search_index_files import combinations, content_folder, location_counts, records as index_records, stem_records, words
from site_builder import ROOT


def directory_url(docs_path: str) -> str:
    return docs_path.removesuffix(".md") + "/"


@pytest.fixture(scope="module")
def records_2024():
    return search_records(load_year(ROOT / "data" / "2024"), directory_url)


@pytest.fixture(scope="module")
def site_2024(records_2024, tmp_path_factory) -> Path:
    site = tmp_path_factory.mktemp("zoekindex") / "site"
    site.mkdir()
    write_search_index(records_2024, site)
    return site


def stem_of(word: str) -> str:
    return snowballstemmer.stemmer("dutch").stemWord(word)


def test_every_word_of_every_complaint_finds_it_as_often_as_it_is_there(records_2024, site_2024: Path) -> None:
    index_words = words(site_2024)
    expected: dict[int, Counter] = {}
    for number, record in enumerate(records_2024):
        text = " ".join((record.omschrijving, record.oplossing, record.properties))
        # The split itself: test_words_are_kept_without_accents_and_in_lower_case.
        expected[number] = Counter(stem_of(word) for word in normalised_words(text))
    stems_by_number: dict[int, str] = {}
    for word, stem_number in index_words.items():
        assert stems_by_number.setdefault(stem_number, stem_of(word)) == stem_of(word), word
    found: dict[int, Counter] = {number: Counter() for number in expected}
    for stem_number, stem in stems_by_number.items():
        for record, count in stem_records(site_2024, stem_number).items():
            found[record][stem] += count
    assert found == expected


def test_a_plural_and_its_singular_are_one_stem(site_2024: Path) -> None:
    index_words = words(site_2024)
    assert index_words["luiers"] == index_words["luier"]
    assert index_words["kinderen"] != index_words["luier"]


def test_neighbouring_stems_share_a_file_up_to_its_size(monkeypatch) -> None:
    small = {"stappen": [1], "keer": [1]}
    large = {"stappen": list(range(2000)), "keer": [1] * 2000}  # larger than a file: one of its own
    stems = [small] * 3 + [large] + [small] * 2
    files, keys = search_index.stem_files(stems)
    assert [len(file) for file in files] == [3, 1, 2]
    assert keys == [0, 1, 2, 1000, 2000, 2001]
    assert [files[key // 1000][key % 1000] for key in keys] == stems
    monkeypatch.setattr(search_index, "STEMS_PER_FILE_MOST", 2)
    files, keys = search_index.stem_files([small] * 5)
    assert [len(file) for file in files] == [2, 2, 1] and keys == [0, 1, 2, 3, 4]


def test_the_stems_of_2024_are_in_few_files(site_2024: Path) -> None:
    stem_files = list((content_folder(site_2024) / "stammen").iterdir())
    stems = set(words(site_2024).values())
    assert len(stems) > 2000
    assert len(stem_files) < len(stems) / 20  # 50 files for 2.791 stems
    assert all(path.stat().st_size <= search_index.STEM_FILE_BYTES + 1 for path in stem_files if len(json.loads(path.read_text())) > 1)


def test_words_are_kept_without_accents_and_in_lower_case() -> None:
    assert normalised_words("Crèche, HYGIËNE en café-uren (15:30)!") == ["creche", "hygiene", "en", "cafe", "uren", "15", "30"]
    assert normalised_words("___ — …") == []


def test_the_filters_of_each_record_are_in_the_index_in_its_order(records_2024, site_2024: Path) -> None:
    assert combinations(site_2024) == [record.filters[COMBINED_FILTER][0] for record in records_2024]
    assert location_counts(site_2024) == Counter(record.filters["locatie"][0] for record in records_2024)


def test_a_result_holds_the_complaints_text_with_the_place_of_each_part(records_2024, site_2024: Path) -> None:
    shown = index_records(site_2024)
    assert len(shown) == len(records_2024)
    for record, data in zip(records_2024, shown):
        text = data["tekst"].split(" ")
        assert text[: data.get("oplossing", data["kenmerken"])] == record.omschrijving.split()
        assert text[data.get("oplossing", data["kenmerken"]) : data["kenmerken"]] == record.oplossing.split()
        assert text[data["kenmerken"] :] == record.properties.split()
        assert (data["adres"], data["volgnummer"], data["locatie"]) == (record.url, record.meta["volgnummer"], record.meta["locatie"])
    assert any("oplossing" not in data for data in shown) or all(record.oplossing for record in records_2024)


def test_file_names_come_from_numbers_and_hexadecimal_whatever_the_words(records_2024, tmp_path: Path) -> None:
    hostile = replace(records_2024[0], omschrijving="../../etc ..\\x /zoekindex/ %2e%2e 日本語 ℌ𝔢𝔩𝔩𝔬 CON nul.json")
    site = tmp_path / "site"
    site.mkdir()
    index = write_search_index([hostile, *records_2024[1:3]], site)
    names = [path.relative_to(index).as_posix() for path in index.rglob("*")]
    folder = r"[0-9a-f]{16}"
    allowed = rf"index\.json|{folder}|{folder}/((klachten|locaties)\.json|woorden(/[0-9a-f]+\.json)?|stammen(/\d+\.json)?|klacht(/\d+(/\d+\.json)?)?)"
    assert all(re.fullmatch(allowed, name) for name in names), names
    assert {"etc", "日本語", "nul", "json"} <= set(words(site))


def test_a_staging_folder_a_killed_build_left_goes_and_one_a_person_made_stays(records_2024, tmp_path: Path) -> None:
    site = tmp_path / "site"
    site.mkdir()
    leftover = make_scratch_folder(site, STAGING_PREFIX)
    (leftover / OUTPUT_FOLDER).mkdir()
    own = site / f"{STAGING_PREFIX}mijnbackup"
    own.mkdir()
    (own / "bewaren.txt").write_text("niet weggooien", encoding="utf-8")

    assert write_search_index(records_2024[:2], site) == site / OUTPUT_FOLDER

    assert sorted(path.name for path in site.iterdir()) == sorted([OUTPUT_FOLDER, own.name])
    assert (own / "bewaren.txt").read_text(encoding="utf-8") == "niet weggooien"


def test_a_write_that_fails_halfway_leaves_the_previous_index_whole(records_2024, tmp_path: Path, monkeypatch) -> None:
    site = tmp_path / "site"
    site.mkdir()
    write_search_index(records_2024[:3], site)
    before = {path.relative_to(site).as_posix(): path.read_bytes() for path in site.rglob("*") if path.is_file()}
    written = search_index._write_json
    calls = []

    def full_disk(path: Path, data: object) -> bytes:
        calls.append(path)
        if len(calls) == 20:
            raise OSError(28, "No space left on device")
        return written(path, data)

    monkeypatch.setattr(search_index, "_write_json", full_disk)
    with pytest.raises(SearchIndexProblem) as stopped:
        write_search_index(records_2024, site)

    assert str(stopped.value) == (
        f"De zoekindex kon niet worden geschreven in {site} (No space left on device). "
        "Oplossing: kijk of er ruimte is op de schijf en of je in die map mag schrijven, en bouw de site dan opnieuw."
    )
    assert {path.relative_to(site).as_posix(): path.read_bytes() for path in site.rglob("*") if path.is_file()} == before


def test_the_index_is_in_a_folder_named_after_its_content_which_the_entry_file_names(records_2024, tmp_path: Path) -> None:
    site = tmp_path / "site"
    site.mkdir()
    first = write_search_index(records_2024[:5], site)
    [folder] = [path.name for path in first.iterdir() if path.is_dir()]
    assert json.loads((first / "index.json").read_text(encoding="utf-8")) == {"inhoud": f"{folder}/"}
    again = write_search_index(records_2024[:5], site)
    assert [path.name for path in again.iterdir() if path.is_dir()] == [folder]
    changed = write_search_index([replace(records_2024[0], oplossing="Een ander antwoord."), *records_2024[1:5]], site)
    assert [path.name for path in changed.iterdir() if path.is_dir()] != [folder]
