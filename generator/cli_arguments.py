"""Checks of command-line arguments that argparse cannot make: that a path is there and is what the
command needs. Each raises ArgumentRefused with the option, what is wrong and what to pass instead,
before the command reads or writes anything."""

from __future__ import annotations

from pathlib import Path

from generator.dataset import layout
from generator.dataset.site_layout import organisation_folders
from generator.errors import ArgumentRefused
from generator.hosting.address import AddressRefused, public_address
from generator.project_settings import DATA_VARIABLE, DEFAULT_DATA, PLUGIN_NAME, YEAR_VARIABLE, ProjectSettings, read_project_settings

UTF8_HINT = "geef de tekstversie van het verslag (pdftotext verslag.pdf verslag.txt), opgeslagen als UTF-8."


def existing_year_folder(data_root: Path, year: int | None) -> Path:
    """The folder of `year` in data_root, or of the newest year when year is None."""
    if not data_root.exists():
        raise ArgumentRefused(f"--data {data_root}: de map bestaat niet. Oplossing: geef de map met de jaarmappen op, bijvoorbeeld --data data.")
    if not data_root.is_dir():
        raise ArgumentRefused(f"--data {data_root}: dit is een bestand, geen map. Oplossing: geef de map met de jaarmappen op, bijvoorbeeld --data data.")
    if not layout.years_in(data_root):
        _refuse_organisations(data_root, year)
    if year is None:
        newest = layout.newest_year_folder(data_root)
        if newest is None:
            misnamed = layout.misnamed_year_folders(data_root)
            why = (
                f" ({', '.join(misnamed)} {'telt' if len(misnamed) == 1 else 'tellen'} niet: een jaarmap heet naar een jaar "
                f"van {layout.FIRST_YEAR} tot en met {layout.LAST_YEAR})"
                if misnamed
                else ""
            )
            raise ArgumentRefused(
                f"--data {data_root}: er staat geen jaarmap in (zoals {data_root / '2024'}){why}. "
                f"Oplossing: maak een jaarmap met {layout.COMPLAINTS_FILE_STEM}.csv en {layout.REPORT_FILE}, of geef de goede map op met --data."
            )
        return newest
    folder = layout.year_folder(data_root, year)
    if not folder.is_dir():
        known = ", ".join(str(known_year) for known_year in layout.years_in(data_root)) or "geen"
        raise ArgumentRefused(f"--jaar {year}: er is geen map {folder}. Oplossing: kies een jaar waarvan een map bestaat (in {data_root}: {known}).")
    return folder


def _refuse_organisations(data_root: Path, year: int | None) -> None:
    """A command of one year, given the data folder of several organisations: which one?"""
    organisations = organisation_folders(data_root)
    if organisations:
        names = ", ".join(organisation.slug for organisation in organisations)
        option = f" --jaar {year}" if year is not None else ""
        raise ArgumentRefused(
            f"--data {data_root}: hier staan de mappen van {len(organisations)} organisaties ({names}), geen jaarmap. "
            f"Oplossing: geef de map van één organisatie op, zoals --data {organisations[0].folder}{option}."
        )


def year_folder_argument(folder: Path) -> Path:
    """The folder `check` was given: a folder, not a file in it."""
    if folder.is_file():
        parent = folder.parent
        hint = f"geef de jaarmap op waarin het staat: python -m generator check {parent}" if layout.is_year_name(parent.name) else "geef de jaarmap op, bijvoorbeeld data/2024."
        raise ArgumentRefused(f"{folder}: dit is een bestand; check controleert een hele jaarmap. Oplossing: {hint}")
    if not folder.is_dir():
        raise ArgumentRefused(f"{folder}: de map bestaat niet. Oplossing: geef een jaarmap op, bijvoorbeeld data/2024 (met {layout.COMPLAINTS_FILE_STEM}.csv en {layout.REPORT_FILE}).")
    return folder


def source_text_argument(path: Path) -> Path:
    """The report text `import` reads: an existing file of UTF-8 text."""
    if not path.exists():
        raise ArgumentRefused(f"{path}: het bestand bestaat niet. Oplossing: {UTF8_HINT}")
    if not path.is_file():
        raise ArgumentRefused(f"{path}: dit is een map, geen bestand. Oplossing: {UTF8_HINT}")
    data = path.read_bytes()
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        raise ArgumentRefused(f"{path}, regel {line}: de tekst is geen UTF-8 (de byte 0x{data[error.start]:02X}). Oplossing: {UTF8_HINT}") from None
    if b"\x00" in data:
        line = data.count(b"\n", 0, data.index(b"\x00")) + 1
        raise ArgumentRefused(f"{path}, regel {line}: dit is geen tekstbestand (er staat een NUL-teken in). Oplossing: {UTF8_HINT}")
    return path


def existing_folder(path: Path, option: str, what: str) -> Path:
    if not path.is_dir():
        state = "is een bestand, geen map" if path.exists() else "bestaat niet"
        raise ArgumentRefused(f"{option} {path}: de map {state}. Oplossing: geef {what} op.")
    return path


def existing_file(path: Path, option: str, what: str) -> Path:
    if not path.is_file():
        state = "is een map, geen bestand" if path.is_dir() else "bestaat niet"
        raise ArgumentRefused(f"{option} {path}: het bestand {state}. Oplossing: geef {what} op.")
    return path


def new_path(path: Path, option: str) -> Path:
    if path.exists() or path.is_symlink():
        raise ArgumentRefused(f"{option} {path}: bestaat al; er wordt nooit iets overschreven. Oplossing: kies een nieuwe map, of haal deze eerst zelf weg.")
    return path


def site_data_argument(config_file: Path, environment: dict[str, str], data: Path | None, year: int | None) -> ProjectSettings:
    """What the build of `site` will read, by mkdocs.yml with the environment MkDocs gets; refused
    when mkdocs.yml does not take over --data or --jaar (they would be ignored)."""
    used = read_project_settings(config_file, environment)
    if data is not None and used.data_root.resolve() != data.resolve():
        raise ArgumentRefused(
            f"--data {data}: {config_file} neemt deze map niet over; de site zou gebouwd worden uit {used.data_root}. "
            f"Oplossing: zet in {config_file.name} bij plugins: {PLUGIN_NAME}: de regel data: !ENV [{DATA_VARIABLE}, {DEFAULT_DATA}], "
            "of laat --data weg."
        )
    if year is not None and used.year != year:
        built = f"het jaar {used.year}" if used.year is not None else "het nieuwste jaar"
        raise ArgumentRefused(
            f"--jaar {year}: {config_file} neemt dit jaar niet over; de site zou gebouwd worden uit {built}. "
            f"Oplossing: zet in {config_file.name} bij plugins: {PLUGIN_NAME}: de regel jaar: !ENV [{YEAR_VARIABLE}, null], "
            "of laat --jaar weg."
        )
    return used


def public_address_argument(text: str) -> str:
    """The site's public address as `site --adres` gives it: http(s), a domain name, nothing secret."""
    try:
        return public_address(text)
    except AddressRefused as error:
        raise ArgumentRefused(f"--adres: {error}") from None

