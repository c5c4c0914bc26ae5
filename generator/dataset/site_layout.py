"""Which layout a data folder has: one organisation (data/<jaar>/) or several
(data/<organisatie>/<jaar>/). Decided from the folders alone; a mix of both is refused, because
a year folder beside organisation folders belongs to no organisation anyone named, and so is a
locations file there (each organisation has its own, data/<organisatie>/locaties.csv).

An organisation folder's name is its address on the site (/organisaties/<naam>/), so it must
already be one: lower case letters, digits and hyphens, as slugify() makes them.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from generator.dataset import layout
from generator.dataset.tables import TABLE_SUFFIXES
from generator.errors import GeneratorError
from generator.view.slugs import slugify


class LayoutRefused(GeneratorError):
    """The data folder mixes the two layouts, or an organisation folder cannot be an address."""


@dataclass(frozen=True)
class OrganisationFolder:
    slug: str  # the folder's name, and the organisation's address part
    folder: Path
    years: tuple[int, ...]  # oldest first

    @property
    def year_folders(self) -> list[Path]:
        return [layout.year_folder(self.folder, year) for year in self.years]


def organisation_folders(data_root: Path) -> tuple[OrganisationFolder, ...]:
    """The organisation folders of a data folder in the layout of several organisations, by name;
    none in the layout of one organisation. Raises LayoutRefused for a mix of both layouts or an
    organisation folder whose name is no address."""
    candidates = [
        path for path in sorted(data_root.iterdir())
        if path.is_dir() and not path.name.startswith(".") and path.name != layout.SOURCE_FOLDER and not layout.looks_like_a_year(path.name)
    ] if data_root.is_dir() else []
    organisations = [OrganisationFolder(path.name, path, tuple(layout.years_in(path))) for path in candidates]
    organisations = [organisation for organisation in organisations if organisation.years]
    years = layout.years_in(data_root)
    if not years:
        _refuse_source_folder_with_years(data_root)
    if not organisations:
        return ()
    if years:
        raise LayoutRefused(_mixed_message(data_root, years, organisations))
    _refuse_shared_locations_file(data_root, organisations[0])
    for organisation in organisations:
        if slugify(organisation.slug) != organisation.slug:
            raise LayoutRefused(
                f"{organisation.folder}: de naam van deze map wordt het adres van de organisatie op de site "
                f"(/organisaties/<naam>/) en mag alleen kleine letters, cijfers en streepjes hebben. "
                f"Oplossing: noem de map '{slugify(organisation.slug) or 'organisatie'}'; de naam die de site toont, "
                f"staat in {layout.REPORT_FILE} onder 'organisatie'."
            )
    return tuple(organisations)


def _refuse_source_folder_with_years(data_root: Path) -> None:
    """'bron' is the folder of the source texts, never read as an organisation: one named so
    would be left off the site without a word."""
    source = data_root / layout.SOURCE_FOLDER
    years = layout.years_in(source)
    if years:
        raise LayoutRefused(
            f"{source}: deze map heeft jaarmappen ({', '.join(str(year) for year in years)}), maar '{layout.SOURCE_FOLDER}' is de map van de teksten "
            f"van de verslagen, geen organisatie, en wordt niet gelezen. Oplossing: noem de map van de organisatie anders, "
            f"zoals '{layout.SOURCE_FOLDER}-kinderopvang', of zet de jaarmappen in de map van hun organisatie."
        )


def _refuse_shared_locations_file(data_root: Path, example: OrganisationFolder) -> None:
    """A locations file belongs to one organisation: one beside the organisation folders would be
    read by none of them, and its places left off the site without a word."""
    for suffix in TABLE_SUFFIXES:
        path = data_root / f"{layout.LOCATIONS_FILE_STEM}{suffix}"
        if path.exists() or path.is_symlink():
            raise LayoutRefused(
                f"{path}: een locatiebestand naast de mappen van organisaties hoort bij geen van hen en wordt niet gelezen. "
                f"Oplossing: verplaats het naar de map van de organisatie waar de locaties bij horen, "
                f"zoals {example.folder / path.name}."
            )


def _mixed_message(data_root: Path, years: list[int], organisations: list[OrganisationFolder]) -> str:
    year_names = ", ".join(str(year) for year in years)
    organisation_names = ", ".join(organisation.slug for organisation in organisations)
    example = organisations[0]
    return (
        f"{data_root}: deze map heeft jaarmappen ({year_names}) en ook mappen van organisaties met jaarmappen "
        f"({organisation_names}). Een site heeft één organisatie (data/<jaar>/) of meer (data/<organisatie>/<jaar>/), "
        f"niet allebei. Oplossing: verplaats de jaarmappen {year_names} naar de map van hun organisatie, "
        f"zoals {example.folder / str(years[-1])}, of haal de mappen van de organisaties weg."
    )
