"""`python -m generator synth --organisaties N`: a data folder of 2 or 3 synthetic organisations of
different sizes and vocabularies (the first without labels and with categories of its own, the
second without gegrond, the third with both; 1, 2 and 3 times --bron), each with a locations file in the LRK's columns in
which every location has its row, one place and one location name shared by all of them; with --met-bron a copy of the
year it was drawn from beside them. Read back with the csv and yaml modules, not the generator."""

from __future__ import annotations

import csv
import shutil
import io
from pathlib import Path

import pytest
import yaml

from generator.cli import main
from generator.synth.locations import MUNICIPALITIES

FIXTURES = Path(__file__).parent / "fixtures"
GOOD = FIXTURES / "good"
LRK_COLUMNS = ["actuele_naam_oko", "label", "lrk_id", "type_oko", "aantal_kindplaatsen", "opvanglocatie_woonplaats", "verantwoordelijke_gemeente"]


def rows(path: Path) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8-sig"))))


def tree(folder: Path) -> dict[str, bytes]:
    return {path.relative_to(folder).as_posix(): path.read_bytes() for path in sorted(folder.rglob("*")) if path.is_file()}


@pytest.fixture(scope="module")
def made(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("synth-organisaties") / "data"
    assert main(["synth", "--organisaties", "3", "--met-bron", "--bron", str(GOOD), "--seed", "5", "--uit", str(root)]) == 0
    return root


def test_three_organisations_of_other_sizes_and_vocabularies_beside_the_copy(made: Path) -> None:
    source = rows(GOOD / "klachten.csv")
    assert sorted(path.name for path in made.iterdir()) == ["kindgroei", "partou-kinderopvang", "zonnebloem", "zonnetje"]
    shapes = {}
    for slug in ("zonnebloem", "kindgroei", "zonnetje"):
        complaints = rows(made / slug / "2024" / "klachten.csv")
        report = yaml.safe_load((made / slug / "2024" / "verslag.yaml").read_text(encoding="utf-8"))
        shapes[slug] = (len(complaints) // len(source), "label" in complaints[0], "gegrond" in complaints[0], bool(report.get("labels")), bool(report["oordelen"]))
        assert report["gepubliceerd"]["klachten"] == len(complaints)
    assert shapes == {"zonnebloem": (1, False, True, False, True), "kindgroei": (2, True, False, True, False), "zonnetje": (3, True, True, True, True)}
    # zonnebloem divides its complaints into categories of its own; the others use those of --bron.
    source_categories = {row["categorie"] for row in source}
    categories = {slug: {row["categorie"] for row in rows(made / slug / "2024" / "klachten.csv")} for slug in shapes}
    assert not categories["zonnebloem"] & source_categories and categories["kindgroei"] <= source_categories >= categories["zonnetje"]
    assert tree(made / "partou-kinderopvang" / "2024") == tree(GOOD)
    assert not (made / "partou-kinderopvang" / "locaties.csv").exists()


def test_each_synthetic_organisation_has_a_locations_file_with_every_location_and_a_place_they_share(made: Path) -> None:
    places = []
    for slug in ("zonnebloem", "kindgroei", "zonnetje"):
        complaints = rows(made / slug / "2024" / "klachten.csv")
        located = rows(made / slug / "locaties.csv")
        has_labels = "label" in complaints[0]
        assert list(located[0]) == [column for column in LRK_COLUMNS if has_labels or column != "label"]
        keys = sorted((row["actuele_naam_oko"], row.get("label", "")) for row in located)
        assert keys == sorted({(row["locatie"], row.get("label", "")) for row in complaints})
        assert all(row["lrk_id"].isdigit() and len(row["lrk_id"]) == 9 and row["type_oko"] in {"KDV", "BSO", "VGO", "PSZ"} for row in located)
        places.append({(row["verantwoordelijke_gemeente"], row["opvanglocatie_woonplaats"]) for row in located})
    shared = places[0] & places[1] & places[2]
    assert shared and all(place in dict(MUNICIPALITIES)[municipality] for municipality, place in shared)


def test_the_synthetic_organisations_share_a_location_name(made: Path) -> None:
    names = [{row["locatie"] for row in rows(made / slug / "2024" / "klachten.csv")} for slug in ("zonnebloem", "kindgroei", "zonnetje")]
    assert names[0] & names[1] & names[2]


@pytest.mark.slow
def test_every_organisation_passes_check_and_the_same_seed_gives_the_same_bytes(made: Path, tmp_path: Path, capsys) -> None:
    assert main(["check", "--data", str(made)]) == 0
    assert capsys.readouterr().out.count("Geen fouten: de gegevens kunnen gepubliceerd worden.") == 4
    again = tmp_path / "data"
    assert main(["synth", "--organisaties", "3", "--met-bron", "--bron", str(GOOD), "--seed", "5", "--uit", str(again)]) == 0
    assert tree(again) == tree(made)


def test_an_existing_folder_is_never_written_into(tmp_path: Path, capsys) -> None:
    target = tmp_path / "data"
    target.mkdir()
    (target / "eigen.txt").write_text("van iemand anders\n", encoding="utf-8")
    assert main(["synth", "--organisaties", "2", "--bron", str(GOOD), "--uit", str(target)]) == 2
    assert "bestaat al; er wordt nooit iets overschreven" in capsys.readouterr().err
    assert tree(target) == {"eigen.txt": b"van iemand anders\n"}
    assert sorted(path.name for path in tmp_path.iterdir()) == ["data"]


def test_the_copy_of_the_source_takes_its_own_locations_file_and_never_a_made_up_one(tmp_path: Path) -> None:
    source = tmp_path / "echt" / "2024"
    shutil.copytree(FIXTURES / "site" / "data" / "2024", source)
    shutil.copy(FIXTURES / "plaatsen" / "locaties.csv", source.parent / "locaties.csv")
    target = tmp_path / "data"
    assert main(["synth", "--organisaties", "2", "--met-bron", "--bron", str(source), "--uit", str(target)]) == 0
    [copy] = [folder for folder in target.iterdir() if folder.name not in ("zonnebloem", "kindgroei")]
    assert (copy / "locaties.csv").read_bytes() == (FIXTURES / "plaatsen" / "locaties.csv").read_bytes()
    assert tree(copy / "2024") == tree(source)
