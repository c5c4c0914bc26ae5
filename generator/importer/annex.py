"""Cut the annex segments into complaint records and assign every word to a column.

A table row in the extraction looks like this (location, label and category share the first
line; each later cell is a block of its own):

    Avontuurlijk Smallsteps B.V. Planning en      <- head line
    plaatsing                                     <- rest of the category
    <omschrijving block>
    <oplossing block>
    Deels                                         <- gegrond
    <page-start blocks: the cells that ran on to the next page>

A wrapped location is a block of its own just before a head line that starts with the label.
A single-line category shares its line with the first line of the omschrijving. At the top of a
page the extraction may put the tails of several cells on one line, left to right.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from generator.importer.order import fits_between, out_of_order
from generator.importer.side_by_side import ends_sentence, is_wider_than_a_column, side_by_side_readings
from generator.importer.source import Segment
from generator.importer.vocabulary import GEGROND_WORDS

OMSCHRIJVING = "omschrijving"
OPLOSSING = "oplossing"
# Besides a sentence end, what may close the last line of a cell: a remark in brackets, a colon.
CELL_END_MARKS = (")", ":")


@dataclass(frozen=True)
class Piece:
    """Text of one column on one source line."""

    text: str
    ends_inside_word: bool
    line: int


@dataclass(frozen=True)
class LineSplit:
    """A reviewed decision for one source line on which the extraction put the omschrijving and
    the oplossing side by side: the words of each, left to right. Either may be empty when the
    whole line belongs to the other."""

    line: int
    omschrijving: str
    oplossing: str

    def words(self) -> list[str]:
        return self.omschrijving.split() + self.oplossing.split()


@dataclass
class RawRecord:
    head_line: int
    label: str
    location: list[Piece] = field(default_factory=list)
    category_spelling: str = ""
    category: list[Piece] = field(default_factory=list)
    omschrijving: list[Piece] = field(default_factory=list)
    oplossing: list[Piece] = field(default_factory=list)
    gegrond: str = ""
    # Where and why the columns of this record could not be decided mechanically; each needs a
    # reviewed correction.
    ambiguities: list[tuple[int, str]] = field(default_factory=list)
    # Which heuristic decided a column boundary, for the import report.
    decisions: list[str] = field(default_factory=list)
    applied_splits: list[LineSplit] = field(default_factory=list)

    @property
    def source_line(self) -> int:
        """The first line of the row in the source."""
        return min(piece.line for piece in self.location + self.category)


@dataclass(frozen=True)
class AnnexLayout:
    """What the whole annex tells about a single row.

    `known_locations` are full location names read elsewhere in the annex, in A-Z order with their
    neighbours: a location cut off by a page break is completed from the next page when a known
    name says how it goes on. `widest_cell_line` is the longest line of an omschrijving or
    oplossing cell inside a page: a wider line at the top of a page holds two cells side by side.
    """

    known_locations: frozenset[str]
    widest_cell_line: int | None


@dataclass(frozen=True)
class Neighbours:
    """The locations of the rows above and below a row; the annex is sorted A-Z by location."""

    above: str | None
    below: str | None


@dataclass(frozen=True)
class Head:
    location: str
    label: str
    rest: str
    trailing_gegrond: str


@dataclass(frozen=True)
class RecordSpan:
    head: Head
    head_segment: Segment
    location_segment: Segment | None
    body: list[Segment]
    gegrond: str
    continuation: list[Segment]


def join_pieces(pieces: list[Piece]) -> str:
    """One line of text: pieces joined by a space (none after a piece that ends inside a word),
    runs of spaces within a line made single."""
    text = ""
    glue_next = False
    for piece in pieces:
        if not piece.text:
            continue
        if text and not glue_next:
            text += " "
        text += " ".join(piece.text.split())
        glue_next = piece.ends_inside_word
    return text


def has_text(pieces: list[Piece]) -> bool:
    return any(piece.text for piece in pieces)


def segment_pieces(segment: Segment) -> list[Piece]:
    return [Piece(line.text, line.ends_inside_word, line.number) for line in segment.lines]


class HeadParser:
    """Recognises the first line of a table row: it carries the label, or a run of spaces where
    the label cell is empty."""

    def __init__(self, labels: list[str], category_spellings: list[str]):
        label_alternatives = "|".join(re.escape(label) for label in labels)
        self._with_label = re.compile(rf"^(?P<location>.*?)\s*(?P<label>{label_alternatives})(?:\s+(?P<rest>.*))?$")
        first_words = sorted({spelling.split()[0] for spelling in category_spellings})
        category_start = "|".join(re.escape(word) for word in first_words)
        self._without_label = re.compile(rf"^(?P<location>\S.*?\S) {{3,}}(?P<rest>(?:{category_start})(?:\s.*)?)$")
        self._trailing_gegrond = re.compile(rf"^(?P<rest>.*)\s(?P<gegrond>{'|'.join(GEGROND_WORDS)})$")

    def parse(self, segment: Segment, next_segment: Segment | None) -> Head | None:
        line = segment.first
        match = self._with_label.match(line.text)
        if match:
            location, label, rest = match["location"], match["label"], match["rest"] or ""
        else:
            match = self._without_label.match(line.text)
            if not match:
                return None
            location, label, rest = match["location"], "", match["rest"]
        trailing = self._trailing_gegrond.match(rest)
        # A whole row on one line happens only as the first row of a page, when the extraction
        # lays the top lines of all cells side by side; the next line then starts a page too.
        next_is_page_start = len(segment.lines) == 1 and next_segment is not None and next_segment.page_start
        if trailing and next_is_page_start:
            return Head(location, label, trailing["rest"], trailing["gegrond"])
        return Head(location, label, rest, "")


def record_spans(all_segments: list[Segment], parser: HeadParser) -> list[RecordSpan]:
    following = all_segments[1:] + [None]
    heads = [(index, parser.parse(segment, after)) for index, (segment, after) in enumerate(zip(all_segments, following))]
    found = [(index, head) for index, head in heads if head is not None]
    starts = [index if head.location else index - 1 for index, head in found]
    spans = []
    for number, (index, head) in enumerate(found):
        end = starts[number + 1] if number + 1 < len(found) else len(all_segments)
        location_segment = None if head.location else all_segments[index - 1]
        spans.append(_span(head, all_segments, index, end, location_segment))
    return spans


def _span(head: Head, all_segments: list[Segment], index: int, end: int, location_segment: Segment | None) -> RecordSpan:
    head_segment = all_segments[index]
    tail = all_segments[index + 1 : end]
    if head.trailing_gegrond:
        return RecordSpan(head, head_segment, location_segment, [], head.trailing_gegrond, tail)
    gegrond_at = next((k for k, segment in enumerate(tail) if segment.is_gegrond()), None)
    if gegrond_at is None:
        return RecordSpan(head, head_segment, location_segment, tail, "", [])
    gegrond = tail[gegrond_at].first.text
    return RecordSpan(head, head_segment, location_segment, tail[:gegrond_at], gegrond, tail[gegrond_at + 1 :])


@dataclass(frozen=True)
class CategoryMatch:
    spelling: str
    pieces: list[Piece]
    rest: list[Piece]
    missing_words: list[str]


def match_category(lines: list[Piece], spellings: list[str]) -> list[CategoryMatch]:
    """The category spellings that the first lines start with, best first. A category wraps over
    lines of its own narrow column, so each line starts with its next words; what follows on a
    line is the omschrijving. A category cut off by a page break leaves missing words, and then
    more than one spelling may fit until the next page says which."""
    candidates = []
    for spelling in spellings:
        found = _consume_words(lines, spelling.split())
        if found is not None:
            candidates.append(CategoryMatch(spelling, *found))
    return sorted(candidates, key=lambda match: (len(match.missing_words), -len(match.spelling)))


def _consume_words(lines: list[Piece], words: list[str]) -> tuple[list[Piece], list[Piece], list[str]] | None:
    category: list[Piece] = []
    rest: list[Piece] = []
    remaining = list(words)
    cut_off = False
    for piece in lines:
        line_words = piece.text.split()
        taken = 0 if cut_off else _common_prefix_length(line_words, remaining)
        if taken == 0 and not category:
            return None
        if taken == 0:
            # Once a line does not go on with the category, the page cut the category off.
            cut_off = cut_off or bool(line_words and remaining)
            rest.append(piece)
            continue
        remaining = remaining[taken:]
        category.append(Piece(" ".join(line_words[:taken]), False, piece.line))
        if taken < len(line_words):
            rest.append(Piece(" ".join(line_words[taken:]), piece.ends_inside_word, piece.line))
    if not category:
        return None
    return category, rest, remaining


def _common_prefix_length(first: list[str], second: list[str]) -> int:
    length = 0
    while length < len(first) and length < len(second) and first[length] == second[length]:
        length += 1
    return length


class RecordAssembler:
    """Assigns the words of one record span to its columns, with what the whole annex tells (its
    layout) and the reviewed splits of lines it cannot decide."""

    def __init__(self, category_spellings: list[str], layout: AnnexLayout, line_splits: dict[int, LineSplit]):
        self._spellings = category_spellings
        self._layout = layout
        self._line_splits = line_splits

    def assemble(self, span: RecordSpan, neighbours: Neighbours = Neighbours(None, None)) -> RawRecord:
        record = RawRecord(span.head_segment.first.number, span.head.label, gegrond=span.gegrond)
        record.location = self._location_pieces(span)
        head_pieces = self._head_pieces(span)
        candidates = match_category(head_pieces, self._spellings)
        if not candidates:
            record.ambiguities.append((record.head_line, "de categorie aan het begin van de rij is niet herkend"))
            record.omschrijving = head_pieces
            return record
        category = candidates[0]
        record.category_spelling = category.spelling
        record.category = list(category.pieces)
        record.omschrijving = list(category.rest)
        cut_off = [candidate for candidate in candidates if candidate.missing_words and candidate.pieces == category.pieces]
        continuation = self._continuation_pieces(span, record, cut_off, neighbours)
        if span.head.trailing_gegrond:
            self._assign_page_top_row(record, continuation)
        else:
            self._assign_body(span, record)
            self._assign_continuation(record, continuation)
        return record

    def _location_pieces(self, span: RecordSpan) -> list[Piece]:
        if span.location_segment is not None:
            return segment_pieces(span.location_segment)
        return [Piece(span.head.location, False, span.head_segment.first.number)]

    def _head_pieces(self, span: RecordSpan) -> list[Piece]:
        first = span.head_segment.first
        ends_inside_word = first.ends_inside_word and not span.head.trailing_gegrond
        head = [Piece(span.head.rest, ends_inside_word, first.number)]
        return head + segment_pieces(Segment(span.head_segment.lines[1:])) if len(span.head_segment.lines) > 1 else head

    def _continuation_pieces(self, span: RecordSpan, record: RawRecord, cut_off: list[CategoryMatch], neighbours: Neighbours) -> list[list[Piece]]:
        """The page-start blocks after the gegrond value, with the tails of the location and the
        category taken off the first line, where the extraction put them."""
        blocks = [segment_pieces(segment) for segment in span.continuation]
        if not blocks:
            if cut_off:
                record.ambiguities.append((record.head_line, "de categorie is afgebroken en loopt nergens verder"))
            return blocks
        first_line = self._take_location_tail(record, blocks[0][0], neighbours)
        blocks[0] = self._take_category_tail(record, [first_line] + blocks[0][1:], cut_off)
        return [block for block in blocks if block]

    def _take_location_tail(self, record: RawRecord, line: Piece, neighbours: Neighbours) -> Piece:
        """A location cut off by a page break goes on at the start of the next page's first line.
        It is completed when a known name says how it goes on, or when the name as read breaks
        the A-Z order and the fewest words of that line that restore it; a completed name always
        keeps the order."""
        completion = self._known_tail(record, line, neighbours)
        reason = ""
        if completion is None:
            reason = f": zonder staat '{join_pieces(record.location)}' niet op alfabetische volgorde na '{neighbours.above}'"
            completion = self._tail_restoring_order(record, line, neighbours)
        tail, rest = completion
        if not tail:
            return line
        record.location.append(Piece(tail, False, line.line))
        record.decisions.append(f"plaatsnaam aangevuld met '{tail}' van de volgende pagina{reason}")
        return Piece(rest, line.ends_inside_word, line.line)

    def _known_tail(self, record: RawRecord, line: Piece, neighbours: Neighbours) -> tuple[str, str] | None:
        location = join_pieces(record.location)
        prefix = location if record.location[-1].ends_inside_word else location + " "
        for known in sorted(self._layout.known_locations, key=len, reverse=True):
            if known == location or not known.startswith(prefix) or not fits_between(neighbours.above, known, neighbours.below):
                continue
            tail = known[len(prefix) :]
            if line.text == tail or line.text.startswith(tail + " "):
                return tail, line.text[len(tail) :].lstrip()
        return None

    def _tail_restoring_order(self, record: RawRecord, line: Piece, neighbours: Neighbours) -> tuple[str, str]:
        location = join_pieces(record.location)
        if neighbours.above is None or fits_between(neighbours.above, location, None):
            return "", line.text
        word_count = len(line.text.split())
        for taken in range(1, word_count + 1):
            parts = line.text.split(maxsplit=taken)
            tail, rest = " ".join(parts[:taken]), (parts[taken] if len(parts) > taken else "")
            if fits_between(neighbours.above, join_pieces([*record.location, Piece(tail, False, line.line)]), neighbours.below):
                return tail, rest
        return "", line.text

    def _take_category_tail(self, record: RawRecord, block: list[Piece], cut_off: list[CategoryMatch]) -> list[Piece]:
        if not cut_off:
            return block
        for candidate in cut_off:
            found = _consume_words(block, candidate.missing_words)
            if found is not None and not found[2]:
                tail, rest, _ = found
                record.category_spelling = candidate.spelling
                record.category.extend(tail)
                return rest
        record.ambiguities.append((block[0].line, "de categorie is afgebroken en loopt niet verder op de volgende pagina"))
        return block

    def _assign_body(self, span: RecordSpan, record: RawRecord) -> None:
        blocks = [segment_pieces(segment) for segment in span.body]
        columns = [OPLOSSING] if has_text(record.omschrijving) else [OMSCHRIJVING, OPLOSSING]
        if len(blocks) > len(columns):
            record.ambiguities.append((blocks[0][0].line, f"{len(blocks)} tekstblokken vóór de gegrond-waarde, verwacht {len(columns)}"))
        for column, block in zip(columns, blocks):
            getattr(record, column).extend(block)
        for block in blocks[len(columns) :]:
            record.oplossing.extend(block)

    def _assign_continuation(self, record: RawRecord, blocks: list[list[Piece]]) -> None:
        if blocks and blocks[0][0].line in self._line_splits:
            self._apply_split(record, blocks[0])
            for block in blocks[1:]:
                record.oplossing.extend(block)
        elif len(blocks) == 2:
            record.omschrijving.extend(blocks[0])
            record.oplossing.extend(blocks[1])
        elif len(blocks) == 1:
            if not self._split_side_by_side(record, blocks[0]):
                column = self._column_that_ran_on(record, blocks[0][0].line)
                getattr(record, column or OPLOSSING).extend(blocks[0])
        elif blocks:
            record.ambiguities.append((blocks[0][0].line, f"{len(blocks)} tekstblokken op de volgende pagina, verwacht hoogstens 2"))
            for block in blocks:
                record.oplossing.extend(block)

    def _apply_split(self, record: RawRecord, block: list[Piece]) -> None:
        """The first line of the block as the reviewed split says."""
        first = block[0]
        split = self._line_splits[first.line]
        record.applied_splits.append(split)
        if split.words() != first.text.split():
            record.ambiguities.append((first.line, f"de correctie geeft '{' '.join(split.words())}', de bron heeft '{first.text}'"))
            record.oplossing.extend(block)
            return
        record.decisions.append(f"regel {first.line} gesplitst volgens correcties")
        _place_split(record, split, block)

    def _split_side_by_side(self, record: RawRecord, block: list[Piece]) -> bool:
        """When both cells filled their column to the bottom of the page and the omschrijving
        stops mid-sentence, both run on, and the first line on the next page may hold the end of
        the omschrijving and the next words of the oplossing side by side (see side_by_side).
        True when that line is split here, or cannot be."""
        if _rows(record.omschrijving) != _rows(record.oplossing) or _ends_sentence(record.omschrijving):
            return False
        first = block[0]
        readings = side_by_side_readings(first.text, self._layout.widest_cell_line)
        if len(readings) == 1:
            [reading] = readings
            record.decisions.append(
                f"regel {first.line} houdt bovenaan de pagina twee kolommen naast elkaar ({reading.reason}): "
                f"'{reading.left}' sluit de omschrijving af, '{reading.right}' gaat verder in de oplossing"
            )
            _place_split(record, LineSplit(first.line, reading.left, reading.right), block)
            return True
        if readings or is_wider_than_a_column(first.text, self._layout.widest_cell_line):
            record.ambiguities.append((first.line, "omschrijving en oplossing staan bovenaan de pagina naast elkaar op één regel; niet te bepalen waar de omschrijving ophoudt"))
            record.oplossing.extend(block)
            return True
        return False

    def _column_that_ran_on(self, record: RawRecord, first_line: int) -> str | None:
        """Only a cell that filled its column to the bottom of the page runs on; if both filled it,
        the one that stops mid-sentence does."""
        omschrijving_rows = _rows(record.omschrijving)
        oplossing_rows = _rows(record.oplossing)
        if omschrijving_rows != oplossing_rows:
            column = OMSCHRIJVING if omschrijving_rows > oplossing_rows else OPLOSSING
            record.decisions.append(f"vervolg op de volgende pagina hoort bij {column}: die kolom is langer")
            return column
        open_columns = [column for column in (OMSCHRIJVING, OPLOSSING) if not _ends_sentence(getattr(record, column))]
        if len(open_columns) == 1:
            record.decisions.append(f"vervolg op de volgende pagina hoort bij {open_columns[0]}: die zin loopt door")
            return open_columns[0]
        record.ambiguities.append((first_line, "niet te bepalen of het vervolg op de volgende pagina bij omschrijving of oplossing hoort"))
        return None

    def _assign_page_top_row(self, record: RawRecord, blocks: list[list[Piece]]) -> None:
        """The first row of a page with all its top lines on one line: what follows the category
        on that line is the top of the omschrijving and of the oplossing, which only a reviewed
        split can tell apart. The page-start blocks below are the rest of both, in order."""
        head_rest = [piece for piece in record.omschrijving if piece.line == record.head_line]
        record.omschrijving = [piece for piece in record.omschrijving if piece.line != record.head_line]
        if record.head_line in self._line_splits and head_rest:
            self._apply_split(record, head_rest[:1])
        else:
            record.ambiguities.append((record.head_line, "omschrijving en oplossing staan bovenaan de pagina op één regel door elkaar"))
            record.omschrijving = head_rest + record.omschrijving
        if blocks:
            record.omschrijving.extend(blocks[0])
        for block in blocks[1:]:
            record.oplossing.extend(block)


def _place_split(record: RawRecord, split: LineSplit, block: list[Piece]) -> None:
    """The first line of the block split between the columns; the lines after it go on in the
    column the line ends in."""
    first = block[0]
    ends_in = OPLOSSING if split.oplossing else OMSCHRIJVING
    if split.omschrijving:
        last = ends_in == OMSCHRIJVING
        record.omschrijving.append(Piece(split.omschrijving, first.ends_inside_word and last, first.line))
    if split.oplossing:
        record.oplossing.append(Piece(split.oplossing, first.ends_inside_word, first.line))
    getattr(record, ends_in).extend(block[1:])


def _rows(pieces: list[Piece]) -> int:
    return len({piece.line for piece in pieces})


def _ends_sentence(pieces: list[Piece]) -> bool:
    words = join_pieces(pieces).split()
    return bool(words) and (ends_sentence(words[-1]) or words[-1].endswith(CELL_END_MARKS))


def learn_layout(first_pass: list[RawRecord], spans: list[RecordSpan]) -> AnnexLayout:
    """The layout from a first reading of every row: full names are those read without doubt and
    in A-Z order with the row above."""
    names = [join_pieces(record.location) for record in first_pass]
    out_of_place = set(out_of_order(names))
    known = frozenset(name for index, (name, record) in enumerate(zip(names, first_pass)) if not record.ambiguities and index not in out_of_place)
    return AnnexLayout(known, widest_cell_line(spans))


def widest_cell_line(spans: list[RecordSpan]) -> int | None:
    """The longest line of the omschrijving and oplossing blocks, page-top lines left out: those
    may hold more than one cell. None when no row has such a line."""
    lengths = [len(line.text) for span in spans for segment in span.body for line in segment.lines if not line.page_start]
    return max(lengths, default=None)
