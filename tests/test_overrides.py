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


MENU_MACRO = re.compile(r"\{%- macro material_menu\(\) -%\}\n(.*?)\{%- endmacro %\}\n", re.DOTALL)


def test_the_menu_is_materials_in_a_macro_rendered_once_per_place_or_every_time() -> None:
    ours = without_leading_comment(ROOT / "overrides" / "partials" / "nav.html")
    macro = MENU_MACRO.match(ours)
    assert macro is not None
    assert macro.group(1) == without_leading_comment(MATERIAL_TEMPLATES / "partials" / "nav.html")
    assert ours[macro.end():] == (
        "{%- if klachten_eenmaal is defined %}\n"
        '  {%- call klachten_eenmaal("menu") %}{{ material_menu() }}{% endcall %}\n'
        "{%- else %}\n"
        "  {{- material_menu() }}\n"
        "{%- endif %}\n"
    )


def test_the_tabs_and_the_script_settings_are_materials_blocks_rendered_once_per_place_or_every_time() -> None:
    main = (ROOT / "overrides" / "main.html").read_text(encoding="utf-8")
    for block, part in (("tabs", "tabs"), ("config", "scriptinstellingen")):
        assert (
            f"{{% block {block} %}}\n"
            "  {%- if klachten_eenmaal is defined %}\n"
            f'    {{%- call klachten_eenmaal("{part}") %}}{{{{ super() }}}}{{% endcall %}}\n'
            "  {%- else %}\n"
            "    {{- super() }}\n"
            "  {%- endif %}\n"
            "{%- endblock %}"
        ) in main
