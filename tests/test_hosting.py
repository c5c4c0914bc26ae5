"""The pure parts of hosting (generator/hosting/): the public address, the Content-Security-Policy
and which inline scripts it lets run, the cache rules of `_headers`, the precompressed copies, the
sharing texts and picture. The built site is checked in tests/test_hosting_site.py."""

from __future__ import annotations

import gzip
import io
from pathlib import Path

import brotli
import pytest
from PIL import Image

from generator.hosting.address import AddressRefused, configured_address, public_address
from generator.hosting.compress import MIN_SIZE, CompressedAhead, compress_site
from generator.hosting.csp import NoHead, content_security_policy, inline_scripts, script_hash, trusted_script_hashes, with_policy
from generator.hosting.descriptions import location_description
from generator.hosting.headers import LONG_CACHE, SHORT_CACHE, cache_rules, headers_file, site_files
from generator.hosting.preview_image import HEIGHT, WIDTH, PreviewText, preview_png, wrap
from generator.hosting.publication import write_hosting_files
from generator.hosting.robots import robots_txt
from generator.view.model import Judgement, JudgementCounts, Location
from hosting_server import Rule, headers_for, read_rules

THEME_SCRIPT = '__md_scope=new URL("../..",location)'


@pytest.mark.parametrize(
    "typed, used",
    [
        ("https://klachten.voorbeeld.nl", "https://klachten.voorbeeld.nl/"),
        ("https://klachten.voorbeeld.nl/", "https://klachten.voorbeeld.nl/"),
        ("https://organisatie.github.io/klachten/", "https://organisatie.github.io/klachten/"),
        ("http://127.0.0.1:8000/sub", "http://127.0.0.1:8000/sub/"),
    ],
)
def test_a_plain_address_is_used_with_a_slash_at_the_end(typed: str, used: str) -> None:
    assert public_address(typed) == used


@pytest.mark.parametrize("typed", ["javascript:alert(1)", "//klachten.nl/", "https://a@klachten.nl/", "https://klachten.nl/x?", "https://klachten.nl/'", "https://klachten.nl/\n"])
def test_anything_but_a_plain_address_is_refused(typed: str) -> None:
    with pytest.raises(AddressRefused, match="Oplossing: geef het volledige adres"):
        public_address(typed)


def test_only_scripts_a_browser_runs_count_as_inline_scripts() -> None:
    html = (
        '<script>one()</script><script src="a.js"></script><script type="application/json">{"a": 1}</script>'
        '<script type="module">two()</script><SCRIPT type="text/javascript">three()</SCRIPT >'
    )
    assert inline_scripts(html) == ["one()", "two()", "three()"]


def test_only_the_themes_inline_scripts_get_a_hash() -> None:
    """A script that came in any other way (say a slip in the escaping) gets none: it does not run."""
    page = f"<head><script>{THEME_SCRIPT}</script></head><body><p>x</p><script>alert(document.cookie)</script></body>"
    assert trusted_script_hashes(page, [THEME_SCRIPT]) == (script_hash(THEME_SCRIPT),)
    assert trusted_script_hashes(page, []) == ()


def test_a_hash_is_the_base64_sha256_of_the_exact_text() -> None:
    # The value a browser computes: echo -n 'alert(1)' | openssl sha256 -binary | base64
    assert script_hash("alert(1)") == "'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='"


def test_the_policy_allows_only_the_site_itself_and_the_hashes() -> None:
    policy = content_security_policy(["'sha256-b'", "'sha256-a'", "'sha256-a'"])
    assert policy == (
        "default-src 'none'; script-src 'self' 'sha256-a' 'sha256-b'; style-src 'self'; img-src 'self' data:; "
        "font-src 'self'; connect-src 'self'; worker-src 'self'; base-uri 'self'; form-action 'self'"
    )
    assert "unsafe" not in policy and "http" not in policy
    assert content_security_policy([], header=True).endswith("; frame-ancestors 'none'")


