"""The hosting file `_headers` (the format of Netlify and Cloudflare Pages): the security headers
for every file, and how long a browser may keep each file.

Files whose name changes when their content does (Material's `bundle.<hash>.min.js`) may be kept
a year; everything else (the pages, the data, our own scripts, the index of Zoeken en filteren)
only a few minutes, so that next year's site is seen at once.

When several rules match a path, Cloudflare Pages joins the values of a header they share and
Netlify takes the most specific one; so the cache rules never overlap (a folder of one kind gets
one rule, a mixed folder a rule per file) and the rule for every path ("/*") carries only the
security headers."""

from __future__ import annotations

import posixpath
import re
from collections.abc import Iterable
from dataclasses import dataclass, field

HEADERS_FILE = "_headers"
LONG_CACHE = "public, max-age=31536000, immutable"
SHORT_CACHE = "public, max-age=300, must-revalidate"
# Features the site never uses, switched off (only names that Chromium, Firefox and Safari know:
# an unknown name makes Chromium log an error).
PERMISSIONS_POLICY = "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()"
# Material's `bundle.a5f9d56c.min.js` (and its .map); a precompressed copy counts as its original.
FINGERPRINTED = re.compile(r"\.[0-9a-f]{8}\.min\.(js|css)(\.map)?$")
COMPRESSED_COPY = (".gz", ".br")


def security_headers(policy: str) -> tuple[tuple[str, str], ...]:
    return (
        ("Content-Security-Policy", policy),
        ("Referrer-Policy", "no-referrer"),
        ("X-Content-Type-Options", "nosniff"),
        ("Permissions-Policy", PERMISSIONS_POLICY),
    )


def original_name(path: str) -> str:
    for suffix in COMPRESSED_COPY:
        if path.endswith(suffix):
            return path[: -len(suffix)]
    return path


def cache_control(path: str) -> str:
    return LONG_CACHE if FINGERPRINTED.search(original_name(path)) else SHORT_CACHE


@dataclass
class _Folder:
    files: list[str] = field(default_factory=list)
    folders: dict[str, _Folder] = field(default_factory=dict)

    def all_files(self) -> Iterable[str]:
        yield from self.files
        for folder in self.folders.values():
            yield from folder.all_files()


def cache_rules(paths: Iterable[str]) -> list[tuple[str, str]]:
    """(address pattern, Cache-Control) covering every path of the site once. `paths` are the
    site's files relative to its root, in POSIX form."""
    root = _Folder()
    for path in sorted(paths):
        *folders, name = path.split("/")
        node = root
        for folder in folders:
            node = node.folders.setdefault(folder, _Folder())
        node.files.append(path)
    return _rules(root, "")


def _rules(folder: _Folder, prefix: str) -> list[tuple[str, str]]:
    kinds = {cache_control(path) for path in folder.all_files()}
    if prefix and len(kinds) == 1:
        return [(f"/{prefix}/*", kinds.pop())]
    rules = []
    for path in folder.files:
        rules.append((f"/{path}", cache_control(path)))
        if posixpath.basename(path) == "index.html":
            rules.append(("/" + posixpath.dirname(path) + ("/" if posixpath.dirname(path) else ""), cache_control(path)))
    for name, subfolder in sorted(folder.folders.items()):
        rules += _rules(subfolder, f"{prefix}/{name}" if prefix else name)
    return rules


def headers_file(policy: str, paths: Iterable[str]) -> str:
    """The text of `_headers` for a site with these files."""
    lines = [
        "# Gemaakt door klachtenjaarverslag bij het bouwen van de site; wordt elke keer opnieuw geschreven.",
        "# Voor Netlify en Cloudflare Pages. Uitleg: PUBLICEREN.md in de repository van het programma.",
        "/*",
        *(f"  {name}: {value}" for name, value in security_headers(policy)),
    ]
    for pattern, cache in cache_rules(paths):
        lines += ["", pattern, f"  Cache-Control: {cache}"]
    return "\n".join(lines) + "\n"


def site_files(paths: Iterable[str]) -> list[str]:
    """The paths a visitor can ask for: not the hosting file itself, not hidden files (the site's
    marker .klachtenjaarverslag-site)."""
    return [path for path in paths if path != HEADERS_FILE and not any(part.startswith(".") for part in path.split("/"))]
