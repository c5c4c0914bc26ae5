"""Write the index of 'Zoeken en filteren' into the built site (site/zoekindex/).

The index is made for what the page downloads, not for what it holds: the first search of a
national site (53.700 complaints) must stay small. So it is split by what a search needs
(docs/assets/zoekindex.js reads it):

- `klachten.json`: for every complaint, in the order of the results without search words, the
  number of its combination of filters (organisatie, jaar, soort, oordeel, label:
  search_records.COMBINED_FILTER). Every search loads it: the counts beside the filters are
  counted from it. A few bytes per complaint.
- `locaties.json`: the values of the location filter and each complaint's, loaded only when a
  visitor uses the location field (the largest file: a name per location).
- `woorden/<first letters>.json`: every word the complaints use that starts with those letters
  (at most WORD_KEY_LENGTH, as hexadecimal UTF-8 in the file name) and the key of its stem.
- `stammen/<number>.json`: for neighbouring stems (stem_files), the complaints with a word of
  each stem, and how often it is in each. A stem's key is the number of its file times
  STEMS_PER_FILE_MOST plus its place in the file.
- `klacht/<thousands>/<number>.json`: what a result shows: its address, number, location,
  combination and text, with the word at which the oplossing and the properties start.

A search for a word downloads the one words file of its first letters, the stems it names and
the complaints it shows: nothing that grows with all the complaints of the site except
klachten.json.

All of these are in a folder named after a hash of their content (`zoekindex/<hash>/`), which
`zoekindex/index.json` names. A page that is open while the site is rebuilt keeps reading the
index it started with, or gets an error when it is gone (the page then says search does not
work now), never a mix of two builds: the numbers of records and stems change with every build.

The index is written into a staging folder of this build's own and put in place whole, so that a
failed or stopped build leaves the previous index as it was.
"""

from __future__ import annotations

import hashlib
import json
import shutil
from collections import Counter, defaultdict
from pathlib import Path

from generator.errors import GeneratorError
from generator.interrupt import signals_held
from generator.scratch_folders import SCRATCH_MARKER, make_scratch_folder, remove_marked_folder, remove_own_scratch_folders
from generator.site.search_records import COMBINED_FILTER, SearchRecord
from generator.site.search_words import dutch_stemmer, normalised_words

OUTPUT_FOLDER = "zoekindex"
STAGING_PREFIX = f".{OUTPUT_FOLDER}-nieuw-"
# The previous index, set aside by a live preview while MkDocs empties the site folder (live_preview.py).
ASIDE_PREFIX = f".{OUTPUT_FOLDER}-vorige-"
ENTRY_FILE = "index.json"
CONTENT_FOLDER = "inhoud"  # the content's folder while it is written, before it is named
HASH_LENGTH = 16
COMPLAINTS_FILE = "klachten.json"
LOCATIONS_FILE = "locaties.json"
WORDS_FOLDER = "woorden"
STEMS_FOLDER = "stammen"
RECORDS_FOLDER = "klacht"
# A words file holds the words that start with the same two letters: small enough for a first
# search, few enough files.
WORD_KEY_LENGTH = 2
RECORDS_PER_FOLDER = 1000
# A file per stem made 2.791 files of a few dozen bytes for 2024 (on disk 4 KB each), written
# while MkDocs writes the pages: neighbouring stems share a file up to this size (a larger stem
# has one of its own), which a search downloads whole.
STEM_FILE_BYTES = 4096
STEMS_PER_FILE_MOST = 1000


class SearchIndexProblem(GeneratorError):
    """The search index could not be written."""


def write_search_index(records: list[SearchRecord], site_dir: Path) -> Path:
    """`records` in the order of the results without search words (search_records.py)."""
    output = site_dir / OUTPUT_FOLDER
    staging_folder: Path | None = None
    try:
        # One that a killed build left (MkDocs keeps hidden folders) goes first, and so does the
        # previous index a live preview set aside (removed here, in the index's own process, after
        # the browser has reloaded). The plugin holds the site folder's write lock, so no other
        # build is using one.
        remove_own_scratch_folders(site_dir, STAGING_PREFIX, ASIDE_PREFIX)
        # A signal that came between making the folder and marking it, or before the name is
        # known here, would leave a folder that nothing removes.
        with signals_held():
            staging_folder = make_scratch_folder(site_dir, STAGING_PREFIX)
        staging = staging_folder / OUTPUT_FOLDER
        staging.mkdir()
        content_hash = _write_index(records, staging / CONTENT_FOLDER)
        (staging / CONTENT_FOLDER).rename(staging / content_hash)
        _write_json(staging / ENTRY_FILE, {"inhoud": f"{content_hash}/"})
        # A signal between the two would leave no index at all.
        with signals_held():
            shutil.rmtree(output, ignore_errors=True)
            staging.rename(output)
    except OSError as error:
        raise _not_written(site_dir, error) from None
    finally:
        if staging_folder is not None:
            remove_marked_folder(staging_folder, SCRATCH_MARKER)
    return output


def _not_written(site_dir: Path, error: OSError) -> SearchIndexProblem:
    return SearchIndexProblem(
        f"De zoekindex kon niet worden geschreven in {site_dir} ({error.strerror or error}). "
        "Oplossing: kijk of er ruimte is op de schijf en of je in die map mag schrijven, en bouw de site dan opnieuw."
    )


