"""Typed loading of verslag.yaml: the report's metadata, labels and its own published figures.

The file is composed into YAML nodes rather than loaded into plain Python values, so that every
problem can name the line it is on. Each problem names the key as a dotted path, with list items
counted from 1 as a person counts them: gepubliceerd.tabel.rijen[3].eindtotaal is the
'eindtotaal' of the third row.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any, TypeVar

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from generator import schema
from generator.dataset.characters import first_bad_character
from generator.dataset.validate import in_row_order, suggestion_hint, unknown_category_hint
from generator.errors import Problem

MAX_COUNT = 1_000_000_000
SAVE_AS_UTF8 = "sla het bestand op als UTF-8 (in Kladblok: Opslaan als, Codering UTF-8)."
T = TypeVar("T")


# --- The report ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class SummaryRow:
    category: str
    cells: dict[str, int | None]  # by column of the summary table; None is an empty cell
    total: int | None


@dataclass(frozen=True)
class SummaryTotal:
    cells: dict[str, int | None]
    total: int | None


@dataclass(frozen=True)
class SummaryTable:
    """The summary table of section 3.1, as printed."""

    columns: tuple[str, ...]
    rows: tuple[SummaryRow, ...]
    total: SummaryTotal | None


@dataclass(frozen=True)
class PreviousYear:
    year: int
    complaints: int | None
    percentage_children_with_complaint: float | None
    categories: dict[str, int]


@dataclass(frozen=True)
class EntityDisputes:
    entity: str
    submitted: int
    with_ruling: int


@dataclass(frozen=True)
class DisputeFigures:
    submitted: int | None
    upheld: int | None
    previous_year_submitted: int | None
    per_entity: tuple[EntityDisputes, ...]


@dataclass(frozen=True)
class PublishedFigures:
    """The figures the report itself prints; the site checks its own counts against them."""

    complaints: int | None
    percentage_children_with_complaint: float | None
    table: SummaryTable | None
    category_figures: dict[str, int]  # the figures the narrative mentions, by canonical category
    previous_year: PreviousYear | None
    disputes: DisputeFigures | None


@dataclass(frozen=True)
class ReportMeta:
    organisation: str
    year: int
    title: str
    version: str
    date: datetime.date
    author: str | None
    source: str | None  # the source document, relative to the year folder
    organisation_locations: int | None
    children_cared_for: int | None
    labels: dict[str, str]  # label as in the data -> short name on the site
    published: PublishedFigures | None


# --- Reading nodes -------------------------------------------------------------------------------


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

    def report(self, place: Place, message: str, hint: str) -> None:
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
            self.report(place, bad.message(), bad.hint)
        return bad is None

    def count(self, node: Node, place: Place) -> int | None:
        return self._not_too_large(self._scalar(node, place, COUNT), node, place)

    def _not_too_large(self, value: int | None, node: Node, place: Place) -> int | None:
        """A count of a billion or more is a typo; the site would print it as a figure."""
        if value is None or value <= MAX_COUNT:
            return value
        shown = node.value if len(node.value) <= 20 else node.value[:20] + "…"
        self.report(place, f"het getal {shown} is te groot", "schrijf een geheel getal tot een miljard; controleer of er niet per ongeluk cijfers bij zijn gekomen.")
        return None

    def number(self, node: Node, place: Place) -> float | None:
        value = self._scalar(node, place, NUMBER)
        return None if value is None else float(value)

    def date(self, node: Node, place: Place) -> datetime.date | None:
        return self._scalar(node, place, DATE)

    def count_or_empty(self, node: Node, place: Place) -> int | None:
        return self._not_too_large(self._scalar(node, place, COUNT_OR_EMPTY), node, place)

    def _scalar(self, node: Node, place: Place, expected: Expected, hint: str = "") -> Any:
        hint = hint or expected.hint
        if not isinstance(node, ScalarNode):
            self.report(place, f"verwacht {expected.name}, gevonden {_describe_node(node)}", hint)
            return None
        try:
            value = self._loader.construct_object(node)
        except (yaml.YAMLError, ValueError):
            # PyYAML reads 2025-02-30 as a date and then fails to make one.
            self.report(place, f"de waarde '{node.value}' is niet te lezen", hint)
            return None
        if expected.accepts(value):
            return value
        self.report(place, f"verwacht {expected.name}, gevonden {_describe_value(value, node.value)}", hint)
        return None

    # Collections

    def mapping(self, node: Node, place: Place, fields: dict[str, Field]) -> dict[str, object]:
        """Values of the declared keys (None when absent); unknown and missing keys are problems."""
        values: dict[str, object] = {}
        for key, value_node, key_place in self.entries(node, place) or []:
            declared = fields.get(key)
            if declared is None:
                otherwise = f"gebruik een van deze sleutels of haal de regel weg: {', '.join(fields)}."
                self.report(key_place, "onbekende sleutel", suggestion_hint(key, list(fields), otherwise))
            elif not declared.required and _is_null(value_node):
                values[key] = None
            else:
                values[key] = declared.read(self, value_node, key_place)
        if isinstance(node, MappingNode):
            self._report_missing(place, fields, values)
        return {name: values.get(name) for name in fields}

    def _report_missing(self, place: Place, fields: dict[str, Field], values: dict[str, object]) -> None:
        for name, declared in fields.items():
            if declared.required and name not in values:
                under = f" onder '{place.path}'" if place.path else ""
                self.report(place.child(name, place.line), "verplichte sleutel ontbreekt", f"voeg de regel '{declared.example}' toe{under}.")

    def entries(self, node: Node, place: Place) -> list[tuple[str, Node, Place]] | None:
        """The text keys of a mapping with their value nodes and places; None when not a mapping."""
        if not isinstance(node, MappingNode):
            hint = "schrijf ingesprongen regels 'naam: waarde' onder de sleutel, of {} als er geen zijn."
            self.report(place, f"verwacht sleutels met waarden, gevonden {_describe_node(node)}", hint)
            return None
        result = []
        seen: set[str] = set()
        for key_node, value_node in node.value:
            key = self._key(key_node, place)
            if key is None:
                continue
            key_place = place.child(key, key_node.start_mark.line + 1)
            if key in seen:
                self.report(key_place, "de sleutel staat er meer dan één keer", f"houd één regel '{key}: ...' over.")
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
        self.report(where, f"de sleutel '{raw}' is geen tekst", f"zet de sleutel tussen aanhalingstekens: '{raw}'.")
        return None

    def items(self, node: Node, place: Place, read: Callable[[NodeReader, Node, Place], object]) -> list:
        if not isinstance(node, SequenceNode):
            hint = "schrijf een lijst, op één regel tussen [ ] of als regels die met '- ' beginnen."
            self.report(place, f"verwacht een lijst, gevonden {_describe_node(node)}", hint)
            return []
        return [read(self, item, place.item(index, item.start_mark.line + 1)) for index, item in enumerate(node.value, start=1)]


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


# --- Reading the report --------------------------------------------------------------------------


def load_report(path: Path) -> tuple[ReportMeta | None, list[Problem]]:
    """The report's metadata; None when anything in verslag.yaml is wrong (the problems say what)."""
    hint = "zet de gegevens van het verslag erin, te beginnen met 'organisatie:', 'jaar:' en 'titel:'."
    return read_yaml(path, _report, hint)


