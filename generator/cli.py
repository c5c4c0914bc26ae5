"""The command line: `python -m generator <command>`. Library errors become messages and exit codes here."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from generator.errors import GeneratorError, ImportFailed, ImportProblem

EXIT_OK = 0
EXIT_DATA_ERROR = 1
EXIT_USAGE = 2
DEFAULT_DATA_ROOT = Path("data")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m generator", description="Klachtenjaarverslag als website.")
    commands = parser.add_subparsers(dest="command", required=True)
    importer = commands.add_parser("import", help="lees de tekst van een gepubliceerd klachtenjaarverslag in")
    importer.add_argument("verslag", type=Path, help="tekstversie van het verslag (pdftotext)")
    importer.add_argument("--jaar", type=int, required=True, help="het jaar waarover het verslag gaat")
    importer.add_argument("--data", type=Path, default=DEFAULT_DATA_ROOT, help="map met de jaar-mappen (standaard: data)")
    importer.set_defaults(run=run_import)
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


def main(argv: list[str] | None = None) -> int:
    arguments = build_parser().parse_args(argv)
    try:
        return arguments.run(arguments)
    except ImportFailed as failure:
        for problem in failure.problems:
            print(f"fout: {problem}", file=sys.stderr)
        return EXIT_DATA_ERROR
    except (ImportProblem, GeneratorError) as error:
        print(f"fout: {error}", file=sys.stderr)
        return EXIT_DATA_ERROR
