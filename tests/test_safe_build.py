"""A wrong file or a broken template never leaves a half-built site (that the same data builds
to the same bytes is tests/test_same_bytes.py)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from generator.errors import DataInvalid
from generator.view.load import load_year
from generator.site.generate import TemplateProblem, generate_docs
from generator.site.publish import SiteBuildFailed, publish_site
from site_builder import ROOT, mkdocs_config, plugin_settings, read_config, write_config

DATA = ROOT / "data" / "2024"
# Every test here builds whole sites.
pytestmark = pytest.mark.slow


def snapshot(folder: Path) -> dict[str, tuple[bytes, int]]:
    """Every file with its bytes and modification time: a rewrite with the same bytes shows too."""
    return {path.relative_to(folder).as_posix(): (path.read_bytes(), path.stat().st_mtime_ns) for path in sorted(folder.rglob("*")) if path.is_file()}


def project_copy(tmp_path: Path, templates: Path | None = None) -> tuple[Path, Path, Path]:
    """A data folder, a config and a built site, all in tmp_path."""
    data_root = tmp_path / "data"
    shutil.copytree(DATA, data_root / "2024")
    config = mkdocs_config(data_root, tmp_path / "work")
    if templates is not None:
        settings = read_config(config)
        plugin_settings(settings)["sjablonen"] = str(templates)
        write_config(config, settings)
    return data_root, config, tmp_path / "site"


def test_bad_data_leaves_the_previous_pages_and_site_unchanged(tmp_path: Path) -> None:
    data_root, config, site = project_copy(tmp_path)
    publish_site(config, site)
    docs = config.parent / "docs"
    docs_before, site_before = snapshot(docs), snapshot(site)

    complaints = data_root / "2024" / "klachten.csv"
    complaints.write_text(complaints.read_text(encoding="utf-8").replace("Communicatie", "Comunicatie", 1), encoding="utf-8")
    with pytest.raises(SiteBuildFailed) as failure:
        publish_site(config, site)
    assert "onbekende categorie 'Comunicatie'" in str(failure.value)
    assert str(failure.value).startswith(f"de site is niet gebouwd; de vorige site in {site.resolve()} is niet veranderd.")
    with pytest.raises(DataInvalid):
        generate_docs(load_year(data_root / "2024"), docs)
    assert snapshot(docs) == docs_before
    assert snapshot(site) == site_before
    assert [path.name for path in tmp_path.iterdir() if path.name.startswith(".site")] == []


def test_a_failing_first_build_does_not_speak_of_a_previous_site(tmp_path: Path) -> None:
    data_root, config, site = project_copy(tmp_path)
    complaints = data_root / "2024" / "klachten.csv"
    complaints.write_text(complaints.read_text(encoding="utf-8").replace("Communicatie", "Comunicatie", 1), encoding="utf-8")

    with pytest.raises(SiteBuildFailed) as failure:
        publish_site(config, site)

    assert str(failure.value).startswith(f"de site is niet gebouwd; er is niets in {site.resolve()} gezet.")
    assert not site.exists()


def test_a_failing_template_leaves_the_previous_pages_and_site_unchanged(tmp_path: Path) -> None:
    broken = tmp_path / "sjablonen"
    broken.mkdir()
    data_root, config, site = project_copy(tmp_path)
    publish_site(config, site)
    docs = config.parent / "docs"
    docs_before, site_before = snapshot(docs), snapshot(site)

    # Halfway through the pages: the location pages come after the home and index pages.
    (broken / "locatie.md.j2").write_text("# {{ location.name|md }}\n\n{{ location.no_such_field }}\n", encoding="utf-8")
    _, broken_config, _ = project_copy(tmp_path / "again", templates=broken)
    shutil.rmtree(broken_config.parent / "docs")
    shutil.copytree(docs, broken_config.parent / "docs")
    with pytest.raises(SiteBuildFailed) as failure:
        publish_site(broken_config, site)
    assert "sjabloon locatie.md.j2" in str(failure.value)
    with pytest.raises(TemplateProblem):
        generate_docs(load_year(data_root / "2024"), docs, broken)
    assert snapshot(docs) == docs_before
    assert snapshot(broken_config.parent / "docs") == docs_before
    assert snapshot(site) == site_before


@pytest.mark.browser
def test_the_site_command_puts_the_pdf_report_where_the_pages_link_to_it(tmp_path: Path, monkeypatch, capsys) -> None:
    from generator.cli import main
    from test_rapport import require_chromium

    require_chromium()
    data_root, config, site = project_copy(tmp_path)
    monkeypatch.chdir(tmp_path)
    assert main(["site", "--config", str(config), "--uit", str(site), "--data", str(data_root)]) == 0
    pdf = site / "data" / "klachtenjaarverslag-2024.pdf"
    assert pdf.read_bytes().startswith(b"%PDF")
    home = (site / "index.html").read_text(encoding="utf-8")
    assert 'href="data/klachtenjaarverslag-2024.pdf"' in home
    assert capsys.readouterr().out.startswith(f"De site staat in {site}: ")


@pytest.mark.parametrize("signal_during_the_renames", [True, False], ids=["tijdens-het-verwisselen", "ervoor"])
def test_a_signal_held_during_the_swap_says_the_new_site_is_in_place(tmp_path: Path, monkeypatch, signal_during_the_renames: bool) -> None:
    """A SIGTERM that comes while the new site is renamed into place is held until the renames are
    done (staging.swap_into_place) and raised then: the message must say what is true."""
    import signal

    from generator.interrupt import Interrupted
    from generator.site import publish, staging

    config = tmp_path / "mkdocs.yml"
    config.write_text("site_name: x\n", encoding="utf-8")
    site = tmp_path / "site"
    site.mkdir()
    (site / "oud.html").write_text("oud", encoding="utf-8")
    monkeypatch.setattr(publish, "_run_mkdocs", lambda config_file, folder, *rest: (folder / "nieuw.html").write_text("nieuw", encoding="utf-8"))
    swap = staging.swap_into_place

    def swap_then_signal(new: Path, target: Path) -> None:
        if signal_during_the_renames:
            swap(new, target)
        raise Interrupted(signal.SIGTERM)

    monkeypatch.setattr(publish, "swap_into_place", swap_then_signal)
    with pytest.raises(Interrupted) as stopped:
        publish_site(config, site)

    if signal_during_the_renames:
        assert stopped.value.message.startswith(f"Onderbroken, maar de nieuwe site was al klaar: hij staat in {site}")
        assert sorted(path.name for path in site.iterdir() if not path.name.startswith(".")) == ["nieuw.html"]
    else:
        assert stopped.value.message is None
        assert sorted(path.name for path in site.iterdir() if not path.name.startswith(".")) == ["oud.html"]
    assert sorted(path.name for path in tmp_path.iterdir()) == ["mkdocs.yml", "site"]
