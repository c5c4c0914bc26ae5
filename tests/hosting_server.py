"""A small web server that serves a built site the way a static host does that reads `_headers`
(Netlify, Cloudflare Pages): each response gets the headers of every rule whose pattern matches
its path, a request that accepts gzip gets the precompressed copy where there is one (as nginx's
gzip_static does), and an unknown address gets the site's own 404 page."""

from __future__ import annotations

import email.utils
import functools
import re
import threading
from dataclasses import dataclass
from http import HTTPStatus
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import unquote, urlsplit

HEADERS_FILE = "_headers"


@dataclass(frozen=True)
class Rule:
    pattern: str
    headers: tuple[tuple[str, str], ...]

    def matches(self, path: str) -> bool:
        expression = ".*".join(re.escape(part) for part in self.pattern.split("*"))
        return re.fullmatch(expression, path) is not None


def read_rules(text: str) -> list[Rule]:
    """The rules of a _headers file: a line with a path pattern, then indented `Name: value` lines."""
    rules: list[Rule] = []
    pattern, headers = None, []
    for line in text.splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if not line[0].isspace():
            if pattern is not None:
                rules.append(Rule(pattern, tuple(headers)))
            pattern, headers = line.strip(), []
        else:
            name, separator, value = line.strip().partition(":")
            assert separator and pattern is not None, f"bad line in {HEADERS_FILE}: {line!r}"
            headers.append((name.strip(), value.strip()))
    if pattern is not None:
        rules.append(Rule(pattern, tuple(headers)))
    return rules


def headers_for(rules: list[Rule], path: str) -> list[tuple[str, str]]:
    """Every matching rule's headers, in file order (Cloudflare Pages joins a header that two rules
    set; the tests check that none is set twice)."""
    return [header for rule in rules if rule.matches(path) for header in rule.headers]


class HostingHandler(SimpleHTTPRequestHandler):
    rules: list[Rule] = []

    def log_message(self, format, *args):  # noqa: A002 - the signature is http.server's
        pass

    def end_headers(self):
        for name, value in headers_for(self.rules, unquote(urlsplit(self.path).path)):
            self.send_header(name, value)
        super().end_headers()

    def send_head(self):
        path = Path(self.translate_path(self.path))
        if path.is_dir() and self.path.split("?")[0].endswith("/"):
            path = path / "index.html"
        copy = path.with_name(path.name + ".gz")
        if path.is_file() and copy.is_file() and "gzip" in self.headers.get("Accept-Encoding", ""):
            return self._send_file(copy, HTTPStatus.OK, self.guess_type(str(path)), encoding="gzip")
        return super().send_head()

    def send_error(self, code, message=None, explain=None):
        page = Path(self.directory) / "404.html"
        if code == HTTPStatus.NOT_FOUND and page.is_file():
            stream = self._send_file(page, HTTPStatus.NOT_FOUND, "text/html")
            if self.command != "HEAD":
                self.copyfile(stream, self.wfile)
            stream.close()
            return
        super().send_error(code, message, explain)

    def _send_file(self, path: Path, status: HTTPStatus, content_type: str, encoding: str | None = None):
        stream = path.open("rb")
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        if encoding:
            self.send_header("Content-Encoding", encoding)
            self.send_header("Vary", "Accept-Encoding")
        self.send_header("Content-Length", str(path.stat().st_size))
        self.send_header("Last-Modified", email.utils.formatdate(path.stat().st_mtime, usegmt=True))
        self.end_headers()
        return stream


@dataclass
class SiteServer:
    root: Path
    url: str
    server: ThreadingHTTPServer

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()


def serve(root: Path) -> SiteServer:
    """Serve `root` on a free port of 127.0.0.1, with the headers of its _headers file (if any)."""
    headers_file = root / HEADERS_FILE
    rules = read_rules(headers_file.read_text(encoding="utf-8")) if headers_file.is_file() else []
    handler = functools.partial(type("SiteHandler", (HostingHandler,), {"rules": rules}), directory=str(root))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return SiteServer(root, f"http://127.0.0.1:{server.server_address[1]}", server)


def server_of(site_fixture: str, scope: str = "module"):
    """A pytest fixture that serves the site the fixture named `site_fixture` builds, for as long
    as `scope` lasts: `years_server = server_of("years_site")` in a test module."""
    import pytest

    @pytest.fixture(scope=scope)
    def server(request):
        running = serve(request.getfixturevalue(site_fixture))
        yield running
        running.stop()

    return server
