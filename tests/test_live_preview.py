"""What a live preview keeps from one build to the next (generator/live_preview.py), without
MkDocs: the index of Zoeken en filteren set aside and put back (KeptSearchIndex), and the site's
folders set aside and put back for MkDocs to write over (KeptSiteFiles). The plugin's use of
them in a real rebuild: tests/test_mkdocs_plugin.py."""

from __future__ import annotations

import os
import shutil
import time
from contextlib import contextmanager
from pathlib import Path

import pytest

import generator.live_preview as live_preview
from generator.live_preview import KeptSearchIndex, KeptSiteFiles
from generator.scratch_folders import SCRATCH_MARKER, make_scratch_folder
from generator.site.search_index import OUTPUT_FOLDER, write_search_index

RECORDS = ["klacht 1", "klacht 2"]


def site_with_index(tmp_path: Path) -> Path:
    site = tmp_path / "site"
    (site / OUTPUT_FOLDER / "inhoud").mkdir(parents=True)
    (site / OUTPUT_FOLDER / "index.json").write_text("{}", encoding="utf-8")
    return site


def index_set_aside(site: Path) -> KeptSearchIndex:
    """The index of RECORDS in `site`, set aside as before MkDocs empties the site folder."""
    kept = KeptSearchIndex()
    kept.records = list(RECORDS)
    kept.set_aside(site)
    return kept


def test_an_index_of_the_same_records_is_put_back_whole(tmp_path: Path) -> None:
    site = site_with_index(tmp_path)
    kept = index_set_aside(site)
    assert not (site / OUTPUT_FOLDER).exists()
    assert kept.put_back(site, list(RECORDS)) is True
    assert (site / OUTPUT_FOLDER / "index.json").read_text(encoding="utf-8") == "{}"
    assert sorted(path.name for path in site.iterdir()) == [OUTPUT_FOLDER]


def test_an_index_of_other_records_stays_aside_until_the_new_one_is_written(tmp_path: Path) -> None:
    site = site_with_index(tmp_path)
    kept = index_set_aside(site)
    assert kept.put_back(site, ["klacht 1"]) is False
    assert not (site / OUTPUT_FOLDER).exists()
    [aside] = site.iterdir()
    assert aside.name.startswith(KeptSearchIndex.PREFIX)
    write_search_index([], site)
    assert sorted(path.name for path in site.iterdir()) == [OUTPUT_FOLDER]


def test_a_failed_build_removes_the_index_set_aside(tmp_path: Path) -> None:
    site = site_with_index(tmp_path)
    kept = index_set_aside(site)
    kept.forget()
    assert list(site.iterdir()) == []
    assert kept.put_back(site, list(RECORDS)) is False


def test_without_an_index_or_after_a_failed_build_nothing_is_kept(tmp_path: Path) -> None:
    site = tmp_path / "site"
    site.mkdir()
    kept = index_set_aside(site)
    assert kept.put_back(site, list(RECORDS)) is False
    assert list(site.iterdir()) == []

    site = site_with_index(tmp_path / "tweede")
    kept.forget()
    kept.set_aside(site)
    assert kept.put_back(site, list(RECORDS)) is False


def test_only_folders_set_aside_by_the_tool_are_removed(tmp_path: Path) -> None:
    site = site_with_index(tmp_path)
    leftover = make_scratch_folder(site, KeptSearchIndex.PREFIX)
    (leftover / OUTPUT_FOLDER).mkdir()
    someone_elses = site / f"{KeptSearchIndex.PREFIX}mijn-kopie"
    someone_elses.mkdir()
    (someone_elses / "bewaren.txt").write_text("van mij", encoding="utf-8")
    kept = index_set_aside(site)
    assert not leftover.exists()
    assert (someone_elses / "bewaren.txt").is_file()
    assert kept.put_back(site, list(RECORDS)) is True
    assert sorted(path.name for path in site.iterdir()) == sorted([OUTPUT_FOLDER, someone_elses.name])
    assert not any((folder / SCRATCH_MARKER).exists() for folder in site.iterdir())


