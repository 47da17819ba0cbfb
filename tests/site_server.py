"""Serve a built site from a sub-path on loopback, as GitHub project Pages do."""

from __future__ import annotations

import email.utils
import functools
import gzip
import hashlib
import http.server
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import ClassVar

SUB_PATH = "/after-the-interview/"
_TEXT_TYPES = frozenset(
    {
        "text/html",
        "text/css",
        "text/javascript",
        "application/json",
        "image/svg+xml",
        "application/xml",
        "application/wasm",  # GitHub Pages compresses WebAssembly too
    }
)


class _SubPathHandler(http.server.SimpleHTTPRequestHandler):
    missing: frozenset[str] = frozenset()  # file names to answer 404 for, to test failures
    mounts: ClassVar[dict[str, Path]] = {}  # other folders beside the site, by URL prefix
    cache_seconds: int | None = None  # GitHub Pages sends max-age=600
    gzip_text: bool = False  # GitHub Pages gzips text; the benchmark does too
    validators: bool = False  # GitHub Pages sends ETag and Last-Modified, and answers 304
    sent: ClassVar[list[int]] = []  # bytes written per response, for the benchmark's totals
    log: ClassVar[list[tuple[str, int, int]]] = []  # (path, status, body bytes) per response
    extensions_map: ClassVar[dict[str, str]] = {
        **http.server.SimpleHTTPRequestHandler.extensions_map,
        ".mjs": "text/javascript",
        ".wasm": "application/wasm",
        ".whl": "application/zip",
        ".webmanifest": "application/manifest+json",
    }

    def translate_path(self, path: str) -> str:
        for prefix, folder in self.mounts.items():
            if path.startswith(prefix):
                return str(folder / path[len(prefix) :].split("?")[0])
        # Anything outside the sub-path must 404, as it would on Pages.
        if not path.startswith(SUB_PATH) or path.rsplit("/", 1)[-1] in self.missing:
            return str(Path(self.directory) / "__outside_sub_path__")
        return super().translate_path("/" + path[len(SUB_PATH) :])

    def do_GET(self) -> None:
        path = Path(self.translate_path(self.path))
        kind = self.guess_type(str(path))
        wants_gzip = "gzip" in self.headers.get("Accept-Encoding", "")
        zipped = self.gzip_text and wants_gzip and path.is_file() and kind in _TEXT_TYPES
        if not (path.is_file() and (zipped or self.validators)):
            super().do_GET()
            return
        raw = path.read_bytes()
        body = gzip.compress(raw, compresslevel=6, mtime=0) if zipped else raw
        tag = f'"{hashlib.sha1(raw).hexdigest()[:20]}{"-gz" if zipped else ""}"'
        modified = email.utils.formatdate(path.stat().st_mtime, usegmt=True)
        if self.validators and self._fresh(tag, path.stat().st_mtime):
            self.log.append((self.path, 304, 0))
            self.send_response(304)
            self._validator_headers(tag, modified)
            self.end_headers()
            return
        self.sent.append(len(body))
        self.log.append((self.path, 200, len(body)))
        self.send_response(200)
        self.send_header("Content-Type", kind)
        if zipped:
            self.send_header("Content-Encoding", "gzip")
        if self.validators:
            self._validator_headers(tag, modified)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def _validator_headers(self, tag: str, modified: str) -> None:
        self.send_header("ETag", tag)
        self.send_header("Last-Modified", modified)

    def _fresh(self, tag: str, mtime: float) -> bool:
        """Whether the browser's copy is current: If-None-Match first, as HTTP says."""
        match = self.headers.get("If-None-Match")
        if match is not None:
            return tag in [t.strip() for t in match.split(",")] or match.strip() == "*"
        since = self.headers.get("If-Modified-Since")
        if since:
            try:
                return int(mtime) <= email.utils.parsedate_to_datetime(since).timestamp()
            except (TypeError, ValueError):
                return False
        return False

    def copyfile(self, source, outputfile) -> None:  # type: ignore[no-untyped-def]
        # Count what goes over the wire (an uncompressed file), as the browser receives it.
        before = source.tell()
        super().copyfile(source, outputfile)
        self.sent.append(source.tell() - before)
        self.log.append((self.path, 200, source.tell() - before))

    def end_headers(self) -> None:
        if self.cache_seconds is not None:
            self.send_header("Cache-Control", f"max-age={self.cache_seconds}")
        super().end_headers()

    def log_message(self, format: str, *args: object) -> None:
        pass


sent_bytes: dict[str, list[int]] = {}
"""For each served URL, the body bytes of every response so far (gzipped where gzipped)."""
served_log: dict[str, list[tuple[str, int, int]]] = {}
"""For each served URL, (path, status, body bytes) of every file response so far."""


@contextmanager
def serve(
    site: Path,
    port: int = 0,
    missing: frozenset[str] = frozenset(),
    mounts: dict[str, Path] | None = None,
    cache_seconds: int | None = None,
    gzip_text: bool = False,
    validators: bool = False,
) -> Iterator[str]:
    """Yield the base URL of ``site`` served under :data:`SUB_PATH`, minus ``missing`` files."""
    settings = {
        "missing": missing,
        "mounts": mounts or {},
        "cache_seconds": cache_seconds,
        "gzip_text": gzip_text,
        "validators": validators,
    }
    handler_class = type("Handler", (_SubPathHandler,), {**settings, "sent": [], "log": []})
    handler = functools.partial(handler_class, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", port), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        url = f"http://127.0.0.1:{server.server_address[1]}{SUB_PATH}"
        sent_bytes[url] = handler_class.sent  # the benchmark reads and clears this list
        served_log[url] = handler_class.log
        yield url
    finally:
        server.shutdown()
        server.server_close()
