"""The Content-Security-Policy: the browser runs only the site's own files and the theme's own
inline scripts, and asks no other host for anything.

An inline script is allowed by the hash of its exact text. Only the theme's own inline scripts
get one (the plugin renders them and passes them in as `trusted`): were a value from the data
ever to slip through the escaping as a <script>, it would get no hash and the browser would not
run it. Material writes its scope script with the page's depth in it ("..", "../.."), so a page's
hashes are found after the page is rendered."""

from __future__ import annotations

import base64
import hashlib
import re
from collections.abc import Iterable

# A <script> element without src whose type a browser runs: these need a hash. A JSON data block
# (Material's <script id="__config" type="application/json">) is never run.
SCRIPT_ELEMENT = re.compile(r"<script\b(?P<attributes>[^>]*)>(?P<source>.*?)</script\s*>", re.DOTALL | re.IGNORECASE)
SCRIPT_TYPE = re.compile(r"""\btype\s*=\s*["']?(?P<type>[^"'\s>]*)""", re.IGNORECASE)
SOURCE_ATTRIBUTE = re.compile(r"\bsrc\s*=", re.IGNORECASE)
RUNNABLE_TYPES = ("", "text/javascript", "application/javascript", "module")
CHARSET_META = re.compile(r"<meta\s+charset=[\"']?utf-8[\"']?\s*/?>", re.IGNORECASE)
HEAD_START = re.compile(r"<head\b[^>]*>", re.IGNORECASE)
# What the site needs, and nothing else:
# - scripts and styles from the site itself; inline scripts only by hash (added per page);
# - images from the site and data: (Material's icons are SVG data addresses in its CSS);
# - fetch/XHR (search indexes, the selection download's data) and the header search's worker
#   from the site itself; no frames, plug-ins, fonts from elsewhere, or forms to another host.
DIRECTIVES: tuple[tuple[str, str], ...] = (
    ("default-src", "'none'"),
    ("script-src", "'self'"),
    ("style-src", "'self'"),
    ("img-src", "'self' data:"),
    ("font-src", "'self'"),
    ("connect-src", "'self'"),
    ("worker-src", "'self'"),
    ("base-uri", "'self'"),
    ("form-action", "'self'"),
)
# Only in a header: a browser ignores frame-ancestors in a <meta> element.
HEADER_ONLY_DIRECTIVES: tuple[tuple[str, str], ...] = (("frame-ancestors", "'none'"),)
REFERRER_POLICY = "no-referrer"


class NoHead(ValueError):
    """A page without a <head>: there is no place for the policy."""


def inline_scripts(html: str) -> list[str]:
    """The text of every inline script in the page that a browser would run."""
    scripts = []
    for match in SCRIPT_ELEMENT.finditer(html):
        attributes = match.group("attributes")
        if SOURCE_ATTRIBUTE.search(attributes):
            continue
        script_type = SCRIPT_TYPE.search(attributes)
        if (script_type.group("type").lower() if script_type else "") in RUNNABLE_TYPES:
            scripts.append(match.group("source"))
    return scripts


def script_hash(source: str) -> str:
    """A CSP hash source for a script's exact text: 'sha256-<base64>'."""
    digest = hashlib.sha256(source.encode("utf-8")).digest()
    return f"'sha256-{base64.b64encode(digest).decode('ascii')}'"


def trusted_script_hashes(html: str, trusted: Iterable[str]) -> tuple[str, ...]:
    """The hashes of the page's inline scripts that are one of the trusted scripts (in the order
    they come, each once). Any other inline script gets none, so it does not run."""
    allowed = set(trusted)
    hashes = dict.fromkeys(script_hash(source) for source in inline_scripts(html) if source in allowed)
    return tuple(hashes)


def content_security_policy(script_hashes: Iterable[str], *, header: bool = False) -> str:
    """The policy for a page's <meta> (header=False) or for the HTTP header of every file."""
    directives = DIRECTIVES + (HEADER_ONLY_DIRECTIVES if header else ())
    hashes = " ".join(sorted(set(script_hashes)))
    return "; ".join(f"{name} {sources} {hashes}" if name == "script-src" and hashes else f"{name} {sources}" for name, sources in directives)


def with_policy(html: str, policy: str) -> str:
    """The page with the policy and the referrer policy as <meta> elements at the top of its
    <head>, before anything they govern. `policy` holds no double quote (sources and hashes)."""
    assert '"' not in policy and "<" not in policy, policy
    tags = f'<meta http-equiv="Content-Security-Policy" content="{policy}"><meta name="referrer" content="{REFERRER_POLICY}">'
    anchor = CHARSET_META.search(html) or HEAD_START.search(html)
    if anchor is None:
        raise NoHead("de pagina heeft geen <head>")
    return html[: anchor.end()] + tags + html[anchor.end() :]
