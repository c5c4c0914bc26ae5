"""The words of one year (its vocabulary), as its verslag.yaml declares them: the categories with
the other spellings the source uses for them, the labels, the judgements (gegrond) and the
outcomes of the disputes.

No code outside the importer of a particular report knows these words: validation, the pages,
the charts, the downloads, the search and the PDF take them from the year's Vocabulary. A year
without labels or without judgements has no such column in its tables, and its pages say nothing
about them.

In verslag.yaml (a list item is a name, or a mapping with 'naam:' and more):

    categorieen:                       # the kinds of complaint, in the report's order
    - Opvang
    - naam: Contact met ouders
      ook_geschreven_als: [Contact ouders]
    labels:                            # label as in the data: short name; {} or absent: none
      Voorbeeld B.V.: Voorbeeld
    oordelen:                          # the organisation's judgements; []: the year has none
    - naam: Ja
      betekenis: de ouder had gelijk, vindt de organisatie.
    uitkomsten_geschillen:             # how a dispute at the Geschillencommissie can end
    - Gegrond
    - naam: Geen uitspraak
      uitspraak: nee                   # the commission gave no ruling
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property, partial

from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from generator import schema
from generator.dataset.validate import closest_spelling
from generator.dataset.yaml_reader import Field, NodeReader, Place
from generator.view.filter_values import GEGROND_NOT_GIVEN

# The site's name for the complaints without a label, in the label table and on a location.
NO_LABEL = "Geen label"
# A complaint whose source gives no judgement keeps it empty.
NO_JUDGEMENT = ""

CATEGORIES_KEY = "categorieen"
LABELS_KEY = "labels"
JUDGEMENTS_KEY = "oordelen"
OUTCOMES_KEY = "uitkomsten_geschillen"
ONE_OR_THE_OTHER = "een naam is óf een categorie óf een andere schrijfwijze van één categorie"


@dataclass(frozen=True)
class DeclaredCategory:
    name: str
    spellings: tuple[str, ...] = ()  # other spellings the source uses, read as `name`


@dataclass(frozen=True)
class DeclaredJudgement:
    name: str  # as the data writes it: Ja, Deels, Nee
    meaning: str | None = None  # what it says, for a parent


@dataclass(frozen=True)
class DeclaredOutcome:
    name: str  # as the data writes it: Gegrond, Ongegrond, Geen uitspraak
    ruling: bool = True  # False: the commission gave no ruling (withdrawn, settled)


@dataclass(frozen=True)
class Vocabulary:
    categories: tuple[DeclaredCategory, ...]
    labels: dict[str, str]  # label as in the data -> short name on the site; empty: no labels
    judgements: tuple[DeclaredJudgement, ...]  # empty: the year has no gegrond column
    dispute_outcomes: tuple[DeclaredOutcome, ...]

    @property
    def category_names(self) -> tuple[str, ...]:
        return tuple(category.name for category in self.categories)

    @cached_property  # looked up for every row of the data
    def category_spellings(self) -> dict[str, str]:
        """Every name and other spelling of a category -> the category's name."""
        spellings = {category.name: category.name for category in self.categories}
        for category in self.categories:
            spellings |= {spelling: category.name for spelling in category.spellings}
        return spellings

    def canonical_category(self, spelling: str) -> str | None:
        return self.category_spellings.get(spelling)

    def unknown_category_hint(self, value: str) -> str:
        suggestion = closest_spelling(value, self.category_spellings)
        if suggestion:
            return f"bedoel je '{suggestion}'?"
        return f"gebruik een van de categorieën uit verslag.yaml onder '{CATEGORIES_KEY}': {', '.join(self.category_names)}."

    @property
    def has_labels(self) -> bool:
        return bool(self.labels)

    @property
    def label_names(self) -> tuple[str, ...]:
        """The columns of the label table: first the complaints without a label, then each
        label's short name; none in a year without labels."""
        if not self.has_labels:
            return ()
        return (NO_LABEL, *[name for name in self.labels.values() if name != NO_LABEL])

    def label_name(self, label: str) -> str:
        """The short name of a record's label: its column in the label table and its name on the
        site; 'Geen label' for a record without one."""
        return self.labels.get(label, NO_LABEL) if label else NO_LABEL

    @property
    def has_judgements(self) -> bool:
        return bool(self.judgements)

    @property
    def judgement_names(self) -> tuple[str, ...]:
        return tuple(judgement.name for judgement in self.judgements)

    @property
    def outcome_names(self) -> tuple[str, ...]:
        return tuple(outcome.name for outcome in self.dispute_outcomes)

    @property
    def complaint_columns(self) -> tuple[schema.Column, ...]:
        """The columns of this year's complaints: without 'label' in a year without labels and
        without 'gegrond' in a year without judgements."""
        left_out = {schema.LABEL_COLUMN} if not self.has_labels else set()
        left_out |= {schema.JUDGEMENT_COLUMN} if not self.has_judgements else set()
        return tuple(column for column in schema.COMPLAINT_COLUMNS if column.name not in left_out)


