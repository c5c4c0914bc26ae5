"""The MkDocs plugin: its typed settings, the privacy check it applies, one load of the data per
build (and per `python -m generator site`), and a reload during `mkdocs serve` only when the
data changed."""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from mkdocs.config import load_config
from mkdocs.exceptions import Abort

import generator.mkdocs_plugin as plugin_module
from generator.mkdocs_plugin import PLUGIN_NAME, BuildStopped
from generator.site.search_index import OUTPUT_FOLDER
from site_builder import ROOT, mkdocs_config, plugin_settings, read_config, write_config
from test_privacy import set_cell

GOOD = ROOT / "tests" / "fixtures" / "good"
# A year folder that builds a whole site (GOOD lacks the report's texts the menu names).
SITE_FIXTURE = ROOT / "tests" / "fixtures" / "site" / "data" / "2024"
# Wraps load_dataset in every Python process of a command (the CLI, MkDocs)
# and writes one line per call into the file KLACHTEN_TELLER names.
LOAD_COUNTER = '''
import os

if os.environ.get("KLACHTEN_TELLER"):
    import generator.dataset.dataset as dataset_module

    original = dataset_module.load_dataset

    def counted(folder, *arguments):
        with open(os.environ["KLACHTEN_TELLER"], "a", encoding="utf-8") as log:
            log.write(f"{os.getpid()} {folder}\\n")
        return original(folder, *arguments)

    dataset_module.load_dataset = counted
'''


@pytest.fixture
def year(tmp_path: Path) -> Path:
    folder = tmp_path / "data" / "2024"
    shutil.copytree(GOOD, folder)
    return folder


def project(year: Path, work: Path, **settings: object) -> Path:
    path = mkdocs_config(year.parent, work)
    config = read_config(path)
    plugin_settings(config).update(settings)
    write_config(path, config)
    return path


def plugin_of(config):
    return config.plugins[PLUGIN_NAME]


def test_the_plugin_refuses_unreviewed_findings(year: Path, tmp_path: Path) -> None:
    set_cell(year / "klachten.csv", 2, "omschrijving", "Ouder sprak met Sandra.")
    config = load_config(str(project(year, tmp_path / "project")))

    with pytest.raises(BuildStopped) as refused:
        plugin_of(config).on_config(config)

    assert str(refused.value).splitlines()[0] == "1 vondst van de privacycontrole is nog niet nagekeken:"
    assert not (Path(config.docs_dir) / "locaties").exists()


def test_the_plugin_builds_with_privacycontrole_false(year: Path, tmp_path: Path) -> None:
    set_cell(year / "klachten.csv", 2, "omschrijving", "Ouder sprak met Sandra.")
    config = load_config(str(project(year, tmp_path / "project", privacycontrole=False)))

    plugin = plugin_of(config)
    plugin.on_config(config)
    plugin.docs_apart.finish()

    assert "Ouder sprak met Sandra." in (Path(config.docs_dir) / "locaties" / "avontuurlijk.md").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("setting", "value", "message"),
    [
        ("privacycontrole", "nee", "moet true of false zijn, niet 'nee'"),
        ("jaar", "vorig jaar", "moet een jaartal, zoals 2024 zijn, niet 'vorig jaar'"),
        ("pdf", 1, "moet true of false zijn, niet '1'"),
        ("adres", "klachten.voorbeeld.nl", "het adres van de site 'klachten.voorbeeld.nl' begint niet met https:// of http://. Oplossing: geef het volledige adres, zoals https://klachten.voorbeeld.nl/"),
        ("adres", 8000, "moet een webadres zijn, zoals https://klachten.voorbeeld.nl/, niet '8000'"),
    ],
)
def test_a_wrong_setting_is_refused_in_dutch(setting: str, value: object, message: str, year: Path, tmp_path: Path, caplog) -> None:
    path = project(year, tmp_path / "project", **{setting: value})

    with caplog.at_level(logging.ERROR), pytest.raises(Abort):
        load_config(str(path))

    assert f"Plugin '{PLUGIN_NAME}' option '{setting}': {message}" in caplog.text


