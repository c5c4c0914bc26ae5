"""What a live preview (`mkdocs serve`) keeps from one build for the next: the pages it made
(PreviewPages, to write a page again without rendering it when its Markdown did not change), the
index of Zoeken en filteren (KeptSearchIndex, written again only when its records changed) and
the files of the site folder (KeptSiteFiles, written over instead of made anew).
The theme's compiled templates are kept on disk, as in every build (view/template_cache.py).
The plugin (generator/mkdocs_plugin.py, the one module that imports MkDocs) hands PreviewPages
MkDocs' pages and Jinja environment; nothing here imports MkDocs."""

from __future__ import annotations

import os
from dataclasses import dataclass
from functools import partial
from pathlib import Path

import jinja2
from markupsafe import Markup

from generator.scratch_folders import SCRATCH_MARKER, make_scratch_folder, remove_marked_folder, remove_own_scratch_folders
from generator.site.search_index import ASIDE_PREFIX, OUTPUT_FOLDER

SITE_ASIDE_PREFIX = ".site-vorige-"


@dataclass(frozen=True)
class KeptPage:
    """What a live preview's build made of one page: what it was made from, and the result."""

    source: tuple  # the page's Markdown and front matter
    content: str  # as MkDocs converted it, before the header search takes its marks out
    toc: object
    title: str | None
    anchors: set
    links_to_anchors: dict
    search_entries: list  # what the page gave the header search index
    output: str


class PreviewPages:
    """The pages of the previous build of a live preview, to write a page again without rendering
    it when its Markdown did not change and nothing every page shows changed (`shared`: the
    menu with its pages' Markdown, every address, the site's name and description, mkdocs.yml
    and the theme's overrides). MkDocs still reads every page (so the header search, the
    sitemap and the link checks see all of them), but keeps a page's HTML instead of
    converting its Markdown, gives Material's search the page's kept entries instead of reading
    its HTML again, and writes the kept output instead of rendering the theme."""

    TEMPLATE = "klachten-ongewijzigde-pagina.html"
    OUTPUT = "klachten_ongewijzigde_pagina"

    def __init__(self) -> None:
        self.kept: dict[str, KeptPage] = {}
        self.shared: tuple | None = None
        self.reused: set[str] = set()
        self.sources: dict[str, tuple] = {}
        self.contents: dict[str, str] = {}
        self.search_entries: dict[str, list] = {}
        self.rendered = 0

    def start(self, shared: tuple) -> None:
        if shared != self.shared:
            self.kept = {}
        self.shared = shared
        self.reused = set()
        self.sources = {}
        self.contents = {}
        self.search_entries = {}
        self.rendered = 0

    def forget(self) -> None:
        """After a failed build: the next renders every page."""
        self.kept = {}
        self.shared = None

    def reuse(self, page, markdown: str) -> None:
        """Called just before MkDocs converts the page's Markdown: skip that when it can be kept."""
        source = (markdown, dict(page.meta))
        self.sources[page.file.src_uri] = source
        kept = self.kept.get(page.file.src_uri)
        if kept is None or kept.source != source:
            self.rendered += 1
            return
        page.render = partial(self._restore, page, kept)
        self.reused.add(page.file.src_uri)

    def _restore(self, page, kept: KeptPage, config, files) -> None:
        page.content = kept.content
        page.toc = kept.toc
        page._title_from_render = kept.title
        page.present_anchor_ids = kept.anchors
        page.links_to_anchors = kept.links_to_anchors
        page.meta = {**page.meta, "template": self.TEMPLATE}

    def converted(self, page, html: str) -> None:
        self.contents[page.file.src_uri] = html

    def index_for_search(self, index, add_entry, page) -> None:
        """In place of Material's SearchIndex.add_entry_from_context."""
        uri = page.file.src_uri
        if uri in self.reused:
            index.entries.extend(self.kept[uri].search_entries)
            return
        before = len(index.entries)
        add_entry(page)
        self.search_entries[uri] = index.entries[before:]

    def watch_search(self, search_plugin) -> None:
        index = getattr(search_plugin, "search_index", None)
        if index is not None:
            index.add_entry_from_context = partial(self.index_for_search, index, index.add_entry_from_context)

    def context(self, context: dict, page) -> dict:
        kept = self.kept.get(page.file.src_uri) if page.file.src_uri in self.reused else None
        if kept is not None:
            context[self.OUTPUT] = Markup(kept.output)
        return context

    def keep(self, page, output: str) -> None:
        if page.file.src_uri in self.reused:
            return
        uri = page.file.src_uri
        self.kept[uri] = KeptPage(
            self.sources[uri], self.contents[uri], page.toc, page._title_from_render,
            page.present_anchor_ids, getattr(page, "links_to_anchors", {}), self.search_entries.get(uri, []), output,
        )

    def add_template(self, env: jinja2.Environment) -> None:
        env.loader = jinja2.ChoiceLoader([jinja2.DictLoader({self.TEMPLATE: f"{{{{ {self.OUTPUT} }}}}"}), env.loader])



