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

import dataclasses
from collections.abc import Iterable
from pathlib import Path

from generator.dataset.dataset import Dataset
from generator.dataset import layout
from generator.dataset.privacy_allowed import AllowedFinding, privacy_allowed_yaml
from generator.privacy.names import KnownTerms
from generator.privacy.finding import TextField
from generator.privacy.scan import known_terms, make_detectors, make_name_detectors, name_field_terms, scan_field, text_fields

HEADER = (
    "Privacycontrole van synthetische gegevens (python -m generator synth).\n"
    "Elke zin in deze map is een zin uit de echte jaarmap {source}; wat de controle hier vindt, is\n"
    "daar nagekeken. Hieronder staan de regels van {source}/" + layout.PRIVACY_ALLOWED_FILE + " zonder bestand\n"
    "en rij (de zin staat hier in een andere rij), en de namen van echte locaties die in zinnen uit\n"
    "de bron staan: daar bekende namen, hier niet, omdat de locaties hier andere namen hebben."
)
CARRIED_OVER = "Nagekeken in de echte jaarmap, waar elke zin van deze map vandaan komt: {reason}"
LOCATION_COLUMN = "locatie"
VARIED_LOCATION = "De naam van een locatie in de echte jaarmap, in een variant gemaakt uit delen van echte namen die daar zijn nagekeken; geen persoon."
REAL_LOCATION = "De naam van een locatie in de echte jaarmap, in een zin die daarvandaan komt; geen persoon."


def allow_list_text(
    real: Dataset, synthetic_texts: Iterable[str], synthetic_locations: Iterable[str], location_columns: tuple[str, ...] = (LOCATION_COLUMN,)
) -> str:
    """privacy-toegestaan.yaml for a synthetic year with these free texts and location names.
    `location_columns`: the columns that hold the location names (with a locations file, its
    name column too)."""
    everything = "\n".join(synthetic_texts)
    locations = list(synthetic_locations)
    location_findings = _location_finding_texts(real, locations)
    known = {name.casefold() for name in locations}
    # An entry for a location name (a street or a first name in it) is needed where a synthetic
    # location, made of parts of real names, holds the text; the others where a text holds it.
    entries = [
        entry
        for entry in [*_carried_over(real), *_real_location_names(real)]
        if (entry.column == LOCATION_COLUMN and entry.text in location_findings)
        or (entry.column != LOCATION_COLUMN and entry.text in everything and entry.text.casefold() not in known)
    ]
    # A synthetic name may vary a real one ('Diëtrich' for 'Dietrich'); its parts were reviewed all the same.
    covered = {entry.text for entry in entries if entry.column == LOCATION_COLUMN}
    entries += [_entry(text, LOCATION_COLUMN, VARIED_LOCATION) for text in sorted(location_findings - covered)]
    entries += [
        dataclasses.replace(entry, column=column)
        for column in location_columns
        if column != LOCATION_COLUMN
        for entry in list(entries)
        if entry.column == LOCATION_COLUMN
    ]
    return privacy_allowed_yaml(entries, HEADER.format(source=real.folder))


def _location_finding_texts(real: Dataset, locations: list[str]) -> set[str]:
    """What the privacy check finds in these location names, as it finds it in the real ones."""
    detectors = make_name_detectors(name_field_terms(real.report.vocabulary), real.report.year)
    fields = (TextField(Path(), 1, LOCATION_COLUMN, name, is_name=True) for name in set(locations))
    return {finding.reviewed_text for field in fields for finding in scan_field(field, detectors)}


def _carried_over(real: Dataset) -> list[AllowedFinding]:
    """The real entries by text and column, each once (the same text reviewed in two rows is one entry here)."""
    entries: dict[tuple[str, str | None], AllowedFinding] = {}
    for entry in real.privacy_allowed:
        key = (entry.text, entry.column)
        if key not in entries:
            entries[key] = _entry(entry.text, entry.column, CARRIED_OVER.format(reason=entry.reason))
    return list(entries.values())


def _real_location_names(real: Dataset) -> list[AllowedFinding]:
    """What the check finds in the real texts once the real locations are no longer known terms,
    and the real allow-list does not accept."""
    known = known_terms(real)
    locations = set(real.complaints["locatie"])
    without_locations = KnownTerms(known.words, tuple(phrase for phrase in known.phrases if phrase not in locations))
    detectors = make_detectors(without_locations)
    reviewed = {entry.text for entry in real.privacy_allowed}
    entries: dict[tuple[str, str | None], AllowedFinding] = {}
    for field in text_fields(real):
        for finding in scan_field(field, detectors):
            key = (finding.text, finding.column)
            if finding.text not in reviewed and key not in entries:
                entries[key] = _entry(finding.text, finding.column, REAL_LOCATION)
    return list(entries.values())


def _entry(text: str, column: str | None, reason: str) -> AllowedFinding:
    """An entry without file and row: the sentence stands in another row here."""
    return AllowedFinding(text=text, reason=reason, file=None, row=None, column=column or None)
