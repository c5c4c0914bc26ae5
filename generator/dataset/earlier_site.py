"""Which organisation this site was the site of before it carried several (data/oude-adressen.yaml).

A site of one organisation publishes its files at the root: data/klachten.csv, the PDF in data/,
categorieen/<soort>.csv ... On a site of several organisations each organisation's files are under
its own folder, organisaties/<naam>/, and its old pages become a page that links to where they went.
A file cannot be such a page, and a link or a program that fetched data/klachten.csv should keep
getting that organisation's file, not a page and not a mix of organisations. Which organisation
that was, only the publisher knows (a region's new site had none), so the data folder says it:

    # data/oude-adressen.yaml
    organisatie: avontuur

and that organisation's files are then also published at the addresses its own site gave them
(generator/site/earlier_addresses.py).
"""

from __future__ import annotations

from pathlib import Path

from yaml.nodes import Node

from generator.dataset.paths import not_a_file_problem
from generator.dataset.site_layout import OrganisationFolder
from generator.dataset.validate import suggestion_hint
from generator.dataset.yaml_reader import Field, NodeReader, Place, read_yaml
from generator.errors import DataInvalid, Problem

EARLIER_SITE_FILE = "oude-adressen.yaml"
ORGANISATION_KEY = "organisatie"


def earlier_organisation(data_root: Path, organisations: tuple[OrganisationFolder, ...]) -> str | None:
    """The folder name of the organisation whose site this was, as data/oude-adressen.yaml names
    it; None without the file. Raises DataInvalid naming the file, line and fix."""
    path = data_root / EARLIER_SITE_FILE
    not_a_file = not_a_file_problem(path, f"zet de naam van de organisatie in een bestand {EARLIER_SITE_FILE} (geen map of koppeling), of haal het weg.")
    if not_a_file is not None:
        raise DataInvalid([not_a_file])
    if not path.is_file():
        return None
    values, problems = read_yaml(path, _file, f"schrijf erin: {ORGANISATION_KEY}: <de map van de organisatie>, of haal het bestand weg.")
    if problems:
        raise DataInvalid(problems)
    name, line = values
    names = [organisation.slug for organisation in organisations]
    if name not in names:
        otherwise = f"gebruik de naam van een van de mappen van de organisaties: {', '.join(names)}."
        raise DataInvalid([Problem(path, line, ORGANISATION_KEY, f"er is geen organisatie met de map '{name}' in {data_root}", suggestion_hint(name, names, otherwise))])
    return name


def _file(reader: NodeReader, node: Node, place: Place) -> tuple[str, int] | None:
    values = reader.mapping(node, place, {ORGANISATION_KEY: Field(_named, example=f"{ORGANISATION_KEY}: avontuur")})
    return values[ORGANISATION_KEY]


def _named(reader: NodeReader, node: Node, place: Place) -> tuple[str, int] | None:
    """The name with its line, for a message about it."""
    name = reader.text(node, place)
    return (name.strip(), place.line) if name is not None else None