def _write_index(records: list[SearchRecord], folder: Path) -> str:
    """Writes the index into `folder`; the hash of what it wrote (HASH_LENGTH hexadecimals)."""
    content = hashlib.sha256()

    def write(relative: str, data: object) -> None:
        written = _write_json(folder / relative, data)
        content.update(f"{relative}\0{len(written)}\0".encode("utf-8") + written)

    folder.mkdir()
    write(COMPLAINTS_FILE, numbered_values([record.filters[COMBINED_FILTER][0] for record in records], "combinaties", "combinatie"))
    write(LOCATIONS_FILE, numbered_values([record.filters["locatie"][0] for record in records], "namen", "locatie", sort=True))
    stem_postings, words = word_index(records)
    files, stem_keys = stem_files(stem_postings)
    for key, words_of_key in words.items():
        write(f"{WORDS_FOLDER}/{file_key(key)}.json", {word: stem_keys[stem] for word, stem in words_of_key.items()})
    for number, postings_of_file in enumerate(files):
        write(f"{STEMS_FOLDER}/{number}.json", postings_of_file)
    for number, record in enumerate(records):
        write(record_path(number), record_data(record))
    return content.hexdigest()[:HASH_LENGTH]


def numbered_values(values: list[str], names_key: str, numbers_key: str, sort: bool = False) -> dict[str, list]:
    """Each distinct value once (sorted, or in the order first met), and each record's by its number."""
    distinct = sorted(set(values)) if sort else list(dict.fromkeys(values))
    number_of = {value: number for number, value in enumerate(distinct)}
    return {names_key: distinct, numbers_key: [number_of[value] for value in values]}


def word_index(records: list[SearchRecord]) -> tuple[list[dict[str, list[int]]], dict[str, dict[str, int]]]:
    """The postings of each stem (by stem number: the records, as the steps between their numbers,
    and how often the stem is in each) and, by first letters, each word with its stem's number."""
    stem = dutch_stemmer()
    # Records come in order, so each stem's postings are made in order.
    steps: dict[str, list[int]] = defaultdict(list)
    times: dict[str, list[int]] = defaultdict(list)
    last_record: dict[str, int] = {}
    stem_of_word: dict[str, str] = {}

    def stem_of(word: str) -> str:
        if word not in stem_of_word:
            stem_of_word[word] = stem(word)
        return stem_of_word[word]

    for number, record in enumerate(records):
        counts = Counter(stem_of(word) for word in normalised_words(searchable_text(record)))
        for word_stem, count in counts.items():
            steps[word_stem].append(number - last_record.get(word_stem, 0))
            times[word_stem].append(count)
            last_record[word_stem] = number
    ordered_stems = sorted(steps)
    stem_numbers = {word_stem: number for number, word_stem in enumerate(ordered_stems)}
    postings = [{"stappen": steps[word_stem], "keer": times[word_stem]} for word_stem in ordered_stems]
    words: dict[str, dict[str, int]] = defaultdict(dict)
    for word in sorted(stem_of_word):
        words[word[:WORD_KEY_LENGTH]][word] = stem_numbers[stem_of_word[word]]
    return postings, dict(words)


def stem_files(postings: list[dict[str, list[int]]]) -> tuple[list[list[dict[str, list[int]]]], list[int]]:
    """The postings of the stems (by stem number) in files of neighbouring stems of at most
    STEM_FILE_BYTES, and each stem's key (see the top of this module)."""
    files: list[list[dict[str, list[int]]]] = []
    keys = []
    size = 0  # of the current file's JSON list
    for postings_of_stem in postings:
        stem_bytes = len(_encoded(postings_of_stem))
        if files and len(files[-1]) < STEMS_PER_FILE_MOST and size + 1 + stem_bytes <= STEM_FILE_BYTES:
            size += 1 + stem_bytes  # after a comma
        else:
            files.append([])
            size = 2 + stem_bytes  # between the brackets
        keys.append((len(files) - 1) * STEMS_PER_FILE_MOST + len(files[-1]))
        files[-1].append(postings_of_stem)
    return files, keys


def searchable_text(record: SearchRecord) -> str:
    """What a word is looked for in: the complaint, what was done, and its location, label and category."""
    return " ".join((record.omschrijving, record.oplossing, record.properties))


def record_data(record: SearchRecord) -> dict[str, object]:
    """What a result shows. `tekst` is the searchable text with its spaces made single; `oplossing`
    and `kenmerken` are the numbers of the words (split at spaces) where those parts start."""
    description, solution, properties = (part.split() for part in (record.omschrijving, record.oplossing, record.properties))
    data: dict[str, object] = {
        "adres": record.url,
        "volgnummer": record.meta["volgnummer"],
        "locatie": record.meta["locatie"],
        "combinatie": record.filters[COMBINED_FILTER][0],
        "tekst": " ".join([*description, *solution, *properties]),
        "kenmerken": len(description) + len(solution),
    }
    if solution:
        data["oplossing"] = len(description)
    return data


def record_path(number: int) -> str:
    """Where record `number` lies in the index folder."""
    return f"{RECORDS_FOLDER}/{number // RECORDS_PER_FOLDER}/{number}.json"


def file_key(first_letters: str) -> str:
    """A words file's name: its first letters as hexadecimal UTF-8, whatever letters they are."""
    return first_letters.encode("utf-8").hex()


def _encoded(data: object) -> bytes:
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def _write_json(path: Path, data: object) -> bytes:
    """Writes `data` as JSON; the bytes written."""
    encoded = _encoded(data) + b"\n"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(encoded)
    return encoded
