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

from generator.importer.source import GEGROND_WORDS, Segment, SourceLine

OMSCHRIJVING = "omschrijving"
OPLOSSING = "oplossing"
SENTENCE_END = (".", "!", "?", ")", ":")


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
    """Assigns the words of one record span to its columns.

    `known_locations` are full location names seen elsewhere in the annex: a location cut off by
    a page break is completed from the first line of the next page only when a known name says
    how it goes on.
    """

    def __init__(self, category_spellings: list[str], known_locations: set[str], line_splits: dict[int, LineSplit]):
        self._spellings = category_spellings
        self._known_locations = known_locations
        self._line_splits = line_splits

    def assemble(self, span: RecordSpan) -> RawRecord:
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
        continuation = self._continuation_pieces(span, record, cut_off)
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

    def _continuation_pieces(self, span: RecordSpan, record: RawRecord, cut_off: list[CategoryMatch]) -> list[list[Piece]]:
        """The page-start blocks after the gegrond value, with the tails of the location and the
        category taken off the first line, where the extraction put them."""
        blocks = [segment_pieces(segment) for segment in span.continuation]
        if not blocks:
            if cut_off:
                record.ambiguities.append((record.head_line, "de categorie is afgebroken en loopt nergens verder"))
            return blocks
        first_line = self._take_location_tail(record, blocks[0][0])
        blocks[0] = self._take_category_tail(record, [first_line] + blocks[0][1:], cut_off)
        return [block for block in blocks if block]

    def _take_location_tail(self, record: RawRecord, line: Piece) -> Piece:
        location = join_pieces(record.location)
        glue = record.location[-1].ends_inside_word
        for known in sorted(self._known_locations, key=len, reverse=True):
            prefix = location if glue else location + " "
            if known == location or not known.startswith(prefix):
                continue
            tail = known[len(prefix) :]
            if line.text == tail or line.text.startswith(tail + " "):
                record.location.append(Piece(tail, False, line.line))
                record.decisions.append(f"plaatsnaam aangevuld met '{tail}' van de volgende pagina")
                return Piece(line.text[len(tail) :].lstrip(), line.ends_inside_word, line.line)
        return line

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
            column = self._column_that_ran_on(record, blocks[0][0].line)
            getattr(record, column or OPLOSSING).extend(blocks[0])
        elif blocks:
            record.ambiguities.append((blocks[0][0].line, f"{len(blocks)} tekstblokken op de volgende pagina, verwacht hoogstens 2"))
            for block in blocks:
                record.oplossing.extend(block)

    def _apply_split(self, record: RawRecord, block: list[Piece]) -> None:
        """The first line of the block as the reviewed split says; the lines after it go on in
        the column the line ends in."""
        first = block[0]
        split = self._line_splits[first.line]
        record.applied_splits.append(split)
        if split.words() != first.text.split():
            record.ambiguities.append((first.line, f"de correctie geeft '{' '.join(split.words())}', de bron heeft '{first.text}'"))
            record.oplossing.extend(block)
            return
        record.decisions.append(f"regel {first.line} gesplitst volgens correcties")
        ends_in = OPLOSSING if split.oplossing else OMSCHRIJVING
        if split.omschrijving:
            last = ends_in == OMSCHRIJVING
            record.omschrijving.append(Piece(split.omschrijving, first.ends_inside_word and last, first.line))
        if split.oplossing:
            record.oplossing.append(Piece(split.oplossing, first.ends_inside_word, first.line))
        getattr(record, ends_in).extend(block[1:])

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


def _rows(pieces: list[Piece]) -> int:
    return len({piece.line for piece in pieces})


def _ends_sentence(pieces: list[Piece]) -> bool:
    text = join_pieces(pieces)
    return text.endswith(SENTENCE_END)


def known_locations(records: list[RawRecord]) -> set[str]:
    return {join_pieces(record.location) for record in records if not record.ambiguities}