def built_site(tmp_path: Path) -> Path:
    """A site folder as a build leaves it: pages in folders, files beside them, hidden files of MkDocs' and ours."""
    site = tmp_path / "site"
    for relative in ("index.html", "404.html", "locaties/de-klaver/index.html", "locaties/weg/index.html", "assets/app.js", "search/search_index.json"):
        (site / relative).parent.mkdir(parents=True, exist_ok=True)
        (site / relative).write_text(f"oud: {relative}", encoding="utf-8")
    (site / ".klachtenjaarverslag-site").write_text("merk", encoding="utf-8")
    return site


def empty_as_mkdocs_does(site: Path) -> None:
    """mkdocs.utils.clean_directory: every entry but the hidden ones."""
    for entry in site.iterdir():
        if not entry.name.startswith("."):
            shutil.rmtree(entry, True) if entry.is_dir() else entry.unlink()


def put_back_after_emptying(site: Path, kept: KeptSiteFiles | None = None) -> KeptSiteFiles:
    """A rebuild up to where MkDocs writes: the folders set aside, the site folder emptied, put back."""
    kept = kept or KeptSiteFiles()
    kept.set_aside(site)
    empty_as_mkdocs_does(site)
    kept.put_back(site)
    return kept


def test_the_folders_are_written_over_and_what_the_build_did_not_write_goes(tmp_path: Path) -> None:
    site = built_site(tmp_path)
    page = site / "locaties" / "de-klaver" / "index.html"
    inode = page.stat().st_ino
    kept = KeptSiteFiles()
    kept.set_aside(site)
    empty_as_mkdocs_does(site)
    assert sorted(entry.name for entry in site.iterdir() if not entry.name.startswith(KeptSiteFiles.PREFIX)) == [".klachtenjaarverslag-site"]
    kept.put_back(site)
    # The build: MkDocs writes every page and file it has; the page of "weg" is gone from the data.
    for relative in ("index.html", "404.html", "locaties/de-klaver/index.html", "assets/app.js", "search/search_index.json"):
        (site / relative).write_text(f"nieuw: {relative}", encoding="utf-8")
    kept.remove_unwritten()
    assert page.stat().st_ino == inode  # written over, not made anew
    written = sorted(path.relative_to(site).as_posix() for path in site.rglob("*") if path.is_file())
    assert written == [".klachtenjaarverslag-site", "404.html", "assets/app.js", "index.html", "locaties/de-klaver/index.html", "search/search_index.json"]
    assert all((site / name).read_text(encoding="utf-8").startswith("nieuw: ") for name in written[1:])
    assert not (site / "locaties" / "weg").exists()


def test_a_folder_the_build_did_not_write_into_goes_whole(tmp_path: Path) -> None:
    site = built_site(tmp_path)
    kept = put_back_after_emptying(site)
    (site / "index.html").write_text("nieuw", encoding="utf-8")
    kept.remove_unwritten()
    assert sorted(entry.name for entry in site.iterdir()) == [".klachtenjaarverslag-site", "index.html"]


def test_a_link_in_a_folder_put_back_is_removed_and_its_target_left_alone(tmp_path: Path) -> None:
    """MkDocs would write through it; its emptying would have removed it."""
    site = built_site(tmp_path)
    outside = tmp_path / "buiten.txt"
    outside.write_text("niet van de site", encoding="utf-8")
    (site / "assets" / "link.js").symlink_to(outside)
    (site / "assets" / "map").symlink_to(tmp_path, target_is_directory=True)
    kept = put_back_after_emptying(site)
    assert not os.path.lexists(site / "assets" / "link.js")
    assert not os.path.lexists(site / "assets" / "map")
    kept.remove_unwritten()
    assert outside.read_text(encoding="utf-8") == "niet van de site"


