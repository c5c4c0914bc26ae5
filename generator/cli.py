"""The command line: `python -m generator <command>`. Library errors become messages and exit codes here."""

from __future__ import annotations

import argparse
import sys
from functools import partial
from pathlib import Path

from generator.errors import DataInvalid, GeneratorError, ImportFailed
from generator.progress import PDF_STAGE, Progress, counted, to_stderr

EXIT_OK = 0
EXIT_DATA_ERROR = 1
DEFAULT_DATA_ROOT = Path("data")
DEFAULT_DOCS = Path("docs")
DEFAULT_REPORT_FOLDER = Path("build")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m generator", description="Klachtenjaarverslag als website.")
    commands = parser.add_subparsers(dest="command", required=True)

    importer = commands.add_parser("import", help="lees de tekst van een gepubliceerd klachtenjaarverslag in")
    importer.add_argument("verslag", type=Path, help="tekstversie van het verslag (pdftotext)")
    importer.add_argument("--jaar", type=int, required=True, help="het jaar waarover het verslag gaat")
    importer.add_argument("--data", type=Path, default=DEFAULT_DATA_ROOT, help="map met de jaarmappen (standaard: data)")
    importer.set_defaults(run=run_import)

    check = commands.add_parser("check", help="controleer een jaarmap; schrijft niets")
    check.add_argument("map", type=Path, nargs="?", help="de jaarmap (standaard: het nieuwste jaar in data/)")
    check.set_defaults(run=run_check)

    build = commands.add_parser("build", help="maak de pagina's van de site in docs/ (zonder MkDocs)")
    build.add_argument("--data", type=Path, default=DEFAULT_DATA_ROOT, help="map met de jaarmappen (standaard: data)")
    build.add_argument("--jaar", type=int, help="het jaar (standaard: het nieuwste)")
    build.add_argument("--docs", type=Path, default=DEFAULT_DOCS, help="map voor de pagina's (standaard: docs)")
    build.add_argument("--sjablonen", type=Path, help="map met eigen sjablonen die de ingebouwde vervangen")
    build.add_argument(
        "--zonder-privacycontrole",
        action="store_true",
        help="maak de pagina's ook als de privacycontrole vondsten heeft die niet zijn nagekeken (alleen om te testen, nooit om te publiceren)",
    )
    build.set_defaults(run=run_build)

    rapport = commands.add_parser("rapport", help="maak het klachtenjaarverslag als PDF (voor de GGD en alle ouders)")
    rapport.add_argument("--data", type=Path, default=DEFAULT_DATA_ROOT, help="map met de jaarmappen (standaard: data)")
    rapport.add_argument("--jaar", type=int, help="het jaar (standaard: het nieuwste)")
    rapport.add_argument("--uit", type=Path, help="het PDF-bestand (standaard: build/klachtenjaarverslag-<jaar>.pdf)")
    rapport.add_argument(
        "--zonder-privacycontrole",
        action="store_true",
        help="maak de PDF ook als de privacycontrole vondsten heeft die niet zijn nagekeken (alleen om te testen, nooit om te publiceren)",
    )
    rapport.set_defaults(run=run_rapport)

    site = commands.add_parser("site", help="bouw de hele website in site/; de oude site blijft staan als het bouwen mislukt")
    site.add_argument("--config", type=Path, default=Path("mkdocs.yml"), help="het MkDocs-configuratiebestand (standaard: mkdocs.yml)")
    site.add_argument("--uit", type=Path, default=Path("site"), help="map voor de website (standaard: site)")
    site.add_argument("--data", type=Path, default=DEFAULT_DATA_ROOT, help="map met de jaarmappen, voor de datum van het verslag (standaard: data)")
    site.add_argument("--jaar", type=int, help="het jaar (standaard: het nieuwste)")
    site.add_argument("--zonder-pdf", action="store_true", help="maak het verslag als PDF niet (dan werkt de downloadlink naar de PDF niet)")
    site.set_defaults(run=run_site)

    synth = commands.add_parser("synth", help="maak een synthetische jaarmap, N keer zo groot als een echte, om de snelheid te meten")
    synth.add_argument("--schaal", type=int, required=True, help="hoeveel keer zo groot als de echte jaarmap")
    synth.add_argument("--seed", type=int, default=1, help="startwaarde van het toeval; dezelfde schaal en seed geven dezelfde bestanden (standaard: 1)")
    synth.add_argument("--uit", type=Path, required=True, help="de nieuwe jaarmap, bijvoorbeeld /tmp/synth-10/2024; mag nog niet bestaan")
    synth.add_argument("--bron", type=Path, default=DEFAULT_DATA_ROOT / "2024", help="de echte jaarmap waaruit getrokken wordt (standaard: data/2024)")
    synth.set_defaults(run=run_synth)
    return parser


