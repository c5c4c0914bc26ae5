"""Serve a built site on 127.0.0.1 the way a real host does: text gzipped when the browser asks
for it, everything else as it is, 404.html for a missing page."""

from __future__ import annotations

import gzip
import mimetypes
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from functools import partial
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import unquote, urlsplit

GZIP_LEVEL = 6
COMPRESSED_TYPES = ("text/", "application/javascript", "application/json", "application/xml", "image/svg+xml")
EXTRA_TYPES = {".js": "application/javascript", ".json": "application/json", ".wasm": "application/wasm", ".pf_meta": "application/octet-stream"}


class SiteHandler(BaseHTTPRequestHandler):
    def __init__(self, *args, root: Path, **kwargs):
        self.root = root
        super().__init__(*args, **kwargs)

    def do_GET(self) -> None:  # noqa: N802 (the name http.server calls)
        self._respond(send_body=True)

    def do_HEAD(self) -> None:  # noqa: N802
        self._respond(send_body=False)

    def log_message(self, format: str, *args) -> None:  # noqa: A002
        pass  # the benchmark prints its own progress

    def _respond(self, send_body: bool) -> None:
        path, status = self._file()
        body = path.read_bytes()
        content_type = _content_type(path)
        gzipped = "gzip" in self.headers.get("Accept-Encoding", "") and content_type.startswith(COMPRESSED_TYPES)
        if gzipped:
            body = gzip.compress(body, GZIP_LEVEL)
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        if gzipped:
            self.send_header("Content-Encoding", "gzip")
        self.send_header("Cache-Control", "no-cache")
        self.end_headers()
        if send_body:
            self.wfile.write(body)

    def _file(self) -> tuple[Path, HTTPStatus]:
        relative = unquote(urlsplit(self.path).path).lstrip("/")
        candidate = (self.root / relative).resolve()
        if candidate.is_dir():
            candidate = candidate / "index.html"
        if candidate.is_relative_to(self.root) and candidate.is_file():
            return candidate, HTTPStatus.OK
        return self.root / "404.html", HTTPStatus.NOT_FOUND


def _content_type(path: Path) -> str:
    found = EXTRA_TYPES.get(path.suffix) or mimetypes.guess_type(path.name)[0] or "application/octet-stream"
    return f"{found}; charset=utf-8" if found.startswith("text/") else found


@contextmanager
def serving(site: Path) -> Iterator[str]:
    """The site's address while the block runs."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), partial(SiteHandler, root=site.resolve()))
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()