def test_the_address_becomes_site_url_and_one_that_mkdocs_yml_does_not_read_stops_the_build(year: Path, tmp_path: Path, monkeypatch) -> None:
    """mkdocs.yml reads KLACHTEN_ADRES (`site --adres`) into the plugin's `adres`."""
    monkeypatch.setenv("KLACHTEN_ADRES", "https://klachten.voorbeeld.nl")
    config = load_config(str(project(year, tmp_path / "project")))
    plugin_of(config).on_config(config)
    assert config.site_url == "https://klachten.voorbeeld.nl/"

    config = load_config(str(project(year, tmp_path / "fixed", adres="https://oud.voorbeeld.nl/")))
    with pytest.raises(BuildStopped) as refused:
        plugin_of(config).on_config(config)
    assert str(refused.value) == (
        "het adres https://klachten.voorbeeld.nl uit KLACHTEN_ADRES (of --adres) wordt niet gebruikt. "
        f"Oplossing: zet in mkdocs.yml plugins.{PLUGIN_NAME}.adres: !ENV [KLACHTEN_ADRES, null]\nDe site is niet gebouwd."
    )
    assert not (Path(config.docs_dir) / "locaties").exists()


def test_a_live_preview_gets_no_public_address_and_no_security_policy(year: Path, tmp_path: Path, monkeypatch) -> None:
    """`mkdocs serve` sets site_url to its own address, and adds an inline script to reload pages."""
    monkeypatch.setenv("KLACHTEN_ADRES", "https://klachten.voorbeeld.nl/")
    config = load_config(str(project(year, tmp_path / "project")))
    config.site_url = "http://127.0.0.1:8000/"
    plugin = plugin_of(config)
    plugin.on_config(config)
    assert config.site_url == "http://127.0.0.1:8000/"
    assert plugin.hosting is None
    assert plugin.with_security_policy("<head><script>reload()</script></head>", "", config) == "<head><script>reload()</script></head>"


@pytest.mark.slow  # several seconds: the quick suite stays under 30 s
def test_a_rebuild_loads_the_data_again_only_when_a_file_changed(year: Path, tmp_path: Path, monkeypatch) -> None:
    """As in `mkdocs serve`: one plugin object, a new config for every build."""
    loads = []

    def counted_load(*arguments, **keywords):
        loads.append(arguments[0])
        return load_site(*arguments, **keywords)

    load_site = plugin_module.load_site
    monkeypatch.setattr(plugin_module, "load_site", counted_load)
    path = project(year, tmp_path / "project")
    config = load_config(str(path))
    plugin = plugin_of(config)
    plugin.on_config(config)
    config = load_config(str(path))
    assert plugin_of(config) is plugin
    plugin.on_config(config)
    assert len(loads) == 1

    set_cell(year / "klachten.csv", 2, "omschrijving", "Een andere klacht over de opvang.")
    plugin.on_config(load_config(str(path)))
    plugin.docs_apart.finish()
    assert len(loads) == 2
    assert "Een andere klacht over de opvang." in (Path(config.docs_dir) / "locaties" / "avontuurlijk.md").read_text(encoding="utf-8")