def run_import(arguments: argparse.Namespace) -> int:
    from generator.importer.pipeline import import_report

    result = import_report(arguments.verslag, arguments.jaar, arguments.data)
    print(f"{result.complaints} klachten en {result.disputes} geschillen ingelezen in {result.folder}")
    for decision in result.heuristic_decisions:
        print(f"  beslist: {decision}")
    for missing in result.missing_figures:
        print(f"  niet gevonden in de tekst: {missing}")
    return EXIT_OK


def run_check(arguments: argparse.Namespace) -> int:
    from generator.check_report import check_report_lines
    from generator.dataset.dataset import load_dataset
    from generator.privacy import PrivacyNotReviewed, review_privacy
    from generator.site.build import year_folder

    folder = arguments.map or year_folder(DEFAULT_DATA_ROOT, None)
    dataset = load_dataset(folder)
    privacy = review_privacy(dataset)
    for line in check_report_lines(dataset, privacy):
        print(line)
    if privacy.unreviewed:
        raise PrivacyNotReviewed(privacy)
    return EXIT_OK


def run_build(arguments: argparse.Namespace) -> int:
    from generator.site.build import build_docs, year_folder

    if arguments.zonder_privacycontrole:
        print("Let op: de privacycontrole is overgeslagen (--zonder-privacycontrole); publiceer deze pagina's niet.", file=sys.stderr)
    folder = year_folder(arguments.data, arguments.jaar)
    generated, written = build_docs(folder, arguments.docs, arguments.sjablonen, check_privacy=not arguments.zonder_privacycontrole)
    print(
        f"{len(generated.files)} bestanden (pagina's en downloads) voor {generated.dataset.report.title} in {arguments.docs}: "
        f"{len(written.written)} bijgewerkt, {len(written.removed)} verwijderd, {written.unchanged} ongewijzigd"
    )
    return EXIT_OK


def run_rapport(arguments: argparse.Namespace) -> int:
    from generator.dutch import format_number
    from generator.rapport import default_pdf_name, write_report_pdf
    from generator.site.build import year_folder

    if arguments.zonder_privacycontrole:
        print("Let op: de privacycontrole is overgeslagen (--zonder-privacycontrole); publiceer deze PDF niet.", file=sys.stderr)
    folder = year_folder(arguments.data, arguments.jaar)
    pdf_path = arguments.uit or DEFAULT_REPORT_FOLDER / default_pdf_name(int(folder.name))
    result = write_report_pdf(folder, pdf_path, check_privacy=not arguments.zonder_privacycontrole)
    print(f"{result.title}: {result.pdf_path} ({result.pages} pagina's, {format_number(round(result.size / 1024))} kB)")
    return EXIT_OK


def run_site(arguments: argparse.Namespace) -> int:
    from generator.dataset.report_meta import load_report
    from generator.errors import DataInvalid
    from generator.schema import REPORT_FILE
    from generator.site.build import year_folder
    from generator.site.publish import build_site

    folder = year_folder(arguments.data, arguments.jaar)
    report, problems = load_report(folder / REPORT_FILE)
    if report is None:
        raise DataInvalid(problems)
    progress = Progress(to_stderr)
    with_pdf = not arguments.zonder_pdf and chromium_available()
    add_pdf = partial(add_report_pdf, folder, progress) if with_pdf else None
    published = build_site(arguments.config, arguments.uit, report.date, {"KLACHTEN_PDF": str(with_pdf).lower()}, add_pdf, progress)
    print(f"{report.title}: {published.files} bestanden in {published.folder}")
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


def add_report_pdf(data_folder: Path, progress: Progress, site_dir: Path) -> None:
    """The printable report, where the site's downloads link to it."""
    from generator.rapport import default_pdf_name, write_report_pdf
    from generator.site.downloads import FOLDER

    stage = progress.start(PDF_STAGE)
    result = write_report_pdf(data_folder, site_dir / FOLDER / default_pdf_name(int(data_folder.name)))
    stage.finish(counted(result.pages, "pagina", "pagina's"))


def run_synth(arguments: argparse.Namespace) -> int:
    from generator.dataset.dataset import load_dataset
    from generator.synth import synthesise, write_year_folder

    year = synthesise(load_dataset(arguments.bron), arguments.schaal, arguments.seed)
    write_year_folder(year, arguments.uit)
    print(f"{year.complaints} klachten over {year.locations} locaties en {year.disputes} geschillen geschreven naar {arguments.uit}")
    return EXIT_OK


def main(argv: list[str] | None = None) -> int:
    arguments = build_parser().parse_args(argv)
    try:
        return arguments.run(arguments)
    except DataInvalid as invalid:
        print(invalid, file=sys.stderr)
        print("Er is niets geschreven. Verbeter de fouten en probeer het opnieuw.", file=sys.stderr)
        return EXIT_DATA_ERROR
    except ImportFailed as failure:
        for problem in failure.problems:
            print(f"fout: {problem}", file=sys.stderr)
        print("Er is niets geschreven.", file=sys.stderr)
        return EXIT_DATA_ERROR
    except GeneratorError as error:
        print(f"fout: {error}", file=sys.stderr)
        return EXIT_DATA_ERROR
