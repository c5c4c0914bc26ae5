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
from generator.errors import DataInvalid, ImportFailed
from generator.importer.complaints import complaint_row, parse_annex
from generator.importer.corrections import load_corrections
from generator.importer.side_by_side import ends_sentence

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


def test_every_problem_of_a_corrections_file_is_reported_with_its_line(tmp_path: Path) -> None:
    path = tmp_path / "correcties.yaml"
    path.write_text(
        "correcties:\n"
        "  - volgnummer: 35\n"
        "    bron_regel: twaalf\n"
        "    omschrijving: Ouder dient klacht in\n"
        "    reden: Eerste rij van een pagina.\n"
        "  - volgnummer: 36\n"
        "    bron_regel: 1300\n"
        "    reden: Eerste rij van een pagina.\n",
        encoding="utf-8",
    )
    with pytest.raises(DataInvalid) as refused:
        load_corrections(path)
    assert [str(problem) for problem in refused.value.problems] == [
        f"{path}, rij 3, kolom 'correcties[1].bron_regel': verwacht een geheel getal van 0 of meer, gevonden de tekst 'twaalf'. "
        "Oplossing: schrijf een geheel getal zonder aanhalingstekens en zonder punt, bijvoorbeeld 538.",
        f"{path}, rij 6, kolom 'correcties[2]': de correctie geeft geen woorden. "
        "Oplossing: geef 'omschrijving', 'oplossing' of allebei: de woorden van de regel in elke kolom.",
    ]


def excerpt_rows(case: str) -> tuple[list[str], list[str], list[str]]:
    """The annex header, the rows and the closing line of an excerpt."""
    lines = (CASES / case / "verslag.txt").read_text(encoding="utf-8").split("\n")
    header_end = lines.index("gegrond ") + 1
    closing = next(index for index, line in enumerate(lines) if line.startswith(" 6. Bijlage 2"))
    return lines[:header_end], lines[header_end:closing], lines[closing:]


def test_location_out_of_a_to_z_order_is_refused(tmp_path: Path) -> None:
    header, vlindertuin, closing = excerpt_rows("zonder-label")
    _, biba_bommel, _ = excerpt_rows("vervolg-na-gegrond")
    lines = header + vlindertuin + biba_bommel + closing
    report = tmp_path / "verslag.txt"
    report.write_text("\n".join(lines), encoding="utf-8")
    with pytest.raises(ImportFailed) as failure:
        parse_annex(lines, report, LABELS, [])
    [problem] = failure.value.problems
    vlindertuin_line = next(number for number, line in enumerate(lines, 1) if line.startswith("De Vlindertuin BSO"))
    biba_line = next(number for number, line in enumerate(lines, 1) if line.startswith("BiBa Bommel"))
    assert str(problem) == (
        f"{report}, regel {biba_line}: klacht 2 (BiBa Bommel) staat niet op alfabetische volgorde: de rij erboven, "
        f"klacht 1 op regel {vlindertuin_line}, is 'De Vlindertuin BSO' (de bijlage is op de naam van de locatie "
        "gesorteerd (A-Z); lees de naam in het verslag na, bijvoorbeeld of een pagina-einde hem heeft afgebroken)"
    )


def test_location_cut_off_stays_as_read_when_no_row_above_shows_the_order(tmp_path: Path) -> None:
    """Without the row above there is no order to restore: the cut name stays as read, and
    nothing is guessed."""
    header, rows, closing = excerpt_rows("locatie-afgebroken-volgorde-beslist")
    row_starts = [index for index, line in enumerate(rows) if line == "Partou BSO "]
    lines = header + rows[row_starts[1] :] + closing
    records = parse_annex(lines, CASES / "verslag.txt", LABELS, [])
    first = complaint_row(1, records[0])
    assert first["locatie"] == "Partou BSO Koningskinderen"
    assert str(first["omschrijving"]).startswith("Ouder dient klacht in omdat klantenservice Goudlokje slecht bereikbaar is.")


def test_page_top_line_with_two_sentence_ends_is_refused_without_correction() -> None:
    """Wider than a column, so two cells side by side, but the omschrijving may end after either
    sentence: only a reviewed split can say."""
    header, rows, closing = excerpt_rows("twee-kolommen-naast-elkaar-breder-dan-kolom")
    lines = header + [row.replace("bespreken. Ouder stuurt aanvullend", "bespreken. Ouder stuurt. Aanvullend") for row in rows] + closing
    page_top = lines.index(" punten te bespreken. Ouder stuurt. Aanvullend nog ") + 1
    with pytest.raises(ImportFailed) as failure:
        parse_annex(lines, CASES / "verslag.txt", LABELS, [])
    [problem] = failure.value.problems
    assert (problem.line, problem.message) == (
        page_top,
        "klacht 1 (Partou KDV Prickwaert): omschrijving en oplossing staan bovenaan de pagina naast elkaar op één regel; "
        "niet te bepalen waar de omschrijving ophoudt",
    )


@pytest.mark.parametrize(
    ("word", "ends"),
    [("locatie.", True), ("is?", True), ("(ouder).", True), ("18:00.", True), ("i.v.m.", False), ("o.a.", False), ("bijv.", False), ("1.", False), ("Ouder", False)],
)
def test_which_words_end_a_sentence(word: str, ends: bool) -> None:
    assert ends_sentence(word) is ends
