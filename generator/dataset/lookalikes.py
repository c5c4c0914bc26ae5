"""Names that look the same but are not: 'De Boomhut' and 'de Boomhut', an é typed as one character
and as e plus an accent, a name with a zero-width space in it. The site gives each spelling its own
page, so a parent may find half of a location's complaints. A notice names both rows; it does not
block the build, because two locations may really differ only in capitals."""

from __future__ import annotations

import unicodedata
from pathlib import Path

from generator.dataset.characters import INVISIBLE
from generator.errors import MELDING, Problem


def comparison_key(name: str) -> str:
    return unicodedata.normalize("NFKC", INVISIBLE.sub("", name)).casefold()


def difference(one: str, other: str) -> str:
    """In what two names with the same comparison key differ, in Dutch."""
    kinds = []
    if INVISIBLE.sub("", one) != one or INVISIBLE.sub("", other) != other:
        kinds.append("onzichtbare tekens (zoals een spatie zonder breedte)")
    one_visible, other_visible = INVISIBLE.sub("", one), INVISIBLE.sub("", other)
    if unicodedata.normalize("NFKC", one_visible) != one_visible or unicodedata.normalize("NFKC", other_visible) != other_visible:
        kinds.append("de manier waarop letters met accenten zijn opgeslagen")
    if unicodedata.normalize("NFKC", one_visible).casefold() == unicodedata.normalize("NFKC", other_visible).casefold() and (
        unicodedata.normalize("NFKC", one_visible) != unicodedata.normalize("NFKC", other_visible)
    ):
        kinds.append("hoofdletters")
    return " en ".join(kinds) or "tekens die er hetzelfde uitzien"


def lookalike_notices(path: Path, column: str, rows: list[tuple[int, str]], what: str) -> list[Problem]:
    """One notice for each spelling that looks like an earlier one. rows: (row number, name).
    `what` names the things in the plural ('locaties')."""
    first_spelling: dict[str, tuple[int, str]] = {}
    reported: set[str] = set()
    notices = []
    for row, name in rows:
        if not name:
            continue
        key = comparison_key(name)
        first = first_spelling.setdefault(key, (row, name))
        if first[1] != name and name not in reported:
            reported.add(name)
            message = (
                f"'{shown_name(name)}' lijkt op '{shown_name(first[1])}' in rij {first[0]}, maar verschilt in {difference(name, first[1])}; "
                f"de site maakt er twee verschillende {what} van"
            )
            hint = "schrijf de naam overal op dezelfde manier als het om dezelfde gaat; anders is dit in orde."
            notices.append(Problem(path, row, column, message, hint, MELDING))
    return notices


def shown_name(name: str) -> str:
    """The name with its invisible characters shown as their code, so the message shows the difference."""
    return INVISIBLE.sub(lambda match: f"<U+{ord(match.group()):04X}>", name)
