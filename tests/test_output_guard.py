"""Output folders cannot destroy anything: `site --uit` and `rapport --uit` replace only an earlier
output of the tool or a new path, `build --docs` writes only into a docs folder of the tool."""

from __future__ import annotations

import io
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfWriter

from generator.cli import main
from generator.errors import ArgumentRefused
from generator.output_guard import DOCS_MARKER, SITE_MARKER, ProtectedPlaces, check_docs_folder, check_pdf_file, check_site_folder
from generator.project_settings import ProjectSettings, read_project_settings
from generator.rapport.own_output import is_own_pdf, mark_own_pdf
from generator.site.generate import generate_docs
from generator.site.output import GENERATED_PATHS
from generator.view.load import load_year
from site_builder import plugin_settings, read_config, write_config
from test_cli_arguments import GOOD, ROOT, tree


@pytest.fixture
def project(tmp_path: Path) -> Path:
    root = tmp_path / "project"
    shutil.copytree(GOOD, root / "data" / "2024")
    shutil.copytree(ROOT / "docs", root / "docs", ignore=shutil.ignore_patterns(*GENERATED_PATHS))
    shutil.copyfile(ROOT / "mkdocs.yml", root / "mkdocs.yml")
    return root


@pytest.mark.parametrize(
    "argv",
    [
        ["site", "--uit", "."],
        ["site", "--uit", ".."],
        ["site", "--uit", "data"],
        ["site", "--uit", "docs"],
        ["rapport", "--uit", "data/2024/klachten.csv"],
        ["build", "--docs", "."],
        ["build", "--docs", "data/2024"],
    ],
    ids=" ".join,
)
@pytest.mark.slow  # a whole command in a subprocess, seven times
def test_a_destructive_output_exits_non_zero_and_changes_nothing(project: Path, argv: list[str]) -> None:
    before = tree(project.parent)
    completed = subprocess.run([sys.executable, "-m", "generator", *argv], cwd=project, capture_output=True, text=True, env={"PATH": "/usr/bin:/bin", "PYTHONPATH": str(ROOT)})
    assert completed.returncode == 2, completed.stderr
    assert completed.stderr.startswith("fout: ") and completed.stderr.count("\n") == 1
    assert "er is niets veranderd" in completed.stderr
    assert tree(project.parent) == before


def places(project: Path) -> ProtectedPlaces:
    return ProtectedPlaces.of(project, project / "data", project / "docs")


def test_a_site_folder_is_replaced_only_when_new_empty_or_marked(project: Path) -> None:
    assert check_site_folder(project / "site", places(project)) == project / "site"
    (project / "leeg").mkdir()
    assert check_site_folder(project / "leeg", places(project)) == project / "leeg"
    foreign = project / "mijn-map"
    foreign.mkdir()
    (foreign / "belangrijk.txt").write_text("niet weggooien", encoding="utf-8")
    with pytest.raises(ArgumentRefused, match="de map bestaat al en is geen site die dit programma heeft gemaakt"):
        check_site_folder(foreign, places(project))
    (foreign / SITE_MARKER).write_text("", encoding="utf-8")
    assert check_site_folder(foreign, places(project)) == foreign


def test_a_link_to_a_protected_folder_is_followed(project: Path) -> None:
    (project / "uit").symlink_to(project / "data" / "2024")
    with pytest.raises(ArgumentRefused, match="dit ligt in de datamap"):
        check_site_folder(project / "uit", places(project))


def tiny_pdf() -> bytes:
    writer = PdfWriter()
    writer.add_blank_page(width=200, height=200)
    writer.add_metadata({"/Title": "Iets anders"})
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def test_only_a_marked_report_is_replaced(project: Path) -> None:
    other = project / "ander.pdf"
    other.write_bytes(tiny_pdf())
    with pytest.raises(ArgumentRefused, match="het bestand bestaat al en is geen verslag dat dit programma heeft gemaakt"):
        check_pdf_file(other, places(project), is_own_pdf)
    own = project / "eigen.pdf"
    own.write_bytes(mark_own_pdf(tiny_pdf()))
    assert is_own_pdf(own) and not is_own_pdf(other)
    assert check_pdf_file(own, places(project), is_own_pdf) == own
    assert check_pdf_file(project / "nieuw.pdf", places(project), is_own_pdf) == project / "nieuw.pdf"
    (project / "kapot.pdf").write_bytes(b"%PDF-1.4\nkapot")
    assert not is_own_pdf(project / "kapot.pdf")


def test_the_mark_keeps_the_pdf_readable() -> None:
    from pypdf import PdfReader

    marked = mark_own_pdf(tiny_pdf())
    reader = PdfReader(io.BytesIO(marked))
    assert len(reader.pages) == 1
    assert reader.metadata["/Title"] == "Iets anders"


