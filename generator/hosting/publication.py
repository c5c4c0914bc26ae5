"""After a site is built: the files a host reads besides the pages. Written into the built site,
every time anew: robots.txt, the sharing picture, `_headers`, and the precompressed copies."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from generator.dutch import format_decimal
from generator.hosting.compress import Compressed, ReadyCopies, compress_site
from generator.hosting.csp import content_security_policy
from generator.hosting.headers import HEADERS_FILE, headers_file, site_files
from generator.hosting.preview_image import PreviewText, preview_png
from generator.hosting.robots import ROBOTS_FILE, robots_txt
from generator.hosting.site_listing import site_listing
from generator.hosting.site_writing import write_site_file
from generator.progress import counted

PREVIEW_IMAGE = "assets/images/delen.png"
PREVIEW_SIZE = (1200, 630)
ADDRESS_HINT = "geef het adres met --adres of KLACHTEN_ADRES"
# What a site without a public address lacks, said once by the build.
WITHOUT_ADDRESS = (
    "zonder adres van de site: sitemap.xml blijft leeg en de pagina's krijgen geen canonical-link, og:url en og:image; "
    f"robots.txt noemt geen sitemap ({ADDRESS_HINT})"
)


@dataclass(frozen=True)
class HostingFiles:
    address: str | None
    compressed: Compressed

    def summary(self) -> str:
        made = f"{HEADERS_FILE}, {ROBOTS_FILE}, deelplaatje"
        if self.compressed.files:
            made += (
                f", {counted(self.compressed.files, 'bestand', 'bestanden')} van {_megabytes(self.compressed.original_bytes)} "
                f"voorgecomprimeerd (.gz {_megabytes(self.compressed.gzip_bytes)}, .br {_megabytes(self.compressed.brotli_bytes)})"
            )
        return f"{made}; adres {self.address}" if self.address else f"{made}; {WITHOUT_ADDRESS}"


def write_hosting_files(
    site: Path, address: str | None, script_hashes: Iterable[str], preview: PreviewText, ready: ReadyCopies | None = None,
) -> HostingFiles:
    """`script_hashes`: the hashes of the inline scripts of every page (the header's policy must
    let each page run its own); `ready`: compressed copies made ahead (compress.CompressedAhead)."""
    write_site_file(site / ROBOTS_FILE, robots_txt(address).encode("utf-8"))
    image = site / PREVIEW_IMAGE
    image.parent.mkdir(parents=True, exist_ok=True)
    write_site_file(image, preview_png(preview))
    listing = site_listing(site)
    compressed = compress_site(site, listing, ready)
    paths = site_files(sorted({file.path for file in listing} | set(compressed.copies)))
    policy = content_security_policy(script_hashes, header=True)
    write_site_file(site / HEADERS_FILE, headers_file(policy, paths).encode("utf-8"))
    return HostingFiles(address, compressed)


def _megabytes(size: int) -> str:
    return f"{format_decimal(size / 1_000_000, 1)} MB"
