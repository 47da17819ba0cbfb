"""Serve a built site from a sub-path on loopback, as GitHub project Pages do."""

from __future__ import annotations

import functools
import gzip
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
    sent: ClassVar[list[int]] = []  # bytes written per response, for the benchmark's totals
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
        if not (self.gzip_text and wants_gzip and path.is_file() and kind in _TEXT_TYPES):
            super().do_GET()
            return
        body = gzip.compress(path.read_bytes(), compresslevel=6)
        self.sent.append(len(body))
        self.send_response(200)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def copyfile(self, source, outputfile) -> None:  # type: ignore[no-untyped-def]
        # Count what goes over the wire (an uncompressed file), as the browser receives it.
        before = source.tell()
        super().copyfile(source, outputfile)
        self.sent.append(source.tell() - before)

    def end_headers(self) -> None:
        if self.cache_seconds is not None:
            self.send_header("Cache-Control", f"max-age={self.cache_seconds}")
        super().end_headers()

    def log_message(self, format: str, *args: object) -> None:
        pass


sent_bytes: dict[str, list[int]] = {}
"""For each served URL, the body bytes of every response so far (gzipped where gzipped)."""


@contextmanager
def serve(
    site: Path,
    port: int = 0,
    missing: frozenset[str] = frozenset(),
    mounts: dict[str, Path] | None = None,
    cache_seconds: int | None = None,
    gzip_text: bool = False,
) -> Iterator[str]:
    """Yield the base URL of ``site`` served under :data:`SUB_PATH`, minus ``missing`` files."""
    settings = {
        "missing": missing,
        "mounts": mounts or {},
        "cache_seconds": cache_seconds,
        "gzip_text": gzip_text,
    }
    handler_class = type("Handler", (_SubPathHandler,), {**settings, "sent": []})
    handler = functools.partial(handler_class, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", port), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        url = f"http://127.0.0.1:{server.server_address[1]}{SUB_PATH}"
        sent_bytes[url] = handler_class.sent  # the benchmark reads and clears this list
        yield url
    finally:
        server.shutdown()
        server.server_close()