def test_the_policy_comes_first_in_the_head() -> None:
    page = '<html><head><meta charset="utf-8"><title>t</title><script>x()</script></head></html>'
    result = with_policy(page, "default-src 'none'")
    assert result.index('http-equiv="Content-Security-Policy" content="default-src \'none\'"') < result.index("<title>")
    assert '<meta name="referrer" content="no-referrer">' in result
    with pytest.raises(NoHead):
        with_policy("<p>geen kop</p>", "default-src 'none'")


SITE = [
    "index.html", "404.html", "sitemap.xml", "sitemap.xml.gz", "robots.txt", "_headers", ".klachtenjaarverslag-site",
    "assets/klachten.css", "assets/javascripts/bundle.a5f9d56c.min.js", "assets/javascripts/bundle.a5f9d56c.min.js.gz",
    "assets/javascripts/zoekindex-bij-zoeken.js", "assets/stylesheets/main.57a0d79d.min.css",
    "locaties/index.html", "locaties/de-klaver/index.html", "locaties/de-klaver.csv",
    "zoekindex/klachten.json", "zoekindex/klacht/0/1.json", "zoekindex/woorden/6c75.json",
]


def test_cache_rules_cover_every_file_once_long_only_for_names_that_change_with_their_content() -> None:
    paths = site_files(SITE)
    assert "_headers" not in paths and ".klachtenjaarverslag-site" not in paths
    rules = [Rule(pattern, (("Cache-Control", cache),)) for pattern, cache in cache_rules(paths)]
    caches = {path: [value for _, value in headers_for(rules, "/" + path)] for path in paths}
    assert all(len(values) == 1 for values in caches.values()), caches
    long = sorted(path for path, values in caches.items() if values == [LONG_CACHE])
    assert long == [
        "assets/javascripts/bundle.a5f9d56c.min.js", "assets/javascripts/bundle.a5f9d56c.min.js.gz", "assets/stylesheets/main.57a0d79d.min.css",
    ]
    assert [value for _, value in headers_for(rules, "/")] == [SHORT_CACHE]
    assert [value for _, value in headers_for(rules, "/locaties/")] == [SHORT_CACHE]


def test_the_headers_file_reads_back_with_the_security_headers_for_every_path() -> None:
    rules = read_rules(headers_file("default-src 'none'", site_files(SITE)))
    headers = dict(headers_for(rules, "/locaties/de-klaver/"))
    assert headers == {
        "Content-Security-Policy": "default-src 'none'",
        "Referrer-Policy": "no-referrer",
        "X-Content-Type-Options": "nosniff",
        "Permissions-Policy": "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()",
        "Cache-Control": SHORT_CACHE,
    }


def test_large_text_files_get_gz_and_br_copies_with_the_same_bytes_every_time(tmp_path: Path) -> None:
    big = ("<p>Klacht over de opvang.</p>\n" * 2000).encode()
    assert len(big) >= MIN_SIZE
    (tmp_path / "groot.html").write_bytes(big)
    (tmp_path / "klein.html").write_bytes(b"<p>kort</p>")
    (tmp_path / "plaatje.png").write_bytes(big)  # not text
    (tmp_path / "kaart.js.map").write_bytes(big)  # only for a developer's tools
    (tmp_path / "sitemap.xml").write_bytes(big)
    (tmp_path / "sitemap.xml.gz").write_bytes(b"MkDocs' own")
    result = compress_site(tmp_path)
    assert sorted(path.name for path in tmp_path.iterdir()) == [
        "groot.html", "groot.html.br", "groot.html.gz", "kaart.js.map", "klein.html", "plaatje.png", "sitemap.xml", "sitemap.xml.gz",
    ]
    copy = (tmp_path / "groot.html.gz").read_bytes()
    assert gzip.decompress(copy) == big and brotli.decompress((tmp_path / "groot.html.br").read_bytes()) == big
    # No name and no time in the gzip header (RFC 1952: flags byte 3, time bytes 4-7).
    assert copy[3] == 0 and copy[4:8] == b"\0\0\0\0"
    assert (result.files, result.original_bytes, result.gzip_bytes) == (1, len(big), len(copy))
    (tmp_path / "groot.html.gz").unlink()
    compress_site(tmp_path)
    assert (tmp_path / "groot.html.gz").read_bytes() == copy


