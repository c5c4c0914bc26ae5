"""What a build through the plugin may write, and how it stops: never into the data folder it
reads or a folder the tool did not make, one build of the same pages at a time (the write lock,
for a plain `mkdocs build` as much as for `python -m generator site`), and a Dutch message as
the last thing a user reads."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from mkdocs.config import load_config

from generator.mkdocs_plugin import PLUGIN_NAME, BuildStopped
from generator.output_guard import SITE_MARKER
from generator.write_lock import DOCS_WRITER, exclusive_writer
from site_builder import ROOT, mkdocs_config
from test_cli_arguments import tree

SITE_FIXTURE = ROOT / "tests" / "fixtures" / "site" / "data" / "2024"
ENVIRONMENT = {"NO_MKDOCS_2_WARNING": "1", "PATH": "/usr/bin:/bin", "PYTHONPATH": str(ROOT)}


@pytest.fixture
def year(tmp_path: Path) -> Path:
    folder = tmp_path / "data" / "2024"
    shutil.copytree(SITE_FIXTURE, folder)
    return folder


@pytest.fixture
def config_file(year: Path, tmp_path: Path) -> Path:
    return mkdocs_config(year.parent, tmp_path / "project")


def plugin_config(config_file: Path, site_dir: Path):
    config = load_config(str(config_file), site_dir=str(site_dir))
    return config, config.plugins[PLUGIN_NAME]


@pytest.mark.parametrize("site_dir", ["{data}/2023", "{data}", "{data}/2024/site"])
def test_the_plugin_never_builds_into_the_data_folder_it_reads(config_file: Path, year: Path, site_dir: str) -> None:
    data = year.parent
    site = Path(site_dir.format(data=data))
    config, plugin = plugin_config(config_file, site)
    before = tree(data)

    with pytest.raises(BuildStopped) as stopped:
        plugin.on_config(config)

    reason = "dit is de datamap" if site == data else f"dit ligt in de datamap {data}"
    assert str(stopped.value) == (
        f"site_dir: {site}: {reason}; er is niets veranderd. Oplossing: kies een nieuwe plek binnen het project, "
        "bijvoorbeeld site_dir: site.\nDe site is niet gebouwd."
    )
    assert tree(data) == before


def test_a_refused_docs_folder_is_named_as_mkdocs_yml_names_it(year: Path, tmp_path: Path) -> None:
    """The plugin reads docs_dir from mkdocs.yml: its refusal says docs_dir:, not the command line's --docs."""
    config_file = mkdocs_config(year.parent, tmp_path / "project")
    docs = year / "docs"
    docs.mkdir()  # MkDocs itself refuses a docs_dir that does not exist
    config = load_config(str(config_file), docs_dir=str(docs))
    before = tree(year.parent)

    with pytest.raises(BuildStopped) as stopped:
        config.plugins[PLUGIN_NAME].on_config(config)

    assert str(stopped.value) == (
        f"docs_dir: {docs}: dit ligt in een jaarmap (of een map met een jaartal als naam) in de datamap {year.parent}; "
        "er is niets veranderd. Oplossing: kies een map buiten de datamap, bijvoorbeeld docs_dir: docs.\nDe site is niet gebouwd."
    )
    assert tree(year.parent) == before


def test_the_plugin_never_builds_into_a_folder_it_did_not_make(config_file: Path, tmp_path: Path) -> None:
    foreign = tmp_path / "mijn-bestanden"
    foreign.mkdir()
    (foreign / "belangrijk.txt").write_text("niet weggooien", encoding="utf-8")
    config, plugin = plugin_config(config_file, foreign)

    with pytest.raises(BuildStopped, match="de map bestaat al en is geen site die dit programma heeft gemaakt"):
        plugin.on_config(config)

    assert tree(foreign) == {"belangrijk.txt": b"niet weggooien"}


def test_a_build_of_pages_another_build_is_writing_stops_and_writes_nothing(config_file: Path, tmp_path: Path) -> None:
    config, plugin = plugin_config(config_file, tmp_path / "site")
    docs = Path(config.docs_dir)
    before = tree(docs)

    with exclusive_writer(docs, DOCS_WRITER), pytest.raises(BuildStopped) as stopped:
        plugin.on_config(config)

    assert str(stopped.value).splitlines() == [
        f"er draait al een andere bouw van de pagina's in deze docs-map ({docs}); deze bouw is niet begonnen en er is niets veranderd. "
        "Oplossing: wacht tot de andere bouw klaar is en probeer het dan opnieuw.",
        "De site is niet gebouwd.",
    ]
    assert tree(docs) == before
    plugin.on_build_error(stopped.value)
    assert not (tmp_path / "site").exists()


def test_the_lock_is_held_for_the_whole_build_and_let_go_at_its_end(config_file: Path, tmp_path: Path) -> None:
    config, plugin = plugin_config(config_file, tmp_path / "site")
    docs = Path(config.docs_dir)
    plugin.on_config(config)

    with pytest.raises(Exception, match="er draait al een andere bouw"):
        with exclusive_writer(docs, DOCS_WRITER):
            pass
    plugin.on_build_error(RuntimeError())
    with exclusive_writer(docs, DOCS_WRITER):
        pass


