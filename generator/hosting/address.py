"""The site's public address: what a search engine, a shared link and the sitemap use (MkDocs
reads it as site_url). It comes from a person (the plugin's `adres` in mkdocs.yml, which reads
KLACHTEN_ADRES, set by `site --adres`; or MkDocs' own site_url) and lands in every page, the
sitemap and robots.txt, so only a plain web address passes."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from generator.errors import GeneratorError

ADDRESS_VARIABLE = "KLACHTEN_ADRES"
EXAMPLE = "https://klachten.voorbeeld.nl/"
# Characters that have no place in an address as a person types it (space, quotes, angle
# brackets, backslash, control characters): each would need escaping in a page, a header or XML.
UNSAFE_CHARACTERS = re.compile(r"[\s\"'<>\\`{}|^\x00-\x1f\x7f]")
MAX_SHOWN = 80


class AddressRefused(GeneratorError):
    """The public address is not a plain http(s) address."""


def public_address(text: str) -> str:
    """The address as the site uses it: with a "/" at the end. Raises AddressRefused with what is
    wrong and an example otherwise."""
    problem = _problem(text)
    if problem:
        raise AddressRefused(f"het adres van de site '{_shown(text)}' {problem}. Oplossing: geef het volledige adres, zoals {EXAMPLE}")
    return text if text.endswith("/") else text + "/"


def configured_address(site_url: str | None, setting: str | None, setting_name: str, given: str | None) -> str | None:
    """The address a build uses: the plugin's setting (`setting`, checked already; `setting_name`
    says where it is in mkdocs.yml) or MkDocs' own site_url, checked here; where both hold one,
    it must be the same. `given` is what `site --adres` or the person put in KLACHTEN_ADRES:
    mkdocs.yml must read it (adres: !ENV [KLACHTEN_ADRES, null]), or the site would be built for
    another address than the one asked for."""
    try:
        from_site_url = public_address(site_url) if site_url else None
    except AddressRefused as error:
        raise AddressRefused(f"site_url in mkdocs.yml: {error}") from None
    if setting and from_site_url and setting != from_site_url:
        raise AddressRefused(
            f"site_url ({from_site_url}) en {setting_name} ({setting}) in mkdocs.yml zijn twee verschillende adressen. "
            f"Oplossing: zet het adres alleen bij {setting_name} en haal site_url weg"
        )
    address = setting or from_site_url
    if given and _given_address(given) != address:
        raise AddressRefused(
            f"het adres {_shown(given)} uit {ADDRESS_VARIABLE} (of --adres) wordt niet gebruikt. "
            f"Oplossing: zet in mkdocs.yml {setting_name}: !ENV [{ADDRESS_VARIABLE}, null]"
        )
    return address


def _given_address(given: str) -> str:
    try:
        return public_address(given)
    except AddressRefused as error:
        raise AddressRefused(f"{ADDRESS_VARIABLE}: {error}") from None


def is_own_preview_address(site_url: str | None, host: str, port: int) -> bool:
    """Whether site_url is the address of `mkdocs serve` on host:port (it sets site_url to that)."""
    address = urlsplit(site_url or "")
    return address.scheme == "http" and address.hostname == host.strip("[]") and address.port == port


def _problem(text: str) -> str | None:
    if UNSAFE_CHARACTERS.search(text):
        return "bevat een spatie, aanhalingsteken of ander teken dat niet in een webadres hoort"
    if not text.isascii():
        return "bevat letters met accenten of andere tekens buiten ASCII; schrijf een domeinnaam met zulke tekens in de xn--vorm"
    try:
        parts = urlsplit(text)
        port = parts.port
    except ValueError:
        return "is geen geldig webadres (kijk naar het poortnummer achter de dubbele punt)"
    if parts.scheme not in ("http", "https"):
        return "begint niet met https:// of http://"
    if not parts.hostname:
        return "heeft geen domeinnaam"
    if parts.username is not None or parts.password is not None:
        return "bevat een gebruikersnaam of wachtwoord (iets met @); dat hoort niet in een openbaar adres"
    if parts.query or text.rstrip("/").endswith("?"):
        return "bevat een vraagteken met iets erachter; het adres van een site heeft dat niet"
    if parts.fragment or "#" in text:
        return "bevat een #; het adres van een site heeft dat niet"
    if port == 0:
        return "heeft poort 0"
    return None


def _shown(text: str) -> str:
    """The address as typed, with invisible characters made visible and cut to a readable length."""
    visible = "".join(character if character.isprintable() else f"\\u{ord(character):04x}" for character in text)
    return visible if len(visible) <= MAX_SHOWN else visible[:MAX_SHOWN] + "…"
