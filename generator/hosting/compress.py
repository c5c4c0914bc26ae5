"""Precompressed copies (.gz, and .br) of the site's largest text files, for a web server that
sends a ready copy instead of compressing each request (nginx's gzip_static and brotli_static,
Apache with a rewrite rule; see 'De site publiceren'). Hosts such as Netlify, Cloudflare Pages
and GitHub Pages compress by themselves and ignore them.

The copies are the same bytes on every build: gzip without a file name and with time 0."""

from __future__ import annotations

import gzip
import hashlib
import os
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import brotli

from generator.hosting.site_listing import SiteFile, site_listing
from generator.hosting.site_writing import write_site_file

# Text that a server sends compressed. Source maps (.map) are left out: only a developer's
# browser tools ask for them. The PDF is compressed already.
TEXT_SUFFIXES = frozenset({".html", ".css", ".js", ".mjs", ".json", ".csv", ".xml", ".svg", ".txt"})
# Smaller files gain little, and a server compresses them quickly itself: the location pages
# (about 20 kB each, a third of the 2024 site) stay as they are.
MIN_SIZE = 32 * 1024
# Measured on the 41 files of the 2024 site that get copies (4.7 MB): gzip 9 makes them 1,011 KB
# in 0.33 CPU seconds, 6 (what a server uses on the fly) 1,019 KB in 0.15 s. Brotli 11 makes
# 845 KB in 7.0 s, 9 923 KB in 0.81 s, 7 934 KB in 0.30 s and 5 962 KB in 0.10 s: 4% more than 9,
# still 5% less than gzip, for an eighth of the time.
GZIP_LEVEL = 6
BROTLI_QUALITY = 5
# A copy that saves less than this is not written: the server may as well send the original.
MIN_SAVING = 0.1


@dataclass(frozen=True)
class Compressed:
    files: int = 0
    original_bytes: int = 0
    gzip_bytes: int = 0
    brotli_bytes: int = 0
    copies: tuple[str, ...] = ()  # the copies written, relative to the site


def files_to_compress(site: Path, listing: list[SiteFile] | None = None) -> list[Path]:
    """The text files of at least MIN_SIZE, in a fixed order; a file that already has a .gz beside
    it (MkDocs' own sitemap.xml.gz, or one the docs folder brings) is left to it. `listing`: the
    site's files, when the caller has read them."""
    listing = site_listing(site) if listing is None else listing
    paths = {file.path for file in listing}
    return [
        site / file.path
        for file in listing
        if Path(file.path).suffix in TEXT_SUFFIXES and file.size >= MIN_SIZE and f"{file.path}.gz" not in paths
    ]


def gzip_bytes(data: bytes) -> bytes:
    return gzip.compress(data, compresslevel=GZIP_LEVEL, mtime=0)


def brotli_bytes(data: bytes) -> bytes:
    return brotli.compress(data, quality=BROTLI_QUALITY, mode=brotli.MODE_TEXT)


# A copy made ahead (CompressedAhead), by the SHA-256 of the bytes it is a copy of: (gzip, Brotli).
ReadyCopies = dict[bytes, tuple[bytes, bytes]]


class CompressedAhead:
    """Copies made while MkDocs is still building the site, in a thread of their own (the other
    core: zlib and Brotli let Python run while they compress), from the bytes a file of the site
    will have: a static file's source, which MkDocs copies as it is, and a page as the plugin
    returns it. compress_site() takes a copy from here only for a file with the same bytes
    (their hash), and makes the others itself: the copies are the same bytes either way."""

    def __init__(self) -> None:
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="vooraf-comprimeren")
        self._made: list[Future[tuple[bytes, tuple[bytes, bytes]] | None]] = []

    def add_file(self, path: Path) -> None:
        if path.suffix in TEXT_SUFFIXES:
            self._made.append(self._pool.submit(_read_and_compress, path))

    def add_content(self, name: str, data: bytes) -> None:
        """A static file MkDocs writes from memory (one the plugin generated), by its name."""
        if Path(name).suffix in TEXT_SUFFIXES:
            self._made.append(self._pool.submit(_compressed_ahead, data))

    def add_page(self, html: str) -> None:
        # As MkDocs writes a page (mkdocs.commands.build._build_page).
        self._made.append(self._pool.submit(lambda: _compressed_ahead(html.encode("utf-8", errors="xmlcharrefreplace"))))

    def ready(self) -> ReadyCopies:
        """Every copy made, once all are done; the thread is ended."""
        self._pool.shutdown(wait=True)
        made = [future.result() for future in self._made]
        return dict(copy for copy in made if copy is not None)

    def cancel(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)


def _read_and_compress(path: Path) -> tuple[bytes, tuple[bytes, bytes]] | None:
    try:
        return _compressed_ahead(path.read_bytes())
    except OSError:
        return None  # compress_site() reads the site's own file, and says what is wrong with it


def _compressed_ahead(data: bytes) -> tuple[bytes, tuple[bytes, bytes]] | None:
    if len(data) < MIN_SIZE:
        return None
    return _content_key(data), (gzip_bytes(data), brotli_bytes(data))


def _content_key(data: bytes) -> bytes:
    return hashlib.sha256(data).digest()


def compress_site(site: Path, listing: list[SiteFile] | None = None, ready: ReadyCopies | None = None) -> Compressed:
    """Write name.gz and name.br beside each chosen file; returns what was written. The files are
    compressed on every core (zlib and Brotli let other threads run while they compress).
    `listing`: the site's files, when the caller has read them; `ready`: copies made ahead
    (CompressedAhead.ready())."""
    totals = Compressed()
    ready = ready or {}
    with ThreadPoolExecutor(max_workers=os.cpu_count() or 1, thread_name_prefix="comprimeren") as pool:
        compressed = pool.map(lambda path: _compress_file(path, ready), files_to_compress(site, listing))
        for path, written_gzip, written_brotli in compressed:
            if written_gzip or written_brotli:
                relative = path.relative_to(site).as_posix()
                copies = tuple(f"{relative}{suffix}" for suffix, written in ((".gz", written_gzip), (".br", written_brotli)) if written)
                totals = Compressed(
                    totals.files + 1, totals.original_bytes + path.stat().st_size, totals.gzip_bytes + written_gzip,
                    totals.brotli_bytes + written_brotli, totals.copies + copies,
                )
    return totals


def _compress_file(path: Path, ready: ReadyCopies) -> tuple[Path, int, int]:
    """The file's .gz and .br copies written (where they save enough), and their sizes (0: none)."""
    data = path.read_bytes()
    made = ready.get(_content_key(data)) if ready else None
    as_gzip, as_brotli = made if made is not None else (gzip_bytes(data), brotli_bytes(data))
    written_gzip = _write_if_smaller(path.with_name(path.name + ".gz"), as_gzip, len(data))
    written_brotli = _write_if_smaller(path.with_name(path.name + ".br"), as_brotli, len(data))
    return path, written_gzip, written_brotli


def _write_if_smaller(target: Path, data: bytes, original_size: int) -> int:
    if len(data) > original_size * (1 - MIN_SAVING):
        return 0
    write_site_file(target, data)
    return len(data)