def mkdocs_build(config_file: Path, *extra: str) -> subprocess.Popen:
    command = [sys.executable, "-m", "mkdocs", "build", "--strict", "--config-file", str(config_file), *extra]
    return subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=ENVIRONMENT)


@pytest.mark.slow  # MkDocs in a subprocess, refused while the test holds the lock
def test_a_plain_mkdocs_build_beside_another_build_ends_in_the_dutch_message(config_file: Path, tmp_path: Path) -> None:
    docs = config_file.parent / "docs"

    with exclusive_writer(docs, DOCS_WRITER):
        build = mkdocs_build(config_file)
        output, _ = build.communicate(timeout=120)

    assert build.returncode == 1
    assert "Traceback" not in output and "Aborted with" not in output
    assert output.rstrip().splitlines()[-2:] == [
        f"er draait al een andere bouw van de pagina's in deze docs-map ({docs}); deze bouw is niet begonnen en er is niets veranderd. "
        "Oplossing: wacht tot de andere bouw klaar is en probeer het dan opnieuw.",
        "De site is niet gebouwd.",
    ]
    assert not (tmp_path / "project" / "site").exists()


@pytest.mark.slow  # a whole `python -m generator site`, refused while the test holds the lock
def test_the_site_command_beside_another_build_keeps_the_previous_site(config_file: Path, year: Path, tmp_path: Path) -> None:
    docs = config_file.parent / "docs"
    site = tmp_path / "site"
    site.mkdir()
    (site / SITE_MARKER).write_text("", encoding="utf-8")
    (site / "index.html").write_text("de vorige site", encoding="utf-8")

    with exclusive_writer(docs, DOCS_WRITER):
        completed = subprocess.run(
            [sys.executable, "-m", "generator", "site", "--config", str(config_file), "--data", str(year.parent), "--uit", str(site), "--zonder-pdf"],
            capture_output=True, text=True, env=ENVIRONMENT, timeout=300,
        )

    assert completed.returncode == 1
    assert completed.stderr.splitlines()[-3:] == [
        f"fout: de site is niet gebouwd; de vorige site in {site} is niet veranderd.",
        f"er draait al een andere bouw van de pagina's in deze docs-map ({docs}); deze bouw is niet begonnen en er is niets veranderd. "
        "Oplossing: wacht tot de andere bouw klaar is en probeer het dan opnieuw.",
        "De site is niet gebouwd.",
    ]
    assert tree(site) == {SITE_MARKER: b"", "index.html": "de vorige site".encode()}
    assert sorted(path.name for path in tmp_path.iterdir()) == ["data", "project", "site"]


@pytest.mark.slow  # two whole builds at once
def test_two_plain_mkdocs_builds_at_once_never_crash_and_leave_a_whole_site(config_file: Path) -> None:
    site = config_file.parent / "site"
    builds = [mkdocs_build(config_file), mkdocs_build(config_file)]
    outputs = [build.communicate(timeout=600)[0] for build in builds]

    for build, output in zip(builds, outputs):
        assert "Traceback" not in output and "Aborted with" not in output, output
        assert build.returncode == 0 or (build.returncode == 1 and "er draait al een andere bouw" in output), output
    assert 0 in [build.returncode for build in builds]
    assert (site / "index.html").is_file() and (site / "zoekindex" / "index.json").is_file()
    assert not list(site.glob(".zoekindex-nieuw-*"))


def test_a_fault_in_the_program_stops_the_build_in_one_dutch_line(config_file: Path, tmp_path: Path, monkeypatch) -> None:
    import generator.mkdocs_plugin as plugin_module

    def broken(*arguments, **keywords):
        raise RecursionError("maximum recursion depth exceeded")

    monkeypatch.delenv("KLACHTEN_DEBUG", raising=False)
    monkeypatch.setattr(plugin_module, "load_site", broken)
    config, plugin = plugin_config(config_file, tmp_path / "site")

    with pytest.raises(BuildStopped) as stopped:
        plugin.on_config(config)

    assert str(stopped.value).splitlines() == [
        "Er ging iets mis in het programma zelf, niet in je gegevens. Zet KLACHTEN_DEBUG=1 voor de opdracht om de details te zien, "
        "en meld ze aan wie het programma onderhoudt.",
        "De site is niet gebouwd.",
    ]
    monkeypatch.setenv("KLACHTEN_DEBUG", "1")
    with pytest.raises(RecursionError):
        plugin.on_config(config)


@pytest.mark.slow  # MkDocs in a subprocess
def test_a_plain_mkdocs_build_of_bad_data_ends_in_the_dutch_message(config_file: Path, year: Path) -> None:
    complaints = year / "klachten.csv"
    complaints.write_text(complaints.read_text(encoding="utf-8").replace("Communicatie", "Comunicatie", 1), encoding="utf-8")

    build = mkdocs_build(config_file)
    output, _ = build.communicate(timeout=120)

    assert build.returncode == 1
    assert "Traceback" not in output and "Aborted with" not in output
    assert output.rstrip().splitlines()[-3:] == [
        "1 fout in de gegevens:",
        f"{complaints}, rij 2 (volgnummer 1), kolom 'categorie': onbekende categorie 'Comunicatie'. Oplossing: bedoel je 'Communicatie'?",
        "De site is niet gebouwd.",
    ]
