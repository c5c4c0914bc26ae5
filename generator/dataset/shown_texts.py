"""A notice for every report text the site would leave out, and the texts it does show.

A text in tekst/ is shown only under a name the site knows (layout.SHOWN_TEXTS), an explanation in
tekst/categorie/ only under the address of a category the year has, and an empty text not at all
(a page with only its heading says nothing). Such a file is not an error - the rest can be
published - but the coordinator who wrote it should know that nobody will read it.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from generator.dataset import layout
from generator.errors import MELDING, Problem
from generator.view.slugs import category_slugs


def shown_texts(
    folder: Path, texts: dict[str, str], category_texts: dict[str, str], categories: Iterable[str] | None
) -> tuple[dict[str, str], dict[str, str], list[Problem]]:
    """The texts and category texts the site shows, and a notice for each one it leaves out.
    `categories` are the year's; None when verslag.yaml could not be read (that is the error
    then, and the category texts are not judged against categories nobody knows)."""
    notices: list[Problem] = []
    shown = _shown(folder / layout.TEXTS_FOLDER, texts, layout.SHOWN_TEXTS, _unknown_text_notice, notices)
    if categories is None:
        shown_categories = category_texts
    else:
        slugs = tuple(sorted(category_slugs(tuple(categories)).values()))
        shown_categories = _shown(folder / layout.CATEGORY_TEXTS_FOLDER, category_texts, slugs, _unknown_category_notice, notices)
    notices += _other_files(folder / layout.TEXTS_FOLDER, folder / layout.CATEGORY_TEXTS_FOLDER)
    return shown, shown_categories, notices


def _other_files(*texts_folders: Path) -> list[Problem]:
    """Files in a texts folder that are no Markdown text (the folder of category texts aside)."""
    notices = []
    for texts_folder in texts_folders:
        entries = sorted(texts_folder.iterdir()) if texts_folder.is_dir() else []
        for entry in entries:
            if entry.suffix != ".md" and entry not in texts_folders:
                message = "de site leest hier alleen teksten die eindigen op .md; dit wordt niet gepubliceerd"
                hint = "sla de tekst op als .md-bestand (platte tekst, Markdown), of haal dit weg."
                notices.append(Problem(entry, None, None, message, hint, MELDING))
    return notices


def _shown(texts_folder: Path, texts: dict[str, str], known: tuple[str, ...], unknown_notice, notices: list[Problem]) -> dict[str, str]:
    shown = {}
    for stem, text in texts.items():
        path = texts_folder / f"{stem}.md"
        if stem not in known:
            notices.append(unknown_notice(path, known))
        elif not text.strip():
            notices.append(Problem(path, None, None, "de tekst is leeg; de site en de PDF laten hem weg", "schrijf de tekst, of haal het bestand weg.", MELDING))
        else:
            shown[stem] = text
    return shown


def _unknown_text_notice(path: Path, known: tuple[str, ...]) -> Problem:
    names = ", ".join(f"{stem}.md" for stem in known)
    message = f"de site en de PDF tonen deze tekst niet (ze tonen alleen {names})"
    return Problem(path, None, None, message, "is het een van die teksten, geef het bestand dan die naam; anders wordt hij niet gepubliceerd.", MELDING)


def _unknown_category_notice(path: Path, known: tuple[str, ...]) -> Problem:
    message = f"er is geen soort klacht met het adres '{path.stem}', dus de site toont deze uitleg niet"
    hint = f"noem het bestand naar het adres van de soort klacht: {', '.join(f'{slug}.md' for slug in known)}."
    return Problem(path, None, None, message, hint, MELDING)
