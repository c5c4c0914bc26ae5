"""Compiled templates kept on disk between builds (generator/view/template_cache.py): a second
build loads them instead of compiling, a changed template is compiled again, a damaged cache
file or a cache folder others may write in is never used, and a cache never stops a build."""

from __future__ import annotations

import stat
from pathlib import Path

import jinja2
import pytest

from generator.site.environment import make_environment
from generator.view.template_cache import CACHE_FOLDER, KeptTemplates, bytecode_cache


@pytest.fixture
def cache_home(tmp_path: Path, monkeypatch) -> Path:
    home = tmp_path / "cache"
    monkeypatch.setenv("XDG_CACHE_HOME", str(home))
    return home


@pytest.fixture
def compilations(monkeypatch) -> list[str]:
    compiled: list[str] = []
    compile_template = jinja2.Environment.compile

    def counted(self, source, name=None, filename=None, raw=False, defer_init=False):
        compiled.append(name)
        return compile_template(self, source, name, filename, raw, defer_init)

    monkeypatch.setattr(jinja2.Environment, "compile", counted)
    return compiled


def page_template(folder: Path, text: str) -> None:
    folder.mkdir(exist_ok=True)
    (folder / "pagina.md.j2").write_text(text, encoding="utf-8")


def rendered(templates: Path) -> str:
    return make_environment(templates).get_template("pagina.md.j2").render(waarde="*a*")


def test_a_second_environment_loads_the_compiled_template(cache_home: Path, compilations: list[str], tmp_path: Path) -> None:
    page_template(tmp_path / "sjablonen", "{{ waarde | md }} klaar")
    assert rendered(tmp_path / "sjablonen") == "\\*a\\* klaar"
    assert compilations == ["pagina.md.j2"]
    assert rendered(tmp_path / "sjablonen") == "\\*a\\* klaar"
    assert compilations == ["pagina.md.j2"]
    [folder] = (cache_home / CACHE_FOLDER).iterdir()
    assert stat.S_IMODE(folder.stat().st_mode) == stat.S_IRWXU


def test_a_changed_template_is_compiled_again(cache_home: Path, compilations: list[str], tmp_path: Path) -> None:
    page_template(tmp_path / "sjablonen", "eerst")
    assert rendered(tmp_path / "sjablonen") == "eerst"
    page_template(tmp_path / "sjablonen", "daarna")
    assert rendered(tmp_path / "sjablonen") == "daarna"
    assert compilations == ["pagina.md.j2", "pagina.md.j2"]


def test_a_damaged_cache_file_is_compiled_again(cache_home: Path, compilations: list[str], tmp_path: Path) -> None:
    page_template(tmp_path / "sjablonen", "heel")
    rendered(tmp_path / "sjablonen")
    for cached in (cache_home / CACHE_FOLDER).rglob("*.cache"):
        cached.write_bytes(cached.read_bytes()[:12])
    assert rendered(tmp_path / "sjablonen") == "heel"
    assert compilations == ["pagina.md.j2", "pagina.md.j2"]


def test_a_cache_folder_others_may_write_in_is_not_used(cache_home: Path) -> None:
    environment = jinja2.Environment()
    assert isinstance(bytecode_cache(environment), KeptTemplates)
    [folder] = (cache_home / CACHE_FOLDER).iterdir()
    folder.chmod(0o777)
    assert bytecode_cache(environment) is None


def test_environments_that_compile_differently_never_share_compiled_templates(cache_home: Path) -> None:
    pages = make_environment()
    theme = jinja2.Environment(loader=jinja2.DictLoader({}), auto_reload=False)  # as MkDocs makes the theme's
    translated = jinja2.Environment(extensions=["jinja2.ext.i18n"])
    folders = {bytecode_cache(environment).directory for environment in (pages, theme, translated)}
    assert len(folders) == 3
    assert bytecode_cache(jinja2.Environment(auto_reload=True)).directory == bytecode_cache(theme).directory
    assert bytecode_cache(jinja2.Environment(autoescape=jinja2.select_autoescape())) is None


def test_without_a_cache_folder_a_build_compiles_as_before(tmp_path: Path, monkeypatch, compilations: list[str]) -> None:
    blocked = tmp_path / "geen-map"
    blocked.write_text("een bestand, geen map", encoding="utf-8")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocked))
    assert bytecode_cache(jinja2.Environment()) is None
    page_template(tmp_path / "sjablonen", "zonder cache")
    assert rendered(tmp_path / "sjablonen") == "zonder cache"
    assert rendered(tmp_path / "sjablonen") == "zonder cache"
    assert compilations == ["pagina.md.j2", "pagina.md.j2"]


def test_a_cache_file_that_cannot_be_written_does_not_stop_a_build(cache_home: Path, tmp_path: Path) -> None:
    page_template(tmp_path / "sjablonen", "gelukt")
    environment = make_environment(tmp_path / "sjablonen")
    [folder] = (cache_home / CACHE_FOLDER).iterdir()
    folder.rmdir()
    folder.write_text("geen map meer", encoding="utf-8")  # every write into it fails, also as root
    assert environment.get_template("pagina.md.j2").render() == "gelukt"