def test_a_failed_build_removes_the_folders_set_aside_and_a_later_one_a_leftover(tmp_path: Path) -> None:
    site = built_site(tmp_path)
    kept = KeptSiteFiles()
    kept.set_aside(site)
    empty_as_mkdocs_does(site)
    kept.forget()
    assert sorted(entry.name for entry in site.iterdir()) == [".klachtenjaarverslag-site"]

    site = built_site(tmp_path / "tweede")
    leftover = make_scratch_folder(site, KeptSiteFiles.PREFIX)
    someone_elses = site / f"{KeptSiteFiles.PREFIX}mijn-kopie"
    someone_elses.mkdir()
    kept.set_aside(site)
    assert not leftover.exists() and someone_elses.is_dir()
    empty_as_mkdocs_does(site)
    kept.put_back(site)
    assert (site / "locaties" / "de-klaver" / "index.html").is_file()
    assert [entry.name for entry in site.iterdir() if entry.name.startswith(KeptSiteFiles.PREFIX)] == [someone_elses.name]


class StaticFile:
    """As MkDocs' File for a file that is not a page: copied by copy_file(dirty)."""

    def __init__(self, source: Path, destination: Path) -> None:
        self.abs_src_path, self.abs_dest_path = str(source), str(destination)
        self.copied = 0

    def is_documentation_page(self) -> bool:
        return False

    def copy_file(self, dirty: bool = False) -> None:
        self.copied += 1
        shutil.copyfile(self.abs_src_path, self.abs_dest_path)


def preview_build(kept: KeptSiteFiles, site: Path, files: list[StaticFile], pages: tuple[str, ...] = ()) -> None:
    """One build of a live preview as the plugin has MkDocs make it: the site's folders set aside,
    the site folder emptied, the folders put back, every file copied and the `pages` written."""
    put_back_after_emptying(site, kept)
    kept.copy_only_changed(files)
    for file in files:
        file.copy_file(False)
    for relative in pages:
        (site / relative).parent.mkdir(parents=True, exist_ok=True)
        (site / relative).write_text(f"nieuw: {relative}", encoding="utf-8")
    kept.remove_unwritten()


def test_a_file_put_back_as_its_source_is_kept_and_a_changed_one_copied(tmp_path: Path) -> None:
    site = built_site(tmp_path)
    sources = tmp_path / "bron"
    sources.mkdir()
    same, changed, same_size = (sources / name for name in ("app.js", "style.css", "data.csv"))
    same.write_text("oud: assets/app.js", encoding="utf-8")
    for source in (changed, same_size):
        source.write_text("zelfde lengte", encoding="utf-8")
    kept = KeptSiteFiles()
    preview_build(kept, site, [StaticFile(source, site / "assets" / source.name) for source in (same, changed, same_size)])
    changed.write_text("anders en langer", encoding="utf-8")
    same_size.write_text("zelfde LENGTE", encoding="utf-8")  # changed after the copy, in the same size
    files = [StaticFile(source, site / "assets" / source.name) for source in (same, changed, same_size)]
    preview_build(kept, site, files)
    assert [file.copied for file in files] == [0, 1, 1]
    assert {path.name: path.read_text(encoding="utf-8") for path in (site / "assets").iterdir()} == {
        "app.js": "oud: assets/app.js", "style.css": "anders en langer", "data.csv": "zelfde LENGTE",
    }
    files = [StaticFile(source, site / "assets" / source.name) for source in (same, changed, same_size)]
    preview_build(kept, site, files)
    assert [file.copied for file in files] == [0, 0, 0]  # a file kept is kept again


