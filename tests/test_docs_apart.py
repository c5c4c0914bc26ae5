"""docs/ written by a copy of the build's process while MkDocs builds from the same pages in
memory (generator/site/docs_apart.py and the plugin's part): the site is made of the pages this
build rendered, whatever docs/ holds meanwhile; MkDocs gets them in the order of its own walk of
docs/; docs/ ends up as the generator writes it; a copy that fails leaves the writing to the build."""

from __future__ import annotations

import errno
import os
import time
from pathlib import Path

import pytest
from mkdocs.config import load_config
from mkdocs.structure.files import get_files

import generator.site.docs_apart as docs_apart_module
import generator.site.generate as generate_module
from generator.mkdocs_plugin import PLUGIN_NAME, BuildStopped, with_generated_files
from generator.site.generate import render_docs
from generator.site.output import generated_files
from generator.view.load import load_site
from site_builder import built_in_process, fixture_site_config

OLD_TEXT = "Deze tekst stond er nog van een vorige bouw."


@pytest.fixture
def copies(monkeypatch) -> None:
    """A copy can be made, also in a test process that runs other threads (pytest-xdist's), where
    the build would write docs/ itself (forked_copy.copies_possible)."""
    monkeypatch.setattr(docs_apart_module, "copies_possible", lambda: True)


@pytest.fixture
def project(tmp_path: Path) -> Path:
    config = fixture_site_config(tmp_path)
    docs = config.parent / "docs"
    # What an earlier build left: a page with other text, and a page this build does not make.
    (docs / "locaties").mkdir()
    (docs / "locaties" / "de-klaver-partou.md").write_text(f"# De Klaver\n\n{OLD_TEXT}\n", encoding="utf-8")
    (docs / "locaties" / "opgeheven.md").write_text(f"# Opgeheven\n\n{OLD_TEXT}\n", encoding="utf-8")
    return config


def slow_writing(monkeypatch, seconds: float = 1.0) -> list[int]:
    """docs/ written `seconds` late; the processes that wrote it."""
    writers: list[int] = []
    write_output = generate_module.write_output

    def late(files, docs_dir):
        writers.append(os.getpid())
        time.sleep(seconds)
        return write_output(files, docs_dir)

    monkeypatch.setattr(generate_module, "write_output", late)
    return writers


@pytest.mark.slow
@pytest.mark.parametrize("copy_possible", [True, False])
def test_the_site_is_built_from_the_pages_in_memory_while_a_copy_writes_docs(copy_possible: bool, project: Path, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(docs_apart_module, "copies_possible", lambda: copy_possible)
    writers = slow_writing(monkeypatch)  # MkDocs reads every page before docs/ changes
    config, site = built_in_process(project, tmp_path / "site")

    # Written by the copy (whose list is its own), or here before MkDocs started.
    assert writers == ([] if copy_possible else [os.getpid()])
    page = site["locaties/de-klaver-partou/index.html"].decode("utf-8")
    assert OLD_TEXT not in page and "Ouder kreeg geen antwoord op twee mails" in page
    assert "locaties/opgeheven/index.html" not in site
    docs = Path(config.docs_dir)
    rendered = render_docs(load_site([project.parent.parent / "data" / "2024"]))
    assert generated_files(docs) == set(rendered)
    assert all((docs / path).read_text(encoding="utf-8") == text for path, text in rendered.items())


@pytest.mark.slow
def test_a_copy_that_fails_leaves_the_writing_to_the_build(copies: None, project: Path, tmp_path: Path, monkeypatch) -> None:
    build = os.getpid()
    write_output = generate_module.write_output

    def failing_in_the_copy(files, docs_dir):
        if os.getpid() != build:
            os._exit(9)
        return write_output(files, docs_dir)

    monkeypatch.setattr(generate_module, "write_output", failing_in_the_copy)
    config, site = built_in_process(project, tmp_path / "site")

    docs = Path(config.docs_dir)
    assert OLD_TEXT not in (docs / "locaties" / "de-klaver-partou.md").read_text(encoding="utf-8")
    assert not (docs / "locaties" / "opgeheven.md").exists()
    assert OLD_TEXT not in site["locaties/de-klaver-partou/index.html"].decode("utf-8")


def test_mkdocs_gets_the_pages_in_the_order_of_its_own_walk_of_docs(tmp_path: Path) -> None:
    """The sitemap and Material's search index list the pages in this order."""
    config = load_config(str(fixture_site_config(tmp_path)))
    rendered = render_docs(load_site([tmp_path / "data" / "2024"]))
    docs = Path(config.docs_dir)
    # Also hand-written pages before, between and after the generated ones.
    (docs / "a-eerst.md").write_text("# Eerst\n", encoding="utf-8")
    (docs / "locaties-uitleg").mkdir()
    (docs / "locaties-uitleg" / "index.md").write_text("# Uitleg\n", encoding="utf-8")
    (docs / "zzz.md").write_text("# Laatst\n", encoding="utf-8")
    config.plugins._current_plugin = PLUGIN_NAME  # as MkDocs sets it while the plugin's on_files runs
    before_writing = with_generated_files(get_files(config), rendered, config)

    for path, text in rendered.items():
        (docs / path).parent.mkdir(parents=True, exist_ok=True)
        (docs / path).write_text(text, encoding="utf-8")
    walked = get_files(config)

    assert [file.src_uri for file in before_writing] == [file.src_uri for file in walked]
    pages = [file for file in before_writing if file.src_uri in rendered and file.is_documentation_page()]
    assert pages and all(file.content_string == rendered[file.src_uri] for file in pages)


def test_a_full_disk_while_writing_docs_stops_the_build_in_dutch(copies: None, project: Path, monkeypatch) -> None:
    """Found by the copy, the failure is met again by the build's own writing, which says it."""
    def full(files, docs_dir):
        raise OSError(errno.ENOSPC, "No space left on device", str(docs_dir / "locaties"))

    monkeypatch.setattr(generate_module, "write_output", full)
    config = load_config(str(project))
    plugin = config.plugins[PLUGIN_NAME]
    plugin.on_config(config)
    with pytest.raises(BuildStopped) as stopped:
        plugin.on_env(None, config, None)  # where the build waits for docs/, before anything else

    assert str(stopped.value).splitlines() == [
        f"{Path(config.docs_dir) / 'locaties'}: de schijf is vol. Oplossing: maak ruimte vrij en probeer het opnieuw.",
        "De site is niet gebouwd.",
    ]
    plugin.on_build_error(stopped.value)