def test_build_marks_a_new_docs_folder_and_refuses_a_foreign_one(project: Path) -> None:
    docs = project / "nieuwe-docs"
    year = load_year(project / "data" / "2024", check_privacy=False)
    generate_docs(year, docs)
    assert (docs / DOCS_MARKER).is_file() and (docs / "index.md").is_file()
    assert check_docs_folder(docs, project / "data") == docs
    foreign = project / "eigen-pagina's"
    foreign.mkdir()
    (foreign / "index.md").write_text("# Mijn pagina\n", encoding="utf-8")
    before = tree(foreign)
    with pytest.raises(ArgumentRefused, match="de map is geen docs-map van dit programma"):
        generate_docs(year, foreign)
    assert tree(foreign) == before


# --- `site`: the data folder the build really reads ---------------------------------------------


@pytest.fixture
def elsewhere(tmp_path: Path) -> Path:
    """A data folder outside the project, as `site --data` may name one."""
    root = tmp_path / "elders"
    shutil.copytree(GOOD, root / "2024")
    return root


@pytest.mark.parametrize(
    ("output", "data_folder"),
    [("data/2023", "{project}/data"), ("{elsewhere}/2023", "{elsewhere}"), ("{elsewhere}", "{elsewhere}")],
)
def test_site_protects_the_data_folder_it_reads_and_the_one_of_mkdocs_yml(
    project: Path, elsewhere: Path, monkeypatch, capsys, output: str, data_folder: str
) -> None:
    monkeypatch.chdir(project)
    output = output.format(project=project, elsewhere=elsewhere)
    before = tree(project.parent)

    assert main(["site", "--zonder-pdf", "--data", str(elsewhere), "--uit", output]) == 2

    reason = "dit is de datamap" if output == str(elsewhere) else f"dit ligt in de datamap {data_folder.format(project=project, elsewhere=elsewhere)}"
    assert capsys.readouterr().err == (
        f"fout: --uit {output}: {reason}; er is niets veranderd. Oplossing: kies een nieuwe plek binnen het project, bijvoorbeeld --uit site.\n"
    )
    assert tree(project.parent) == before


@pytest.mark.parametrize(
    ("setting", "argv", "message"),
    [
        (
            ("data", "data"),
            ["--data", "{elsewhere}"],
            "fout: --data {elsewhere}: mkdocs.yml neemt deze map niet over; de site zou gebouwd worden uit data. "
            "Oplossing: zet in mkdocs.yml bij plugins: klachtenjaarverslag: de regel data: !ENV [KLACHTEN_DATA, data], of laat --data weg.\n",
        ),
        (
            ("jaar", 2024),
            ["--jaar", "2023"],
            "fout: --jaar 2023: mkdocs.yml neemt dit jaar niet over; de site zou gebouwd worden uit het jaar 2024. "
            "Oplossing: zet in mkdocs.yml bij plugins: klachtenjaarverslag: de regel jaar: !ENV [KLACHTEN_JAAR, null], of laat --jaar weg.\n",
        ),
    ],
)
def test_site_refuses_data_or_a_year_that_mkdocs_yml_does_not_take_over(
    project: Path, elsewhere: Path, monkeypatch, capsys, setting: tuple, argv: list[str], message: str
) -> None:
    config = read_config(project / "mkdocs.yml")
    key, value = setting
    plugin_settings(config)[key] = value
    write_config(project / "mkdocs.yml", config)
    monkeypatch.chdir(project)

    assert main(["site", "--zonder-pdf", *(part.format(elsewhere=elsewhere) for part in argv)]) == 2

    assert capsys.readouterr().err == message.format(elsewhere=elsewhere)
    assert not (project / "site").exists()


def test_the_settings_of_mkdocs_yml_are_read_with_the_environment_the_build_gets(project: Path) -> None:
    config = project / "mkdocs.yml"

    assert read_project_settings(config, {}) == ProjectSettings(project / "docs", project / "data", None)
    assert read_project_settings(config, {"KLACHTEN_DATA": "/elders", "KLACHTEN_JAAR": "2023"}) == ProjectSettings(project / "docs", Path("/elders"), 2023)


@pytest.mark.slow  # a whole `python -m generator site`
def test_site_builds_the_pages_from_the_data_folder_and_year_it_is_given(project: Path, tmp_path: Path, monkeypatch, capsys) -> None:
    site_fixture = ROOT / "tests" / "fixtures" / "site" / "data" / "2024"
    data = tmp_path / "andere-data"
    shutil.copytree(site_fixture, data / "2024")
    shutil.copytree(site_fixture, data / "2023")
    report = data / "2023" / "verslag.yaml"
    report.write_text(
        report.read_text(encoding="utf-8").replace("jaar: 2024", "jaar: 2023").replace("titel: Klachtenjaarverslag Voorbeeld kinderopvang 2024", "titel: Proefverslag 2023"),
        encoding="utf-8",
    )
    shutil.copytree(ROOT / "overrides", project / "overrides")
    monkeypatch.chdir(project)

    assert main(["site", "--zonder-pdf", "--data", str(data), "--jaar", "2023", "--uit", "uit"]) == 0, capsys.readouterr().err

    assert "<title>Klachten 2023 over Voorbeeld kinderopvang - Proefverslag 2023</title>" in (project / "uit" / "index.html").read_text(encoding="utf-8")
    assert sorted(path.name for path in (project / "data").iterdir()) == ["2024"]