def test_the_build_is_dated_with_the_report_and_the_date_is_given_back(year: Path, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.delenv(plugin_module.BUILD_DATE, raising=False)
    config = load_config(str(project(year, tmp_path / "project")))
    plugin = plugin_of(config)

    plugin.on_config(config)
    assert os.environ[plugin_module.BUILD_DATE] == "1748649600"  # 31 mei 2025, 0:00 UTC
    plugin.on_build_error(RuntimeError())
    assert plugin_module.BUILD_DATE not in os.environ

    monkeypatch.setenv(plugin_module.BUILD_DATE, "0")
    plugin.on_config(config)
    assert os.environ[plugin_module.BUILD_DATE] == "0"


@pytest.mark.slow
@pytest.mark.browser
def test_the_site_command_loads_the_data_once_for_pages_search_index_and_pdf(tmp_path: Path) -> None:
    from test_rapport import require_chromium

    require_chromium()
    year = tmp_path / "data" / "2024"
    shutil.copytree(SITE_FIXTURE, year)
    counter = tmp_path / "teller"
    counter.mkdir()
    (counter / "sitecustomize.py").write_text(LOAD_COUNTER, encoding="utf-8")
    log = tmp_path / "loads.txt"
    config = mkdocs_config(year.parent, tmp_path / "project")
    site = tmp_path / "site"
    environment = {**os.environ, "PYTHONPATH": os.pathsep.join([str(counter), str(ROOT)]), "KLACHTEN_TELLER": str(log)}

    completed = subprocess.run(
        [sys.executable, "-m", "generator", "site", "--config", str(config), "--data", str(year.parent), "--uit", str(site)],
        capture_output=True, text=True, env=environment, cwd=tmp_path,
    )

    assert completed.returncode == 0, completed.stderr
    assert (site / "data" / "klachtenjaarverslag-2024.pdf").is_file() and (site / "zoekindex").is_dir()
    loads = [line.split(" ", 1)[1] for line in log.read_text(encoding="utf-8").splitlines()]
    assert loads == [str(year)]


def serve_build(path: Path, site: Path) -> None:
    """One build as `mkdocs serve` makes it: a new config, its own address as site_url."""
    from mkdocs.commands.build import build

    config = load_config(str(path), site_dir=str(site))
    config.site_url = PREVIEW_ADDRESS
    build(config, serve_url=PREVIEW_ADDRESS)


def html_pages(site: Path) -> dict[str, bytes]:
    """The HTML pages, and the header search's index of them. Not the hidden folders and the
    index of Zoeken en filteren, which its process may be writing and removing meanwhile."""
    pages = []
    for folder, subfolders, files in os.walk(site):
        subfolders[:] = [name for name in subfolders if not name.startswith(".") and name != OUTPUT_FOLDER]
        pages += [Path(folder) / name for name in files if name.endswith(".html")]
    pages = [*sorted(pages), site / "search" / "search_index.json"]
    return {page.relative_to(site).as_posix(): page.read_bytes() for page in pages}


PREVIEW_ADDRESS = "http://127.0.0.1:8000/"


def first_preview_build(tmp_path: Path):
    """The first build of a live preview of the site fixture: its year folder, mkdocs.yml, site
    folder and plugin object."""
    year = tmp_path / "data" / "2024"
    shutil.copytree(SITE_FIXTURE, year)
    path = project(year, tmp_path / "project")
    site = tmp_path / "site"
    serve_build(path, site)
    return year, path, site, plugin_of(load_config(str(path)))


@pytest.mark.slow
def test_a_live_preview_renders_again_only_the_pages_whose_markdown_changed(tmp_path: Path) -> None:
    """And every page is then what a build that renders every page makes of the same data;
    a change that every page shows (here the report's title) renders every page again."""
    year, path, site, plugin = first_preview_build(tmp_path)
    first = html_pages(site)

    set_cell(year / "klachten.csv", 2, "omschrijving", "Ouder kreeg na drie weken een antwoord.")
    serve_build(path, site)
    changed = html_pages(site)
    assert "Ouder kreeg na drie weken een antwoord." in changed["locaties/de-klaver-partou/index.html"].decode("utf-8")
    assert 0 < plugin.preview.rendered < len(plugin.preview.kept) / 2
    assert plugin.preview.reused
    assert any(page.search_entries for page in plugin.preview.kept.values())

    plugin.preview.forget()
    serve_build(path, tmp_path / "all-rendered")
    assert changed == html_pages(tmp_path / "all-rendered")
    assert changed != first

    meta = year / "verslag.yaml"
    meta.write_text(meta.read_text(encoding="utf-8").replace("titel: ", "titel: Nieuw ", 1), encoding="utf-8")
    serve_build(path, site)
    assert not plugin.preview.reused
    assert all("Nieuw Klachtenjaarverslag" in html.decode("utf-8") for name, html in html_pages(site).items() if name.endswith("index.html"))


def site_files(site: Path) -> set[str]:
    """Every file of the site but the hidden ones and the index of Zoeken en filteren (see html_pages)."""
    found = set()
    for folder, subfolders, files in os.walk(site):
        subfolders[:] = [name for name in subfolders if not name.startswith(".") and name != OUTPUT_FOLDER]
        found |= {(Path(folder) / name).relative_to(site).as_posix() for name in files if not name.startswith(".")}
    return found


@pytest.mark.slow
def test_a_live_preview_writes_over_the_files_of_the_previous_build_and_removes_what_is_gone(tmp_path: Path) -> None:
    """The rebuild's site has the files of a first build of the same data, byte for byte: the page
    of a location that is gone is removed, not left from the build before; a page that stays is
    written over (its file is the same file), not made anew; a file of the theme is kept."""
    year, path, site, plugin = first_preview_build(tmp_path)
    kept_page = site / "categorieen" / "communicatie" / "index.html"
    kept_file = kept_page.stat().st_ino
    theme_file = next(site.glob("assets/javascripts/bundle.*.min.js"))
    theme_file_copied = theme_file.stat().st_mtime_ns
    before = site_files(site)
    assert "locaties/index-partou/index.html" in before

    set_cell(year / "klachten.csv", 7, "locatie", "De Nieuwe Plek")
    serve_build(path, site)
    plugin.finish_search_index()
    after = site_files(site)
    assert "locaties/index-partou/index.html" not in after and "locaties/de-nieuwe-plek/index.html" in after
    assert not list(site.glob(".site-vorige-*"))
    assert kept_page.stat().st_ino == kept_file
    assert theme_file.stat().st_mtime_ns == theme_file_copied

    plugin.preview.forget()
    plugin.kept_index.forget()
    plugin.previewed = False
    serve_build(path, tmp_path / "first-build")
    assert after == site_files(tmp_path / "first-build")
    # The files MkDocs kept instead of copying them again too (the Dutch language file of the
    # header search, which the build extends after copying it, is copied again).
    assert {name: (site / name).read_bytes() for name in after} == {name: (tmp_path / "first-build" / name).read_bytes() for name in after}


def index_files(site: Path) -> dict[str, bytes]:
    folder = site / OUTPUT_FOLDER
    return {path.relative_to(folder).as_posix(): path.read_bytes() for path in folder.rglob("*") if path.is_file()}


@pytest.mark.slow
def test_a_live_preview_writes_the_search_index_again_only_when_its_records_changed(tmp_path: Path) -> None:
    """A change no complaint shows keeps the index (no process); a changed complaint writes it
    anew, the same as a first build makes of those data; no folder set aside stays behind."""
    year, path, site, plugin = first_preview_build(tmp_path)
    plugin.finish_search_index()
    first = index_files(site)
    assert first

    foreword = year / "tekst" / "voorwoord.md"
    foreword.write_text(foreword.read_text(encoding="utf-8") + "\nEen zin erbij.\n", encoding="utf-8")
    serve_build(path, site)
    assert plugin.search_index is None
    assert index_files(site) == first

    set_cell(year / "klachten.csv", 2, "omschrijving", "Ouder kreeg na drie weken een antwoord.")
    serve_build(path, site)
    assert plugin.search_index is not None
    plugin.finish_search_index()
    changed = index_files(site)
    assert changed != first
    assert any(b"drie weken" in data for data in changed.values())

    plugin.preview.forget()
    plugin.kept_index.forget()
    plugin.previewed = False
    serve_build(path, tmp_path / "first-build")
    plugin.finish_search_index()
    assert changed == index_files(tmp_path / "first-build")
    assert not list(site.glob(".zoekindex-vorige-*"))


def test_a_live_preview_looks_for_changes_more_often_and_keeps_what_mkdocs_watched(tmp_path: Path) -> None:
    from mkdocs.livereload import LiveReloadServer

    def builder():
        pass

    def not_found_page(code):
        return b"niet gevonden"

    data, docs = tmp_path / "data", tmp_path / "docs"
    data.mkdir()
    docs.mkdir()
    # As `mkdocs serve` makes its server: polling every 0,5 s, not bound yet.
    made_by_mkdocs = LiveReloadServer(builder=builder, host="127.0.0.1", port=8123, root=str(tmp_path / "site"), mount_path="/sub/")
    made_by_mkdocs.error_handler = not_found_page
    made_by_mkdocs.watch(str(docs))
    made_by_mkdocs.watch(str(docs))
    made_by_mkdocs.watch(str(data))

    faster = plugin_module.polling_faster(made_by_mkdocs)
    try:
        assert made_by_mkdocs.observer.timeout == 0.5
        assert faster.observer.timeout == plugin_module.PREVIEW_POLLING_SECONDS == 0.1
        assert faster._watched_paths == {str(docs): 2, str(data): 1}
        # Longer than one look, so that a change seen at two looks in a row makes one rebuild.
        assert faster.build_delay == plugin_module.PREVIEW_QUIET_SECONDS == 0.15 > made_by_mkdocs.build_delay
        assert {emitter.watch.path for emitter in faster.observer.emitters} == {str(docs), str(data)}
        assert (faster.builder, faster.error_handler, faster.root, faster.mount_path, faster.url) == (
            builder, not_found_page, str(tmp_path / "site"), "/sub/", "http://127.0.0.1:8123/sub/",
        )
        # The server MkDocs made is left with nothing open.
        assert made_by_mkdocs.socket.fileno() == -1
    finally:
        faster.server_close()


def test_a_server_of_another_kind_is_kept_as_it_is() -> None:
    other = object()
    assert plugin_module.polling_faster(other) is other
