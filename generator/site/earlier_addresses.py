"""The files of the organisation whose site this was (data/oude-adressen.yaml,
generator/dataset/earlier_site.py), also at the addresses its own site gave them.

Its pages need nothing here: an address of its old site that this site has no page at becomes a
page that links to where it went (organisation_pages.py). A file cannot lead anywhere: a
spreadsheet link or a program that fetched data/klachten.csv wants that file, and a host's
redirect rules work on some hosts only (not on GitHub Pages or a plain web server). So the file
stays where it was, the same bytes as under organisaties/<naam>/: data/klachten.csv and the
other downloads, the PDF, categorieen/<soort>.csv, the data behind a download on Zoeken en
filteren (as its old page asks for it), the place view's CSVs, and the CSV of a location whose
page got the organisation's name added. A file this site makes itself at such an address wins.
"""

from __future__ import annotations

import shutil
from collections.abc import Collection
from pathlib import Path

from generator.site.downloads import FOLDER as DOWNLOADS_FOLDER
from generator.site.downloads import pdf_name
from generator.site.pages import is_site_wide
from generator.site.place_downloads import place_download_files
from generator.site.year_downloads import site_download_files
from generator.view.organisations import Organisation, OrganisationsSite
from generator.view.model import location_page


def earlier_organisation_of(site: OrganisationsSite) -> Organisation | None:
    return site.organisation(site.earlier) if site.earlier else None


def earlier_address_files(site: OrganisationsSite, taken: Collection[str]) -> dict[str, str]:
    """The earlier organisation's downloads at the paths in docs/ its own site gave them, but for
    the paths in `taken` (what this site makes there)."""
    organisation = earlier_organisation_of(site)
    if organisation is None:
        return {}
    own = site_download_files(organisation.site) | place_download_files(organisation.site)
    files = {path: text for path, text in own.items() if not is_site_wide(path)}
    for old, new in organisation.moved.items():
        moved_csv = _location_csv(new)
        if moved_csv in own:
            files[_location_csv(old)] = own[moved_csv]
    return {path: text for path, text in files.items() if path not in taken}


def _location_csv(slug: str) -> str:
    return location_page(slug).removesuffix(".md") + ".csv"


def keep_earlier_pdfs(site: OrganisationsSite, site_dir: Path) -> list[Path]:
    """Copy the earlier organisation's printed PDFs (organisaties/<naam>/data/) to data/, where
    its own site had them; the copies made."""
    organisation = earlier_organisation_of(site)
    if organisation is None:
        return []
    copies = []
    for year in organisation.site.years:
        name = pdf_name(year.report.year)
        printed = site_dir / organisation.root / DOWNLOADS_FOLDER / name
        copy = site_dir / DOWNLOADS_FOLDER / name
        if printed.is_file() and not copy.exists():
            copy.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(printed, copy)
            copies.append(copy)
    return copies
