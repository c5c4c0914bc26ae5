"""What a static host needs besides the pages: the public address, sharing previews, the
Content-Security-Policy and other security headers, the hosting files with cache rules, and
precompressed copies of the largest text files. Pure functions on text, bytes and paths; the
MkDocs plugin (generator/mkdocs_plugin.py) calls them."""