def test_copies_made_ahead_are_used_only_for_a_file_with_the_same_bytes(tmp_path: Path) -> None:
    page = "<p>Klacht over de opvang: één keer te laat.</p>\n" * 1000
    static = ("body { color: black; }\n" * 2000).encode()
    source = tmp_path / "bron" / "stijl.css"
    source.parent.mkdir()
    source.write_bytes(static)
    ahead = CompressedAhead()
    ahead.add_page(page)
    ahead.add_file(source)
    ahead.add_page("<p>kort</p>")  # too small to be compressed
    ahead.add_file(tmp_path / "bron" / "weg.css")  # gone: the site's own file is read at the end
    ready = ahead.ready()
    assert len(ready) == 2
    made_ahead = tmp_path / "vooraf"
    made_here = tmp_path / "hier"
    for site in (made_ahead, made_here):
        site.mkdir()
        (site / "pagina.html").write_bytes(page.encode())
        (site / "stijl.css").write_bytes(static)
        (site / "anders.css").write_bytes(static + b"/* anders */\n")
    compress_site(made_ahead, ready=ready)
    compress_site(made_here)
    names = sorted(path.name for path in made_here.iterdir())
    assert names == sorted(path.name for path in made_ahead.iterdir())
    assert all((made_ahead / name).read_bytes() == (made_here / name).read_bytes() for name in names)
    # A copy is taken by the hash of the bytes it is of, never by the file's name.
    marked = {key: (b"vooraf gemaakt", brotli_copy) for key, (_, brotli_copy) in ready.items()}
    (made_here / "pagina.html.gz").unlink()
    (made_here / "anders.css.gz").unlink()
    compress_site(made_here, ready=marked)
    assert (made_here / "pagina.html.gz").read_bytes() == b"vooraf gemaakt"
    assert gzip.decompress((made_here / "anders.css.gz").read_bytes()) == static + b"/* anders */\n"


def test_robots_txt_names_the_sitemap_only_with_an_address() -> None:
    assert robots_txt("https://klachten.voorbeeld.nl/") == "User-agent: *\nAllow: /\nSitemap: https://klachten.voorbeeld.nl/sitemap.xml\n"
    assert robots_txt(None) == "User-agent: *\nAllow: /\n"


def test_a_location_is_described_by_its_own_figures() -> None:
    judgements = (Judgement("Ja", ""), Judgement("Deels", ""), Judgement("Nee", ""), Judgement("", ""))
    counts = JudgementCounts.of(judgements, ["Ja", "Nee", "Nee"])
    location = Location("Boerderij Geessinkweg", "Partou", "Partou", "boerderij-geessinkweg", (object(),) * 3, (), counts)
    assert location_description(location, 2024) == (
        "3 klachten in 2024 over Boerderij Geessinkweg (Partou). Gegrond? Ja: 1, deels: 0, nee: 2. Wat de klacht was en wat er is gedaan."
    )
    without_judgements = Location("De Klaver", "", "Geen label", "de-klaver", (object(),) * 2, (), JudgementCounts.of((), ["", ""]))
    assert location_description(without_judgements, 2024) == "2 klachten in 2024 over De Klaver. Wat de klacht was en wat er is gedaan."


def test_the_sharing_picture_is_the_same_png_for_the_same_texts() -> None:
    text = PreviewText("Klachtenjaarverslag Voorbeeld 2024", "8 klachten", "bij 7 locaties: 3 gegrond.", "Per locatie wat er is gedaan.")
    picture = preview_png(text)
    assert picture == preview_png(text)
    assert Image.open(io.BytesIO(picture)).size == (WIDTH, HEIGHT)
    assert picture != preview_png(PreviewText(text.heading, "9 klachten", text.detail, text.footer))


