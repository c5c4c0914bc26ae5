"""generator/ knows no report's words: outside the 2024 importer (generator/importer/), no file names
one of the 2024 categories or their other spellings, its labels, its organisation or the parties
of its disputes, or repeats its explanation of a judgement. Those live in data/2024/verslag.yaml,
and the terms are taken from there, so that this check follows the data.

Not checked: the judgements (Ja, Deels, Nee) and dispute outcomes (Gegrond, ...) themselves, which
are plain Dutch words the code uses for other things too (the column is called gegrond), and the
site's own 'Geen label'. Categories are matched as written (Privacy and Communicatie are ordinary
words in lower case); names of organisations without regard to capitals (partou.nl is Partou).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from generator.dataset.report_meta import ReportMeta, load_report_meta
from generator.dataset.vocabulary import NO_LABEL

ROOT = Path(__file__).resolve().parents[1]
GENERATOR = ROOT / "generator"
ALLOWED = GENERATOR / "importer"  # the one place that reads the 2024 report
TEXT_SUFFIXES = {".py", ".j2", ".css", ".js", ".html", ".md", ".txt", ".yaml", ".yml", ".json", ".toml"}


@dataclass(frozen=True)
class Term:
    text: str
    pattern: re.Pattern


def term(text: str, ignore_case: bool) -> Term:
    return Term(text, re.compile(rf"(?<!\w){re.escape(text)}(?!\w)", re.IGNORECASE if ignore_case else 0))


def vocabulary_2024() -> list[Term]:
    report, problems = load_report_meta(ROOT / "data" / "2024" / "verslag.yaml")
    assert problems == [] and report is not None
    return [*(term(text, ignore_case=False) for text in category_terms(report)), *(term(text, ignore_case=True) for text in name_terms(report))]


def category_terms(report: ReportMeta) -> set[str]:
    vocabulary = report.vocabulary
    meanings = {judgement.meaning for judgement in vocabulary.judgements if judgement.meaning}
    return set(vocabulary.category_spellings) | meanings


def name_terms(report: ReportMeta) -> set[str]:
    """The organisation, its labels (both forms), and every name the printed figures use for one
    of its parts: table columns and the parties of the disputes."""
    labels = report.vocabulary.labels
    names = {report.organisation, *labels, *labels.values()}
    published = report.published
    if published and published.table:
        names |= set(published.table.columns)
    if published and published.disputes:
        names |= {entity.entity for entity in published.disputes.per_entity}
    names -= {NO_LABEL}
    # The distinctive word of each name on its own (Partou in 'Partou kinderopvang').
    return names | {word for name in names for word in name.split() if word[:1].isupper() and word.isalpha() and len(word) > 3}


def files_to_check() -> list[Path]:
    return sorted(
        path for path in GENERATOR.rglob("*")
        if path.is_file() and path.suffix in TEXT_SUFFIXES and ALLOWED not in path.parents and "__pycache__" not in path.parts
    )


def occurrences(path: Path, terms: list[Term]) -> list[tuple[int, str, str]]:
    """(line number, term, line) for each term a line names."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return [(number, item.text, line.strip()) for number, line in enumerate(lines, start=1) for item in terms if item.pattern.search(line)]


def test_the_terms_come_from_the_2024_data() -> None:
    texts = {item.text for item in vocabulary_2024()}
    assert {"Partou", "Smallsteps", "Partou B.V.", "Smallsteps B.V.", "Partou kinderopvang", "Smallsteps kinderopvang"} <= texts
    assert {"Communicatie", "Privacy", "Sluiting groep/vestiging", "Sluiting groep / vestiging"} <= texts
    assert len([item for item in vocabulary_2024() if not item.pattern.flags & re.IGNORECASE]) >= 16 + 3  # 13 categories, 3 spellings, meanings


def test_the_check_finds_a_term_as_a_word(tmp_path) -> None:
    sample = tmp_path / "voorbeeld.py"
    sample.write_text('# naam at partou dot nl\nCATEGORY = "Communicatie"\nprivacy = "communicatie"\nPrivacyNotReviewed = 1\n', encoding="utf-8")
    terms = [term("Partou", ignore_case=True), term("Communicatie", ignore_case=False), term("Privacy", ignore_case=False)]
    assert [(number, text) for number, text, _ in occurrences(sample, terms)] == [(1, "Partou"), (2, "Communicatie")]


def test_the_generator_outside_the_2024_importer_names_none_of_its_words() -> None:
    terms = vocabulary_2024()
    files = files_to_check()
    assert len(files) > 50
    found = [f"{path.relative_to(ROOT)}:{number}: '{text}' in: {line[:100]}" for path in files for number, text, line in occurrences(path, terms)]
    assert found == [], "Woorden van het verslag van 2024 in generator/ (horen in data/2024/verslag.yaml):\n" + "\n".join(found)
