"""The committed 2024 data against its source: reproducible, complete, nothing lost or invented."""

from __future__ import annotations

import re
import shutil
from collections import Counter
from pathlib import Path

import pandas as pd
import pytest

from generator.importer import vocabulary
from generator.dataset.dataset import load_dataset
from generator.dataset import layout
from generator.importer.order import out_of_order
from generator.importer.pipeline import import_source_text
from generator.view.reconcile import reconcile

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "data"
SOURCE = DATA / "bron" / "klachtenjaarverslag-partou-2024.txt"
YEAR = DATA / "2024"

# Words of the annex that are not data: its table header.
TABLE_HEADER = "Naam locatie Label Categorie Omschrijving klacht Toelichting Welke oplossing is er getroffen Klacht gegrond".split()
RUNNING_TITLE = "Klachtenjaarverslag Partou kinderopvang 2024"
RUNNING_DATE = "31 mei 2025"
# How the annex spells the categories whose canonical name (from the summary table) differs.
ANNEX_SPELLING = {
    "Sluiting groep/vestiging": "Sluiting groep / vestiging",
    "Tarieven (incl. verruiming openingstijden, doorbetalen feestdagen)": "Tarieven (incl. verruiming openingstijden of doorbetalen feestdagen)",
    "Voorwaarden rondom ruil- en inhaaluren": "Voorwaarden rondom ruil- & inhaaluren",
}


@pytest.fixture(scope="module")
def dataset():
    return load_dataset(YEAR)


def annex_words() -> tuple[Counter, Counter]:
    """Every word between the Bijlage 1 and Bijlage 2 headings, read independently of the importer:
    the table header and the running page headers (title, date, 'pagina N/' and the page total
    after it) left out. Also the words that end a line without a trailing space: the PDF wrapped
    them inside the word."""
    lines = SOURCE.read_text(encoding="utf-8").split("\n")
    start = next(index for index, line in enumerate(lines) if re.match(r"^\s*\d+\.\s*Bijlage 1\b", line))
    end = next(index for index, line in enumerate(lines) if re.match(r"^\s*\d+\.\s*Bijlage 2\b", line))
    words: Counter = Counter()
    fragments: Counter = Counter()
    header = list(TABLE_HEADER)
    skip_page_total = False
    for previous, line in zip(lines[start:end], lines[start + 1 : end]):
        text = line.strip()
        if skip_page_total:
            skip_page_total = False
            continue
        if re.fullmatch(r"pagina \d+/", text):
            skip_page_total = True
            continue
        if text == RUNNING_TITLE or (text == RUNNING_DATE and previous.strip() == RUNNING_TITLE):
            continue
        tokens = text.split()
        if header and tokens and tokens == header[: len(tokens)]:
            header = header[len(tokens) :]
            continue
        words.update(tokens)
        if tokens and not line[-1].isspace():
            fragments[tokens[-1]] += 1
    return words, fragments


def record_words(complaints: pd.DataFrame) -> Counter:
    words: Counter = Counter()
    for row in complaints.itertuples(index=False):
        for text in (row.locatie, row.label, ANNEX_SPELLING.get(row.categorie, row.categorie), row.omschrijving, row.oplossing, row.gegrond):
            words.update(text.split())
    return words


def test_words_of_the_annex_equal_the_words_of_the_records(dataset) -> None:
    """Nothing lost, nothing invented. The only difference allowed: a word the PDF wrapped inside
    the word ('Kinderopvangboerder' + 'ij') is one word in the records, so each record word that
    is not in the annex must be exactly such a fragment plus a word the annex has left over."""
    source, fragments = annex_words()
    records = record_words(dataset.complaints)
    lost = source - records
    invented = records - source
    unexplained = []
    for word in sorted(invented.elements()):
        head = next((fragment for fragment in sorted(lost) if lost[fragment] and fragments[fragment] and word.startswith(fragment) and lost[word[len(fragment) :]] > (1 if word[len(fragment) :] == fragment else 0)), None)
        if head is None:
            unexplained.append(word)
            continue
        lost[head] -= 1
        lost[word[len(head) :]] -= 1
    assert unexplained == []
    assert +lost == Counter()
    assert sum(invented.values()) == 31  # the joined words, each made of two fragments


def test_import_reproduces_the_committed_files_byte_for_byte(tmp_path: Path) -> None:
    data_root = tmp_path / "data"
    (data_root / "2024").mkdir(parents=True)
    # The hand-written files of the year folder; the importer must leave them alone.
    for hand_written in (layout.CORRECTIONS_FILE, layout.PRIVACY_ALLOWED_FILE):
        shutil.copy(YEAR / hand_written, data_root / "2024" / hand_written)
    result = import_source_text(SOURCE, 2024, data_root)
    produced = sorted(path.relative_to(data_root).as_posix() for path in data_root.rglob("*") if path.is_file())
    committed = sorted(path.relative_to(DATA).as_posix() for path in DATA.rglob("*") if path.is_file())
    assert produced == committed
    for relative in produced:
        assert (data_root / relative).read_bytes() == (DATA / relative).read_bytes(), relative
    assert (result.complaints, result.disputes) == (537, 5)


def test_the_annex_holds_537_complaints_not_the_538_the_report_says(dataset) -> None:
    complaints = dataset.complaints
    assert len(complaints) == 537
    assert list(complaints["volgnummer"]) == list(range(1, 538))
    assert dataset.report.published.complaints == 538


