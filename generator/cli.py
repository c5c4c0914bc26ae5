"""The command line: `python -m generator <command>`. Library errors become messages and exit codes here."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from generator.cli_arguments import (
    configured_docs_folder,
    existing_file,
    existing_folder,
    existing_year_folder,
    new_path,
    public_address_argument,
    source_text_argument,
    year_folder_argument,
)
from generator.cli_parser import EXIT_USAGE, DutchArgumentParser, whole_number
from generator.errors import ArgumentRefused, DataInvalid, GeneratorError, ImportFailed
from generator.interrupt import Interrupted, end_child_processes, stop_cleanly_on_signals
from generator.system_errors import system_error_message
from generator.progress import Progress, to_stderr

EXIT_OK = 0
EXIT_DATA_ERROR = 1
EXIT_BUG = 3
EXIT_INTERRUPTED = 130
DEBUG_VARIABLE = "KLACHTEN_DEBUG"
INTERRUPTED = (
    "Onderbroken: de opdracht is gestopt voordat hij klaar was; er is niets half achtergelaten en een vorige site "
    "of PDF staat er nog. Start de opdracht opnieuw om hem af te maken."
)
YEAR = whole_number(1900, 2999, "geef een jaartal, bijvoorbeeld --jaar 2024")
SCALE = whole_number(1, 1000, "kies een schaal van 1 tot 1000, bijvoorbeeld --schaal 10")
SEED = whole_number(0, 2**32 - 1, "kies een geheel getal van 0 of meer, bijvoorbeeld --seed 1")
DEFAULT_DATA_ROOT = Path("data")
DEFAULT_DOCS = Path("docs")
DEFAULT_PDF_FOLDER = Path("build")


def make_parser() -> argparse.ArgumentParser:
    parser = DutchArgumentParser(prog="python -m generator", description="Klachtenjaarverslag als website.")
    commands = parser.add_subparsers(dest="command", required=True, title="opdrachten", metavar="opdracht")

    importer = commands.add_parser("import", help="lees de tekst van een gepubliceerd klachtenjaarverslag in")
    importer.add_argument("verslag", type=Path, metavar="verslag.txt", help="tekstversie van het verslag (pdftotext)")
    importer.add_argument("--jaar", type=YEAR, metavar="JAAR", required=True, help="het jaar waarover het verslag gaat")
    importer.add_argument("--data", type=Path, metavar="MAP", default=DEFAULT_DATA_ROOT, help="map met de jaarmappen (standaard: data)")
    importer.set_defaults(run=run_import)

    check = commands.add_parser("check", help="controleer een jaarmap; schrijft niets")
    check.add_argument("map", type=Path, metavar="jaarmap", nargs="?", help="de jaarmap (standaard: het nieuwste jaar in data/)")
    check.set_defaults(run=run_check)

    build = commands.add_parser("build", help="maak de pagina's van de site in docs/ (zonder MkDocs)")
    build.add_argument("--data", type=Path, metavar="MAP", default=DEFAULT_DATA_ROOT, help="map met de jaarmappen (standaard: data)")
    build.add_argument("--jaar", type=YEAR, metavar="JAAR", help="het jaar (standaard: het nieuwste)")
    build.add_argument("--docs", type=Path, metavar="MAP", default=DEFAULT_DOCS, help="docs-map van dit programma voor de pagina's (standaard: docs)")
    build.add_argument("--sjablonen", type=Path, metavar="MAP", help="map met eigen sjablonen die de ingebouwde vervangen")
    build.add_argument(
        "--zonder-privacycontrole",
        action="store_true",
        help="maak de pagina's ook als de privacycontrole vondsten heeft die niet zijn nagekeken (alleen om te testen, nooit om te publiceren)",
    )
    build.set_defaults(run=run_build)

    rapport = commands.add_parser("rapport", help="maak het klachtenjaarverslag als PDF (voor de GGD en alle ouders)")
    rapport.add_argument("--data", type=Path, metavar="MAP", default=DEFAULT_DATA_ROOT, help="map met de jaarmappen (standaard: data)")
    rapport.add_argument("--jaar", type=YEAR, metavar="JAAR", help="het jaar (standaard: het nieuwste)")
    rapport.add_argument(
        "--uit", type=Path, metavar="BESTAND", help="het PDF-bestand: een nieuw bestand of een eerder gemaakt verslag (standaard: build/klachtenjaarverslag-<jaar>.pdf)"
    )
    rapport.add_argument(
        "--zonder-privacycontrole",
        action="store_true",
        help="maak de PDF ook als de privacycontrole vondsten heeft die niet zijn nagekeken (alleen om te testen, nooit om te publiceren)",
    )
    rapport.set_defaults(run=run_rapport)

    site = commands.add_parser("site", help="bouw de hele website in site/; de oude site blijft staan als het bouwen mislukt")
    site.add_argument("--config", type=Path, metavar="BESTAND", default=Path("mkdocs.yml"), help="het MkDocs-configuratiebestand (standaard: mkdocs.yml)")
    site.add_argument(
        "--uit", type=Path, metavar="MAP", default=Path("site"), help="map voor de website: een nieuwe map of een eerder gebouwde site (standaard: site)"
    )
    site.add_argument("--data", type=Path, metavar="MAP", default=DEFAULT_DATA_ROOT, help="map met de jaarmappen (standaard: data)")
    site.add_argument("--jaar", type=YEAR, metavar="JAAR", help="het jaar (standaard: het nieuwste)")
    site.add_argument("--zonder-pdf", action="store_true", help="maak het verslag als PDF niet; de site krijgt dan geen PDF en geen link ernaar")
    site.add_argument(
        "--adres",
        metavar="URL",
        help="het openbare adres van de site, zoals https://klachten.voorbeeld.nl/ (voor sitemap.xml, robots.txt en gedeelde links; "
        "standaard: KLACHTEN_ADRES, of adres bij de plugin of site_url in mkdocs.yml)",
    )
    site.set_defaults(run=run_site)

    synth = commands.add_parser("synth", help="maak een synthetische jaarmap, N keer zo groot als een echte, om de snelheid te meten")
    synth.add_argument("--schaal", type=SCALE, metavar="N", required=True, help="hoeveel keer zo groot als de echte jaarmap (1 tot 1000)")
    synth.add_argument("--seed", type=SEED, metavar="N", default=1, help="startwaarde van het toeval; dezelfde schaal en seed geven dezelfde bestanden (standaard: 1)")
    synth.add_argument("--uit", type=Path, metavar="MAP", required=True, help="de nieuwe jaarmap, bijvoorbeeld /tmp/synth-10/2024; mag nog niet bestaan")
    synth.add_argument("--bron", type=Path, metavar="MAP", default=DEFAULT_DATA_ROOT / "2024", help="de echte jaarmap waaruit getrokken wordt (standaard: data/2024)")
    synth.add_argument("--met-locaties", action="store_true", help="schrijf ook een verzonnen locaties.csv (kolommen van het LRK) naast de jaarmap; mag nog niet bestaan")
    synth.set_defaults(run=run_synth)
    return parser


def run_import(arguments: argparse.Namespace) -> int:
    from generator.importer.pipeline import import_source_text

    source = source_text_argument(arguments.verslag)
    result = import_source_text(source, arguments.jaar, arguments.data)
    print(f"{result.complaints} klachten en {result.disputes} geschillen ingelezen in {result.folder}")
    for decision in result.heuristic_decisions:
        print(f"  beslist: {decision}")
    for missing in result.missing_figures:
        print(f"  niet gevonden in de tekst: {missing}")
    return EXIT_OK


def run_check(arguments: argparse.Namespace) -> int:
    from generator.check_summary import check_summary_lines
    from generator.dataset.dataset import load_dataset
    from generator.privacy import PrivacyNotReviewed, review_privacy

    folder = year_folder_argument(arguments.map) if arguments.map else existing_year_folder(DEFAULT_DATA_ROOT, None)
    dataset = load_dataset(folder)
    privacy = review_privacy(dataset)
    for line in check_summary_lines(dataset, privacy):
        print(line)
    if privacy.unreviewed:
        raise PrivacyNotReviewed(privacy)
    return EXIT_OK


def run_build(arguments: argparse.Namespace) -> int:
    from generator.output_guard import check_docs_folder
    from generator.site.generate import generate_docs
    from generator.view.load import load_year

    folder = existing_year_folder(arguments.data, arguments.jaar)
    check_docs_folder(arguments.docs, arguments.data, project=Path.cwd())
    if arguments.sjablonen is not None:
        existing_folder(arguments.sjablonen, "--sjablonen", "een map met sjablonen (bestanden zoals locatie.md.j2)")
    if arguments.zonder_privacycontrole:
        print("Let op: de privacycontrole is overgeslagen (--zonder-privacycontrole); publiceer deze pagina's niet.", file=sys.stderr)
    year = load_year(folder, check_privacy=not arguments.zonder_privacycontrole)
    files, written = generate_docs(year, arguments.docs, arguments.sjablonen)
    print(
        f"{len(files)} bestanden (pagina's en downloads) voor {year.report.title} in {arguments.docs}: "
        f"{len(written.written)} bijgewerkt, {len(written.removed)} verwijderd, {written.unchanged} ongewijzigd"
    )
    return EXIT_OK


def run_rapport(arguments: argparse.Namespace) -> int:
    from generator.dutch import format_number
    from generator.output_guard import ProtectedPlaces, check_pdf_file
    from generator.rapport import write_pdf
    from generator.rapport.own_output import is_own_pdf
    from generator.site.downloads import pdf_name
    from generator.view.load import load_year

    folder = existing_year_folder(arguments.data, arguments.jaar)
    pdf_path = arguments.uit or DEFAULT_PDF_FOLDER / pdf_name(int(folder.name))
    places = ProtectedPlaces.of(Path.cwd(), arguments.data, DEFAULT_DOCS)
    check_pdf_file(pdf_path, places, is_own_pdf)
    if arguments.zonder_privacycontrole:
        print("Let op: de privacycontrole is overgeslagen (--zonder-privacycontrole); publiceer deze PDF niet.", file=sys.stderr)
    year = load_year(folder, check_privacy=not arguments.zonder_privacycontrole)
    result = write_pdf(year, pdf_path)
    print(f"{year.report.title}: {result.pdf_path} ({result.pages} pagina's, {format_number(round(result.size / 1024))} kB)")
    return EXIT_OK


def run_site(arguments: argparse.Namespace) -> int:
    from generator.hosting.address import ADDRESS_VARIABLE
    from generator.output_guard import ProtectedPlaces, check_site_folder
    from generator.site.publish import publish_site

    config = existing_file(arguments.config, "--config", "het MkDocs-configuratiebestand van het project, bijvoorbeeld --config mkdocs.yml")
    # Refused before anything is built; the plugin in the MkDocs process loads the data itself.
    existing_year_folder(arguments.data, arguments.jaar)
    places = ProtectedPlaces.of(config.parent, arguments.data, configured_docs_folder(config))
    site_dir = check_site_folder(arguments.uit, places)
    with_pdf = not arguments.zonder_pdf and chromium_available()
    # mkdocs.yml reads these with !ENV (plugins: klachtenjaarverslag: data, jaar, pdf, adres).
    settings = {"KLACHTEN_DATA": str(arguments.data.resolve()), "KLACHTEN_PDF": str(with_pdf).lower()}
    if arguments.jaar is not None:
        settings["KLACHTEN_JAAR"] = str(arguments.jaar)
    if arguments.adres is not None:
        settings[ADDRESS_VARIABLE] = public_address_argument(arguments.adres)
    published = publish_site(config, site_dir, settings, Progress(to_stderr))
    print(f"De site staat in {published.folder}: {published.files} bestanden.")
    return EXIT_OK


def chromium_available() -> bool:
    from generator.rapport import BrowserMissing
    from generator.rapport.pdf import find_browser

    try:
        find_browser()
    except BrowserMissing:
        print("Let op: Chromium ontbreekt, dus de site krijgt geen PDF van het verslag (installeer het met: apt-get install chromium).", file=sys.stderr)
        return False
    return True


def run_synth(arguments: argparse.Namespace) -> int:
    from generator.dataset.dataset import load_dataset
    from generator.synth import synthesise, write_year_folder
    from generator.synth.folder import synthetic_locations_path

    source = existing_folder(arguments.bron, "--bron", "een echte jaarmap, bijvoorbeeld --bron data/2024")
    target = new_path(arguments.uit, "--uit")
    year = synthesise(load_dataset(source), arguments.schaal, arguments.seed, arguments.met_locaties)
    write_year_folder(year, target)
    print(f"{year.complaints} klachten over {year.locations} locaties en {year.disputes} geschillen geschreven naar {target}")
    if year.locations_file is not None:
        print(f"De {year.locations} locaties (verzonnen plaats, soort opvang, LRK-nummer en kindplaatsen) geschreven naar {synthetic_locations_path(target)}")
    return EXIT_OK


def main(argv: list[str] | None = None) -> int:
    try:
        arguments = make_parser().parse_args(argv)
    except SystemExit as exit:
        # --help (0) or a wrong argument (2, the message is printed already)
        return exit.code if isinstance(exit.code, int) else EXIT_USAGE
    with stop_cleanly_on_signals():
        try:
            return arguments.run(arguments)
        except KeyboardInterrupt as interrupt:
            end_child_processes()
            print(INTERRUPTED, file=sys.stderr)
            return interrupt.exit_code if isinstance(interrupt, Interrupted) else EXIT_INTERRUPTED
        except Exception as error:  # noqa: BLE001 - every failure ends in one Dutch message; see report_error
            return report_error(error)


def report_error(error: Exception) -> int:
    """The message and exit code for a failure: data and argument errors say what to fix; anything
    else is a fault in the program itself, shown in one line (the details with KLACHTEN_DEBUG=1)."""
    if isinstance(error, ArgumentRefused):
        print(f"fout: {error}", file=sys.stderr)
        return EXIT_USAGE
    if isinstance(error, DataInvalid):
        print(error, file=sys.stderr)
        print("Er is niets geschreven. Verbeter de fouten en probeer het opnieuw.", file=sys.stderr)
        return EXIT_DATA_ERROR
    if isinstance(error, ImportFailed):
        for problem in error.problems:
            print(f"fout: {problem}", file=sys.stderr)
        print("Er is niets geschreven.", file=sys.stderr)
        return EXIT_DATA_ERROR
    if isinstance(error, GeneratorError):
        print(f"fout: {error}", file=sys.stderr)
        return EXIT_DATA_ERROR
    if isinstance(error, OSError):
        print(f"fout: {system_error_message(error)}", file=sys.stderr)
        return EXIT_DATA_ERROR
    if os.environ.get(DEBUG_VARIABLE):
        raise error
    print(
        "fout: er ging iets mis in het programma zelf, niet in je gegevens. "
        f"Zet {DEBUG_VARIABLE}=1 voor de opdracht om de details te zien, en meld ze aan wie het programma onderhoudt.",
        file=sys.stderr,
    )
    return EXIT_BUG
