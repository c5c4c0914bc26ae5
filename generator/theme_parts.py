"""Parts of the theme's page that the theme renders once per place in a build, not once per page.

Material renders the whole menu, the tabs, the settings for its scripts and the search dialog
for every page. For a page outside the menu (a location, a category, a further page of a long
list: nearly every page of the site) these parts come out the same for every page in the same
folder: nothing in them is marked as the current page, and every link in them is made relative
to the page's folder. They took a tenth of the theme's time per page (a profile of a build at
10 times 2024: the menu 8,5 s, the tabs 2,4 s and the script settings 2,3 s of 123 s).

overrides/ wraps each such part in `{% call klachten_eenmaal("naam") %}`; the plugin gives the
theme's templates that function (the name in TEMPLATE_FUNCTION). Without the plugin the
templates render every part for every page, as Material does.

Where a page's parts can differ from its neighbours', they are rendered for it alone: a page in
the menu (it is marked there), and a page whose address has other files under it (a link
relative to the page then depends on the page's own name, not only on its folder).
"""

from __future__ import annotations

from collections.abc import Iterable

import jinja2
from markupsafe import Markup

TEMPLATE_FUNCTION = "klachten_eenmaal"


class ThemeParts:
    """The parts rendered so far in one build, by part and by place."""

    def __init__(self, menu_addresses: Iterable[str], every_address: Iterable[str]) -> None:
        self._menu = frozenset(menu_addresses)
        self._folders_with_files = folders_with_files(every_address)
        self._rendered: dict[tuple[str, tuple[str, bool]], Markup] = {}
        self.rendered_once = 0  # parts that were given to a page without rendering them

    def template_function(self):
        @jinja2.pass_context
        def once(context, part: str, caller) -> Markup:
            page = context.get("page")
            place = self.place(page.url) if page is not None else None
            if place is None:
                return caller()
            key = (part, place)
            rendered = self._rendered.get(key)
            if rendered is None:
                rendered = self._rendered[key] = caller()
            else:
                self.rendered_once += 1
            return rendered

        return once

    def place(self, address: str) -> tuple[str, bool] | None:
        """What the links of a page at `address` are made relative to (see shared_place)."""
        return shared_place(address, self._menu, self._folders_with_files)


def shared_place(address: str, menu: frozenset[str], folders_with_files: frozenset[str]) -> tuple[str, bool] | None:
    """The folder of a page outside the menu, and whether its address is a folder ('locaties/x/')
    rather than a file ('locaties/x.html'); None for a page whose parts are its own. MkDocs makes
    a link relative to a file's folder, and to a folder address itself: only another address
    under that one (other files under the page) tells two pages of one folder apart."""
    if address in menu:
        return None
    folder, _, name = address.rstrip("/").rpartition("/")
    is_folder = address.endswith("/") or "." not in name
    if is_folder and _as_folder(address) in folders_with_files:
        return None
    return folder, is_folder


def folders_with_files(addresses: Iterable[str]) -> frozenset[str]:
    """Every folder ('a/', 'a/b/') that holds one of `addresses`, at any depth."""
    folders = set()
    for address in addresses:
        parts = address.strip("/").split("/")
        for end in range(1, len(parts)):
            folders.add("/".join(parts[:end]) + "/")
    return frozenset(folders)


def _as_folder(address: str) -> str:
    return address.strip("/") + "/"
