"""robots.txt: every page may be indexed (the site is public by law, art. 1.57b Wet
kinderopvang), and with a public address it names the sitemap, which must be a full address."""

from __future__ import annotations

ROBOTS_FILE = "robots.txt"
SITEMAP_FILE = "sitemap.xml"


def robots_txt(address: str | None) -> str:
    lines = ["User-agent: *", "Allow: /"]
    if address:
        lines.append(f"Sitemap: {address}{SITEMAP_FILE}")
    return "\n".join(lines) + "\n"
