"""The templates compiled once, kept on disk for the next build (Jinja's bytecode cache).

Compiling the page templates took half a second of every build of the 2024 site, as long as
rendering all its pages. Jinja keys a compiled template by its file and checks the checksum of
its source, so a changed template (also one of a user's folder) is compiled again.

The theme's templates are kept the same way (the plugin gives MkDocs' environment this cache):
MkDocs compiles them anew for every build too.

The folder is the user's own cache ($XDG_CACHE_HOME, or ~/.cache), one per Jinja version and
per set of the settings that shape compiled code (extensions, delimiters, autoescape and the
like): the pages' environment and the theme's never share compiled templates. What is in it
is run as code, so it is used only when it is a folder of this user that nobody else may write
in; otherwise, or when it cannot be read or written, a build compiles as before. A cache never
stops a build.
"""

from __future__ import annotations

import hashlib
import os
import stat
from pathlib import Path

import jinja2
from jinja2.bccache import Bucket

CACHE_FOLDER = "klachtenjaarverslag"


def bytecode_cache(environment: jinja2.Environment) -> jinja2.BytecodeCache | None:
    """The cache of the templates `environment` compiles, or None where there is no safe folder for it.
    None too when autoescape is a function: what it decides for a template is compiled in."""
    if callable(environment.autoescape):
        return None
    try:
        root = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
        folder = root / CACHE_FOLDER / f"jinja-{jinja2.__version__}-{compile_settings(environment)}"
        folder.mkdir(mode=stat.S_IRWXU, parents=True, exist_ok=True)
        status = folder.lstat()
    except (OSError, RuntimeError):  # RuntimeError: no home folder
        return None
    return KeptTemplates(str(folder)) if _only_ours(status) else None


def compile_settings(environment: jinja2.Environment) -> str:
    """A short digest of what, besides a template's source, shapes the code Jinja makes of it."""
    settings = (
        sorted(environment.extensions),
        environment.block_start_string, environment.block_end_string,
        environment.variable_start_string, environment.variable_end_string,
        environment.comment_start_string, environment.comment_end_string,
        environment.line_statement_prefix, environment.line_comment_prefix,
        environment.trim_blocks, environment.lstrip_blocks, environment.newline_sequence,
        environment.keep_trailing_newline, environment.optimized, environment.is_async,
        environment.autoescape, environment.finalize is not None, getattr(environment.finalize, "jinja_pass_arg", None),
    )
    return hashlib.sha256(repr(settings).encode("utf-8")).hexdigest()[:12]


def _only_ours(status: os.stat_result) -> bool:
    if not stat.S_ISDIR(status.st_mode) or status.st_mode & (stat.S_IWGRP | stat.S_IWOTH):
        return False
    return not hasattr(os, "getuid") or status.st_uid == os.getuid()


class KeptTemplates(jinja2.FileSystemBytecodeCache):
    """Jinja's cache on disk, that compiles again rather than fail: a file that cannot be read,
    is cut short or cannot be written is as if it were not there."""

    def load_bytecode(self, bucket: Bucket) -> None:
        try:
            super().load_bytecode(bucket)
        except Exception:  # noqa: BLE001 - a damaged file (its checksum is a pickle) can fail in any way
            bucket.reset()

    def dump_bytecode(self, bucket: Bucket) -> None:
        try:
            super().dump_bytecode(bucket)
        except OSError:
            pass
