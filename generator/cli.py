"""The command line: `python -m generator <command>`. Library errors become messages and exit codes here."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from generator.cli_arguments import (
    existing_file,
    existing_folder,
    existing_year_folder,
    new_path,
    public_address_argument,
    source_text_argument,
    site_data_argument,
    year_folder_argument,
)
from generator.cli_parser import EXIT_USAGE, DutchArgumentParser, whole_number
from generator.dataset import layout
from generator.dataset.site_layout import organisation_folders
from generator.errors import DEBUG_VARIABLE, PROGRAM_FAULT, ArgumentRefused, DataInvalid, GeneratorError, ImportFailed, ImportProblem
from generator.interrupt import Interrupted, end_child_processes, stop_cleanly_on_signals
from generator.system_errors import system_error_message
from generator.progress import Progress, counted, to_stderr
from generator.project_settings import DATA_VARIABLE, DEFAULT_DATA, DEFAULT_DOCS, PDF_VARIABLE, YEAR_VARIABLE, read_project_settings

EXIT_OK = 0
EXIT_DATA_ERROR = 1
EXIT_BUG = 3
EXIT_INTERRUPTED = 130
INTERRUPTED = (
    "Onderbroken: de opdracht is gestopt voordat hij klaar was; er is niets half achtergelaten en een vorige site "
    "of PDF staat er nog. Start de opdracht opnieuw om hem af te maken."
)
YEAR = whole_number(layout.FIRST_YEAR, layout.LAST_YEAR, "geef een jaartal, bijvoorbeeld --jaar 2024")
NEW_YEAR = whole_number(layout.FIRST_YEAR, layout.LAST_YEAR, "geef een jaartal, bijvoorbeeld nieuw-jaar 2025")
SCALE = whole_number(1, 1000, "kies een schaal van 1 tot 1000, bijvoorbeeld --schaal 10")
SEED = whole_number(0, 2**32 - 1, "kies een geheel getal van 0 of meer, bijvoorbeeld --seed 1")
ORGANISATIONS = whole_number(2, 3, "kies 2 of 3, bijvoorbeeld --organisaties 2")
DEFAULT_BUILD_FOLDER = Path("build")
DATA_ROOT_WANTED = "de map met de jaarmappen (bijvoorbeeld --data data)"


def make_parser() -> argparse.ArgumentParser:
    parser = DutchArgumentParser(prog="python -m generator", description="Klachtenjaarverslag als website.")
    commands = parser.add_subparsers(dest="command", required=True, title="opdrachten", metavar="opdracht")

    importer = commands.add_parser("import", help="lees de tekst van een gepubliceerd klachtenjaarverslag in")
    importer.add_argument("verslag", type=Path, metavar="verslag.txt", help="tekstversie van het verslag (pdftotext)")
    importer.add_argument("--jaar", type=YEAR, metavar="JAAR", required=True, help="het jaar waarover het verslag gaat")
    importer.add_argument("--data", type=Path, metavar="MAP", default=DEFAULT_DATA, help=f"map met de jaarmappen (standaard: {DEFAULT_DATA})")
    importer.add_argument(
        "--overschrijven",
        action="store_true",
        help="vervang ook bestanden in de jaarmap die import niet zelf heeft geschreven of die daarna zijn veranderd",
    )
    importer.set_defaults(run=run_import)

    check = commands.add_parser("check", help="controleer de jaarmappen (of één); schrijft niets")
    check.add_argument("map", type=Path, metavar="jaarmap", nargs="?", help="één jaarmap (standaard: elke jaarmap in --data)")
    check.add_argument("--data", type=Path, metavar="MAP", default=DEFAULT_DATA, help=f"map met de jaarmappen (standaard: {DEFAULT_DATA})")
    check.add_argument("--jaar", type=YEAR, metavar="JAAR", help="alleen dit jaar (standaard: elk jaar)")
    check.set_defaults(run=run_check)

    build = commands.add_parser("build", help="maak de pagina's van de site in docs/ (zonder MkDocs)")
    build.add_argument("--data", type=Path, metavar="MAP", default=DEFAULT_DATA, help=f"map met de jaarmappen (standaard: {DEFAULT_DATA})")
    build.add_argument("--jaar", type=YEAR, metavar="JAAR", help="het jaar (standaard: het nieuwste)")
    build.add_argument("--docs", type=Path, metavar="MAP", default=DEFAULT_DOCS, help=f"docs-map van dit programma voor de pagina's (standaard: {DEFAULT_DOCS})")
    build.add_argument("--sjablonen", type=Path, metavar="MAP", help="map met eigen sjablonen die de ingebouwde vervangen")
    build.add_argument(
        "--zonder-privacycontrole",
        action="store_true",
        help="maak de pagina's ook als de privacycontrole vondsten heeft die niet zijn nagekeken (alleen om te testen, nooit om te publiceren)",
    )
    build.set_defaults(run=run_build)

    rapport = commands.add_parser("rapport", help="maak het klachtenjaarverslag als PDF (voor de GGD en alle ouders)")
    rapport.add_argument("--data", type=Path, metavar="MAP", default=DEFAULT_DATA, help=f"map met de jaarmappen (standaard: {DEFAULT_DATA})")
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
    site.add_argument("--data", type=Path, metavar="MAP", help="map met de jaarmappen (standaard: wat mkdocs.yml zegt, meestal data)")
    site.add_argument("--jaar", type=YEAR, metavar="JAAR", help="het jaar (standaard: wat mkdocs.yml zegt, meestal het nieuwste)")
    site.add_argument("--zonder-pdf", action="store_true", help="maak het verslag als PDF niet; de site krijgt dan geen PDF en geen link ernaar")
    site.add_argument(
        "--adres",
        metavar="URL",
        help="het openbare adres van de site, zoals https://klachten.voorbeeld.nl/ (voor sitemap.xml, robots.txt en gedeelde links; "
        "standaard: KLACHTEN_ADRES, of adres bij de plugin of site_url in mkdocs.yml)",
    )
    site.set_defaults(run=run_site)

    template = commands.add_parser("sjabloon", help="maak een Excel-werkmap om de klachten en geschillen van een nieuw jaar in te vullen")
    template.add_argument("--jaar", type=YEAR, metavar="JAAR", required=True, help="het jaar waarover het nieuwe verslag gaat")
    template.add_argument("--data", type=Path, metavar="MAP", default=DEFAULT_DATA, help=f"map met de jaarmappen; de keuzelijsten komen uit het nieuwste jaar daarvoor (standaard: {DEFAULT_DATA})")
    template.add_argument(
        "--uit", type=Path, metavar="BESTAND", help="de werkmap: een nieuw bestand of een leeg sjabloon van eerder (standaard: build/klachten-<jaar>.xlsx)"
    )
    template.set_defaults(run=run_template)

    new_year = commands.add_parser("nieuw-jaar", help="maak de jaarmap voor een nieuw jaar, met het sjabloon en een verslag.yaml om in te vullen")
    new_year.add_argument("jaar", type=NEW_YEAR, metavar="JAAR", help="het jaar waarover het nieuwe verslag gaat, bijvoorbeeld 2025")
    new_year.add_argument("--data", type=Path, metavar="MAP", default=DEFAULT_DATA, help=f"map met de jaarmappen (standaard: {DEFAULT_DATA})")
    new_year.set_defaults(run=run_new_year)

    synth = commands.add_parser(
        "synth",
        help="maak een synthetische jaarmap, N keer zo groot als een echte of het jaar erna, of een datamap van 2 of 3 synthetische organisaties, "
        "om te testen en de snelheid te meten",
    )
    kind = synth.add_mutually_exclusive_group(required=True)
    kind.add_argument("--schaal", type=SCALE, metavar="N", help="hoeveel keer zo groot als de echte jaarmap (1 tot 1000)")
    kind.add_argument(
        "--volgend-jaar", action="store_true",
        help="maak het jaar na --bron: grotendeels dezelfde locaties, een paar nieuwe en gesloten, één hernoemde (met hernoemd.csv) en een nieuwe soort klacht",
    )
    kind.add_argument(
        "--organisaties", type=ORGANISATIONS, metavar="N",
        help="maak een datamap met N (2 of 3) synthetische organisaties uit --bron: de eerste zonder labels en met eigen soorten klachten (1 keer zo groot), de tweede "
        "zonder gegrond (2 keer), de derde met allebei (3 keer); elk met een verzonnen locaties.csv, en minstens één plaats met locaties van alle",
    )
    synth.add_argument("--seed", type=SEED, metavar="N", default=1, help="startwaarde van het toeval; dezelfde schaal en seed geven dezelfde bestanden (standaard: 1)")
    synth.add_argument(
        "--uit", type=Path, metavar="MAP", required=True,
        help="de nieuwe jaarmap, bijvoorbeeld /tmp/synth-10/2024 (bij --organisaties de nieuwe datamap, bijvoorbeeld /tmp/organisaties/data); mag nog niet bestaan",
    )
    synth.add_argument("--bron", type=Path, metavar="MAP", default=f"{DEFAULT_DATA}/2024", help=f"de jaarmap waaruit getrokken wordt (standaard: {DEFAULT_DATA}/2024)")
    synth.add_argument("--met-locaties", action="store_true", help="schrijf ook een verzonnen locaties.csv (kolommen van het LRK) naast de jaarmap; mag nog niet bestaan")
    synth.add_argument(
        "--met-bron", action="store_true",
        help="alleen bij --organisaties: zet ook een kopie van de jaarmap --bron in de datamap, als een organisatie naast de synthetische",
    )
    synth.set_defaults(run=run_synth)
    return parser


def run_import(arguments: argparse.Namespace) -> int:
    from generator.importer.pipeline import import_source_text

    source = source_text_argument(arguments.verslag)
    result = import_source_text(source, arguments.jaar, arguments.data, overwrite=arguments.overschrijven)
    print(f"{result.complaints} klachten en {result.disputes} geschillen ingelezen in {result.folder}")
    for decision in result.heuristic_decisions:
        print(f"  beslist: {decision}")
    for missing in result.missing_figures:
        print(f"  niet gevonden in de tekst: {missing}")
    return EXIT_OK


def run_check(arguments: argparse.Namespace) -> int:
    from generator.check_summary import check_summary_lines, years_together_lines
    from generator.dataset.earlier_site import EARLIER_SITE_FILE, earlier_organisation
    from generator.dataset.dataset import load_dataset
    from generator.privacy import PrivacyNotReviewed, review_privacy

    from generator.view.load import organisations_apart
    from generator.view.organisation_filters import same_filter_values

    organisations = organisation_folders(arguments.data) if not arguments.map and arguments.jaar is None and arguments.data.is_dir() else ()
    if arguments.map:
        groups = [("", [year_folder_argument(arguments.map)])]
    elif arguments.jaar is not None:
        groups = [("", [existing_year_folder(arguments.data, arguments.jaar)])]
    elif organisations:
        groups = [(organisation.slug, organisation.year_folders) for organisation in organisations]
    else:
        existing_year_folder(arguments.data, None)
        groups = [("", [layout.year_folder(arguments.data, year) for year in layout.years_in(arguments.data)])]
    unreviewed = []
    # Like the build, check every year before giving up: one run lists every year's errors.
    problems = []
    by_organisation = {}
    for group, (organisation, folders) in enumerate(groups):
        if organisation:
            print(("\n" if group else "") + f"Organisatie {organisation}:")
        datasets = []
        problems_before = len(problems)
        for number, folder in enumerate(folders):
            if number or group:
                print()
            try:
                dataset = load_dataset(folder)
            except DataInvalid as invalid:
                print(f"Controle van {folder}: {counted(len(invalid.problems), 'fout', 'fouten')}, hieronder genoemd.")
                problems += invalid.problems
                continue
            privacy = review_privacy(dataset)
            for line in check_summary_lines(dataset, privacy):
                print(line)
            datasets.append(dataset)
            if privacy.unreviewed:
                unreviewed.append(privacy)
        if len(problems) > problems_before:
            continue  # the years together are checked once each year loads
        try:
            together = years_together_lines(datasets, whole_site=not arguments.map and arguments.jaar is None)
        except DataInvalid as invalid:
            problems += invalid.problems
            continue
        for line in together:
            print(line)
        by_organisation[organisation] = datasets
    if problems:
        raise DataInvalid(problems)
    if not organisations:
        problems = same_filter_values(by_organisation, with_organisation=False)
        if problems:
            raise DataInvalid(problems)
    if organisations:
        problems = organisations_apart(by_organisation)
        try:
            earlier = earlier_organisation(arguments.data, organisations)
        except DataInvalid as error:
            problems += error.problems
        if problems:
            raise DataInvalid(problems)
        print()
        print(f"De {len(organisations)} organisaties samen: elke organisatie heeft haar eigen naam.")
        if earlier:
            print(f"De bestanden van {earlier} blijven ook op de adressen van haar eigen site staan ({EARLIER_SITE_FILE}).")
    if unreviewed:
        raise PrivacyNotReviewed(unreviewed[0])
    return EXIT_OK


def run_build(arguments: argparse.Namespace) -> int:
    from generator.output_guard import check_docs_folder
    from generator.site.generate import generate_docs
    from generator.site.organisation_pages import organisations_title
    from generator.view.load import load_organisations, load_year

    organisations = organisation_folders(arguments.data) if arguments.jaar is None else ()
    folder = None if organisations else existing_year_folder(arguments.data, arguments.jaar)
    check_docs_folder(arguments.docs, arguments.data, project=Path.cwd())
    if arguments.sjablonen is not None:
        existing_folder(arguments.sjablonen, "--sjablonen", "een map met sjablonen (bestanden zoals locatie.md.j2)")
    if arguments.zonder_privacycontrole:
        print("Let op: de privacycontrole is overgeslagen (--zonder-privacycontrole); publiceer deze pagina's niet.", file=sys.stderr)
    if organisations:
        site = load_organisations(organisations, check_privacy=not arguments.zonder_privacycontrole)
        title = organisations_title(site)
    else:
        site = load_year(folder, check_privacy=not arguments.zonder_privacycontrole)
        title = site.report.title
    files, written = generate_docs(site, arguments.docs, arguments.sjablonen)
    print(
        f"{len(files)} bestanden (pagina's en downloads) voor {title} in {arguments.docs}: "
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
    pdf_path = arguments.uit or DEFAULT_BUILD_FOLDER / pdf_name(int(folder.name))
    places = ProtectedPlaces.of(Path.cwd(), arguments.data, Path(DEFAULT_DOCS))
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
    # mkdocs.yml reads these with !ENV (the plugin's data, jaar, pdf and adres).
    settings = {}
    if arguments.data is not None:
        settings[DATA_VARIABLE] = str(arguments.data.resolve())
    if arguments.jaar is not None:
        settings[YEAR_VARIABLE] = str(arguments.jaar)
    # The data folder and year the build will really read, and the one a plain `mkdocs build` reads.
    used = site_data_argument(config, {**os.environ, **settings}, arguments.data, arguments.jaar)
    plain = read_project_settings(config, os.environ)
    # Refused before anything is built; the plugin in the MkDocs process loads the data itself.
    year = used.year if isinstance(used.year, int) else None
    if year is not None or not organisation_folders(used.data_root):
        existing_year_folder(used.data_root, year)
    places = ProtectedPlaces.of(config.parent, used.data_root, used.docs, other_data=(plain.data_root,))
    site_dir = check_site_folder(arguments.uit, places)
    settings[PDF_VARIABLE] = str(not arguments.zonder_pdf and chromium_available()).lower()
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


def run_template(arguments: argparse.Namespace) -> int:
    from generator.dataset.writer import write_atomically
    from generator.output_guard import TEMPLATE_FILE, ProtectedPlaces, check_output_file
    from generator.workbook.new_year import year_template
    from generator.workbook.own_output import is_own_template
    from generator.workbook.template import template_file_name

    data_root = existing_folder(arguments.data, "--data", DATA_ROOT_WANTED)
    path = arguments.uit or DEFAULT_BUILD_FOLDER / template_file_name(arguments.jaar)
    check_output_file(path, ProtectedPlaces.of(Path.cwd(), data_root, Path(DEFAULT_DOCS)), TEMPLATE_FILE, is_own_template)
    workbook, source = year_template(data_root, arguments.jaar)
    write_atomically(path, workbook)
    print(f"Het sjabloon voor {arguments.jaar} staat in {path}; de keuzelijsten komen uit {source}.")
    return EXIT_OK


def run_new_year(arguments: argparse.Namespace) -> int:
    from generator.workbook.new_year import new_year, write_new_year

    made = new_year(existing_folder(arguments.data, "--data", DATA_ROOT_WANTED), arguments.jaar)
    write_new_year(made)
    print(f"De jaarmap {made.folder} is gemaakt, met de woorden uit {made.source}:")
    for name in made.files:
        print(f"  {made.folder / name}")
    print(f"Vul ze in (de uitleg staat in het werkblad Uitleg en bovenin verslag.yaml) en controleer: python -m generator check {made.folder}")
    return EXIT_OK


def run_synth(arguments: argparse.Namespace) -> int:
    from generator.dataset.dataset import load_dataset
    from generator.synth import synthesise, write_year_folder
    from generator.synth.folder import synthetic_locations_path
    from generator.synth.following import following_year

    if arguments.met_bron and arguments.organisaties is None:
        raise ArgumentRefused("--met-bron gaat alleen samen met --organisaties. Oplossing: laat --met-bron weg, of maak een datamap van organisaties met --organisaties 2.")
    if arguments.organisaties is not None:
        return run_synth_organisations(arguments)
    if arguments.volgend_jaar and arguments.met_locaties:
        # The following year keeps most locations of --bron: a locations file of its own would
        # not be that of the site's other years, which share one beside the year folders.
        raise ArgumentRefused("--met-locaties gaat alleen samen met --schaal. Oplossing: laat --met-locaties weg bij --volgend-jaar; het locatiebestand naast de jaarmappen geldt voor elk jaar.")
    source = existing_folder(arguments.bron, "--bron", "een echte jaarmap, bijvoorbeeld --bron data/2024")
    target = new_path(arguments.uit, "--uit")
    given = load_dataset(source)
    year = following_year(given, arguments.seed) if arguments.volgend_jaar else synthesise(given, arguments.schaal, arguments.seed, arguments.met_locaties)
    write_year_folder(year, target)
    print(f"{year.complaints} klachten over {year.locations} locaties en {year.disputes} geschillen geschreven naar {target}")
    if year.locations_file is not None:
        print(f"De {year.locations} locaties (verzonnen plaats, soort opvang, LRK-nummer en kindplaatsen) geschreven naar {synthetic_locations_path(target)}")
    return EXIT_OK


def run_synth_organisations(arguments: argparse.Namespace) -> int:
    from generator.dataset.dataset import load_dataset
    from generator.output_guard import ProtectedPlaces, check_new_data_folder
    from generator.synth.organisations import organisations_folder

    source = existing_folder(arguments.bron, "--bron", "een echte jaarmap, bijvoorbeeld --bron data/2024")
    # Synthetic data may one day be mistaken for real: never in a data folder a site is built from.
    places = ProtectedPlaces.of(Path.cwd(), Path(DEFAULT_DATA), Path(DEFAULT_DOCS), other_data=(source.resolve().parent,))
    target = check_new_data_folder(arguments.uit, places)
    made = organisations_folder(load_dataset(source), arguments.organisaties, arguments.seed, target, with_source=arguments.met_bron)
    print(f"{len(made.organisations)} organisaties geschreven naar {arguments.uit}:")
    for organisation in made.organisations:
        print(f"  {organisation.slug}: {organisation.name}, {organisation.complaints} klachten over {organisation.locations} locaties ({organisation.shape_said})")
    municipality, place = made.shared_place
    print(f"Elke synthetische organisatie heeft een locatie in {place} (gemeente {municipality}), in haar locaties.csv, en een locatie met de naam {made.shared_name}.")
    return EXIT_OK


def command() -> int:
    """The command line's entry (python -m generator, klachtenjaarverslag): the process ends when it returns."""
    return main(exiting=True)


def main(argv: list[str] | None = None, exiting: bool = False) -> int:
    """`exiting`: the process ends when this returns (python -m generator)."""
    try:
        arguments = make_parser().parse_args(argv)
    except SystemExit as exit:
        # --help (0) or a wrong argument (2, the message is printed already)
        return exit.code if isinstance(exit.code, int) else EXIT_USAGE
    with stop_cleanly_on_signals(then_ignore=exiting):
        try:
            return arguments.run(arguments)
        except KeyboardInterrupt as interrupt:
            end_child_processes()
            known = interrupt if isinstance(interrupt, Interrupted) else None
            print(known.message if known is not None and known.message else INTERRUPTED, file=sys.stderr)
            return known.exit_code if known is not None else EXIT_INTERRUPTED
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
    if isinstance(error, (ImportFailed, ImportProblem)):
        for problem in error.problems if isinstance(error, ImportFailed) else [error]:
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
    print(f"fout: {PROGRAM_FAULT}", file=sys.stderr)
    return EXIT_BUG
