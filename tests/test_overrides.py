"""The overrides of Material's templates (overrides/) change only what they say they change, so that
a new Material release that changes the same template shows up here instead of on the site."""

from __future__ import annotations

import re
from pathlib import Path

import material

from site_builder import ROOT

MATERIAL_TEMPLATES = Path(material.__file__).parent / "templates"
LEADING_COMMENT = re.compile(r"\A\{#-.*?-#\}\n", re.DOTALL)
DIALOG = '<div class="md-search" data-md-component="search" role="dialog"'


def without_leading_comment(path: Path) -> str:
    return LEADING_COMMENT.sub("", path.read_text(encoding="utf-8"), count=1)


def test_the_search_dialog_is_materials_with_a_name() -> None:
    ours = without_leading_comment(ROOT / "overrides" / "partials" / "search.html")
    materials = without_leading_comment(MATERIAL_TEMPLATES / "partials" / "search.html")
    assert materials.count(DIALOG + ">") == 1
    assert ours == materials.replace(DIALOG + ">", DIALOG + " aria-label=\"{{ lang.t('search') }}\">")
