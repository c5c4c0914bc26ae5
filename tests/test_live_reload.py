"""`mkdocs serve` (with the installed Click, no extra flags) regenerates the pages and tells the
browser to reload when a data file changes."""

from __future__ import annotations

import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from site_builder import ROOT, mkdocs_config

# Runs `mkdocs serve` and waits for two builds.
pytestmark = pytest.mark.slow

FIRST_BUILD_SECONDS = 120
RELOAD_SECONDS = 60


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def fetch(url: str, timeout: float = 10) -> str:
    with urllib.request.urlopen(url, timeout=timeout) as response:
        return response.read().decode("utf-8")


def wait_for(url: str, seconds: float) -> str:
    deadline = time.monotonic() + seconds
    while True:
        try:
            return fetch(url)
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.5)


def test_changing_a_data_file_rebuilds_and_reloads(tmp_path: Path) -> None:
    data_root = tmp_path / "data"
    shutil.copytree(ROOT / "data" / "2024", data_root / "2024")
    config = mkdocs_config(data_root, tmp_path / "work")
    port = free_port()
    log = (tmp_path / "serve.log").open("w", encoding="utf-8")
    server = subprocess.Popen(
        [sys.executable, "-m", "mkdocs", "serve", "--config-file", str(config), "--dev-addr", f"127.0.0.1:{port}"],
        stdout=log, stderr=subprocess.STDOUT, text=True,
    )
    try:
        page_url = f"http://127.0.0.1:{port}/locaties/avontuurlijk/"
        before = wait_for(page_url, FIRST_BUILD_SECONDS)
        epoch, request_id = re.search(r"livereload\((\d+), (\d+)\)", before).groups()

        complaints = data_root / "2024" / "klachten.csv"
        text = complaints.read_text(encoding="utf-8")
        assert "hoe de plaatsing nu gaat." in text
        complaints.write_text(text.replace("hoe de plaatsing nu gaat.", "hoe de plaatsing nu gaat. Controlezin na wijziging.", 1), encoding="utf-8")

        newer = fetch(f"http://127.0.0.1:{port}/livereload/{epoch}/{request_id}", timeout=RELOAD_SECONDS)
        assert int(newer) > int(epoch)
        deadline = time.monotonic() + RELOAD_SECONDS
        while "Controlezin na wijziging." not in fetch(page_url) and time.monotonic() < deadline:
            time.sleep(0.5)
        assert "Controlezin na wijziging." in fetch(page_url)
    finally:
        server.terminate()
        server.wait(timeout=30)
        log.close()
