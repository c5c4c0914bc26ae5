"""The built site is ready to host (issue 16): with a public address every page has its canonical
address and sharing metadata and the sitemap lists every page; every page carries its
Content-Security-Policy; `_headers`, served as a host serves it, gives the security headers and
the cache rules; the .gz copies are the files; an unknown address gets the Dutch 404 page. Without
an address the build still passes --strict and leaves out only what needs one.

The session fixtures build the 2024 site with an address (real_site) and the small fixture and
hostile sites without one."""

from __future__ import annotations

import gzip
import json
import re
import urllib.error
import urllib.request
from functools import lru_cache
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from PIL import Image

from generator.dataset.dataset import load_dataset
from generator.hosting.compress import brotli_bytes, gzip_bytes
from generator.hosting.csp import inline_scripts, script_hash
from generator.hosting.headers import LONG_CACHE, PERMISSIONS_POLICY, SHORT_CACHE
from generator.hosting.publication import PREVIEW_IMAGE, PREVIEW_SIZE
from generator.view.context import generate_context
from hosting_server import read_rules, serve
from site_builder import PUBLIC_ADDRESS, ROOT

pytestmark = pytest.mark.slow

SHARING = ("og:title", "og:description", "og:url", "og:image", "og:locale", "og:type", "og:site_name")


@lru_cache(maxsize=None)
def soup(path: Path) -> BeautifulSoup:
    return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")


def pages(site: Path) -> list[Path]:
    """Every HTML page a visitor can open by its address (not the 404 page)."""
    return sorted(site.rglob("index.html"))


def address_of(site: Path, page: Path) -> str:
    folder = page.parent.relative_to(site).as_posix()
    return PUBLIC_ADDRESS + ("" if folder == "." else folder + "/")


def meta(page: BeautifulSoup, key: str) -> str | None:
    element = page.find("meta", attrs={"property": key}) or page.find("meta", attrs={"name": key})
    return element.get("content") if element else None


def policy_of(page: BeautifulSoup) -> str:
    return page.find("meta", attrs={"http-equiv": "Content-Security-Policy"})["content"]


def test_the_sitemap_lists_every_page_by_its_public_address(real_site: Path) -> None:
    listed = re.findall(r"<loc>([^<]+)</loc>", (real_site / "sitemap.xml").read_text(encoding="utf-8"))
    assert sorted(listed) == sorted(address_of(real_site, page) for page in pages(real_site))
    assert len(listed) == len(set(listed)) > 330  # every location page among them
    assert (real_site / "robots.txt").read_text(encoding="utf-8").endswith(f"Sitemap: {PUBLIC_ADDRESS}sitemap.xml\n")


def test_every_page_has_its_canonical_address_and_sharing_metadata_in_dutch(real_site: Path) -> None:
    for path in pages(real_site):
        page = soup(path)
        address = address_of(real_site, path)
        assert page.find("link", rel="canonical")["href"] == address, path
        assert all(meta(page, key) for key in SHARING), path
        assert (meta(page, "og:url"), meta(page, "og:locale"), meta(page, "og:image")) == (address, "nl_NL", PUBLIC_ADDRESS + PREVIEW_IMAGE), path
        assert meta(page, "og:description") == meta(page, "description") == meta(page, "twitter:description"), path
        assert page.title.string.startswith(meta(page, "og:title")), path
        assert meta(page, "twitter:card") == "summary_large_image", path


def test_a_location_page_describes_its_own_complaints_from_the_data(real_site: Path) -> None:
    site = generate_context(load_dataset(ROOT / "data" / "2024"))
    for location in site.locations:
        page = soup(real_site / location.page.removesuffix(".md") / "index.html")
        count = len(location.complaints)
        given = dict((judgement.value, number) for judgement, number in location.gegrond.given)
        description = meta(page, "og:description")
        assert description.startswith(f"{count} {'klacht' if count == 1 else 'klachten'} in 2024 over {location.distinct_name}. Gegrond? "), description
        assert f"Gegrond? Ja: {given['Ja']}, deels: {given['Deels']}, nee: {given['Nee']}" in description, description
    geessinkweg = soup(real_site / "locaties" / "boerderij-geessinkweg" / "index.html")
    assert meta(geessinkweg, "og:description") == "1 klacht in 2024 over Boerderij Geessinkweg (Smallsteps). Gegrond? Ja: 1, deels: 0, nee: 0. Wat de klacht was en wat er is gedaan."


def test_the_sharing_picture_is_there(real_site: Path) -> None:
    with Image.open(real_site / PREVIEW_IMAGE) as picture:
        assert (picture.format, picture.size) == ("PNG", PREVIEW_SIZE)


@pytest.mark.parametrize("site_name", ["real_site", "fixture_site", "hostile_site"])
def test_every_page_lets_exactly_its_own_inline_scripts_run(site_name: str, request) -> None:
    """Each page's policy holds the hash of each of its inline scripts (all the theme's) and no
    'unsafe-inline'; the header's policy (for every page) holds them all."""
    site = request.getfixturevalue(site_name)
    header_policy = dict(next(rule for rule in read_rules((site / "_headers").read_text(encoding="utf-8")) if rule.pattern == "/*").headers)["Content-Security-Policy"]
    for path in [*pages(site), site / "404.html"]:
        text = path.read_text(encoding="utf-8")
        policy = policy_of(soup(path))
        hashes = {script_hash(source) for source in inline_scripts(text)}
        assert hashes and set(re.findall(r"'sha256-[^']+'", policy)) == hashes, path
        assert all(hash_ in header_policy for hash_ in hashes), path
        assert "unsafe" not in policy, path
        assert ' style="' not in text, path  # style-src allows no style attributes