class KeptSearchIndex:
    """A live preview's index of Zoeken en filteren, from one build to the next. MkDocs empties
    the site folder before every build, which cost a rebuild the removal of the index's thousands
    of files before the browser could reload. The index is set aside first, into a hidden folder
    of ours in the site folder (MkDocs keeps hidden ones), and put back once MkDocs has written the
    pages when its records did not change; otherwise its own process, after the browser has
    reloaded, removes it and writes the new one (search_index.write_search_index)."""

    PREFIX = ASIDE_PREFIX

    def __init__(self) -> None:
        self.records: list | None = None  # of the index in the site folder, once written
        self._aside: Path | None = None

    def set_aside(self, site_dir: Path) -> None:
        """Before MkDocs empties `site_dir`; a folder set aside by a build that did not end is removed."""
        try:
            remove_own_scratch_folders(site_dir, self.PREFIX)
            index = site_dir / OUTPUT_FOLDER
            if index.is_dir() and not index.is_symlink():
                folder = make_scratch_folder(site_dir, self.PREFIX)
                self._aside = folder
                index.rename(folder / OUTPUT_FOLDER)
        except OSError:
            self._aside = None  # MkDocs removes it with the rest; the index is written anew

    def put_back(self, site_dir: Path, records: list) -> bool:
        """The index set aside back in `site_dir` when it is of `records`: True, nothing to write.
        An index of other records stays aside for the process that writes the new one to remove,
        so that the page never reads an index of records it no longer shows."""
        folder, self._aside = self._aside, None
        if folder is None:
            return False
        if records == self.records:
            try:
                (folder / OUTPUT_FOLDER).rename(site_dir / OUTPUT_FOLDER)
                _remove_aside(folder)  # only its mark is left in it
                return True
            except OSError:
                pass
        return False

    def forget(self) -> None:
        """After a failed build: the next writes the index anew, and one set aside goes."""
        self.records = None
        folder, self._aside = self._aside, None
        if folder is not None:
            _remove_aside(folder)


def _remove_aside(folder: Path) -> None:
    try:
        remove_marked_folder(folder, SCRATCH_MARKER)
    except OSError:
        pass  # removed with the next one set aside, or with the preview's temporary site folder


