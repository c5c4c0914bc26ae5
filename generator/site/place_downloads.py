"""The downloads that only a site with a locations file has: the locations file itself as
published (data/locaties.csv and .json, exact, so that it loads back with `check`), and the place
view for the GGD as CSV for a spreadsheet: every municipality (data/gemeenten.csv) and each one
on its own (gemeenten/<naam>.csv), a row per location with its complaints in each year of the site.
A site of several organisations has the same place view over every organisation with a locations
file (organisations_place_files()), with a column for the organisation.

The locations file belongs to the organisation, not to a year: on a site of several years it is
with the files of all years together, not in a year's own folder. The data package gets it as one
more resource. The complaints files keep their
columns: klachten.csv must load back with `check` as it is.
"""

from __future__ import annotations

import posixpath

from generator import schema
from generator.dataset.locations import CARE_TYPE, CARE_TYPES, LocationRecord
from generator.dataset.writer import csv_text
from generator.site.downloads import BOM, FOLDER, data_package, json_text, package_field, package_resource, spreadsheet_csv
from generator.site.year_downloads import site_data_package
from generator.view.location_register import LocationFacts, LocationRegister
from generator.view.organisation_places import OrganisationPlaceEntry, OrganisationsPlaceView
from generator.view.site_context import SiteContext

LOCATIONS_CSV = f"{FOLDER}/locaties.csv"
LOCATIONS_JSON = f"{FOLDER}/locaties.json"
MUNICIPALITIES_CSV = f"{FOLDER}/gemeenten.csv"
DATA_PACKAGE = f"{FOLDER}/datapackage.json"
PER_100_COLUMN = "klachten_per_100_kindplaatsen"
PAGE_COLUMN = "pagina"
ORGANISATION_COLUMN = "organisatie"


def place_download_files(site: SiteContext) -> dict[str, str]:
    register = site.register
    if register is None:
        return {}
    rows = [record_values(entry.record, register.columns) for entry in register.entries]
    files = {
        LOCATIONS_CSV: BOM + csv_text(list(register.columns), rows),
        LOCATIONS_JSON: json_text(rows),
        MUNICIPALITIES_CSV: _place_view_csv(register, [entry for group in register.municipalities for entry in group.entries]),
        # Replaces the package of download_files(), which does not know the locations file.
        DATA_PACKAGE: json_text(data_package_with_locations(site, register.columns)),
    }
    files |= {group.csv: _place_view_csv(register, list(group.entries)) for group in register.municipalities}
    return files


def record_values(record: LocationRecord, columns: tuple[str, ...]) -> dict[str, object]:
    values = {
        schema.LOCATION_NAME_COLUMN: record.name,
        "label": record.label,
        "lrk_id": record.lrk_number,
        "type_oko": record.care_type,
        "aantal_kindplaatsen": record.child_places,
        "opvanglocatie_woonplaats": record.place,
        "verantwoordelijke_gemeente": record.municipality,
        "lrk_url": record.lrk_address,
    }
    return {column: values[column] for column in columns}


def place_view_columns(register: LocationRegister) -> list[str]:
    """The municipality first: the GGD sorts and filters by it."""
    first = ["verantwoordelijke_gemeente", "opvanglocatie_woonplaats", schema.LOCATION_NAME_COLUMN]
    rest = [column for column in register.columns if column not in first]
    return [*first, *rest, *(complaints_column(year) for year in register.years), per_100_column(register), PAGE_COLUMN]


def complaints_column(year: int) -> str:
    return f"klachten_{year}"


def per_100_column(register: LocationRegister) -> str:
    """With several years, the column says the year it is of: the register's (the newest)."""
    return f"{PER_100_COLUMN}_{register.year}" if register.several_years else PER_100_COLUMN


def _place_view_csv(register: LocationRegister, entries: list[LocationFacts]) -> str:
    columns = place_view_columns(register)
    rows = [_place_view_row(register, entry, columns) for entry in entries]
    return spreadsheet_csv(columns, rows)


