"""The files of Material's header search that a site in its search languages never loads.

Material copies the word splitters and stemmers of every language it knows into every site
(assets/javascripts/lunr/: 34 files, 907 kB in Material 9.8, wordcut.js alone 677 kB). Its search
worker (assets/javascripts/workers/search.*.js, Material 9) loads, for the languages of
`plugins.search.lang`: lunr.stemmer.support.min.js when any language needs a file, per language
other than English its lunr.<taal>.min.js, tinyseg.js for Japanese, wordcut.js for Hindi and Thai,
and lunr.multi.min.js for more than one language. The rest is left out of the site: fewer files
for a host that counts them, less to copy and compress on every build.
"""

from __future__ import annotations

from collections.abc import Iterable

FOLDER = "assets/javascripts/lunr/"
SUPPORT = "min/lunr.stemmer.support.min.js"
MULTI = "min/lunr.multi.min.js"
SEGMENTERS = {"ja": "tinyseg.js", "hi": "wordcut.js", "th": "wordcut.js"}
BUILT_IN = "en"  # lunr's own language: no file


def loaded_files(languages: Iterable[str]) -> set[str]:
    """The files under FOLDER the search worker loads for these languages."""
    languages = list(languages)
    loaded = {SEGMENTERS[language] for language in languages if language in SEGMENTERS}
    loaded |= {f"min/lunr.{language}.min.js" for language in languages if language != BUILT_IN}
    if len(languages) > 1:
        loaded.add(MULTI)
    if loaded:
        loaded.add(SUPPORT)
    return {FOLDER + name for name in loaded}


def never_loaded(theme_files: Iterable[str], languages: Iterable[str]) -> list[str]:
    """The theme's files (site paths) under FOLDER that the search never loads for `languages`."""
    loaded = loaded_files(languages)
    return [path for path in theme_files if path.startswith(FOLDER) and path not in loaded]
