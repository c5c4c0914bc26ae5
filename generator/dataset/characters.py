"""Characters that do not belong in a value of the data: invisible control characters, characters
that turn the reading direction around or hide text, byte order marks inside the text, and bytes
that were not UTF-8 (kept by the decoder as lone surrogates, so that they can be reported where
they are).

Such characters come along when text is copied from another program, or are planted on purpose:
a right-to-left override makes 'gpj.exe' read as 'exe.jpg', tag characters (U+E0000 ...) carry
text nobody sees, a NUL byte cuts a value short in some programs, and none of them shows on the
site. A value with one is refused with its place.

One rule for every character that does not show: Unicode's format characters (category Cf) and
the other "default ignorable" ones (variation selectors, Hangul fillers, ...). Those that can
hide or turn text (the bidirectional marks and controls, tags, interlinear annotations and the
deprecated format controls) are refused; the others (zero-width space and joiners, which some
scripts and emoji need, the soft hyphen, the word joiner, ...) are allowed in values and left
out when names are compared (generator/dataset/lookalikes.py), so that names that differ only
by them get a notice.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Every character that does not show: category Cf (tests/test_characters.py checks this against
# Python's Unicode database) and Unicode's other default ignorable code points.
INVISIBLE_CHARACTERS = (
    "\u00ad\u034f\u0600-\u0605\u061c\u06dd\u070f\u0890\u0891\u08e2\u115f\u1160\u17b4\u17b5\u180b-\u180f"
    "\u200b-\u200f\u202a-\u202e\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0\ufff0-\ufffb"
    "\U000110bd\U000110cd\U00013430-\U0001343f\U0001bca0-\U0001bca3\U0001d173-\U0001d17a\U000e0000-\U000e0fff"
)
INVISIBLE = re.compile(f"[{INVISIBLE_CHARACTERS}]")
# Of those, the ones that turn the reading direction (marks, embeddings, overrides, isolates) ...
DIRECTION_CHARACTERS = "\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069"
DIRECTION = re.compile(f"[{DIRECTION_CHARACTERS}]")
# ... and the ones that hide text or change how it shows: the deprecated format controls,
# interlinear annotations and tags.
HIDING_CHARACTERS = "\u206a-\u206f\ufff9-\ufffb\U000e0000-\U000e007f"
HIDING = re.compile(f"[{HIDING_CHARACTERS}]")
# C0 controls without line feed and carriage return (line breaks are reported on their own), DEL,
# C1 controls, the characters above, the line and paragraph separators, a byte order mark inside
# text, the non-characters U+FFFE and U+FFFF, and the lone surrogates that stand for bytes that
# could not be decoded.
FORBIDDEN = re.compile(
    f"[\x00-\x09\x0b\x0c\x0e-\x1f\x7f-\x9f{DIRECTION_CHARACTERS}{HIDING_CHARACTERS}\u2028\u2029\ufeff\ufffe\uffff\udc80-\udcff]"
)
UNDECODED_BYTE = re.compile("[\udc80-\udcff]")

_NAMES = {
    "\x00": "een NUL-teken",
    "\x09": "een tab",
    "\x7f": "een DEL-teken",
    "\ufeff": "een onzichtbaar BOM-teken",
    "\u2028": "een regelscheidingsteken",
    "\u2029": "een alineascheidingsteken",
    "\ufffe": "een ongeldig teken",
    "\uffff": "een ongeldig teken",
}
CHARACTER_HINT = (
    "haal het teken weg (typ de waarde zo nodig opnieuw). Zulke onzichtbare tekens komen mee bij kopiëren uit een "
    "ander programma en kunnen tekst anders laten lezen dan hij is."
)
BYTE_HINT = 'sla het bestand op als UTF-8 (in Excel: Opslaan als, met als type "CSV UTF-8"), of typ de tekens op deze plek opnieuw.'


@dataclass(frozen=True)
class BadCharacter:
    position: int  # counted from 1, as a person counts
    description: str  # Dutch, with the code point
    count: int  # how many such characters the value has in all
    undecoded: bool  # a byte that was not UTF-8, rather than a character

    def message(self, subject: str = "de waarde") -> str:
        more = f" (en nog {self.count - 1} zulke tekens)" if self.count > 1 else ""
        return f"{subject} bevat op positie {self.position} {self.description}{more}"

    @property
    def hint(self) -> str:
        return BYTE_HINT if self.undecoded else CHARACTER_HINT


def first_bad_character(value: str) -> BadCharacter | None:
    """The first character of `value` that does not belong in text, or None."""
    found = FORBIDDEN.findall(value)
    if not found:
        return None
    match = FORBIDDEN.search(value)
    return BadCharacter(match.start() + 1, describe(match.group()), len(found), bool(UNDECODED_BYTE.match(match.group())))


def describe(character: str) -> str:
    code = ord(character)
    if 0xDC80 <= code <= 0xDCFF:
        return f"de byte 0x{code - 0xDC00:02X}, die geen UTF-8 is"
    if character in _NAMES:
        return f"{_NAMES[character]} (U+{code:04X})"
    if DIRECTION.match(character):
        return f"een onzichtbaar teken dat de leesrichting verandert (U+{code:04X})"
    if HIDING.match(character):
        return f"een onzichtbaar teken dat tekst kan verbergen (U+{code:04X})"
    return f"een stuurteken (U+{code:04X})"
