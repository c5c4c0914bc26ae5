"""PUBLICEREN.md (the Dutch guide 'De site publiceren') and the workflow files it names stay true
to what the build makes: the same headers and cache rules as `_headers`, commands that exist."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import yaml

from generator.cli import make_parser
from generator.hosting.headers import FINGERPRINTED, LONG_CACHE, PERMISSIONS_POLICY, SHORT_CACHE

ROOT = Path(__file__).resolve().parents[1]
GUIDE = (ROOT / "PUBLICEREN.md").read_text(encoding="utf-8")


def site_command(line: str) -> list[str]:
    """The arguments after `python -m generator` in a shell line (variables stand for an address)."""
    words = shlex.split(line.replace('"${{ steps.pages.outputs.base_url }}/"', "https://voorbeeld.github.io/klachten/").replace('"$CI_PAGES_URL/"', "https://voorbeeld.gitlab.io/klachten/"))
    return words[words.index("generator") + 1 :]


def test_the_guide_gives_the_web_servers_the_same_headers_and_cache_rules_as_the_headers_file() -> None:
    assert GUIDE.count(PERMISSIONS_POLICY) == 2
    # Exactly the pattern of _headers: Apache's also for the compressed copies, nginx's as it is.
    pattern = FINGERPRINTED.pattern.removesuffix("$")
    assert f'<FilesMatch "{pattern}(\\.gz|\\.br)?$">' in GUIDE and f'location ~ "{pattern}$" {{' in GUIDE
    assert GUIDE.count(f'"{LONG_CACHE}"') == 2 and GUIDE.count(f'"{SHORT_CACHE}"') == 2
    assert "WAARDE UIT site/_headers" in GUIDE and "Referrer-Policy \"no-referrer\"" in GUIDE


def test_every_build_command_in_the_guide_and_the_workflows_is_one_the_program_takes() -> None:
    github = yaml.safe_load((ROOT / ".github" / "workflows" / "site.yml").read_text(encoding="utf-8"))
    gitlab = yaml.safe_load((ROOT / ".gitlab-ci.yml").read_text(encoding="utf-8"))
    lines = [step["run"] for step in github["jobs"]["bouwen"]["steps"] if "generator site" in step.get("run", "")]
    lines += [line for line in gitlab["pages"]["script"] if "generator site" in line]
    lines += re.findall(r"`(\.venv/bin/python -m generator site[^`]*)`", GUIDE)
    assert len(lines) >= 3
    for line in lines:
        arguments = make_parser().parse_args(site_command(line))
        assert arguments.adres.startswith("https://"), line
    assert "--uit public" in " ".join(gitlab["pages"]["script"]) and gitlab["pages"]["artifacts"]["paths"] == ["public"]
    assert any(step.get("with", {}).get("path") == "site" for step in github["jobs"]["bouwen"]["steps"])


def test_the_readme_points_the_organisation_to_the_guide() -> None:
    assert "PUBLICEREN.md" in (ROOT / "README.md").read_text(encoding="utf-8")