def test_a_source_given_back_its_earlier_text_is_copied_again(tmp_path: Path) -> None:
    """A backup put back in place (`mv klachten.css.bak klachten.css`): the same size as the
    copy of the edited file, and an earlier modification time."""
    site = built_site(tmp_path)
    css = tmp_path / "klachten.css"
    css.write_text(":root { --kleur: #1a2b3c; }", encoding="utf-8")
    backup = tmp_path / "klachten.css.bak"
    shutil.copy(css, backup)
    a_minute_ago = time.time_ns() - 60 * 10**9
    os.utime(backup, ns=(a_minute_ago, a_minute_ago))
    css.write_text(":root { --kleur: #1a2b3d; }", encoding="utf-8")
    kept = KeptSiteFiles()
    preview_build(kept, site, [StaticFile(css, site / "assets" / css.name)])
    os.replace(backup, css)
    preview_build(kept, site, [StaticFile(css, site / "assets" / css.name)])
    assert (site / "assets" / css.name).read_text(encoding="utf-8") == ":root { --kleur: #1a2b3c; }"


STAT_FIELDS = ("st_atime", "st_mtime", "st_ctime", "st_atime_ns", "st_mtime_ns", "st_ctime_ns", "st_blksize", "st_blocks", "st_rdev")


class ChangeTimesAsOnWindows:
    """`os` as generator.live_preview sees it on Windows, where st_ctime is the time a file was
    made, which writing over it keeps. (A file system that keeps whole seconds does the same to
    two writes in one second: tmpfs and ext4 with 256-byte inodes do not, so this imitates it.)"""

    def __init__(self) -> None:
        self.made: dict[tuple[int, int], int] = {}

    def __getattr__(self, name: str):
        return getattr(os, name)

    def as_made(self, state: os.stat_result) -> os.stat_result:
        made = self.made.setdefault((state.st_dev, state.st_ino), state.st_ctime_ns)
        fields = {name: getattr(state, name) for name in STAT_FIELDS}
        return os.stat_result(tuple(state)[:10], {**fields, "st_ctime": made / 10**9, "st_ctime_ns": made})

    def lstat(self, path) -> os.stat_result:
        return self.as_made(os.lstat(path))

    def stat(self, path) -> os.stat_result:
        return self.as_made(os.stat(path))

    @contextmanager
    def scandir(self, path):
        with os.scandir(path) as found:
            yield (ChangeTimeAsMade(self, entry) for entry in found)


class ChangeTimeAsMade:
    def __init__(self, times: ChangeTimesAsOnWindows, entry: os.DirEntry) -> None:
        self.times, self.entry = times, entry

    def __getattr__(self, name: str):
        return getattr(self.entry, name)

    def stat(self, *, follow_symlinks: bool = True) -> os.stat_result:
        return self.times.as_made(self.entry.stat(follow_symlinks=follow_symlinks))


def test_a_file_written_over_is_kept_where_writing_over_it_keeps_its_change_time(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(live_preview, "os", ChangeTimesAsOnWindows())
    site = built_site(tmp_path)
    pages = ("index.html", "locaties/de-klaver/index.html", "assets/app.js")
    preview_build(KeptSiteFiles(), site, [], pages)
    written = sorted(path.relative_to(site).as_posix() for path in site.rglob("*") if path.is_file())
    assert written == [".klachtenjaarverslag-site", "assets/app.js", "index.html", "locaties/de-klaver/index.html"]
    assert all((site / name).read_text(encoding="utf-8") == f"nieuw: {name}" for name in pages)


def test_a_folder_that_cannot_be_removed_stays_without_an_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """What the build did not write is still removed; the empty folder stays until the next build."""

    site = built_site(tmp_path)
    gone = site / "locaties" / "weg"
    rmdir = Path.rmdir

    def refused(folder: Path) -> None:
        if folder == gone:
            raise PermissionError(13, "Permission denied", str(folder))
        rmdir(folder)

    monkeypatch.setattr(Path, "rmdir", refused)
    preview_build(KeptSiteFiles(), site, [], ("index.html", "assets/app.js"))
    assert sorted(path.relative_to(site).as_posix() for path in site.rglob("*") if path.is_file()) == [
        ".klachtenjaarverslag-site", "assets/app.js", "index.html",
    ]
    assert gone.is_dir()
