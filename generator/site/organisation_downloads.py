"""The downloads of a site of several organisations: each organisation's files as a site of it
alone has them, under its folder (organisaties/<naam>/data/, .../categorieen/<soort>.csv), the
CSV of a location beside its page, its locations file and place view (organisaties/<naam>/gemeenten/,
with a locations file in data/<organisatie>/), the place view of every organisation with a locations
file (data/gemeenten.csv, gemeenten/<naam>.csv), and the data behind a download on Zoeken en filteren with the
filters of this site (organisatie, and each category as its organisation's)."""

from __future__ import annotations

from generator.site.pages import is_site_wide
from generator.site.place_downloads import organisations_place_files, place_download_files
from generator.site.selection_data import FOLDER as SELECTION_FOLDER
from generator.site.selection_data import site_selection_data_files
from generator.site.year_downloads import site_download_files
from generator.view.organisation_places import organisations_place_view
from generator.view.organisations import OrganisationsSite


def organisations_download_files(site: OrganisationsSite) -> dict[str, str]:
    files = organisations_place_files(organisations_place_view(site))
    for organisation in site.organisations:
        for path, text in (site_download_files(organisation.site) | place_download_files(organisation.site)).items():
            if path.startswith(SELECTION_FOLDER):
                continue
            files[path if is_site_wide(path) else organisation.root + path] = text
        files |= {organisation.root + path: text for path, text in site_selection_data_files(organisation.site, organisation.name).items()}
    return files