def read_yaml(path: Path, read: Callable[[NodeReader, Node, Place], T], empty_hint: str | None) -> tuple[T | None, list[Problem]]:
    """What read makes of the file's root node, or None with the problems when anything is wrong.

    An empty file (or one with only comments) is a problem with empty_hint; without empty_hint it
    gives None and no problem.
    """
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError:
        return None, [Problem(path, None, None, "tekst is niet te lezen", SAVE_AS_UTF8)]
    try:
        loader = yaml.SafeLoader(text)
    except yaml.reader.ReaderError as error:
        return None, [_character_problem(path, text, error)]
    try:
        return _load(path, loader, read, empty_hint)
    except yaml.MarkedYAMLError as error:
        return None, [_syntax_problem(path, error)]
    finally:
        loader.dispose()


def _load(
    path: Path, loader: yaml.SafeLoader, read: Callable[[NodeReader, Node, Place], T], empty_hint: str | None
) -> tuple[T | None, list[Problem]]:
    root = loader.get_single_node()
    if root is None:
        return None, ([Problem(path, None, None, "het bestand is leeg", empty_hint)] if empty_hint else [])
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
    detail = error.problem or error.context or "onbekende fout"
    hint = "controleer de inspringing en de dubbele punten op deze regel en de regel erboven; zet tekst met : of # erin tussen aanhalingstekens."
    return Problem(path, line, None, f"het bestand is geen geldige YAML ({detail})", hint)