def test_hostile_values_land_in_the_sharing_metadata_as_text(hostile_site: Path) -> None:
    """The same escaped front matter feeds <meta name=description> and og:/twitter: (Material
    prints it as it is): a hostile name makes no element or attribute there."""
    for path in pages(hostile_site):
        page = soup(path)
        head = page.head
        assert meta(page, "og:description") == meta(page, "description"), path
        assert not head.find_all(["script"], src=False, string=re.compile("alert")), path
        assert all(not name.startswith("on") for element in head.find_all(True) for name in element.attrs), path
        assert len(head.find_all("meta", attrs={"property": "og:title"})) == 1, path


def test_without_an_address_the_site_leaves_out_only_what_needs_one(fixture_site: Path) -> None:
    """fixture_site is built by `mkdocs build --strict` without an address (the build passed)."""
    assert "<url>" not in (fixture_site / "sitemap.xml").read_text(encoding="utf-8")
    assert (fixture_site / "robots.txt").read_text(encoding="utf-8") == "User-agent: *\nAllow: /\n"
    for path in pages(fixture_site):
        page = soup(path)
        assert page.find("link", rel="canonical") is None and meta(page, "og:url") is None and meta(page, "og:image") is None, path
        assert meta(page, "og:title") and meta(page, "og:description") and meta(page, "og:locale") == "nl_NL", path
        assert policy_of(page), path


@pytest.fixture(scope="module")
def hosted(real_site: Path):
    server = serve(real_site)
    yield server
    server.stop()


def fetch(url: str, **headers: str):
    try:
        return urllib.request.urlopen(urllib.request.Request(url, headers=headers))
    except urllib.error.HTTPError as error:
        return error


def test_served_with_its_headers_file_each_kind_of_file_gets_the_right_headers(hosted, real_site: Path) -> None:
    bundle = next(real_site.glob("assets/javascripts/bundle.*.min.js")).relative_to(real_site).as_posix()
    index_folder = "zoekindex/" + json.loads((real_site / "zoekindex" / "index.json").read_text(encoding="utf-8"))["inhoud"]
    html_page = soup(real_site / "locaties" / "boerderij-geessinkweg" / "index.html")
    expected_cache = {
        "locaties/boerderij-geessinkweg/": SHORT_CACHE, "": SHORT_CACHE, "data/klachten.csv": SHORT_CACHE,
        bundle: LONG_CACHE, "zoekindex/index.json": SHORT_CACHE, f"{index_folder}klachten.json": SHORT_CACHE, f"{index_folder}klacht/0/0.json": SHORT_CACHE,
    }
    for path, cache in expected_cache.items():
        response = fetch(f"{hosted.url}/{path}")
        assert response.status == 200, path
        headers = response.headers
        assert headers.get_all("Cache-Control") == [cache], path
        assert headers["X-Content-Type-Options"] == "nosniff" and headers["Referrer-Policy"] == "no-referrer", path
        assert headers["Permissions-Policy"] == PERMISSIONS_POLICY, path
        policy = headers["Content-Security-Policy"]
        assert policy.endswith("frame-ancestors 'none'") and "unsafe" not in policy, path
    page_policy = policy_of(html_page)
    header_policy = fetch(f"{hosted.url}/locaties/boerderij-geessinkweg/").headers["Content-Security-Policy"]
    assert header_policy.startswith(page_policy.split("'sha256-")[0])


def test_a_precompressed_copy_is_the_file(hosted, real_site: Path) -> None:
    copies = sorted(real_site.rglob("*.gz"))
    assert len(copies) > 20
    for copy in copies:
        original = copy.with_suffix("")
        assert gzip.decompress(copy.read_bytes()) == original.read_bytes(), copy
    # Most copies are made ahead, while MkDocs builds (compress.CompressedAhead): the same bytes.
    ours = [copy for copy in copies if copy.name != "sitemap.xml.gz"]  # MkDocs' own, with a time in it
    for copy in ours + sorted(real_site.rglob("*.br")):
        original = copy.with_suffix("").read_bytes()
        assert copy.read_bytes() == (gzip_bytes(original) if copy.suffix == ".gz" else brotli_bytes(original)), copy
    response = fetch(f"{hosted.url}/search/search_index.json", **{"Accept-Encoding": "gzip"})
    assert response.headers["Content-Encoding"] == "gzip"
    assert gzip.decompress(response.read()) == (real_site / "search" / "search_index.json").read_bytes()


@pytest.mark.parametrize("address", ["/bestaat-niet", "/locaties/bestaat/niet/meer/"])
def test_an_unknown_address_at_any_depth_gets_the_dutch_404_page(hosted, address: str) -> None:
    response = fetch(hosted.url + address)
    assert response.status == 404
    page = BeautifulSoup(response.read().decode("utf-8"), "html.parser")
    assert page.h1.get_text() == "Deze pagina bestaat niet"
    assert "2024" in page.article.get_text()
    search = page.article.find("form", role="search")
    assert search["action"] == "/zoeken/" and search.find("input", attrs={"name": "zoek"})
    assert page.article.find("a", string=re.compile("Alle locaties van A tot Z"))["href"] == "/locaties/"
    # Every file the page uses is asked for from the site's root, so it works at any depth.
    used = [element.get("href") or element.get("src") for element in page.find_all(["link", "script"]) if element.get("href") or element.get("src")]
    assert used and all(url.startswith(("/", "https://")) for url in used), used
    assert meta(page, "robots") == "noindex"
