"""Where the tool may write: it replaces only what it made itself, or a path that is new.

`site` replaces its whole output folder, `rapport` and `sjabloon` their output file, `build`
writes and removes pages in its docs folder, and `synth --organisaties` makes a data folder; a typo in `--uit` or `--docs` must never cost a
project, a data folder or a home folder. So an output is accepted only when it is

- a path that does not exist yet (or an empty folder: replacing it loses nothing), or
- an earlier output of this tool, recognised by its mark: a marker file in the root of a built
  site (written by the MkDocs plugin) or of a docs folder (committed in docs/, written into a new
  one), a key in the document information of a printed report (generator/rapport/own_output.py),
  and a property of a template workbook that has nothing filled in (generator/workbook/own_output.py),

and it is never the project itself, a folder above it, the data folder or anything in it (for a
docs folder: a year folder or anything in one), the docs folder (for a site or a report), the
home folder or the root of the file system, whatever marks it carries. Paths are compared after following symbolic links.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from generator.dataset.layout import is_year_name
from generator.errors import ArgumentRefused

SITE_MARKER = ".klachtenjaarverslag-site"
SITE_MARKER_TEXT = (
    "Deze map is een website die 'python -m generator site' of 'mkdocs build' heeft gemaakt.\n"
    "De volgende bouw vervangt de hele map; zet er dus niets anders in.\n"
)
DOCS_MARKER = ".klachtenjaarverslag-docs"
DOCS_MARKER_TEXT = (
    "Deze map is een docs-map van klachtenjaarverslag: 'python -m generator build' en 'mkdocs build' (de plugin)\n"
    "schrijven hier de gegenereerde pagina's (welke: GENERATED_PATHS in generator/site/output.py). Met de hand\n"
    "geschreven pagina's met een andere naam blijven staan.\n"
)
PDF_SUFFIX = ".pdf"
OUT_OPTION = "--uit"  # where each command that writes a file or folder takes it
DOCS_OPTION = "--docs"


@dataclass(frozen=True)
class ProtectedPlaces:
    """The folders no output may replace or be written into."""

    project: Path  # the folder of mkdocs.yml, or the working folder
    data: Path  # the folder with the year folders
    docs: Path | None  # the docs folder of the project, where it is known
    other_data: tuple[Path, ...] = ()  # data folders another build of the project reads (mkdocs.yml's own)

    @classmethod
    def of(cls, project: Path, data: Path, docs: Path | None = None, other_data: tuple[Path, ...] = ()) -> ProtectedPlaces:
        others = tuple(dict.fromkeys(folder.resolve() for folder in other_data if folder.resolve() != data.resolve()))
        return cls(project.resolve(), data.resolve(), docs.resolve() if docs is not None else None, others)


def check_site_folder(target: Path, places: ProtectedPlaces, option: str = OUT_OPTION) -> Path:
    """The resolved site folder, or ArgumentRefused saying why it may not be replaced."""
    resolved = target.resolve()
    _refuse_protected(resolved, target, places, option, "site", inside_docs=True)
    if resolved.is_dir() and not _is_empty(resolved) and not (resolved / SITE_MARKER).is_file():
        raise _refused(
            option,
            target,
            "de map bestaat al en is geen site die dit programma heeft gemaakt; bij het bouwen wordt de hele map vervangen",
            "kies een map die nog niet bestaat (bijvoorbeeld --uit site), of haal de map eerst zelf weg als je zeker weet dat er niets in staat wat je nodig hebt.",
        )
    if resolved.exists() and not resolved.is_dir():
        raise _refused(option, target, "dit is een bestaand bestand, geen map", "kies een map die nog niet bestaat, bijvoorbeeld --uit site.")
    return resolved


@dataclass(frozen=True)
class OutputFile:
    """A kind of file that a command writes, in the words its messages use."""

    suffix: str
    example: str  # a name to suggest, such as build/klachtenjaarverslag.pdf
    kind: str  # what it is: "het verslag is een PDF"
    earlier: str  # what it may replace: "verslag dat dit programma heeft gemaakt"
    replaced: str  # the same, said in the hint: "een eerder gemaakt verslag"


PDF_FILE = OutputFile(
    PDF_SUFFIX, "build/klachtenjaarverslag.pdf", "het verslag is een PDF", "verslag dat dit programma heeft gemaakt", "een eerder gemaakt verslag"
)
# A filled-in template is the coordinator's work: only one with nothing filled in is replaced.
TEMPLATE_FILE = OutputFile(
    ".xlsx",
    "build/klachten.xlsx",
    "het sjabloon is een Excel-werkmap",
    "leeg sjabloon dat dit programma heeft gemaakt",
    "een eerder gemaakt sjabloon waarin nog niets is ingevuld",
)


def check_pdf_file(target: Path, places: ProtectedPlaces, is_own_pdf) -> Path:
    """The resolved PDF path, or ArgumentRefused. `is_own_pdf(path)` recognises an earlier PDF."""
    return check_output_file(target, places, PDF_FILE, is_own_pdf)


def check_output_file(target: Path, places: ProtectedPlaces, kind: OutputFile, is_own) -> Path:
    """The resolved path of a file output, or ArgumentRefused. `is_own(path)` recognises an earlier
    output that may be replaced."""
    resolved = target.resolve()
    _refuse_protected(resolved, target, places, OUT_OPTION, kind.example, inside_docs=True)
    if resolved.is_dir():
        raise _refused(OUT_OPTION, target, "dit is een map, geen bestand", f"geef een bestandsnaam op, bijvoorbeeld {target / Path(kind.example).name}.")
    if resolved.suffix.lower() != kind.suffix:
        raise _refused(OUT_OPTION, target, f"{kind.kind}, maar deze naam eindigt niet op {kind.suffix}", f"geef een naam die eindigt op {kind.suffix}, bijvoorbeeld {kind.example}.")
    if resolved.exists() and not is_own(resolved):
        hint = f"kies een nieuwe bestandsnaam; {kind.replaced} wordt wel vervangen."
        raise _refused(OUT_OPTION, target, f"het bestand bestaat al en is geen {kind.earlier}", hint)
    return resolved


def check_new_data_folder(target: Path, places: ProtectedPlaces) -> Path:
    """The resolved path of a data folder to make (`synth --organisaties`), or ArgumentRefused: it
    must not exist yet, and never be in a data folder a site is built from (synthetic
    organisations there would be published beside the real ones) or the docs folder."""
    resolved = target.resolve()
    _refuse_protected(resolved, target, places, OUT_OPTION, "build/organisaties", inside_docs=True)
    if resolved.exists() or target.is_symlink():
        raise _refused(OUT_OPTION, target, "bestaat al; er wordt nooit iets overschreven", "kies een nieuwe map, of haal deze eerst zelf weg.")
    return resolved


def check_docs_folder(target: Path, data_root: Path, project: Path | None = None, option: str = DOCS_OPTION) -> Path:
    """The resolved docs folder, or ArgumentRefused: `build` overwrites the generated pages in it
    and removes generated pages that are no longer made, so it must be a docs folder of this tool.
    `project`: the folder the docs folder may not be (or be above); None where it is not known.
    `option`: how the user gave it (the plugin: mkdocs.yml's "docs_dir:")."""
    resolved = target.resolve()
    places = ProtectedPlaces((project or Path(resolved.anchor)).resolve(), data_root.resolve(), None)
    _refuse_protected(resolved, target, places, option, "docs", inside_docs=False, project_itself=project is not None, inside_data=False)
    example = f"{option} docs"
    # Pages beside the year folders do no harm; pages in a year folder, or in a new folder named
    # like a year, would be read as that year's data.
    if _is_within(resolved, places.data) and is_year_name(resolved.relative_to(places.data).parts[0]):
        raise _refused(option, target, f"dit ligt in een jaarmap (of een map met een jaartal als naam) in de datamap {places.data}", f"kies een map buiten de datamap, bijvoorbeeld {example}.")
    if resolved.exists() and not resolved.is_dir():
        raise _refused(option, target, "dit is een bestand, geen map", f"geef de docs-map op, bijvoorbeeld {example}.")
    if resolved.is_dir() and not _is_empty(resolved) and not (resolved / DOCS_MARKER).is_file():
        raise _refused(
            option,
            target,
            f"de map is geen docs-map van dit programma (er staat geen {DOCS_MARKER} in); de pagina's zouden bestanden met dezelfde naam overschrijven",
            f"geef de docs-map van het project op ({example}) of een map die nog niet bestaat.",
        )
    return resolved


def mark_docs_folder(folder: Path) -> None:
    marker = folder / DOCS_MARKER
    if not marker.is_file():
        marker.write_text(DOCS_MARKER_TEXT, encoding="utf-8")


def mark_site_folder(folder: Path) -> None:
    (folder / SITE_MARKER).write_text(SITE_MARKER_TEXT, encoding="utf-8")


def _refuse_protected(
    resolved: Path,
    given: Path,
    places: ProtectedPlaces,
    option: str,
    example: str,
    inside_docs: bool,
    project_itself: bool = True,
    inside_data: bool = True,
) -> None:
    hint = f"kies een nieuwe plek binnen het project, bijvoorbeeld {option} {example}."
    home = Path.home().resolve()
    if resolved == Path(resolved.anchor):
        raise _refused(option, given, "dit is de hoofdmap van het bestandssysteem", hint)
    if project_itself and (resolved == places.project or _is_within(places.project, resolved)):
        raise _refused(option, given, f"dit is de projectmap {places.project} of een map daarboven", hint)
    if resolved == home or _is_within(home, resolved):
        raise _refused(option, given, "dit is je thuismap of een map daarboven", hint)
    data_folders = (places.data, *places.other_data)
    named = [("datamap", folder) for folder in data_folders] + ([("docs-map", places.docs)] if inside_docs and places.docs is not None else [])
    for name, folder in named:
        if resolved == folder:
            raise _refused(option, given, f"dit is de {name}", hint)
        if _is_within(resolved, folder) and (inside_data or folder not in data_folders):
            raise _refused(option, given, f"dit ligt in de {name} {folder}", hint)
        if _is_within(folder, resolved):
            raise _refused(option, given, f"de {name} {folder} ligt hierin", hint)


def _is_within(path: Path, folder: Path) -> bool:
    """True when path is strictly inside folder."""
    return path != folder and folder in path.parents


def _is_empty(folder: Path) -> bool:
    return not any(folder.iterdir())


def _refused(option: str, given: Path, reason: str, hint: str) -> ArgumentRefused:
    return ArgumentRefused(f"{option} {given}: {reason}; er is niets veranderd. Oplossing: {hint}")
