"""verslag.yaml, typed: the report's metadata, its vocabulary (generator.dataset.vocabulary) and
its own published figures, read with every problem on its line (generator.dataset.yaml_reader)
and written back by report_meta_yaml().
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from generator.dataset.validate import suggestion_hint
from generator.dataset.vocabulary import (
    CATEGORIES_KEY,
    OUTCOMES_KEY,
    Vocabulary,
    declared_names,
    unknown_name_hint,
    vocabulary_data,
    vocabulary_fields,
    vocabulary_of,
)
from generator.dataset.writer import yaml_text
from generator.dataset.yaml_reader import TO_FILL_IN, Field, KeptYamlNodes, NodeReader, Place, read_yaml
from generator.errors import Problem


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
    per_outcome: dict[str, int]  # by declared outcome, where the report prints the count
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
    vocabulary: Vocabulary  # the year's categories, labels, judgements and dispute outcomes
    published: PublishedFigures | None


# --- Reading the report --------------------------------------------------------------------------


def load_report_meta(path: Path, kept: KeptYamlNodes | None = None) -> tuple[ReportMeta | None, list[Problem]]:
    """The report's metadata; None when anything in verslag.yaml is wrong (the problems say what).
    `kept`: see read_yaml()."""
    hint = "zet de gegevens van het verslag erin, te beginnen met 'organisatie:', 'jaar:' en 'titel:'."
    return read_yaml(path, _report, hint, kept)


def _report(reader: NodeReader, node: Node, place: Place) -> ReportMeta:
    # The published figures name categories and outcomes, which may be declared further down.
    declared = _Declared(declared_names(node, CATEGORIES_KEY), declared_names(node, OUTCOMES_KEY))
    values = reader.mapping(
        node,
        place,
        {
            "organisatie": Field(NodeReader.text, example="organisatie: Kinderopvang De Voorbeeld"),
            "jaar": Field(NodeReader.count, example="jaar: 2024"),
            "titel": Field(NodeReader.text, example="titel: Klachtenjaarverslag Kinderopvang De Voorbeeld 2024"),
            "versie": Field(NodeReader.text, example="versie: '1.0'"),
            "datum": Field(NodeReader.date, example="datum: 2025-05-31"),
            "auteur": Field(NodeReader.text, required=False),
            "bron": Field(NodeReader.text, required=False),
            "locaties_organisatie": Field(NodeReader.count, required=False, example="locaties_organisatie: 12"),
            "kinderen_opgevangen": Field(NodeReader.count, required=False, example="kinderen_opgevangen: 900"),
            **vocabulary_fields(),
            "gepubliceerd": Field(partial(_published, declared=declared), required=False),
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
        vocabulary=vocabulary_of(values),
        published=values["gepubliceerd"],
    )


@dataclass(frozen=True)
class _Declared:
    """The names the vocabulary declares, as written (None: unreadable; its problems say why)."""

    categories: tuple[str, ...] | None
    outcomes: tuple[str, ...] | None


def _published(reader: NodeReader, node: Node, place: Place, declared: _Declared) -> PublishedFigures:
    categories = partial(_category_counts, declared=declared)
    values = reader.mapping(
        node,
        place,
        {
            "klachten": Field(NodeReader.count, required=False),
            "percentage_kinderen_met_klacht": Field(NodeReader.number, required=False),
            "tabel": Field(partial(_summary_table, declared=declared), required=False),
            "toelichting_per_categorie": Field(categories, required=False),
            "vorig_jaar": Field(partial(_previous_year, declared=declared), required=False),
            "geschillen": Field(partial(_dispute_figures, declared=declared), required=False),
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


def _summary_table(reader: NodeReader, node: Node, place: Place, declared: _Declared) -> SummaryTable:
    # The rows are checked against the columns, which may come later in the file.
    columns = _peek_texts(node, "kolommen")
    values = reader.mapping(
        node,
        place,
        {
            "kolommen": Field(_texts, example="kolommen: [Geen label, Voorbeeld]"),
            "rijen": Field(partial(_summary_rows, columns=columns, declared=declared), example="rijen: []"),
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


def _summary_rows(reader: NodeReader, node: Node, place: Place, columns: tuple[str, ...] | None, declared: _Declared) -> list[SummaryRow]:
    return reader.items(node, place, partial(_summary_row, columns=columns, declared=declared))


def _summary_row(reader: NodeReader, node: Node, place: Place, columns: tuple[str, ...] | None, declared: _Declared) -> SummaryRow:
    values = reader.mapping(
        node,
        place,
        {
            "categorie": Field(partial(_category, declared=declared), example="categorie: Opvang"),
            "cellen": Field(partial(_cells, columns=columns), example="cellen: {Geen label: null, Voorbeeld: 20}"),
            "eindtotaal": Field(NodeReader.count_or_empty, required=False),
        },
    )
    return SummaryRow(category=values["categorie"], cells=values["cellen"] or {}, total=values["eindtotaal"])


def _summary_total(reader: NodeReader, node: Node, place: Place, columns: tuple[str, ...] | None) -> SummaryTotal:
    values = reader.mapping(
        node,
        place,
        {
            "cellen": Field(partial(_cells, columns=columns), example="cellen: {Geen label: 6, Voorbeeld: 189}"),
            "eindtotaal": Field(NodeReader.count_or_empty, required=False),
        },
    )
    return SummaryTotal(cells=values["cellen"] or {}, total=values["eindtotaal"])


def _cells(reader: NodeReader, node: Node, place: Place, columns: tuple[str, ...] | None) -> dict[str, int | None]:
    cells = {}
    for key, value_node, key_place in reader.entries(node, place) or []:
        if columns is not None and key not in columns:
            otherwise = f"gebruik de namen uit 'kolommen': {', '.join(columns)}."
            reader.add_problem(key_place, "deze kolom staat niet in 'kolommen'", suggestion_hint(key, columns, otherwise))
        cells[key] = reader.count_or_empty(value_node, key_place)
    if isinstance(node, MappingNode):
        for column in columns or ():
            if column not in cells:
                reader.add_problem(place.child(column, place.line), "de cel ontbreekt", f"voeg '{column}: null' toe voor een lege cel.")
    return cells


def _category(reader: NodeReader, node: Node, place: Place, declared: _Declared) -> str | None:
    name = reader.text(node, place)
    if name is not None:
        _check_declared(reader, place, name, declared.categories, CATEGORIES_KEY, "categorie")
    return name


def _category_counts(reader: NodeReader, node: Node, place: Place, declared: _Declared) -> dict[str, int]:
    return _counts_by_name(reader, node, place, declared.categories, CATEGORIES_KEY, "categorie")


def _counts_by_name(reader: NodeReader, node: Node, place: Place, names: tuple[str, ...] | None, key: str, what: str) -> dict[str, int]:
    """A count per declared name (of a category or an outcome)."""
    counts = {}
    for name, value_node, name_place in reader.entries(node, place) or []:
        _check_declared(reader, name_place, name, names, key, what)
        counts[name] = reader.count(value_node, name_place)
    return counts


def _check_declared(reader: NodeReader, place: Place, name: str, names: tuple[str, ...] | None, key: str, what: str) -> None:
    """A name in the published figures must be one the vocabulary declares, as it writes it."""
    if names is not None and name not in names:
        hint = unknown_name_hint(name, names, key, f"de naam van de {what}")
        reader.add_problem(place, f"onbekende {what} '{name}'", hint)


def _previous_year(reader: NodeReader, node: Node, place: Place, declared: _Declared) -> PreviousYear:
    values = reader.mapping(
        node,
        place,
        {
            "jaar": Field(NodeReader.count, example="jaar: 2023"),
            "klachten": Field(NodeReader.count, required=False),
            "percentage_kinderen_met_klacht": Field(NodeReader.number, required=False),
            "categorieen": Field(partial(_category_counts, declared=declared), required=False),
        },
    )
    return PreviousYear(
        year=values["jaar"],
        complaints=values["klachten"],
        percentage_children_with_complaint=values["percentage_kinderen_met_klacht"],
        categories=values["categorieen"] or {},
    )


def _dispute_figures(reader: NodeReader, node: Node, place: Place, declared: _Declared) -> DisputeFigures:
    values = reader.mapping(
        node,
        place,
        {
            "ingediend": Field(NodeReader.count, required=False),
            "per_uitkomst": Field(partial(_outcome_counts, declared=declared), required=False),
            "vorig_jaar_ingediend": Field(NodeReader.count, required=False),
            "per_entiteit": Field(_entity_list, required=False),
        },
    )
    return DisputeFigures(
        submitted=values["ingediend"],
        per_outcome=values["per_uitkomst"] or {},
        previous_year_submitted=values["vorig_jaar_ingediend"],
        per_entity=tuple(values["per_entiteit"] or ()),
    )


def _outcome_counts(reader: NodeReader, node: Node, place: Place, declared: _Declared) -> dict[str, int]:
    return _counts_by_name(reader, node, place, declared.outcomes, OUTCOMES_KEY, "uitkomst")


def _entity_list(reader: NodeReader, node: Node, place: Place) -> list[EntityDisputes]:
    return reader.items(node, place, _entity)


def _entity(reader: NodeReader, node: Node, place: Place) -> EntityDisputes:
    values = reader.mapping(
        node,
        place,
        {
            "entiteit": Field(NodeReader.text, example="entiteit: Kinderopvang De Voorbeeld B.V."),
            "ingediend": Field(NodeReader.count, example="ingediend: 4"),
            "met_uitspraak": Field(NodeReader.count, example="met_uitspraak: 3"),
        },
    )
    return EntityDisputes(entity=values["entiteit"], submitted=values["ingediend"], with_ruling=values["met_uitspraak"])


# --- Writing the report --------------------------------------------------------------------------


def report_meta_yaml(report: ReportMeta, header: str = "", to_fill_in: Mapping[str, str] | None = None) -> str:
    """verslag.yaml for `report`, with `header` as a comment on top: the keys in the order the
    reader declares them, an absent optional value left out, an empty cell as null. Reading the
    text back gives `report` again.

    `to_fill_in`: keys of the first part (organisatie to kinderen_opgevangen) whose value is still
    to be filled in, with what goes there; each is written as 'VUL IN: ...' in place of report's
    value, which the reader reports at its line until a person replaces it."""
    placeholders = {key: f"{TO_FILL_IN}: {what}" for key, what in (to_fill_in or {}).items()}
    data: dict[str, object] = {}
    for key, value in (
        ("organisatie", report.organisation),
        ("jaar", report.year),
        ("titel", report.title),
        ("versie", report.version),
        ("datum", report.date),
        ("auteur", report.author),
        ("bron", report.source),
        ("locaties_organisatie", report.organisation_locations),
        ("kinderen_opgevangen", report.children_cared_for),
    ):
        _put(data, key, placeholders.pop(key, value))
    if placeholders:
        raise ValueError(f"not keys of the first part of verslag.yaml: {', '.join(placeholders)}")
    data |= vocabulary_data(report.vocabulary)
    if report.published is not None:
        data["gepubliceerd"] = _published_data(report.published)
    return yaml_text(data, header)


def _put(data: dict[str, object], key: str, value: object) -> None:
    if value is not None:
        data[key] = value


def _published_data(published: PublishedFigures) -> dict[str, object]:
    data: dict[str, object] = {}
    _put(data, "klachten", published.complaints)
    _put(data, "percentage_kinderen_met_klacht", published.percentage_children_with_complaint)
    if published.table is not None:
        data["tabel"] = _table_data(published.table)
    data["toelichting_per_categorie"] = dict(published.category_figures)
    if published.previous_year is not None:
        data["vorig_jaar"] = _previous_year_data(published.previous_year)
    if published.disputes is not None:
        data["geschillen"] = _dispute_data(published.disputes)
    return data


def _table_data(table: SummaryTable) -> dict[str, object]:
    data: dict[str, object] = {
        "kolommen": list(table.columns),
        "rijen": [{"categorie": row.category, "cellen": dict(row.cells), "eindtotaal": row.total} for row in table.rows],
    }
    if table.total is not None:
        data["eindtotaal"] = {"cellen": dict(table.total.cells), "eindtotaal": table.total.total}
    return data


def _previous_year_data(previous: PreviousYear) -> dict[str, object]:
    data: dict[str, object] = {"jaar": previous.year}
    _put(data, "klachten", previous.complaints)
    _put(data, "percentage_kinderen_met_klacht", previous.percentage_children_with_complaint)
    data["categorieen"] = dict(previous.categories)
    return data


def _dispute_data(disputes: DisputeFigures) -> dict[str, object]:
    data: dict[str, object] = {}
    _put(data, "ingediend", disputes.submitted)
    if disputes.per_outcome:
        data["per_uitkomst"] = dict(disputes.per_outcome)
    _put(data, "vorig_jaar_ingediend", disputes.previous_year_submitted)
    data["per_entiteit"] = [
        {"entiteit": entity.entity, "ingediend": entity.submitted, "met_uitspraak": entity.with_ruling} for entity in disputes.per_entity
    ]
    return data