def test_text_too_long_for_the_picture_ends_in_an_ellipsis() -> None:
    assert wrap("een twee drie vier vijf", len, 9, 2) == ["een twee", "drie vie…"]
    assert wrap("Kinderopvangorganisatie", len, 10, 1) == ["Kinderopv…"]


SETTING = "plugins.klachtenjaarverslag.adres"


def test_the_address_comes_from_the_plugins_setting_or_site_url_and_both_must_agree() -> None:
    assert configured_address(None, None, SETTING, None) is None
    assert configured_address("https://klachten.voorbeeld.nl", None, SETTING, None) == "https://klachten.voorbeeld.nl/"
    assert configured_address(None, "https://klachten.voorbeeld.nl/", SETTING, None) == "https://klachten.voorbeeld.nl/"
    assert configured_address("https://klachten.voorbeeld.nl/", "https://klachten.voorbeeld.nl/", SETTING, None) == "https://klachten.voorbeeld.nl/"
    with pytest.raises(AddressRefused) as refused:
        configured_address("https://oud.voorbeeld.nl/", "https://nieuw.voorbeeld.nl/", SETTING, None)
    assert str(refused.value) == (
        "site_url (https://oud.voorbeeld.nl/) en plugins.klachtenjaarverslag.adres (https://nieuw.voorbeeld.nl/) in mkdocs.yml "
        "zijn twee verschillende adressen. Oplossing: zet het adres alleen bij plugins.klachtenjaarverslag.adres en haal site_url weg"
    )
    with pytest.raises(AddressRefused, match=r"^site_url in mkdocs.yml: het adres van de site 'https://a@klachten.nl/' bevat een gebruikersnaam"):
        configured_address("https://a@klachten.nl/", None, SETTING, None)


def test_an_address_given_to_the_build_that_mkdocs_yml_does_not_read_stops_it() -> None:
    """`site --adres` passes the address through KLACHTEN_ADRES; a mkdocs.yml that does not read it
    (a fixed address, or none) would silently build for another address."""
    assert configured_address(None, "https://oud.voorbeeld.nl/", SETTING, "https://oud.voorbeeld.nl") == "https://oud.voorbeeld.nl/"
    assert configured_address(None, None, SETTING, "") is None
    for configured in ("https://oud.voorbeeld.nl/", None):
        with pytest.raises(AddressRefused) as refused:
            configured_address(None, configured, SETTING, "https://nieuw.voorbeeld.nl/")
        assert str(refused.value) == (
            "het adres https://nieuw.voorbeeld.nl/ uit KLACHTEN_ADRES (of --adres) wordt niet gebruikt. "
            "Oplossing: zet in mkdocs.yml plugins.klachtenjaarverslag.adres: !ENV [KLACHTEN_ADRES, null]"
        )
    with pytest.raises(AddressRefused, match=r"^KLACHTEN_ADRES: het adres van de site 'klachten.nl' begint niet met https://"):
        configured_address(None, None, SETTING, "klachten.nl")


def test_a_link_where_a_hosting_file_goes_is_replaced_never_written_through(tmp_path: Path) -> None:
    site, outside = tmp_path / "site", tmp_path / "buiten"
    site.mkdir()
    outside.mkdir()
    big = ("<p>Klacht over de opvang.</p>\n" * 2000).encode()
    (site / "groot.html").write_bytes(big)
    for name in ("groot.html.gz", "groot.html.br", "robots.txt", "_headers"):
        (outside / name).write_bytes(b"niet van de site")
        (site / name).symlink_to(outside / name)

    write_hosting_files(site, None, [], PreviewText("Klachtenjaarverslag 2024", "537 klachten", "bij 330 locaties", "per locatie"))

    for name in ("groot.html.gz", "groot.html.br", "robots.txt", "_headers"):
        assert (outside / name).read_bytes() == b"niet van de site"
        assert (site / name).is_file() and not (site / name).is_symlink()
    assert gzip.decompress((site / "groot.html.gz").read_bytes()) == big
