"""privacy-toegestaan.yaml for a synthetic year: the review of the real year, carried over.

Every sentence of a synthetic text is a sentence of the real year (generator/synth/texts.py), so
whatever the privacy check finds in it was found, and reviewed, in the real year already. Two
kinds of finding come over:

- the entries of the real year's privacy-toegestaan.yaml, without their file and row (a sentence
  now stands in another row; it keeps its column, so the column stays);
- names of real locations inside real sentences ('de groepshulp van de Grote Beer'): in the real
  year they are known terms, in the synthetic year, whose locations have other names, they are not.

Only entries whose text occurs in the synthetic texts and is not the name of a synthetic location
(a known term there) are written, so that `check` has no entry to report as unused.
"""

from __future__ import annotations

from collections.abc import Iterable

from generator.dataset.dataset import Dataset
from generator.dataset.privacy_allowed import PRIVACY_ALLOWED_FILE
from generator.dataset.writer import yaml_text
from generator.privacy.names import KnownTerms
from generator.privacy.scan import known_terms, make_detectors, scan_field, text_fields

HEADER = (
    "Privacycontrole van synthetische gegevens (python -m generator synth).\n"
    "Elke zin in deze map is een zin uit de echte jaarmap {source}; wat de controle hier vindt, is\n"
    "daar nagekeken. Hieronder staan de regels van {source}/" + PRIVACY_ALLOWED_FILE + " zonder bestand\n"
    "en rij (de zin staat hier in een andere rij), en de namen van echte locaties die in zinnen uit\n"
    "de bron staan: daar bekende namen, hier niet, omdat de locaties hier andere namen hebben."
)
CARRIED_OVER = "Nagekeken in de echte jaarmap, waar elke zin van deze map vandaan komt: {reason}"
REAL_LOCATION = "De naam van een locatie in de echte jaarmap, in een zin die daarvandaan komt; geen persoon."


def allow_list_text(real: Dataset, synthetic_texts: Iterable[str], synthetic_locations: Iterable[str]) -> str:
    """privacy-toegestaan.yaml for a synthetic year with these free texts and location names."""
    everything = "\n".join(synthetic_texts)
    known = {name.casefold() for name in synthetic_locations}
    entries = [
        entry
        for entry in [*_carried_over(real), *_real_location_names(real)]
        if entry["tekst"] in everything and entry["tekst"].casefold() not in known
    ]
    return yaml_text({"toegestaan": entries}, HEADER.format(source=real.folder))


def _carried_over(real: Dataset) -> list[dict[str, str]]:
    """The real entries by text and column, each once (the same text reviewed in two rows is one entry here)."""
    entries: dict[tuple[str, str | None], dict[str, str]] = {}
    for entry in real.privacy_allowed:
        key = (entry.text, entry.column)
        if key not in entries:
            entries[key] = _entry(entry.text, entry.column, CARRIED_OVER.format(reason=entry.reason))
    return list(entries.values())


def _real_location_names(real: Dataset) -> list[dict[str, str]]:
    """What the check finds in the real texts once the real locations are no longer known terms,
    and the real allow-list does not accept."""
    known = known_terms(real)
    locations = set(real.complaints["locatie"])
    without_locations = KnownTerms(known.words, tuple(phrase for phrase in known.phrases if phrase not in locations))
    detectors = make_detectors(without_locations)
    reviewed = {entry.text for entry in real.privacy_allowed}
    entries: dict[tuple[str, str | None], dict[str, str]] = {}
    for field in text_fields(real):
        for finding in scan_field(field, detectors):
            key = (finding.text, finding.column)
            if finding.text not in reviewed and key not in entries:
                entries[key] = _entry(finding.text, finding.column, REAL_LOCATION)
    return list(entries.values())


def _entry(text: str, column: str | None, reason: str) -> dict[str, str]:
    return {"tekst": text, **({"kolom": column} if column else {}), "reden": reason}
