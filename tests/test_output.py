"""Writing the generated pages into docs/: only what changed, stale generated files removed, every
other file left alone; and the one list of generated paths (GENERATED_PATHS) is the list git
ignores and covers every file the generator makes."""

from __future__ import annotations

from pathlib import Path

from generator.scratch_folders import make_scratch_folder
from generator.site.generate import render_docs
from generator.site.output import GENERATED_PATHS, STAGING_PREFIX, generated_files, write_output
from generator.view.load import load_year

ROOT = Path(__file__).resolve().parents[1]
FIXTURE = ROOT / "tests" / "fixtures" / "site" / "data" / "2024"


def test_only_changed_files_are_written_and_stale_generated_files_removed(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    first = write_output({"index.md": "# Home\n", "locaties/a.md": "A\n", "locaties/b.md": "B\n"}, docs)
    assert (sorted(first.written), first.removed, first.unchanged) == (["index.md", "locaties/a.md", "locaties/b.md"], [], 0)
    kept = (docs / "locaties" / "a.md").stat().st_mtime_ns

    second = write_output({"index.md": "# Thuis\n", "locaties/a.md": "A\n"}, docs)

    assert (second.written, second.removed, second.unchanged) == (["index.md"], ["locaties/b.md"], 1)
    assert (docs / "index.md").read_text(encoding="utf-8") == "# Thuis\n"
    assert (docs / "locaties" / "a.md").stat().st_mtime_ns == kept
    assert generated_files(docs) == {"index.md", "locaties/a.md"}


def test_hand_written_pages_and_their_folders_are_never_touched(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    (docs / "assets").mkdir(parents=True)
    (docs / "assets" / "klachten.css").write_text("body {}\n", encoding="utf-8")
    (docs / "toegankelijkheid.md").write_text("# Toegankelijkheid\n", encoding="utf-8")
    write_output({"locaties/index.md": "L\n", "locaties/a-z/2.md": "L2\n"}, docs)

    result = write_output({"locaties/index.md": "L\n"}, docs)

    assert result.removed == ["locaties/a-z/2.md"]
    assert not (docs / "locaties" / "a-z").exists()  # a folder the generator emptied goes too
    assert (docs / "assets" / "klachten.css").read_text(encoding="utf-8") == "body {}\n"
    assert (docs / "toegankelijkheid.md").is_file()


def test_a_staging_folder_left_by_a_killed_build_is_cleared(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    (make_scratch_folder(docs, STAGING_PREFIX) / "locaties").mkdir()

    write_output({"index.md": "# Home\n"}, docs)

    assert [path.name for path in docs.iterdir()] == ["index.md"]


def test_a_folder_named_like_a_staging_folder_that_the_tool_did_not_make_is_left_alone(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    own = docs / f"{STAGING_PREFIX}mijnbackup"
    own.mkdir(parents=True)
    (own / "index.md").write_text("# Mijn eigen kopie\n", encoding="utf-8")

    write_output({"index.md": "# Home\n"}, docs)

    assert sorted(path.name for path in docs.iterdir()) == [f"{STAGING_PREFIX}mijnbackup", "index.md"]
    assert (own / "index.md").read_text(encoding="utf-8") == "# Mijn eigen kopie\n"


def test_every_generated_file_lies_under_a_generated_path() -> None:
    files = render_docs(load_year(FIXTURE), with_pdf=True)
    assert {path.split("/")[0] for path in files} <= set(GENERATED_PATHS)


def test_git_ignores_exactly_the_generated_paths_in_docs() -> None:
    """.gitignore cannot import the list; it must say the same."""
    ignored = [line for line in (ROOT / ".gitignore").read_text(encoding="utf-8").splitlines() if line.startswith("/docs/")]
    assert sorted(line.removeprefix("/docs/").rstrip("/") for line in ignored) == sorted(GENERATED_PATHS)