def test_the_records_keep_the_a_to_z_order_of_the_annex(dataset) -> None:
    assert out_of_order(list(dataset.complaints["locatie"])) == []


def source_lines(first: int, last: int) -> list[str]:
    return [line.strip() for line in SOURCE.read_text(encoding="utf-8").split("\n")[first - 1 : last]]


def test_location_cut_off_at_a_page_break_is_completed_in_a_to_z_order(dataset) -> None:
    """Lines 8868-8878: 'Partou BSO' / 'Koningskinderen' above the head line, and at the top of the
    next page 'Goudlokje slecht bereikbaar is.': the end of the name and of the omschrijving side
    by side. The name sits between '... De Sterrendaalders' and '... Koning Lijsterbaard'."""
    assert source_lines(8868, 8869) == ["Partou BSO", "Koningskinderen"]
    assert source_lines(8878, 8878) == ["Goudlokje slecht bereikbaar is."]
    row = dataset.complaints.set_index("volgnummer").loc[306]
    assert (row["locatie"], row["bron_regel"]) == ("Partou BSO Koningskinderen Goudlokje", 8868)
    assert row["omschrijving"] == (
        "Ouder dient klacht in omdat klantenservice slecht bereikbaar is. "
        "Ouder geeft tevens aan dat de pedagogisch medewerkers geen vragen kunnen beantwoorden over het contract."
    )
    assert row["oplossing"] == (
        "Locatiemanager heeft persoonlijk contact gehad met ouder. Ouder heeft inmiddels zelf actie ondernomen en heeft "
        "de juiste persoon gesproken. Locatiemanager heeft met de desbetreffende afdeling gesproken over de klacht."
    )
    neighbours = dataset.complaints.set_index("volgnummer").loc[[305, 307], "locatie"].tolist()
    assert neighbours == ["Partou BSO Koningskinderen De Sterrendaalders", "Partou BSO Koningskinderen Koning Lijsterbaard"]


def test_page_top_line_with_two_columns_is_split_where_the_omschrijving_ends(dataset) -> None:
    """Line 13294 holds the end of the omschrijving and the next line of the oplossing side by
    side; the thanks for 'deze toelichting' answer the oplossing's explanation."""
    assert source_lines(13294, 13296) == ["punten te bespreken. Ouder stuurt aanvullend nog", "een bedank-mail voor deze", "toelichting."]
    row = dataset.complaints.set_index("volgnummer").loc[457]
    assert (row["locatie"], row["bron_regel"]) == ("Partou KDV Prickwaert", 13274)
    assert row["omschrijving"] == (
        "Ouder dient een klacht in, omdat tijdens de intake een aantal punten genoemd zijn, waar ouder geen fijn gevoel "
        "bij heeft. Ouder wil graag in gesprek om genoemde punten te bespreken."
    )
    assert row["oplossing"] == (
        "Locatiemanager heeft met ouder de klacht besproken en heeft excuses gemaakt aan ouder. De locatiemanager heeft "
        "alle punten toegelicht, waardoor ouder meer gerust is en alles nu duidelijk is. "
        "Ouder stuurt aanvullend nog een bedank-mail voor deze toelichting."
    )


def test_every_record_has_location_category_label_and_gegrond_or_a_flag(dataset) -> None:
    complaints = dataset.complaints
    assert (complaints["locatie"] != "").all()
    assert set(complaints["categorie"]) <= set(vocabulary.CATEGORIES)
    assert set(complaints["label"]) == {"Partou B.V.", "Smallsteps B.V.", ""}
    assert set(complaints["gegrond"]) == {"Ja", "Deels", "Nee", ""}
    without_judgement = complaints[complaints["gegrond"] == ""]
    assert list(without_judgement["volgnummer"]) == [320]
    assert list(without_judgement["oplossing"]) == [""]
    flagged = {(notice.row, notice.column) for notice in dataset.notices if notice.file.name == "klachten.csv"}
    assert flagged == {(321, "oplossing"), (321, "gegrond")}  # CSV row 321 is volgnummer 320
    # The report's section 3.2 is imported, but neither the site nor the PDF shows it (yet).
    assert [notice.file.name for notice in dataset.notices if notice.file.name != "klachten.csv"] == ["vergelijking-vorig-jaar.md"]


def test_the_five_disputes_with_entity_and_outcome(dataset) -> None:
    disputes = dataset.disputes.set_index("zaaknummer")
    assert disputes.loc[["635130", "340638", "253063", "523294", "801846"], ["entiteit", "uitkomst"]].values.tolist() == [
        ["Smallsteps kinderopvang", "Ongegrond"],
        ["Smallsteps kinderopvang", "Gegrond"],
        ["Smallsteps kinderopvang", "Gegrond"],
        ["Smallsteps kinderopvang", "Geen uitspraak"],
        ["Partou kinderopvang", "Ongegrond"],
    ]


def test_committed_reconciliation_file_matches_the_data(dataset) -> None:
    committed = pd.read_csv(YEAR / layout.RECONCILIATION_FILE, dtype=str, keep_default_na=False)
    computed = reconcile(dataset.report, dataset.complaints, dataset.disputes)
    assert list(committed["onderwerp"]) == [item.subject for item in computed]
    assert list(committed["klopt"]) == ["ja" if item.agrees else "nee" for item in computed]