def _report(reader: NodeReader, node: Node, place: Place) -> ReportMeta:
    values = reader.mapping(
        node,
        place,
        {
            "organisatie": Field(NodeReader.text, example="organisatie: Partou kinderopvang"),
            "jaar": Field(NodeReader.count, example="jaar: 2024"),
            "titel": Field(NodeReader.text, example="titel: Klachtenjaarverslag Partou kinderopvang 2024"),
            "versie": Field(NodeReader.text, example="versie: '1.0'"),
            "datum": Field(NodeReader.date, example="datum: 2025-05-31"),
            "auteur": Field(NodeReader.text, required=False),
            "bron": Field(NodeReader.text, required=False),
            "locaties_organisatie": Field(NodeReader.count, required=False),
            "kinderen_opgevangen": Field(NodeReader.count, required=False),
            "labels": Field(_labels, example="labels: {}"),
            "gepubliceerd": Field(_published, required=False),
        },
    )
    return ReportMeta(
        organisation=values["organisatie"],
        year=values["jaar"],
        title=values["titel"],
        version=values["versie"],
        date=values["datum"],
        author=values["auteur"],
        source=values["bron"],
        organisation_locations=values["locaties_organisatie"],
        children_cared_for=values["kinderen_opgevangen"],
        labels=values["labels"] or {},
        published=values["gepubliceerd"],
    )


def _labels(reader: NodeReader, node: Node, place: Place) -> dict[str, str]:
    return {key: reader.text(value_node, key_place) for key, value_node, key_place in reader.entries(node, place) or []}


def _published(reader: NodeReader, node: Node, place: Place) -> PublishedFigures:
    values = reader.mapping(
        node,
        place,
        {
            "klachten": Field(NodeReader.count, required=False),
            "percentage_kinderen_met_klacht": Field(NodeReader.number, required=False),
            "tabel": Field(_summary_table, required=False),
            "toelichting_per_categorie": Field(_category_counts, required=False),
            "vorig_jaar": Field(_previous_year, required=False),
            "geschillen": Field(_dispute_figures, required=False),
        },
    )
    return PublishedFigures(
        complaints=values["klachten"],
        percentage_children_with_complaint=values["percentage_kinderen_met_klacht"],
        table=values["tabel"],
        category_figures=values["toelichting_per_categorie"] or {},
        previous_year=values["vorig_jaar"],
        disputes=values["geschillen"],
    )


def _summary_table(reader: NodeReader, node: Node, place: Place) -> SummaryTable:
    # The rows are checked against the columns, which may come later in the file.
    columns = _peek_texts(node, "kolommen")
    values = reader.mapping(
        node,
        place,
        {
            "kolommen": Field(_texts, example="kolommen: [Geen label, Partou, Smallsteps]"),
            "rijen": Field(partial(_summary_rows, columns=columns), example="rijen: []"),
            "eindtotaal": Field(partial(_summary_total, columns=columns), required=False),
        },
    )
    return SummaryTable(columns=tuple(values["kolommen"] or ()), rows=tuple(values["rijen"] or ()), total=values["eindtotaal"])


def _peek_texts(node: Node, key: str) -> tuple[str, ...] | None:
    if not isinstance(node, MappingNode):
        return None
    for key_node, value_node in node.value:
        if isinstance(key_node, ScalarNode) and key_node.value == key and isinstance(value_node, SequenceNode):
            return tuple(item.value for item in value_node.value if isinstance(item, ScalarNode))
    return None


def _texts(reader: NodeReader, node: Node, place: Place) -> list[str]:
    return reader.items(node, place, NodeReader.text)


def _summary_rows(reader: NodeReader, node: Node, place: Place, columns: tuple[str, ...] | None) -> list[SummaryRow]:
    return reader.items(node, place, partial(_summary_row, columns=columns))