# --- Reading -------------------------------------------------------------------------------------


def vocabulary_fields() -> dict[str, Field]:
    """The keys of verslag.yaml that declare the vocabulary, for the reader of the whole file."""
    return {
        CATEGORIES_KEY: Field(read_categories, example=f"{CATEGORIES_KEY}: [Opvang, Contact met ouders]"),
        LABELS_KEY: Field(read_labels, required=False),
        JUDGEMENTS_KEY: Field(read_judgements, example=f"{JUDGEMENTS_KEY}: [Ja, Deels, Nee]"),
        OUTCOMES_KEY: Field(read_outcomes, example=f"{OUTCOMES_KEY}: [Gegrond, Ongegrond, {{naam: Geen uitspraak, uitspraak: nee}}]"),
    }


def vocabulary_of(values: dict[str, object]) -> Vocabulary:
    return Vocabulary(
        categories=tuple(values[CATEGORIES_KEY] or ()),
        labels=dict(values[LABELS_KEY] or {}),
        judgements=tuple(values[JUDGEMENTS_KEY] or ()),
        dispute_outcomes=tuple(values[OUTCOMES_KEY] or ()),
    )


@dataclass(frozen=True)
class _Placed:
    """A name read from the file, with where it stands."""

    text: str
    place: Place


def read_categories(reader: NodeReader, node: Node, place: Place) -> tuple[DeclaredCategory, ...]:
    fields = {"ook_geschreven_als": Field(_spellings, required=False)}
    entries = [entry for entry in reader.items(node, place, partial(_entry, fields=fields, what="de categorie")) if entry]
    _refuse_empty_list(reader, node, place, "er staat geen enkele categorie", "zet hier de soorten klachten van het verslag, één per regel ('- Opvang').")
    names = [name for name, _ in entries]
    _refuse_doubles(reader, names, "de categorie '{}' staat er meer dan één keer", "houd één regel over; zet een andere schrijfwijze onder 'ook_geschreven_als'.")
    _refuse_spelling_conflicts(reader, entries)
    return tuple(
        DeclaredCategory(name.text, tuple(spelling.text for spelling in values.get("ook_geschreven_als") or ()))
        for name, values in entries
    )


def _spellings(reader: NodeReader, node: Node, place: Place) -> list[_Placed]:
    return [spelling for spelling in reader.items(node, place, partial(_name, what="de schrijfwijze")) if spelling]


def _refuse_spelling_conflicts(reader: NodeReader, entries: list[tuple[_Placed, dict]]) -> None:
    """A spelling that is also a category, or that two categories share, would make a value of
    the data mean two things."""
    names = {name.text for name, _ in entries}
    owner: dict[str, str] = {}
    for name, values in entries:
        for spelling in values.get("ook_geschreven_als") or ():
            if spelling.text in names:
                hint = f"{ONE_OR_THE_OTHER}: haal '{spelling.text}' hier weg, of haal de categorie '{spelling.text}' weg."
                reader.add_problem(spelling.place, f"de schrijfwijze '{spelling.text}' is ook een categorie", hint)
            elif spelling.text in owner:
                hint = f"{ONE_OR_THE_OTHER}: houd '{spelling.text}' bij één categorie over."
                reader.add_problem(spelling.place, f"de schrijfwijze '{spelling.text}' staat al bij de categorie '{owner[spelling.text]}'", hint)
            else:
                owner[spelling.text] = name.text


def read_labels(reader: NodeReader, node: Node, place: Place) -> dict[str, str]:
    labels = {key: (reader.text(value_node, key_place), key_place) for key, value_node, key_place in reader.entries(node, place) or []}
    # The short name tells a location's label apart on the site ("De Klaver (Noord)") and is the label filter's value.
    hint = "geef elk label een eigen korte naam; twee labels met dezelfde naam zijn op de site niet uit elkaar te houden."
    _refuse_doubles(reader, [_Placed(short, short_place) for short, short_place in labels.values() if short], "de korte naam '{}' hoort al bij een ander label", hint, str.casefold)
    return {key: short for key, (short, _) in labels.items()}


def read_judgements(reader: NodeReader, node: Node, place: Place) -> tuple[DeclaredJudgement, ...]:
    fields = {"betekenis": Field(NodeReader.text, required=False)}
    entries = [entry for entry in reader.items(node, place, partial(_entry, fields=fields, what="het oordeel")) if entry]
    hint = "houd één regel over; hoofdletters tellen niet mee, want 'ja' in de gegevens is hetzelfde oordeel als 'Ja'."
    _refuse_doubles(reader, [name for name, _ in entries], "het oordeel '{}' staat er meer dan één keer", hint, str.casefold)
    for name, _ in entries:
        if name.text.casefold() == GEGROND_NOT_GIVEN.casefold():
            # Zoeken en filteren gives a complaint without a judgement this value (view/filter_values.py).
            hint = f"noem het oordeel anders; '{GEGROND_NOT_GIVEN}' is op de site voor een klacht zonder oordeel, en laat gegrond dan leeg."
            reader.add_problem(name.place, f"het oordeel '{name.text}' kan niet: zo heet een klacht zonder oordeel", hint)
    return tuple(DeclaredJudgement(name.text, values.get("betekenis")) for name, values in entries)


