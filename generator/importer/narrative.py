"""The report's own texts (foreword, procedures, explanations per category, closing) as Markdown
files, so that a site for another organisation or year needs only a new data folder."""

from __future__ import annotations

from generator.importer.disputes import DISPUTE_ANNEX, lines_after_cases
from generator.importer.figures import category_sections
from generator.importer.sections import BULLET, Section, paragraphs, section_body, section_by_number
from generator.markup import escape_markdown
from generator.view.slugs import slugify

# File stem in tekst/ -> section number in the report.
TEXT_SECTIONS = {
    "voorwoord": "1",
    "klachtenprocedure-intern": "2.1",
    "klachtenprocedure-extern": "2.2",
    "vergelijking-vorig-jaar": "3.2",
    "geschillen": "3.3",
    "nawoord": "4",
}
# The note after the cases of the first dispute annex explains the two labels.
LABELS_TEXT = "labels"


def markdown_paragraphs(plain: list[str]) -> str:
    blocks = []
    for paragraph in plain:
        if BULLET.match(paragraph):
            blocks.append("- " + escape_markdown(BULLET.sub("", paragraph)))
        else:
            blocks.append(escape_markdown(paragraph))
    return _join_blocks(blocks)


def _join_blocks(blocks: list[str]) -> str:
    """Blank lines between paragraphs, none between the items of one list."""
    text = ""
    for previous, block in zip([None] + blocks, blocks):
        if previous is not None:
            both_items = previous.startswith("- ") and block.startswith("- ")
            text += "\n" if both_items else "\n\n"
        text += block
    return text + "\n"


def narrative_texts(raw_lines: list[str], sections: list[Section]) -> dict[str, str]:
    texts = {}
    for stem, number in TEXT_SECTIONS.items():
        section = section_by_number(sections, number)
        if section is not None:
            texts[stem] = markdown_paragraphs(paragraphs(section_body(raw_lines, section)))
    labels_note = _note_after_cases(raw_lines, sections)
    if labels_note:
        texts[LABELS_TEXT] = markdown_paragraphs(labels_note)
    return texts


def category_texts(raw_lines: list[str], sections: list[Section]) -> dict[str, str]:
    """Explanations per category (sections 3.2.x), by the category's slug."""
    return {
        slugify(category): markdown_paragraphs(paragraphs(section_body(raw_lines, section)))
        for section, category in category_sections(sections)
    }


def _note_after_cases(raw_lines: list[str], sections: list[Section]) -> list[str]:
    annex = next((section for section in sections if DISPUTE_ANNEX in section.name), None)
    return paragraphs(lines_after_cases(raw_lines, annex)) if annex else []
