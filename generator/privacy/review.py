"""Apply the reviewed findings of privacy-toegestaan.yaml, and refuse to publish what is left."""

from __future__ import annotations

import os
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from generator.dataset.dataset import Dataset
from generator.dataset import layout
from generator.dataset.privacy_allowed import AllowedFinding
from generator.errors import MELDING, GeneratorError, Problem
from generator.privacy.finding import Finding
from generator.privacy.scan import KeptScans, scan_dataset

LAW = "een oordeel mag niet naar een persoon te herleiden zijn (Wet kinderopvang, artikel 1.57b)"


@dataclass(frozen=True)
class PrivacyReview:
    allow_list: Path  # privacy-toegestaan.yaml of the year folder, whether it exists or not
    findings: tuple[Finding, ...]  # everything found, reviewed or not
    unreviewed: tuple[Finding, ...]
    unused: tuple[Problem, ...]  # entries of the allow-list that accept no finding


class PrivacyNotReviewed(GeneratorError):
    """Free texts hold findings that nobody has reviewed; nothing may be published."""

    def __init__(self, review: PrivacyReview):
        self.review = review
        count = len(review.unreviewed)
        heading = (
            "1 vondst van de privacycontrole is nog niet nagekeken:"
            if count == 1
            else f"{count} vondsten van de privacycontrole zijn nog niet nagekeken:"
        )
        super().__init__("\n".join([heading, *(str(finding) for finding in review.unreviewed), *_review_hint(review)]))


def review_privacy(dataset: Dataset, kept: KeptScans | None = None) -> PrivacyReview:
    """`kept`: see scan_dataset()."""
    findings = scan_dataset(dataset, kept)
    entries = dataset.privacy_allowed
    by_text: dict[str, list[AllowedFinding]] = {}
    for entry in entries:
        by_text.setdefault(entry.text, []).append(entry)
    used: set[AllowedFinding] = set()
    unreviewed = []
    for finding in findings:
        accepting = [entry for entry in by_text.get(finding.reviewed_text, ()) if accepts(entry, finding, dataset.folder)]
        used.update(accepting)
        if not accepting:
            unreviewed.append(finding)
    allow_list = dataset.folder / layout.PRIVACY_ALLOWED_FILE
    unused = tuple(_unused_problem(allow_list, entry) for entry in entries if entry not in used)
    return PrivacyReview(allow_list, tuple(findings), tuple(unreviewed), unused)


def refuse_unreviewed(dataset: Dataset, kept: KeptScans | None = None) -> PrivacyReview:
    """The review of a dataset that may be published; raises PrivacyNotReviewed otherwise."""
    review = review_privacy(dataset, kept)
    if review.unreviewed:
        raise PrivacyNotReviewed(review)
    return review


def accepts(entry: AllowedFinding, finding: Finding, folder: Path) -> bool:
    """The same text (a whole name, for a name), and the same file, row and column as far as the
    entry names them."""
    return (
        entry.text == finding.reviewed_text
        and (entry.file is None or os.path.normpath(folder / entry.file) == os.path.normpath(finding.file))
        and (entry.row is None or entry.row == finding.row)
        and (entry.column is None or entry.column == finding.column)
    )


def review_lines(review: PrivacyReview) -> list[str]:
    """The privacy section of `check`: what was found, what is reviewed, what the list no longer needs."""
    lines = ["Privacycontrole (namen, e-mailadressen, telefoonnummers, BSN, IBAN, postcodes met huisnummer, geboortedata):"]
    if not review.findings:
        lines.append("  niets gevonden.")
    else:
        kinds = ", ".join(f"{kind}: {count}" for kind, count in Counter(finding.kind for finding in review.findings).most_common())
        reviewed = len(review.findings) - len(review.unreviewed)
        lines.append(
            f"  {_count(len(review.findings), 'vondst', 'vondsten')} ({kinds}): {reviewed} nagekeken in {review.allow_list}, "
            f"{len(review.unreviewed)} niet nagekeken."
        )
    lines += [f"  {problem}" for problem in review.unused]
    return lines


def _review_hint(review: PrivacyReview) -> list[str]:
    example = review.unreviewed[0]
    # relpath, not relative_to: the locations file is beside the year folder, not in it.
    place = [f"    bestand: {Path(os.path.relpath(example.file, review.allow_list.parent)).as_posix()}"]
    if example.name is None:
        place.append(f"    rij: {example.row}")  # a name is accepted whole, in every row it stands in
    if example.column:
        place.append(f"    kolom: {example.column}")
    return [
        f"Oplossing: lees elke vondst na in de tekst eromheen. Gaat het om een persoon, haal het dan weg uit de gegevens: {LAW}. "
        f"Gaat het niet om een persoon, zet het dan met de reden in {review.allow_list}, bijvoorbeeld:",
        "toegestaan:",
        f"  - tekst: '{example.reviewed_text.replace(chr(39), chr(39) * 2)}'",
        *place,
        "    reden: waarom dit niemand aanwijst",
    ]


def _unused_problem(allow_list: Path, entry: AllowedFinding) -> Problem:
    message = f"'{entry.text}' staat in de lijst, maar de privacycontrole vindt het niet (meer)"
    hint = "haal het weg uit de lijst, of controleer tekst, bestand, rij en kolom."
    return Problem(allow_list, entry.line, None, message, hint, MELDING)


def _count(number: int, one: str, more: str) -> str:
    return f"{number} {one if number == 1 else more}"
