"""The annex parser on real excerpts of the 2024 report, one folder per messy pattern.

Each folder in tests/fixtures/annex/ holds `verslag.txt` (the annex header, the rows of the
excerpt exactly as extracted, and the start of the next annex), optionally `correcties.yaml`,
and `verwacht.csv`: the rows the importer must make of it, reviewed by hand against the PDF.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from generator import schema
from generator.dataset.writer import csv_text
from generator.errors import ImportFailed
from generator.importer.complaints import complaint_row, parse_annex
from generator.importer.corrections import load_corrections

CASES = Path(__file__).parent / "fixtures" / "annex"
LABELS = ["Partou B.V.", "Smallsteps B.V."]


def parsed_csv(folder: Path) -> str:
    report = folder / "verslag.txt"
    raw_lines = report.read_text(encoding="utf-8").split("\n")
    corrections = load_corrections(folder / "correcties.yaml")
    records = parse_annex(raw_lines, report, LABELS, corrections)
    rows = [complaint_row(number, record) for number, record in enumerate(records, 1)]
    return csv_text(schema.column_names(schema.COMPLAINT_COLUMNS), rows)


@pytest.mark.parametrize("case", sorted(path.name for path in CASES.iterdir()))
def test_excerpt_gives_the_reviewed_rows(case: str) -> None:
    folder = CASES / case
    assert parsed_csv(folder) == (folder / "verwacht.csv").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("case", "line", "message"),
    [
        (
            "rij-bovenaan-pagina-met-correctie",
            12,
            "klacht 1 (Partou BSO Kantershof 633): omschrijving en oplossing staan bovenaan de pagina op één regel door elkaar",
        ),
        (
            "vervolg-onbeslisbaar-met-correctie",
            31,
            "klacht 1 (Kinderopvang 't Sparrenest): niet te bepalen of het vervolg op de volgende pagina bij omschrijving of oplossing hoort",
        ),
    ],
)
def test_undecidable_row_without_correction_is_refused(case: str, line: int, message: str) -> None:
    report = CASES / case / "verslag.txt"
    with pytest.raises(ImportFailed) as failure:
        parse_annex(report.read_text(encoding="utf-8").split("\n"), report, LABELS, [])
    [problem] = failure.value.problems
    assert (problem.line, problem.message) == (line, message)
    assert str(problem) == f"{report}, regel {line}: {message} (lees de rij in het verslag en leg de splitsing vast in correcties.yaml)"


def test_correction_that_changes_words_is_refused(tmp_path: Path) -> None:
    folder = CASES / "rij-bovenaan-pagina-met-correctie"
    report = folder / "verslag.txt"
    corrections = load_corrections(folder / "correcties.yaml")
    [correction] = corrections
    altered = type(correction)(correction.volgnummer, type(correction.split)(correction.split.line, "Ouder is het oneens", correction.split.oplossing), correction.reason)
    with pytest.raises(ImportFailed) as failure:
        parse_annex(report.read_text(encoding="utf-8").split("\n"), report, LABELS, [altered])
    assert [problem.message for problem in failure.value.problems] == [
        "klacht 1 (Partou BSO Kantershof 633): de correctie geeft 'Ouder is het oneens Customer Support heeft', "
        "de bron heeft 'Ouder is het niet eens Customer Support heeft'"
    ]