def read_outcomes(reader: NodeReader, node: Node, place: Place) -> tuple[DeclaredOutcome, ...]:
    fields = {"uitspraak": Field(NodeReader.yes_no, required=False)}
    entries = [entry for entry in reader.items(node, place, partial(_entry, fields=fields, what="de uitkomst")) if entry]
    hint = "houd één regel over; hoofdletters tellen niet mee, want 'gegrond' in de gegevens is dezelfde uitkomst als 'Gegrond'."
    _refuse_doubles(reader, [name for name, _ in entries], "de uitkomst '{}' staat er meer dan één keer", hint, str.casefold)
    return tuple(DeclaredOutcome(name.text, values.get("uitspraak") is not False) for name, values in entries)


def _entry(reader: NodeReader, node: Node, place: Place, fields: dict[str, Field], what: str) -> tuple[_Placed, dict] | None:
    """A list item: a name, or a mapping with 'naam:' and the other `fields`."""
    if isinstance(node, MappingNode):
        values = reader.mapping(node, place, {"naam": Field(partial(_name, what=what), example="naam: ..."), **fields})
        return (values["naam"], values) if values["naam"] else None
    if isinstance(node, SequenceNode):
        hint = f"schrijf de naam, of 'naam: ...' met daaronder {' of '.join(repr(key) for key in fields)}."
        reader.add_problem(place, f"verwacht de naam van {what}, gevonden een lijst", hint)
        return None
    name = _name(reader, node, place, what)
    return (name, {}) if name else None


def _name(reader: NodeReader, node: Node, place: Place, what: str) -> _Placed | None:
    if isinstance(node, ScalarNode) and (node.tag == "tag:yaml.org,2002:null" or not node.value.strip()):
        reader.add_problem(place, f"de naam van {what} is leeg", "vul de naam in zoals het verslag hem schrijft, of haal de regel weg.")
        return None
    text = reader.text(node, place)
    return _Placed(text, place) if text else None


def _refuse_empty_list(reader: NodeReader, node: Node, place: Place, message: str, hint: str) -> None:
    if isinstance(node, SequenceNode) and not node.value:
        reader.add_problem(place, message, hint)


def _refuse_doubles(reader: NodeReader, names: list[_Placed], message: str, hint: str, key: Callable[[str], str] = str) -> None:
    seen: set[str] = set()
    for name in names:
        if key(name.text) in seen:
            reader.add_problem(name.place, message.format(name.text), hint)
        seen.add(key(name.text))


def declared_names(root: Node, key: str) -> tuple[str, ...] | None:
    """The names declared under `key` (CATEGORIES_KEY, OUTCOMES_KEY) in a verslag.yaml's root
    node, as written, before it is read: the published figures name categories and outcomes and
    may come first in the file. None when unreadable (then the reader reports why)."""
    if not isinstance(root, MappingNode):
        return None
    for key_node, value_node in root.value:
        if isinstance(key_node, ScalarNode) and key_node.value == key and isinstance(value_node, SequenceNode):
            return tuple(name for name in map(_declared_name, value_node.value) if name)
    return None


def _declared_name(node: Node) -> str | None:
    if isinstance(node, ScalarNode):
        return node.value
    if isinstance(node, MappingNode):
        for key_node, value_node in node.value:
            if isinstance(key_node, ScalarNode) and key_node.value == "naam" and isinstance(value_node, ScalarNode):
                return value_node.value
    return None


def unknown_name_hint(value: str, names: tuple[str, ...], key: str, what: str) -> str:
    """For a name in the published figures that the vocabulary does not declare: the declared
    name it looks like, or else all of them."""
    suggestion = closest_spelling(value, {name: name for name in names})
    if suggestion:
        return f"bedoel je '{suggestion}'?"
    return f"gebruik {what} zoals onder '{key}' in verslag.yaml: {', '.join(names)}."


# --- Writing -------------------------------------------------------------------------------------


def vocabulary_data(vocabulary: Vocabulary) -> dict[str, object]:
    """The vocabulary's keys of verslag.yaml, in the reader's order: a list item is a bare name
    where it has nothing more to say."""
    return {
        CATEGORIES_KEY: [
            {"naam": category.name, "ook_geschreven_als": list(category.spellings)} if category.spellings else category.name
            for category in vocabulary.categories
        ],
        LABELS_KEY: dict(vocabulary.labels),
        JUDGEMENTS_KEY: [
            {"naam": judgement.name, "betekenis": judgement.meaning} if judgement.meaning else judgement.name
            for judgement in vocabulary.judgements
        ],
        OUTCOMES_KEY: [
            outcome.name if outcome.ruling else {"naam": outcome.name, "uitspraak": "nee"}
            for outcome in vocabulary.dispute_outcomes
        ],
    }
