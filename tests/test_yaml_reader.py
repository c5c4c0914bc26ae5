"""The hand-written YAML files (verslag.yaml, privacy-toegestaan.yaml, correcties.yaml): every
syntax error in Dutch with its line, and nesting deep enough to exhaust Python's stack a data
error like any other, in `check` and in a build."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
import yaml
from mkdocs.config import load_config
from yaml.nodes import MappingNode, Node, SequenceNode

import generator.dataset.yaml_reader as yaml_reader
from generator.cli import main
from generator.dataset.yaml_reader import MAX_NESTING, read_yaml
from generator.mkdocs_plugin import PLUGIN_NAME, BuildStopped
from site_builder import mkdocs_config

ROOT = Path(__file__).resolve().parent.parent
GOOD = ROOT / "tests" / "fixtures" / "good"
# Values nested too deep, and whether they start on the line after their key (a block list).
DEEP = {
    "haken": ("[" * 1000, False),
    "accolades": ("{a: " * 1000, False),
    "streepjes": ("- " * 1000 + "x", True),
    "net-te-diep": ("[" * MAX_NESTING + "]" * MAX_NESTING, False),
}
HINT = "Oplossing: controleer de haken [ ] en { } en de inspringing; dit bestand heeft maar een paar niveaus nodig."


@pytest.fixture
def year(tmp_path: Path) -> Path:
    folder = tmp_path / "data" / "2024"
    shutil.copytree(GOOD, folder)
    return folder


def nest_deeply(year: Path, file: str, value: str, on_next_line: bool) -> int:
    """Put the value in the file; the line it starts on."""
    path = year / file
    gap = "\n" if on_next_line else " "
    if file == "verslag.yaml":
        path.write_text(path.read_text(encoding="utf-8").replace("versie: '1.1'", f"versie:{gap}{value}"), encoding="utf-8")
        return 5 if on_next_line else 4
    path.write_text(f"toegestaan:{gap}{value}\n", encoding="utf-8")
    return 2 if on_next_line else 1


@pytest.mark.slow  # PyYAML takes a while over a thousand brackets; eight times `check`
@pytest.mark.parametrize(("value", "on_next_line"), DEEP.values(), ids=DEEP.keys())
@pytest.mark.parametrize("file", ["verslag.yaml", "privacy-toegestaan.yaml"])
def test_deep_nesting_is_a_data_error_with_its_file_and_line(year: Path, capsys, file: str, value: str, on_next_line: bool) -> None:
    line = nest_deeply(year, file, value, on_next_line)

    assert main(["check", str(year)]) == 1

    assert capsys.readouterr().err.splitlines() == [
        "1 fout in de gegevens:",
        f"{year / file}, rij {line}: de gegevens zijn hier meer dan {MAX_NESTING} niveaus diep genest (lijsten of sleutels in elkaar). {HINT}",
        "Er is niets geschreven. Verbeter de fouten en probeer het opnieuw.",
    ]


def test_nesting_one_level_too_deep_is_refused_before_it_is_read(tmp_path: Path) -> None:
    path = tmp_path / "diep.yaml"
    path.write_text("a:\n" + "- " * MAX_NESTING + "x\n", encoding="utf-8")

    value, problems = read_yaml(path, lambda reader, node, place: "gelezen", None)

    assert value is None
    assert [str(problem) for problem in problems] == [
        f"{path}, rij 2: de gegevens zijn hier meer dan {MAX_NESTING} niveaus diep genest (lijsten of sleutels in elkaar). {HINT}"
    ]


def test_nesting_as_deep_as_allowed_is_read(tmp_path: Path) -> None:
    path = tmp_path / "diep.yaml"
    # The mapping of 'a' is the first level.
    path.write_text("a: " + "[" * (MAX_NESTING - 1) + "]" * (MAX_NESTING - 1) + "\n", encoding="utf-8")

    assert read_yaml(path, lambda reader, node, place: "gelezen", None) == ("gelezen", [])


@pytest.mark.slow  # PyYAML takes a while over a thousand brackets
def test_deep_nesting_stops_a_plain_mkdocs_build_with_the_dutch_message(year: Path, tmp_path: Path) -> None:
    nest_deeply(year, "verslag.yaml", *DEEP["haken"])
    config = load_config(str(mkdocs_config(year.parent, tmp_path / "project")))

    with pytest.raises(BuildStopped) as stopped:
        config.plugins[PLUGIN_NAME].on_config(config)

    assert str(stopped.value).splitlines()[1] == (
        f"{year / 'verslag.yaml'}, rij 4: de gegevens zijn hier meer dan {MAX_NESTING} niveaus diep genest (lijsten of sleutels in elkaar). {HINT}"
    )


SYNTAX_ERRORS = {
    "lijst-open": ("a: [1, 2\nb: 3\n", 2, "een lijst tussen [ ] is niet goed afgesloten (er mist een ] of een komma)"),
    "reeks-open": ("a: {b: 1\n", 2, "een reeks tussen { } is niet goed afgesloten (er mist een } of een komma)"),
    "dubbele-punt": ("a: b: c\n", 1, "hier staat een dubbele punt waar er geen mag staan"),
    "tab": ("a:\n\t- x\n", 2, "er staat een tab; spring in met spaties"),
    "apenstaartje": ("a: @b\n", 1, "het teken @ mag niet aan het begin van een waarde staan"),
    "aanhalingsteken": ("a: 'x\n", 2, "een aanhalingsteken wordt niet gesloten"),
    "code": ('a: "x\\q"\n', 1, "een onbekende code met \\ in tekst tussen dubbele aanhalingstekens"),
    "verwijzing": ("a: *x\n", 1, "een verwijzing met * naar iets dat niet bestaat"),
    "inspringing": ("- a\nb: c\n", 2, "de inspringing klopt niet"),
    "na-het-einde": ("{a: 1}}\n", 1, "na het einde van de gegevens staat nog iets"),
}


@pytest.mark.parametrize(("text", "line", "dutch"), SYNTAX_ERRORS.values(), ids=SYNTAX_ERRORS.keys())
def test_a_syntax_error_is_said_in_dutch_with_its_line(tmp_path: Path, text: str, line: int, dutch: str) -> None:
    path = tmp_path / "verslag.yaml"
    path.write_text(text, encoding="utf-8")

    value, problems = read_yaml(path, lambda reader, node, place: "gelezen", None)

    assert value is None
    assert [(problem.row, problem.message) for problem in problems] == [(line, f"het bestand is geen geldige YAML: {dutch}")]
    assert not re.search(r"\b(expected|found|while|scanning|parsing|allowed|token)\b", str(problems[0]))


def node_tree(node: Node | None) -> object:
    """What the readers use of a node: its kind, tag, line and value, all the way down."""
    if node is None:
        return None
    if isinstance(node, MappingNode):
        value: object = [(node_tree(key), node_tree(item)) for key, item in node.value]
    elif isinstance(node, SequenceNode):
        value = [node_tree(item) for item in node.value]
    else:
        value = node.value
    return type(node).__name__, node.tag, node.start_mark.line, value


YAML_FILES = sorted({*ROOT.glob("data/**/*.yaml"), *ROOT.glob("tests/fixtures/**/*.yaml")})


@pytest.mark.skipif(yaml_reader.FAST_LOADER is None, reason="PyYAML is installed without libyaml here")
@pytest.mark.parametrize("path", YAML_FILES, ids=lambda path: str(path.relative_to(ROOT)))
def test_libyaml_gives_the_nodes_pyyaml_gives(path: Path) -> None:
    text = path.read_bytes().decode("utf-8-sig")
    quickly = yaml_reader._parsed_by_libyaml(path, text)
    loader = yaml.SafeLoader(text)
    try:
        slowly = loader.get_single_node()
    except yaml.YAMLError:
        assert quickly is None  # a fixture with a syntax error: PyYAML's parser says what it is
        return
    finally:
        loader.dispose()
    assert quickly is not None
    assert node_tree(quickly.root) == node_tree(slowly)


@pytest.mark.parametrize("text", ["[" * 1000, "a: [1, 2\nb: 3\n", "a: 'open\n", "naam: x\x07\n", "a: 1\n---\nb: 2\n"])
def test_a_file_libyaml_finds_a_problem_in_is_left_to_pyyaml(text: str) -> None:
    assert yaml_reader._parsed_by_libyaml(Path("x.yaml"), text) is None
