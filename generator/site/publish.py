"""`site`: publish the whole website: build it into a fresh folder and put it in place only
when it succeeded.

MkDocs cleans its output folder first and writes into it as it goes, so a failing build would
leave half a site. Here MkDocs builds into a new folder beside the old one (the plugin writes the
pages, the search index and the PDF in that one MkDocs process, from one load of the data); the
old site is replaced by renames only after the build, the search index, the PDF and the strict
checks all passed.
"""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from generator.write_lock import SITE_WRITER, exclusive_writer
from generator.errors import DEBUG_VARIABLE, PROGRAM_FAULT, GeneratorError
from generator.progress import QUIET, Progress, is_progress_line
from generator.interrupt import Interrupted
from generator.site.staging import clear_leftovers, new_staging_folder, remove_previous_site, remove_staging_folder, swap_into_place


class SiteBuildFailed(GeneratorError):
    """MkDocs did not finish; the previous site is still in place."""


@dataclass(frozen=True)
class PublishedSite:
    folder: Path
    files: int


def publish_site(config_file: Path, site_dir: Path, settings: dict[str, str] | None = None, progress: Progress = QUIET) -> PublishedSite:
    """`settings`: environment variables for the plugin's settings in mkdocs.yml (KLACHTEN_PDF,
    ...). When MkDocs or the plugin fails, or the build is interrupted, the previous site stays.
    The caller checks that site_dir may be replaced (generator/output_guard.py)."""
    site_dir = site_dir.resolve()
    site_dir.parent.mkdir(parents=True, exist_ok=True)
    with exclusive_writer(config_file, SITE_WRITER):
        clear_leftovers(site_dir)
        staging = new_staging_folder(site_dir)
        interrupted: Interrupted | None = None
        try:
            _run_mkdocs(config_file, staging, site_dir, settings or {}, progress)
            staging.chmod(0o755)
            swap_into_place(staging, site_dir)
        except Interrupted as interrupt:
            if staging.exists():  # not swapped: the previous site stays
                raise
            # A signal during the renames is held until they are done: the new site is in place.
            interrupted = interrupt
        finally:
            remove_staging_folder(staging)
        try:
            remove_previous_site(site_dir)
        except Interrupted as interrupt:
            interrupted = interrupt
        if interrupted is not None:
            raise interrupted.with_message(
                f"Onderbroken, maar de nieuwe site was al klaar: hij staat in {site_dir} en de vorige site is weggehaald; "
                "er is niets half achtergelaten."
            ) from None
    return PublishedSite(site_dir, sum(1 for path in site_dir.rglob("*") if path.is_file()))


def _run_mkdocs(config_file: Path, staging: Path, site_dir: Path, settings: dict[str, str], progress: Progress) -> None:
    environment = {**os.environ, "NO_MKDOCS_2_WARNING": "1", **settings}
    command = [sys.executable, "-m", "mkdocs", "build", "--strict", "--config-file", str(config_file), "--site-dir", str(staging)]
    returncode, output = _run_showing_progress(command, environment, progress)
    if returncode != 0:
        raise SiteBuildFailed(f"de site is niet gebouwd; {_what_stayed(site_dir)}.\n{_errors(output)}")


def _what_stayed(site_dir: Path) -> str:
    # A first build has no previous site to keep: saying it was kept would send a user looking for one.
    if site_dir.exists():
        return f"de vorige site in {site_dir} is niet veranderd"
    return f"er is niets in {site_dir} gezet"


MKDOCS_INFO = "INFO    -  "


def _run_showing_progress(command: list[str], environment: dict[str, str], progress: Progress) -> tuple[int, str]:
    """Run MkDocs, pass on the plugin's progress lines as they come, and keep everything MkDocs
    says (it logs to stderr, and prints the message that stops a build on stdout) for the report
    of an error."""
    said = []
    with subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=environment) as mkdocs:
        for line in mkdocs.stdout:
            said.append(line)
            message = line.removeprefix(MKDOCS_INFO).rstrip("\n")
            if line.startswith(MKDOCS_INFO) and is_progress_line(message):
                progress.emit(message)
    return mkdocs.returncode, "".join(said)


def _errors(output: str) -> str:
    """MkDocs' report from the first error or warning on: what went wrong, with every line of it.
    Without one, the message that stopped the build: MkDocs prints it last, after an empty line."""
    lines = _without_tracebacks(output.strip().splitlines())
    last_empty = max((index for index, line in enumerate(lines) if not line.strip()), default=max(len(lines) - 6, -1))
    first = next((index for index, line in enumerate(lines) if line.startswith(("ERROR", "WARNING"))), last_empty + 1)
    return "\n".join(line for line in lines[first:] if not line.startswith("INFO") and line.strip())


def _without_tracebacks(lines: list[str]) -> list[str]:
    """A fault in a plugin makes MkDocs print a Python traceback; the user gets one Dutch line
    instead (the details with KLACHTEN_DEBUG=1, which keeps the lines)."""
    if os.environ.get(DEBUG_VARIABLE):
        return lines
    kept: list[str] = []
    in_traceback = False
    for line in lines:
        if line.startswith("Traceback (most recent call last)"):
            in_traceback = True
            kept.append(PROGRAM_FAULT[:1].upper() + PROGRAM_FAULT[1:])
        elif in_traceback and (line.startswith((" ", "\t")) or not line.strip()):
            continue
        elif in_traceback:
            in_traceback = False  # the line naming the exception ends the traceback
        else:
            kept.append(line)
    return kept
