"""Typed reading of a hand-written YAML file, every problem with its line.

The file is composed into YAML nodes rather than loaded into plain Python values, so that every
problem can name the line it is on. Each problem names the key as a dotted path, with list items
counted from 1 as a person counts them: gepubliceerd.tabel.rijen[3].eindtotaal is the
'eindtotaal' of the third row. verslag.yaml, privacy-toegestaan.yaml and correcties.yaml are read
this way; each module declares its keys as Fields and gets values or problems back.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from generator.dataset.characters import first_bad_character
from generator.dataset.validate import in_row_order, suggestion_hint
from generator.errors import Problem

MAX_COUNT = 1_000_000_000
# A value still to be filled in, as `nieuw-jaar` writes it ('datum: "VUL IN: de datum ..."'): reported
# at its line until it is replaced, whatever kind of value the key wants.
TO_FILL_IN = "VUL IN"
MAX_NESTING = 50
# PyYAML's syntax errors (its context and problem, as English text) and what they mean in Dutch.
YAML_ERRORS = (
    (r"expected ',' or '\]'", "een lijst tussen [ ] is niet goed afgesloten (er mist een ] of een komma)"),
    (r"expected ',' or '\}'", "een reeks tussen { } is niet goed afgesloten (er mist een } of een komma)"),
    (r"mapping values are not allowed here", "hier staat een dubbele punt waar er geen mag staan"),
    (r"could not find expected ':'", "er mist een dubbele punt achter een sleutel"),
    (r"found character '\\t' that cannot start any token", "er staat een tab; spring in met spaties"),
    (r"found character '(.)' that cannot start any token", "het teken {0} mag niet aan het begin van een waarde staan"),
    (r"quoted scalar.*found unexpected end of stream", "een aanhalingsteken wordt niet gesloten"),
    (r"found unknown escape character", "een onbekende code met \\ in tekst tussen dubbele aanhalingstekens"),
    (r"found undefined alias", "een verwijzing met * naar iets dat niet bestaat"),
    (r"found duplicate anchor", "een anker met & staat er twee keer"),
    (r"expected <block end>|did not find expected key|expected <block mapping start>", "de inspringing klopt niet"),
    (r"expected '<document start>'", "na het einde van de gegevens staat nog iets"),
)
FAST_LOADER = getattr(yaml, "CSafeLoader", None)  # None: PyYAML was installed without libyaml
SAVE_AS_UTF8 = "sla het bestand op als UTF-8 (in Kladblok: Opslaan als, Codering UTF-8)."
T = TypeVar("T")


@dataclass(frozen=True)
class Place:
    path: str  # dotted key path; "" for the whole file
    line: int

    def child(self, key: str, line: int) -> Place:
        return Place(f"{self.path}.{key}" if self.path else key, line)

    def item(self, index: int, line: int) -> Place:
        return Place(f"{self.path}[{index}]", line)


@dataclass(frozen=True)
class Expected:
    """A kind of scalar value: how to name it, what it accepts and how to write it right."""

    name: str
    accepts: Callable[[object], bool]
    hint: str


def _is_count(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value >= 0


def _is_number(value: object) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool) and value >= 0


def _is_text(value: object) -> bool:
    return isinstance(value, str) and bool(value.strip())


def _is_date(value: object) -> bool:
    return isinstance(value, datetime.date) and not isinstance(value, datetime.datetime)


TEXT = Expected("tekst", _is_text, "vul tekst in; zet tekst die op een getal of datum lijkt tussen aanhalingstekens.")
COUNT = Expected(
    "een geheel getal van 0 of meer",
    _is_count,
    "schrijf een geheel getal zonder aanhalingstekens en zonder punt, bijvoorbeeld 538.",
)
NUMBER = Expected(
    "een getal van 0 of meer",
    _is_number,
    "schrijf een getal met een punt als decimaalteken, bijvoorbeeld 0.74.",
)
DATE = Expected(
    "een datum",
    _is_date,
    "schrijf de datum als jjjj-mm-dd zonder aanhalingstekens, bijvoorbeeld 2025-05-31.",
)
YES_NO = Expected(
    "ja of nee",
    lambda value: isinstance(value, bool) or (isinstance(value, str) and value.strip().lower() in ("ja", "nee")),
    "schrijf ja of nee.",
)
COUNT_OR_EMPTY = Expected(
    "een geheel getal of null",
    lambda value: value is None or _is_count(value),
    "schrijf een geheel getal, of null voor een lege cel.",
)


@dataclass(frozen=True)
class Field:
    read: Callable[[NodeReader, Node, Place], object]
    required: bool = True
    example: str = ""  # a line to add when the key is missing


class NodeReader:
    """Reads typed values out of composed YAML nodes and collects every problem with its place."""

    def __init__(self, file: Path, loader: yaml.SafeLoader):
        self.file = file
        self._loader = loader
        self.problems: list[Problem] = []

    def add_problem(self, place: Place, message: str, hint: str) -> None:
        self.problems.append(Problem(self.file, place.line, place.path or None, message, hint))

    # Scalars

    def text(self, node: Node, place: Place) -> str | None:
        if isinstance(node, ScalarNode) and node.value and not _is_null(node):
            # A number or date where text was meant: quoting it keeps it exactly as written.
            value = self._scalar(node, place, TEXT, f"zet de waarde tussen aanhalingstekens: '{node.value}'.")
        else:
            value = self._scalar(node, place, TEXT)
        return value if value is None or self._clean(value, place) else None

    def _clean(self, value: str, place: Place) -> bool:
        """False, with a problem, for text with a control character (YAML lets them in as escapes
        such as "\\u202e") or a line break where one line is expected."""
        bad = first_bad_character(value.replace("\n", " ").replace("\r", " "))
        if bad is not None:
            self.add_problem(place, bad.message(), bad.hint)
        return bad is None

    def count(self, node: Node, place: Place) -> int | None:
        return self._not_too_large(self._scalar(node, place, COUNT), node, place)

    def _not_too_large(self, value: int | None, node: Node, place: Place) -> int | None:
        """A count of a billion or more is a typo; the site would print it as a figure."""
        if value is None or value <= MAX_COUNT:
            return value
        shown = node.value if len(node.value) <= 20 else node.value[:20] + "…"
        self.add_problem(place, f"het getal {shown} is te groot", "schrijf een geheel getal tot een miljard; controleer of er niet per ongeluk cijfers bij zijn gekomen.")
        return None

    def number(self, node: Node, place: Place) -> float | None:
        value = self._scalar(node, place, NUMBER)
        return None if value is None else float(value)

    def date(self, node: Node, place: Place) -> datetime.date | None:
        return self._scalar(node, place, DATE)

    def yes_no(self, node: Node, place: Place) -> bool | None:
        """ja or nee (or YAML's own true and false)."""
        value = self._scalar(node, place, YES_NO)
        return value if value is None or isinstance(value, bool) else value.strip().lower() == "ja"

    def count_or_empty(self, node: Node, place: Place) -> int | None:
        return self._not_too_large(self._scalar(node, place, COUNT_OR_EMPTY), node, place)

    def _scalar(self, node: Node, place: Place, expected: Expected, hint: str = "") -> Any:
        hint = hint or expected.hint
        if not isinstance(node, ScalarNode):
            self.add_problem(place, f"verwacht {expected.name}, gevonden {_describe_node(node)}", hint)
            return None
        try:
            value = self._loader.construct_object(node)
        except (yaml.YAMLError, ValueError):
            # PyYAML reads 2025-02-30 as a date and then fails to make one.
            self.add_problem(place, f"de waarde '{node.value}' is niet te lezen", hint)
            return None
        if expected.accepts(value):
            return value
        self.add_problem(place, f"verwacht {expected.name}, gevonden {_describe_value(value, node.value)}", hint)
        return None

    # Collections

    def mapping(self, node: Node, place: Place, fields: dict[str, Field]) -> dict[str, object]:
        """Values of the declared keys (None when absent); unknown and missing keys are problems."""
        values: dict[str, object] = {}
        for key, value_node, key_place in self.entries(node, place) or []:
            declared = fields.get(key)
            if declared is None:
                otherwise = f"gebruik een van deze sleutels of haal de regel weg: {', '.join(fields)}."
                self.add_problem(key_place, "onbekende sleutel", suggestion_hint(key, list(fields), otherwise))
            elif not declared.required and _is_null(value_node):
                values[key] = None
            elif is_to_fill_in(value_node):
                self._report_to_fill_in(key_place, value_node, declared)
                values[key] = None
            else:
                values[key] = declared.read(self, value_node, key_place)
        if isinstance(node, MappingNode):
            self._report_missing(place, fields, values)
        return {name: values.get(name) for name in fields}

    def _report_to_fill_in(self, place: Place, node: ScalarNode, declared: Field) -> None:
        what = node.value[len(TO_FILL_IN) :].strip(" :")
        example = f"vervang de waarde, bijvoorbeeld door '{declared.example}'" if declared.example else "vervang de waarde"
        hint = f"{example}." if declared.required else f"{example}, of haal de regel weg als het verslag dit niet noemt."
        self.add_problem(place, f"nog niet ingevuld: {what}" if what else "nog niet ingevuld", hint)

    def _report_missing(self, place: Place, fields: dict[str, Field], values: dict[str, object]) -> None:
        for name, declared in fields.items():
            if declared.required and name not in values:
                under = f" onder '{place.path}'" if place.path else ""
                self.add_problem(place.child(name, place.line), "verplichte sleutel ontbreekt", f"voeg de regel '{declared.example}' toe{under}.")

    def entries(self, node: Node, place: Place) -> list[tuple[str, Node, Place]] | None:
        """The text keys of a mapping with their value nodes and places; None when not a mapping."""
        if not isinstance(node, MappingNode):
            hint = "schrijf ingesprongen regels 'naam: waarde' onder de sleutel, of {} als er geen zijn."
            self.add_problem(place, f"verwacht sleutels met waarden, gevonden {_describe_node(node)}", hint)
            return None
        result = []
        seen: set[str] = set()
        for key_node, value_node in node.value:
            key = self._key(key_node, place)
            if key is None:
                continue
            key_place = place.child(key, key_node.start_mark.line + 1)
            if key in seen:
                self.add_problem(key_place, "de sleutel staat er meer dan één keer", f"houd één regel '{key}: ...' over.")
                continue
            seen.add(key)
            result.append((key, value_node, key_place))
        return result

    def _key(self, key_node: Node, place: Place) -> str | None:
        if isinstance(key_node, ScalarNode) and key_node.tag == yaml.resolver.BaseResolver.DEFAULT_SCALAR_TAG:
            where = Place(place.path, key_node.start_mark.line + 1)
            return key_node.value if self._clean(key_node.value, where) else None
        where = Place(place.path, key_node.start_mark.line + 1)
        raw = key_node.value if isinstance(key_node, ScalarNode) else ""
        self.add_problem(where, f"de sleutel '{raw}' is geen tekst", f"zet de sleutel tussen aanhalingstekens: '{raw}'.")
        return None

    def items(self, node: Node, place: Place, read: Callable[[NodeReader, Node, Place], object]) -> list:
        if not isinstance(node, SequenceNode):
            hint = "schrijf een lijst, op één regel tussen [ ] of als regels die met '- ' beginnen."
            self.add_problem(place, f"verwacht een lijst, gevonden {_describe_node(node)}", hint)
            return []
        return [read(self, item, place.item(index, item.start_mark.line + 1)) for index, item in enumerate(node.value, start=1)]


def is_to_fill_in(node: Node) -> bool:
    return isinstance(node, ScalarNode) and node.tag == yaml.resolver.BaseResolver.DEFAULT_SCALAR_TAG and node.value.startswith(TO_FILL_IN)


def _is_null(node: Node) -> bool:
    return isinstance(node, ScalarNode) and node.tag == "tag:yaml.org,2002:null"


def _describe_node(node: Node) -> str:
    if isinstance(node, SequenceNode):
        return "een lijst"
    if isinstance(node, MappingNode):
        return "sleutels met waarden"
    if _is_null(node):
        return "een lege waarde"
    return f"'{node.value}'"


def _describe_value(value: object, raw: str) -> str:
    if value is None:
        return "een lege waarde"
    if isinstance(value, bool):
        return f"de ja/nee-waarde '{raw}'"
    if isinstance(value, (int, float)):
        return f"het getal {raw}"
    if isinstance(value, datetime.date):
        return f"de datum {raw}"
    if isinstance(value, str):
        return f"de tekst '{value}'" if value.strip() else "een lege tekst"
    return f"'{raw}'"



class KeptYamlNodes:
    """The nodes of each YAML file as it was last parsed, by its text: a file read again with
    the same text is not parsed again (a live preview's rebuild). Every value is still read from
    the nodes, with every check, so that a check that looks beyond the file (does the file named
    in an entry exist?) runs again. Only the last text of each file is kept."""

    def __init__(self) -> None:
        self._parsed: dict[Path, tuple[str, Node | Problem | None]] = {}

    def parsed(self, path: Path, text: str) -> Node | Problem | None:
        kept = self._parsed.get(path)
        if kept is not None and kept[0] == text:
            return kept[1]
        parsed = _parse(path, text)
        self._parsed[path] = (text, parsed)
        return parsed


def read_yaml(
    path: Path, read: Callable[[NodeReader, Node, Place], T], empty_hint: str | None, kept: KeptYamlNodes | None = None,
) -> tuple[T | None, list[Problem]]:
    """What read makes of the file's root node, or None with the problems when anything is wrong.

    An empty file (or one with only comments) is a problem with empty_hint; without empty_hint it
    gives None and no problem. `kept`: the nodes of files parsed before (see KeptYamlNodes).
    """
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError:
        return None, [Problem(path, None, None, "tekst is niet te lezen", SAVE_AS_UTF8)]
    parsed = kept.parsed(path, text) if kept is not None else _parse(path, text)
    if isinstance(parsed, Problem):
        return None, [parsed]
    if parsed is None:
        return None, ([Problem(path, None, None, "het bestand is leeg", empty_hint)] if empty_hint else [])
    # The values are made from the nodes by a loader of their own, which keeps what it made.
    loader = yaml.SafeLoader("")
    try:
        return _read(path, loader, parsed, read)
    except yaml.MarkedYAMLError as error:
        return None, [_syntax_problem(path, error)]
    finally:
        loader.dispose()


@dataclass(frozen=True)
class _Parsed:
    root: Node | None


def _parse(path: Path, text: str) -> Node | Problem | None:
    """The file's root node (None for an empty file), or the problem that stops parsing it."""
    quickly = _parsed_by_libyaml(path, text)
    if quickly is not None:
        return quickly.root
    try:
        too_deep = _too_deep(path, text)
        if too_deep is not None:
            return too_deep
        loader = yaml.SafeLoader(text)
    except yaml.reader.ReaderError as error:
        return _character_problem(path, text, error)
    except yaml.MarkedYAMLError as error:
        return _syntax_problem(path, error)
    try:
        return loader.get_single_node()
    except yaml.MarkedYAMLError as error:
        return _syntax_problem(path, error)
    finally:
        loader.dispose()


def _parsed_by_libyaml(path: Path, text: str) -> _Parsed | None:
    """The nodes of a file that libyaml (PyYAML's parser in C, ten times as fast; a large
    privacy-toegestaan.yaml took seconds) reads without any problem; None when it is not
    installed or finds a problem: PyYAML's own parser then reads the file again and says what
    the problem is, in the words YAML_ERRORS translates."""
    if FAST_LOADER is None:
        return None
    try:
        yaml.reader.Reader(text)  # PyYAML's check of the characters (_character_problem)
        if _too_deep(path, text, FAST_LOADER) is not None:
            return None
        loader = FAST_LOADER(text)
        try:
            return _Parsed(loader.get_single_node())
        finally:
            loader.dispose()
    except yaml.YAMLError:
        return None


def _too_deep(path: Path, text: str, loader_class: type = yaml.SafeLoader) -> Problem | None:
    """A list or mapping nested deeper than any of these files needs, found before PyYAML builds
    its nodes (which it does recursively: thousands of '[' would exhaust Python's stack)."""
    loader = loader_class(text)
    depth = 0
    try:
        while (event := loader.get_event()) is not None:
            if isinstance(event, (yaml.SequenceStartEvent, yaml.MappingStartEvent)):
                depth += 1
                if depth > MAX_NESTING:
                    message = f"de gegevens zijn hier meer dan {MAX_NESTING} niveaus diep genest (lijsten of sleutels in elkaar)"
                    hint = "controleer de haken [ ] en { } en de inspringing; dit bestand heeft maar een paar niveaus nodig."
                    return Problem(path, event.start_mark.line + 1, None, message, hint)
            elif isinstance(event, (yaml.SequenceEndEvent, yaml.MappingEndEvent)):
                depth -= 1
    finally:
        loader.dispose()
    return None


def _read(path: Path, loader: yaml.SafeLoader, root: Node, read: Callable[[NodeReader, Node, Place], T]) -> tuple[T | None, list[Problem]]:
    reader = NodeReader(path, loader)
    value = read(reader, root, Place("", root.start_mark.line + 1))
    # Missing keys are found after the keys below them; a person reads the file top down.
    problems = in_row_order(reader.problems)
    return (None if problems else value), problems


def _character_problem(path: Path, text: str, error: yaml.reader.ReaderError) -> Problem:
    line = text.count("\n", 0, error.position) + 1
    message = f"het bestand bevat een teken dat niet in tekst hoort (U+{error.character:04X})"
    hint = "haal het teken weg; zulke tekens komen vaak mee bij kopiëren uit een ander programma."
    return Problem(path, line, None, message, hint)


def _syntax_problem(path: Path, error: yaml.MarkedYAMLError) -> Problem:
    mark = error.problem_mark or error.context_mark
    line = mark.line + 1 if mark else None
    hint = "controleer de inspringing en de dubbele punten op deze regel en de regel erboven; zet tekst met : of # erin tussen aanhalingstekens."
    return Problem(path, line, None, f"het bestand is geen geldige YAML: {_dutch_syntax_error(error)}", hint)


def _dutch_syntax_error(error: yaml.MarkedYAMLError) -> str:
    """PyYAML's English description of a syntax error, said in Dutch."""
    said = f"{error.context or ''} {error.problem or ''}"
    for pattern, dutch in YAML_ERRORS:
        match = re.search(pattern, said)
        if match:
            return dutch.format(*match.groups()) if match.groups() else dutch
    return "de opbouw klopt hier niet"
