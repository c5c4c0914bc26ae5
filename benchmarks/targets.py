"""The performance targets, each judged from the results: met, missed (by how much) or not measured.

Sizes: 1 KB = 1,000 bytes, 1 GB = 10^9 bytes.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass

KB = 1000
GB = 1000**3


@dataclass(frozen=True)
class Verdict:
    target: str
    value: str
    status: str  # "met", "missed by ..." or "not measured"


def _limit(target: str, value: float | None, limit: float, unit: str, scale: float = 1, digits: int = 1) -> Verdict:
    """A value that must stay under `limit`."""
    if value is None:
        return Verdict(target, "-", "not measured")
    space = "" if unit == "x" else " "
    shown = f"{value / scale:.{digits}f}{space}{unit}"
    return Verdict(target, shown, "met" if value < limit else f"missed by {(value - limit) / scale:.{digits}f}{space}{unit}")


def _at_least(target: str, value: float | None, floor: float, unit: str = "") -> Verdict:
    if value is None:
        return Verdict(target, "-", "not measured")
    return Verdict(target, f"{value:g}{unit}", "met" if value >= floor else f"missed by {floor - value:g}{unit}")


def evaluate(results: dict) -> list[dict[str, str]]:
    scales = {entry["scale"]: entry for entry in results["scales"]}
    verdicts = _real_data(scales.get(1)) + _plugin_overhead(scales) + _scaling(scales) + _live_rebuild(results.get("live_rebuild")) + _lighthouse(results.get("lighthouse"))
    return [asdict(verdict) for verdict in verdicts]


def _real_data(real: dict | None) -> list[Verdict]:
    real = real or {}
    site = real.get("site", {})
    search = (real.get("search") or {}).get("query_1", {})
    return [
        _limit("2024: generator under 1 s", real.get("generator", {}).get("seconds"), 1.0, "s", digits=2),
        _limit("2024: no HTML page over 100 KB", site.get("largest_page", {}).get("bytes"), 100 * KB, "KB", KB),
        _limit("2024: median location page under 30 KB", site.get("median_location_page_bytes"), 30 * KB, "KB", KB),
        _limit("2024: first visit to the home page under 150 KB gzipped", (real.get("first_visit_home") or {}).get("transfer_bytes"), 150 * KB, "KB", KB),
        _limit("2024: first search query under 300 KB", search.get("transfer_bytes"), 300 * KB, "KB", KB),
    ]


def _plugin_overhead(scales: dict[int, dict]) -> list[Verdict]:
    """The full build against MkDocs + Material building the same pages with the same settings
    without our plugin (issue 13), at each scale that has that build."""
    return [
        _limit(f"{scale}x: full build within 1.2x the same build without the plugin", entry.get("full_build_vs_without_plugin"), 1.2, "x", digits=2)
        for scale, entry in sorted(scales.items())
        if entry.get("full_build_vs_without_plugin")
    ] or [Verdict("full build within 1.2x the same build without the plugin", "-", "not measured")]


def _scaling(scales: dict[int, dict]) -> list[Verdict]:
    small, large = scales.get(1), scales.get(100)
    if not small or not large:
        missing = "not measured (needs 1x and 100x)"
        names = ("pages per second within 25% from 1x to 100x", "site on disk grows linearly", "100x builds in under 5 minutes",
                 "100x peak memory under 2 GB", "100x: first search query under 300 KB",
                 "listing pages split: no page grows with the data (largest page 100x vs 1x)")
        return [Verdict(name, "-", missing) for name in names]
    speed = large["pages_per_second"] / small["pages_per_second"]
    middle = scales.get(10)
    growth = _marginal_growth(small, middle, large) if middle else None
    largest_growth = large["site"]["largest_page"]["bytes"] / small["site"]["largest_page"]["bytes"]
    return [
        Verdict(
            "pages per second within 25% from 1x to 100x",
            f"{small['pages_per_second']:.0f} -> {large['pages_per_second']:.0f} pages/s ({speed - 1:+.0%})",
            "met" if speed >= 0.75 else f"missed by {0.75 - speed:.0%} points",
        ),
        _linear_growth(growth),
        _limit("100x builds in under 5 minutes", large["full_build"]["seconds"], 300, "s", digits=0),
        _limit("100x peak memory under 2 GB", large["full_build"]["peak_rss_bytes"], 2 * GB, "GB", GB, digits=2),
        _limit("100x: first search query under 300 KB", ((large.get("search") or {}).get("query_1") or {}).get("transfer_bytes"), 300 * KB, "KB", KB),
        Verdict(
            "listing pages split: no page grows with the data (largest page 100x vs 1x)",
            f"{largest_growth:.2f}x ({large['site']['largest_page']['path']})",
            "met" if largest_growth <= 1.25 else f"missed by {largest_growth - 1.25:.2f}x",
        ),
    ]


def _marginal_growth(small: dict, middle: dict, large: dict) -> tuple[float, float]:
    """Bytes on disk per added complaint from 1x to 10x and from 10x to 100x: the same when the
    site grows linearly (a fixed part, such as the theme's files, does not count)."""

    def per_complaint(low: dict, high: dict) -> float:
        return (high["site"]["bytes"] - low["site"]["bytes"]) / (high["complaints"] - low["complaints"])

    return per_complaint(small, middle), per_complaint(middle, large)


def _linear_growth(growth: tuple[float, float] | None) -> Verdict:
    target = "site on disk grows linearly (bytes per added complaint, 1x->10x vs 10x->100x, within 25%)"
    if growth is None:
        return Verdict(target, "-", "not measured (needs 1x, 10x and 100x)")
    first, second = growth
    ratio = second / first
    value = f"{first / KB:.1f} KB -> {second / KB:.1f} KB per complaint ({ratio - 1:+.0%})"
    return Verdict(target, value, "met" if abs(ratio - 1) <= 0.25 else f"missed by {abs(ratio - 1) - 0.25:.0%} points")


def _live_rebuild(rebuild: dict | None) -> list[Verdict]:
    serve = (rebuild or {}).get("serve") or {}
    dirty = (rebuild or {}).get("serve_dirty") or {}
    return [
        _limit("`mkdocs serve` shows a data change in under 1.5 s (1x)", serve.get("page_shows_change_seconds"), 1.5, "s", digits=2),
        _limit("`mkdocs serve --dirty --no-strict` shows a data change in under 1.5 s (1x)", dirty.get("page_shows_change_seconds"), 1.5, "s", digits=2),
    ]


def _lighthouse(lighthouse: dict | None) -> list[Verdict]:
    pages = (lighthouse or {}).get("pages") or {}
    if not pages:
        return [Verdict("Lighthouse performance and accessibility 95 or more", "-", "not measured")]
    verdicts = []
    for path, scores in pages.items():
        verdicts.append(_at_least(f"Lighthouse performance {path} 95 or more", scores.get("performance"), 95))
        verdicts.append(_at_least(f"Lighthouse accessibility {path} 100", scores.get("accessibility"), 100))
    return verdicts
