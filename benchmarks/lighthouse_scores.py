"""Lighthouse performance and accessibility scores of pages of a served site.

Lighthouse comes from npm, pinned to a version that runs on Node 20 (13.x needs Node 22), and is
installed once into a folder outside the repository. It runs Debian's Chromium headless with its
default mobile profile (emulated phone, simulated slow 4G and CPU slowdown).
"""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

LIGHTHOUSE_VERSION = "12.8.2"
INSTALL_FOLDER = Path("/tmp/klachten-lighthouse") / LIGHTHOUSE_VERSION
CHROMIUM = "/usr/bin/chromium"
CHROME_FLAGS = "--headless --no-sandbox --disable-gpu"
CATEGORIES = ("performance", "accessibility")
METRICS = ("first-contentful-paint", "largest-contentful-paint", "total-blocking-time", "cumulative-layout-shift", "total-byte-weight")
RUN_SECONDS = 180


def lighthouse_command() -> Path:
    """The lighthouse executable, installed with npm when it is not there yet."""
    executable = INSTALL_FOLDER / "node_modules" / ".bin" / "lighthouse"
    if not executable.exists():
        INSTALL_FOLDER.mkdir(parents=True, exist_ok=True)
        subprocess.run(
            ["npm", "install", "--prefix", str(INSTALL_FOLDER), "--no-audit", "--no-fund", "--loglevel=error", f"lighthouse@{LIGHTHOUSE_VERSION}"],
            check=True, capture_output=True, text=True,
        )
    return executable


def lighthouse_scores(url: str, report: Path) -> dict[str, object]:
    """Scores (0-100) and the main metrics of one page."""
    command = [
        str(lighthouse_command()), url,
        "--output=json", f"--output-path={report}", f"--only-categories={','.join(CATEGORIES)}",
        f"--chrome-flags={CHROME_FLAGS}", "--quiet",
    ]
    completed = subprocess.run(command, capture_output=True, text=True, env={**os.environ, "CHROME_PATH": CHROMIUM}, timeout=RUN_SECONDS)
    if completed.returncode != 0:
        raise RuntimeError(f"lighthouse {url} exited with {completed.returncode}: {completed.stderr[-2000:]}")
    result = json.loads(report.read_text(encoding="utf-8"))
    if result.get("runtimeError"):
        raise RuntimeError(f"lighthouse {url}: {result['runtimeError']}")
    return {
        **{category: round(result["categories"][category]["score"] * 100) for category in CATEGORIES},
        "metrics": {metric: result["audits"][metric].get("numericValue") for metric in METRICS},
        "failed_accessibility_audits": sorted(
            audit["id"]
            for reference in result["categories"]["accessibility"]["auditRefs"]
            if (audit := result["audits"][reference["id"]]).get("score") is not None and audit["score"] < 1 and reference["weight"] > 0
        ),
    }