class KeptSiteFiles:
    """A live preview's site files from one build to the next. MkDocs empties the site folder
    before every build and makes every file anew; on a disk where making a file costs more than
    writing over one (on this project's VM 0,2 to 1,1 ms, varying by the hour, against 0,1 ms)
    that was half a rebuild. So the folders in it are set aside before MkDocs empties it (into a
    hidden folder of ours, which it keeps), put back once it has (before it writes anything), and
    MkDocs writes over their files. What the build did not write is removed after it, as MkDocs' emptying would
    have: a page or a file of the theme that is gone. The files beside the folders (index.html,
    404.html, the sitemap) MkDocs removes and makes anew.
    A file put back is known as written by its modification time: it is set to UNWRITTEN first,
    and every write sets it to the moment of writing. Not by its change time alone: on Windows
    that is the time the file was made, which writing over it keeps, and a file system that keeps
    whole seconds gives two writes in one second the same one.
    Hidden entries are MkDocs' to keep, as always. Not for `--dirty`, which writes only the
    changed pages: MkDocs does not empty the folder then."""

    PREFIX = SITE_ASIDE_PREFIX

    def __init__(self) -> None:
        self._aside: Path | None = None
        self._site_dir: Path | None = None
        self._unwritten: dict[Path, PutBack] = {}
        self._copies: dict[Path, Copy] = {}  # the files the previous build copied or kept
        self._copied: dict[Path, Copy] = {}  # the same, of this build

    def set_aside(self, site_dir: Path) -> None:
        """Before MkDocs empties `site_dir`; a folder set aside by a build that did not end is removed."""
        self._unwritten = {}
        try:
            remove_own_scratch_folders(site_dir, self.PREFIX)
            entries = [entry for entry in site_dir.iterdir() if not entry.name.startswith(".") and entry.is_dir() and not entry.is_symlink()]
            if not entries:
                return
            self._aside = make_scratch_folder(site_dir, self.PREFIX)
            for entry in entries:
                entry.rename(self._aside / entry.name)
        except OSError:
            self.forget()  # what is not aside, MkDocs removes; the build makes every file anew

    def put_back(self, site_dir: Path) -> None:
        """After MkDocs emptied `site_dir`, before it writes into it. A folder whose files could
        not all be marked as unwritten stays aside (and goes below): the build makes it anew."""
        folder, self._aside = self._aside, None
        if folder is None:
            return
        self._site_dir = site_dir
        try:
            for entry in folder.iterdir():
                if entry.name == SCRATCH_MARKER or os.path.lexists(site_dir / entry.name):
                    continue
                try:
                    marked = _marked_as_unwritten(entry)
                    entry.rename(site_dir / entry.name)
                except OSError:
                    continue
                self._unwritten |= {site_dir / path.relative_to(folder): put_back for path, put_back in marked.items()}
        except OSError:
            pass  # what stays aside goes below; the build makes it anew
        _remove_aside(folder)

    def copy_only_changed(self, files) -> None:
        """MkDocs copies every file that is not a page (the theme's, the downloads) in every build.
        A file put back that this preview copied from the same source, which has not changed
        since, is kept instead; so is known which source each copy is of (`Copy`)."""
        self._copied = {}
        for file in files:
            if not file.is_documentation_page():
                file.copy_file = partial(self._copy_if_changed, file, file.copy_file)

    def _copy_if_changed(self, file, copy, dirty: bool = False) -> None:
        destination = Path(file.abs_dest_path)
        source = _source_state(file.abs_src_path)
        put_back = self._unwritten.get(destination)
        if source is not None and put_back is not None and self._still_a_copy(destination, source, put_back):
            del self._unwritten[destination]
            self._copied[destination] = self._copies[destination]
            return
        copy(dirty)
        made = _copy_made(destination, source)
        if made is not None:
            self._copied[destination] = made

    def _still_a_copy(self, destination: Path, source: tuple, put_back: PutBack) -> bool:
        """The file put back is as this preview copied it, from a source as it is now, which did not
        change in the moment it was copied (a later time, not the same: a file system's clock can
        give two writes close together one); its modification time is given back to it."""
        made = self._copies.get(destination)
        if made is None or made != Copy(source, put_back.before) or put_back.before[1] <= source[-1]:
            return False
        try:
            os.utime(destination, ns=(put_back.accessed, put_back.before[1]))
        except OSError:
            return False
        return True

    def remove_unwritten(self) -> None:
        """After the build: every file put back that it did not write (its modification and change
        time are as marked), and the folders that leaves empty."""
        unwritten, self._unwritten = self._unwritten, {}
        self._copies, self._copied = self._copied, {}
        folders = set()
        for path, put_back in unwritten.items():
            try:
                if _times(os.lstat(path)) == put_back.marked:
                    path.unlink()
                    folders.add(path.parent)
            except OSError:
                pass  # written and removed again by the build (extend_dutch_search), or gone
        for folder in sorted(folders, key=lambda path: len(path.parts), reverse=True):
            try:
                _remove_if_empty(folder, self._site_dir)
            except OSError:
                pass  # an empty folder stays in the preview; MkDocs empties the site folder next time

    def forget(self) -> None:
        """After a failed build: what is set aside goes; the next build makes every file anew."""
        self._unwritten = {}
        self._copies, self._copied = {}, {}
        folder, self._aside = self._aside, None
        if folder is not None:
            _remove_aside(folder)


UNWRITTEN = 1  # ns after 1970: the modification time of a file put back until the build writes it


@dataclass(frozen=True)
class PutBack:
    """A file put back for the build to write over."""

    before: tuple[int, int]  # its size and modification time as the previous build left it
    accessed: int  # its access time then
    marked: tuple[int, int]  # its modification and change time once marked as unwritten


@dataclass(frozen=True)
class Copy:
    """A file copied by a build of the preview."""

    source: tuple  # the state of its source just before: path, device, file number, size, times
    copy: tuple[int, int]  # its size and modification time just after


def _marked_as_unwritten(folder: Path) -> dict[Path, PutBack]:
    """Every file in `folder`, marked. A link in it is removed, as MkDocs' emptying would have:
    MkDocs would write through it."""
    files = {}
    with os.scandir(folder) as found:
        for item in found:
            path = Path(item.path)
            if item.is_symlink():
                path.unlink()
            elif item.is_dir(follow_symlinks=False):
                files |= _marked_as_unwritten(path)
            else:
                before = os.lstat(path)
                os.utime(path, ns=(before.st_atime_ns, UNWRITTEN))
                files[path] = PutBack((before.st_size, before.st_mtime_ns), before.st_atime_ns, _times(os.lstat(path)))
    return files


def _times(state: os.stat_result) -> tuple[int, int]:
    return state.st_mtime_ns, state.st_ctime_ns


def _source_state(path: str | None) -> tuple | None:
    if path is None:
        return None
    try:
        state = os.stat(path)
    except OSError:
        return None
    return (path, state.st_dev, state.st_ino, state.st_size, state.st_ctime_ns, state.st_mtime_ns)


def _copy_made(destination: Path, source: tuple | None) -> Copy | None:
    if source is None:
        return None
    try:
        state = os.lstat(destination)
    except OSError:
        return None
    return Copy(source, (state.st_size, state.st_mtime_ns))


def _remove_if_empty(folder: Path, site_dir: Path) -> None:
    """`folder` and each folder above it that it leaves empty, below `site_dir`."""
    while folder != site_dir and site_dir in folder.parents and folder.is_dir() and not any(folder.iterdir()):
        folder.rmdir()
        folder = folder.parent
