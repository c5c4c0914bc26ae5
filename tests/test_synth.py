"""Synthetic year folders: they load like real data, scale exactly, and come out the same for the same seed."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from generator.cli import main
from generator.dataset import Dataset, load_dataset
from generator.view.reconcile import reconcile
from generator.view.slugs import slugify
from generator.synth import synthesise, write_year_folder
from generator.synth.names import TYPE_WORDS, own_words, parse_name
from generator.synth.texts import sentences

ROOT = Path(__file__).resolve().parents[1]
SEED = 7


@pytest.fixture(scope="module")
def real() -> Dataset:
    return load_dataset(ROOT / "data" / "2024")


@pytest.fixture(scope="module", params=[1, 2])
def synthetic(request, real, tmp_path_factory) -> tuple[int, Dataset]:
    scale = request.param
    folder = tmp_path_factory.mktemp(f"schaal{scale}") / "2024"
    write_year_folder(synthesise(real, scale, SEED), folder)
    return scale, load_dataset(folder)


def locations_of(dataset: Dataset) -> list[tuple[str, str]]:
    return list(dataset.complaints[["locatie", "label"]].drop_duplicates().itertuples(index=False, name=None))


def test_a_synthetic_year_loads_with_only_the_notices_real_data_has(synthetic) -> None:
    scale, dataset = synthetic
    # Per copy of the real year: the one complaint without oplossing and gegrond, as in 2024.
    assert Counter(notice.column for notice in dataset.notices) == {"oplossing": scale, "gegrond": scale}


def test_counts_scale_with_the_real_year(synthetic) -> None:
    scale, dataset = synthetic
    assert len(dataset.complaints) == scale * 537
    assert len(locations_of(dataset)) == scale * 330
    assert len(dataset.disputes) == scale * 5
    assert dataset.report.organisation == f"Synthetische kinderopvang (schaal {scale})"
    assert dataset.report.children_cared_for == scale * 73190


def test_volgnummers_run_from_1_without_gaps(synthetic) -> None:
    scale, dataset = synthetic
    assert dataset.complaints["volgnummer"].tolist() == list(range(1, scale * 537 + 1))


def test_distributions_are_the_real_ones_times_the_scale(synthetic, real) -> None:
    scale, dataset = synthetic
    for columns in (["categorie"], ["gegrond"], ["label"], ["label", "categorie"]):
        expected = real.complaints.groupby(columns).size() * scale
        assert dataset.complaints.groupby(columns).size().to_dict() == expected.to_dict(), columns
    per_location = dataset.complaints.groupby(["locatie", "label"]).size().value_counts()
    expected = real.complaints.groupby(["locatie", "label"]).size().value_counts() * scale
    assert per_location.to_dict() == expected.to_dict()
    assert Counter(dataset.disputes["uitkomst"]) == {outcome: count * scale for outcome, count in Counter(real.disputes["uitkomst"]).items()}


def test_texts_are_real_sentences_of_about_real_length(synthetic, real) -> None:
    _, dataset = synthetic
    for column in ("omschrijving", "oplossing"):
        real_sentences = {sentence for text in real.complaints[column] for sentence in sentences(text)}
        real_sentences |= {f"{sentence}." for sentence in real_sentences}  # a missing full stop is added
        made = {sentence for text in dataset.complaints[column] for sentence in sentences(text)}
        assert made <= real_sentences, column
        real_mean = real.complaints[column].str.len().mean()
        assert abs(dataset.complaints[column].str.len().mean() - real_mean) < 0.15 * real_mean, column


def test_no_location_has_a_real_name_and_slugs_collide_only_on_purpose(synthetic, real) -> None:
    scale, dataset = synthetic
    locations = locations_of(dataset)
    assert not {slugify(name) for name, _ in locations} & {slugify(name) for name, _ in locations_of(real)}
    by_slug: dict[str, list[tuple[str, str]]] = {}
    for location in locations:
        by_slug.setdefault(slugify(location[0]), []).append(location)
    collisions = [group for group in by_slug.values() if len(group) > 1]
    assert len(collisions) == 3 * scale
    assert all(len(group) == 2 for group in collisions)
    same_name = [group for group in collisions if group[0][0] == group[1][0]]
    same_label = [group for group in collisions if group[0][1] == group[1][1]]
    assert len(same_name) == scale  # one name under two labels
    assert len(same_label) == scale  # accents only: the label does not tell them apart


def test_the_published_figures_agree_with_the_records(synthetic) -> None:
    _, dataset = synthetic
    comparisons = reconcile(dataset.report, dataset.complaints, dataset.disputes)
    assert len(comparisons) == 84
    assert [comparison.subject for comparison in comparisons if not comparison.agrees] == []


def test_a_synthetic_year_passes_check_with_the_real_privacy_review_carried_over(synthetic, capsys) -> None:
    scale, dataset = synthetic
    assert main(["check", str(dataset.folder)]) == 0
    output = capsys.readouterr()
    assert output.err == ""
    assert "staat in de lijst, maar de privacycontrole vindt het niet" not in output.out  # no entry the synthetic year does not need
    assert output.out.endswith(" 0 niet nagekeken.\n\nGeen fouten: de gegevens kunnen gepubliceerd worden.\n")
    entries = dataset.privacy_allowed
    assert entries and all(entry.file is None and entry.row is None for entry in entries)
    assert {entry.text for entry in entries} >= {"Customer Support", "klachten@partou.nl"}
    assert all(entry.reason.startswith(("Nagekeken in de echte jaarmap", "De naam van een locatie in de echte jaarmap")) for entry in entries)


def test_case_numbers_are_new_unique_six_digit_numbers(synthetic, real) -> None:
    _, dataset = synthetic
    numbers = dataset.disputes["zaaknummer"].tolist()
    assert len(set(numbers)) == len(numbers)
    assert all(len(number) == 6 and number.isdigit() for number in numbers)
    assert not set(numbers) & set(real.disputes["zaaknummer"])


def test_the_same_seed_gives_the_same_bytes_and_another_seed_other_data(real, tmp_path) -> None:
    write_year_folder(synthesise(real, 2, SEED), tmp_path / "a" / "2024")
    write_year_folder(synthesise(real, 2, SEED), tmp_path / "b" / "2024")
    files_a = {path.relative_to(tmp_path / "a"): path.read_bytes() for path in (tmp_path / "a").rglob("*") if path.is_file()}
    files_b = {path.relative_to(tmp_path / "b"): path.read_bytes() for path in (tmp_path / "b").rglob("*") if path.is_file()}
    assert files_a == files_b
    assert Path("2024/tekst/categorie/communicatie.md") in files_a
    other = synthesise(real, 2, SEED + 1).files
    assert other["klachten.csv"].encode() != files_a[Path("2024/klachten.csv")]
    assert other["geschillen.csv"].encode() != files_a[Path("2024/geschillen.csv")]


def test_a_name_is_read_as_type_words_core_and_house_number(real) -> None:
    type_words = TYPE_WORDS | own_words(real.report)
    assert {"Partou", "Smallsteps"} <= type_words  # the organisation's own names, from its verslag.yaml
    pattern, core = parse_name("Partou KDV Faas Wilkesstraat 451 (IKC Zeeburgereiland)", type_words)
    assert (pattern.prefix, core, pattern.numbered, pattern.suffix) == (("Partou", "KDV"), "Faas Wilkesstraat", True, ())
    pattern, core = parse_name("Rusthoflaan KDV Partou", type_words)
    assert (pattern.prefix, core, pattern.numbered, pattern.suffix) == ((), "Rusthoflaan", False, ("KDV", "Partou"))
    pattern, core = parse_name("BSO Fun4kids", type_words)
    assert (pattern.prefix, core, pattern.numbered) == (("BSO",), "Fun4kids", False)


def test_cli_writes_a_new_folder_and_never_overwrites_one(tmp_path, capsys) -> None:
    folder = tmp_path / "synth" / "2024"
    assert main(["synth", "--schaal", "1", "--seed", "3", "--uit", str(folder)]) == 0
    assert capsys.readouterr().out == f"537 klachten over 330 locaties en 5 geschillen geschreven naar {folder}\n"
    assert [path.name for path in folder.parent.iterdir()] == ["2024"]  # no temporary folder left
    before = (folder / "klachten.csv").read_bytes()
    assert main(["synth", "--schaal", "2", "--uit", str(folder)]) == 2
    assert capsys.readouterr().err == (
        f"fout: --uit {folder}: bestaat al; er wordt nooit iets overschreven. Oplossing: kies een nieuwe map, of haal deze eerst zelf weg.\n"
    )
    assert (folder / "klachten.csv").read_bytes() == before


def test_cli_refuses_a_scale_below_1(tmp_path, capsys) -> None:
    assert main(["synth", "--schaal", "0", "--uit", str(tmp_path / "2024")]) == 2
    assert capsys.readouterr().err == (
        "fout: python -m generator synth: --schaal: 0 ligt niet tussen 1 en 1000; kies een schaal van 1 tot 1000, bijvoorbeeld --schaal 10. "
        "Zie 'python -m generator synth --help'.\n"
    )
    assert list(tmp_path.iterdir()) == []


def test_a_year_without_labels_and_gegrond_gives_a_synthetic_year_without_them(tmp_path) -> None:
    real = load_dataset(ROOT / "tests" / "fixtures" / "zes-soorten" / "data" / "2025")
    folder = tmp_path / "2025"
    write_year_folder(synthesise(real, 3, SEED), folder)
    synthetic = load_dataset(folder)
    assert synthetic.report.vocabulary == real.report.vocabulary
    assert list(synthetic.complaints.columns) == ["volgnummer", "locatie", "categorie", "omschrijving", "oplossing", "bron_regel"]
    assert len(synthetic.complaints) == 3 * len(real.complaints)
    assert [item for item in reconcile(synthetic.report, synthetic.complaints, synthetic.disputes) if not item.agrees] == []