def _place_view_row(register: LocationRegister, entry: LocationFacts, columns: list[str]) -> dict[str, object]:
    values = record_values(entry.record, tuple(column for column in register.columns))
    values |= {
        "verantwoordelijke_gemeente": entry.record.municipality,
        "opvanglocatie_woonplaats": entry.record.place,
        **{complaints_column(year): entry.complaints_in(year) for year in register.years},
        per_100_column(register): entry.per_100_places_text,
        PAGE_COLUMN: site_address(entry.page) if entry.page else "",
    }
    return {column: values[column] for column in columns}


def site_address(page: str) -> str:
    """A page's address relative to the site's root, as a static host serves it ('locaties/x/')."""
    stem, _ = posixpath.splitext(page)
    return f"{stem}/"


def organisations_place_files(view: OrganisationsPlaceView | None) -> dict[str, str]:
    """The place view of a site of several organisations as CSV for a spreadsheet: data/gemeenten.csv
    and gemeenten/<naam>.csv, at the root of the site. A year an organisation has no report of is
    an empty cell, never a 0."""
    if view is None or not view.municipalities:
        return {}
    columns = organisations_place_view_columns(view)
    every = [entry for group in view.municipalities for entry in group.entries]
    files = {MUNICIPALITIES_CSV: spreadsheet_csv(columns, [_organisations_place_view_row(view, entry, columns) for entry in every])}
    files |= {
        group.csv: spreadsheet_csv(columns, [_organisations_place_view_row(view, entry, columns) for entry in group.entries])
        for group in view.municipalities
    }
    return files


def organisations_place_view_columns(view: OrganisationsPlaceView) -> list[str]:
    """As place_view_columns(), with the organisation before the name and without the rate per
    100 child places: each organisation's own CSV has that, as a rate of its own."""
    first = ["verantwoordelijke_gemeente", "opvanglocatie_woonplaats", ORGANISATION_COLUMN, schema.LOCATION_NAME_COLUMN]
    rest = [column for column in view.columns if column not in first]
    return [*first, *rest, *(complaints_column(year) for year in view.years), PAGE_COLUMN]


def _organisations_place_view_row(view: OrganisationsPlaceView, entry: OrganisationPlaceEntry, columns: list[str]) -> dict[str, object]:
    counts = {year: entry.complaints_in(year) for year in view.years}
    values = record_values(entry.record, view.columns) | {
        ORGANISATION_COLUMN: entry.organisation.name,
        "verantwoordelijke_gemeente": entry.record.municipality,
        "opvanglocatie_woonplaats": entry.record.place,
        **{complaints_column(year): "" if count is None else count for year, count in counts.items()},
        PAGE_COLUMN: site_address(entry.facts.page) if entry.facts.page else "",
    }
    return {column: values[column] for column in columns}


def data_package_with_locations(site: SiteContext, columns: tuple[str, ...]) -> dict:
    """The data package of the downloads (generator/site/downloads.py, or of all years together:
    generator/site/year_downloads.py) with the locations file as one more resource."""
    package = site_data_package(site) if site.several_years else data_package(site.newest.dataset)
    fields = [package_field(column, tuple(CARE_TYPES) if column.name == CARE_TYPE else None) for column in schema.LOCATION_COLUMNS if column.name in columns]
    description = (
        "De locaties uit het locatiebestand van de organisatie, in de kolommen van het Landelijk Register Kinderopvang. "
        "Een rij hoort bij de klachten met precies dezelfde locatie (actuele_naam_oko) en hetzelfde label."
    )
    package["description"] += f" Ook {MUNICIPALITIES_CSV.split('/')[-1]} en de CSV-bestanden per gemeente zijn om te openen in een spreadsheet."
    package["resources"].append(package_resource("locaties", "locaties.csv", description, fields, primary_key=None))
    return package