def _summary_row(reader: NodeReader, node: Node, place: Place, columns: tuple[str, ...] | None) -> SummaryRow:
    values = reader.mapping(
        node,
        place,
        {
            "categorie": Field(_category, example="categorie: Communicatie"),
            "cellen": Field(partial(_cells, columns=columns), example="cellen: {Geen label: null, Partou: 20}"),
            "eindtotaal": Field(NodeReader.count_or_empty, required=False),
        },
    )
    return SummaryRow(category=values["categorie"], cells=values["cellen"] or {}, total=values["eindtotaal"])


def _summary_total(reader: NodeReader, node: Node, place: Place, columns: tuple[str, ...] | None) -> SummaryTotal:
    values = reader.mapping(
        node,
        place,
        {
            "cellen": Field(partial(_cells, columns=columns), example="cellen: {Geen label: 6, Partou: 189}"),
            "eindtotaal": Field(NodeReader.count_or_empty, required=False),
        },
    )
    return SummaryTotal(cells=values["cellen"] or {}, total=values["eindtotaal"])


def _cells(reader: NodeReader, node: Node, place: Place, columns: tuple[str, ...] | None) -> dict[str, int | None]:
    cells = {}
    for key, value_node, key_place in reader.entries(node, place) or []:
        if columns is not None and key not in columns:
            otherwise = f"gebruik de namen uit 'kolommen': {', '.join(columns)}."
            reader.report(key_place, "deze kolom staat niet in 'kolommen'", suggestion_hint(key, columns, otherwise))
        cells[key] = reader.count_or_empty(value_node, key_place)
    if isinstance(node, MappingNode):
        for column in columns or ():
            if column not in cells:
                reader.report(place.child(column, place.line), "de cel ontbreekt", f"voeg '{column}: null' toe voor een lege cel.")
    return cells


def _category(reader: NodeReader, node: Node, place: Place) -> str | None:
    name = reader.text(node, place)
    if name is not None and name not in schema.CATEGORIES:
        reader.report(place, f"onbekende categorie '{name}'", unknown_category_hint(name))
    return name


def _category_counts(reader: NodeReader, node: Node, place: Place) -> dict[str, int]:
    counts = {}
    for key, value_node, key_place in reader.entries(node, place) or []:
        if key not in schema.CATEGORIES:
            reader.report(key_place, f"onbekende categorie '{key}'", unknown_category_hint(key))
        counts[key] = reader.count(value_node, key_place)
    return counts


def _previous_year(reader: NodeReader, node: Node, place: Place) -> PreviousYear:
    values = reader.mapping(
        node,
        place,
        {
            "jaar": Field(NodeReader.count, example="jaar: 2023"),
            "klachten": Field(NodeReader.count, required=False),
            "percentage_kinderen_met_klacht": Field(NodeReader.number, required=False),
            "categorieen": Field(_category_counts, required=False),
        },
    )
    return PreviousYear(
        year=values["jaar"],
        complaints=values["klachten"],
        percentage_children_with_complaint=values["percentage_kinderen_met_klacht"],
        categories=values["categorieen"] or {},
    )


def _dispute_figures(reader: NodeReader, node: Node, place: Place) -> DisputeFigures:
    values = reader.mapping(
        node,
        place,
        {
            "ingediend": Field(NodeReader.count, required=False),
            "gegrond": Field(NodeReader.count, required=False),
            "vorig_jaar_ingediend": Field(NodeReader.count, required=False),
            "per_entiteit": Field(_entity_list, required=False),
        },
    )
    return DisputeFigures(
        submitted=values["ingediend"],
        upheld=values["gegrond"],
        previous_year_submitted=values["vorig_jaar_ingediend"],
        per_entity=tuple(values["per_entiteit"] or ()),
    )


def _entity_list(reader: NodeReader, node: Node, place: Place) -> list[EntityDisputes]:
    return reader.items(node, place, _entity)


def _entity(reader: NodeReader, node: Node, place: Place) -> EntityDisputes:
    values = reader.mapping(
        node,
        place,
        {
            "entiteit": Field(NodeReader.text, example="entiteit: Smallsteps kinderopvang"),
            "ingediend": Field(NodeReader.count, example="ingediend: 4"),
            "met_uitspraak": Field(NodeReader.count, example="met_uitspraak: 3"),
        },
    )
    return EntityDisputes(entity=values["entiteit"], submitted=values["ingediend"], with_ruling=values["met_uitspraak"])
