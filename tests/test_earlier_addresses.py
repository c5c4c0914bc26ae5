"""data/oude-adressen.yaml: the organisation whose site this was before it carried several keeps
its files at the addresses its own site gave them (generator/site/earlier_addresses.py). The
file is read like the other hand-written YAML files: every problem with file, line and fix. The
whole site is checked in tests/test_organisations_acceptance.py."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from generator.cli import main
from generator.dataset.earlier_site import earlier_organisation
from generator.dataset.site_layout import organisation_folders
from generator.errors import DataInvalid
from generator.site.downloads import pdf_name
from generator.site.earlier_addresses import keep_earlier_pdfs
from generator.site.generate import render_docs
from generator.view.load import load_organisations, load_year, sites_folders_state

GOOD = Path(__file__).parent / "fixtures" / "good"


def two_organisations(root: Path) -> Path:
    for slug, name in (("avontuur", "Avontuur"), ("zonnebloem", "Zonnebloem")):
        year = root / slug / "2024"
        shutil.copytree(GOOD, year)
        report = year / "verslag.yaml"
        text = report.read_text(encoding="utf-8")
        own = "\n".join(f"organisatie: {name}" if line.startswith("organisatie:") else line for line in text.splitlines())
        report.write_text(own + "\n", encoding="utf-8")
    return root


def test_without_the_file_no_organisation_keeps_old_addresses(tmp_path: Path) -> None:
    root = two_organisations(tmp_path)
    assert earlier_organisation(root, organisation_folders(root)) is None


def test_the_file_names_an_organisation_by_its_folder(tmp_path: Path) -> None:
    root = two_organisations(tmp_path)
    (root / "oude-adressen.yaml").write_text("# was klachten.avontuur.nl\norganisatie: avontuur\n", encoding="utf-8")
    assert earlier_organisation(root, organisation_folders(root)) == "avontuur"


@pytest.mark.parametrize(
    "text, message",
    [
        (
            "# de vorige site\norganisatie: avonturu\n",
            "{file}, rij 2, kolom 'organisatie': er is geen organisatie met de map 'avonturu' in {root}. "
            "Oplossing: bedoel je 'avontuur'? Gebruik de naam van een van de mappen van de organisaties: avontuur, zonnebloem.",
        ),
        ("naam: avontuur\n", "{file}, rij 1, kolom 'naam': onbekende sleutel. Oplossing: gebruik een van deze sleutels of haal de regel weg: organisatie."),
        ("", "{file}: het bestand is leeg. Oplossing: schrijf erin: organisatie: <de map van de organisatie>, of haal het bestand weg."),
    ],
    ids=["onbekende map", "onbekende sleutel", "leeg"],
)
def test_a_wrong_file_is_an_error_with_its_line_and_the_fix(tmp_path: Path, text: str, message: str) -> None:
    root = two_organisations(tmp_path)
    file = root / "oude-adressen.yaml"
    file.write_text(text, encoding="utf-8")
    with pytest.raises(DataInvalid) as invalid:
        earlier_organisation(root, organisation_folders(root))
    assert str(invalid.value.problems[0]) == message.format(file=file, root=root)


def test_check_reports_it_and_says_which_organisation_keeps_its_addresses(tmp_path: Path, capsys) -> None:
    root = two_organisations(tmp_path)
    file = root / "oude-adressen.yaml"
    file.write_text("organisatie: zonnebloem\n", encoding="utf-8")
    assert main(["check", "--data", str(root)]) == 0
    assert "De bestanden van zonnebloem blijven ook op de adressen van haar eigen site staan (oude-adressen.yaml)." in capsys.readouterr().out
    file.write_text("organisatie: zon\n", encoding="utf-8")
    assert main(["check", "--data", str(root)]) == 1
    assert f"{file}, rij 1, kolom 'organisatie': er is geen organisatie met de map 'zon'" in capsys.readouterr().err


@pytest.mark.slow
def test_with_the_file_the_earlier_organisations_files_are_also_at_the_root_and_without_it_not(tmp_path: Path) -> None:
    root = two_organisations(tmp_path)
    without = render_docs(load_organisations(organisation_folders(root)))
    (root / "oude-adressen.yaml").write_text("organisatie: zonnebloem\n", encoding="utf-8")
    site = load_organisations(organisation_folders(root))
    files = render_docs(site)

    assert site.earlier == "zonnebloem"
    own = "organisaties/zonnebloem/"
    added = {path: text for path, text in files.items() if path not in without}
    assert "data/klachten.csv" in added and "data/datapackage.json" in added and not [path for path in without if path not in files]
    # Each added file is the organisation's own, the same text as under its folder (or, for the
    # data behind a download on Zoeken en filteren, as its own site had it: without an organisation).
    moved = {f"locaties/{old}.csv": f"locaties/{new}.csv" for old, new in site.organisation("zonnebloem").moved.items()}
    assert moved and set(moved) <= set(added)
    for path, text in added.items():
        if path in moved:
            # A location whose address got the organisation's name added: its CSV also at the old one.
            assert text == files[moved[path]], path
        elif path.startswith("zoeken/klachten/"):
            assert text == render_docs(load_year(root / "zonnebloem" / "2024"))[path], path
        else:
            assert text == files[own + path], path
    # The pages stay as they were: the old /data/ page still lets a visitor choose.
    assert files["data/index.md"] == without["data/index.md"]


def test_mkdocs_serve_loads_the_data_again_when_the_file_changes(tmp_path: Path) -> None:
    root = two_organisations(tmp_path)
    folders = [folder for organisation in organisation_folders(root) for folder in organisation.year_folders]
    before = sites_folders_state(folders)
    (root / "oude-adressen.yaml").write_text("organisatie: zonnebloem\n", encoding="utf-8")
    assert sites_folders_state(folders) != before


def test_the_earlier_organisations_pdf_is_also_where_its_own_site_had_it(tmp_path: Path) -> None:
    root = two_organisations(tmp_path / "data")
    (root / "oude-adressen.yaml").write_text("organisatie: zonnebloem\n", encoding="utf-8")
    site_dir = tmp_path / "site"
    printed = site_dir / "organisaties" / "zonnebloem" / "data" / pdf_name(2024)
    printed.parent.mkdir(parents=True)
    printed.write_bytes(b"%PDF-1.7 verslag")
    other = site_dir / "organisaties" / "avontuur" / "data" / pdf_name(2024)
    other.parent.mkdir(parents=True)
    other.write_bytes(b"%PDF-1.7 ander verslag")

    site = load_organisations(organisation_folders(root))
    assert keep_earlier_pdfs(site, site_dir) == [site_dir / "data" / pdf_name(2024)]
    assert (site_dir / "data" / pdf_name(2024)).read_bytes() == b"%PDF-1.7 verslag"
    (root / "oude-adressen.yaml").unlink()
    assert keep_earlier_pdfs(load_organisations(organisation_folders(root)), tmp_path / "andere-site") == []
