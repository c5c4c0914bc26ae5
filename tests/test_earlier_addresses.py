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
from generator.site.earlier_addresses import keep_earlier_pdfs
from generator.view.organisations import OrganisationsSite

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


class PrintedYear:
    class report:
        year = 2024


class Site:
    years = (PrintedYear,)


class Earlier:
    slug = "avontuur"
    root = "organisaties/avontuur/"
    site = Site


def test_the_earlier_organisations_pdf_is_also_where_its_own_site_had_it(tmp_path: Path) -> None:
    printed = tmp_path / "organisaties" / "avontuur" / "data" / "klachtenjaarverslag-2024.pdf"
    printed.parent.mkdir(parents=True)
    printed.write_bytes(b"%PDF-1.7 verslag")
    site = OrganisationsSite((Earlier,), earlier="avontuur")

    assert keep_earlier_pdfs(site, tmp_path) == [tmp_path / "data" / "klachtenjaarverslag-2024.pdf"]
    assert (tmp_path / "data" / "klachtenjaarverslag-2024.pdf").read_bytes() == b"%PDF-1.7 verslag"
    assert keep_earlier_pdfs(OrganisationsSite((Earlier,)), tmp_path) == []
