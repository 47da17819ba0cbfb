"""Serve a built site from a sub-path on loopback, as GitHub project Pages do."""

from __future__ import annotations

import functools
import http.server
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import ClassVar

SUB_PATH = "/after-the-interview/"


class _SubPathHandler(http.server.SimpleHTTPRequestHandler):
    missing: frozenset[str] = frozenset()  # file names to answer 404 for, to test failures
    mounts: ClassVar[dict[str, Path]] = {}  # other folders beside the site, by URL prefix
    cache_seconds: int | None = None  # GitHub Pages sends max-age=600
    extensions_map: ClassVar[dict[str, str]] = {
        **http.server.SimpleHTTPRequestHandler.extensions_map,
        ".mjs": "text/javascript",
        ".wasm": "application/wasm",
        ".whl": "application/zip",
    }

    def translate_path(self, path: str) -> str:
        for prefix, folder in self.mounts.items():
            if path.startswith(prefix):
                return str(folder / path[len(prefix) :].split("?")[0])
        # Anything outside the sub-path must 404, as it would on Pages.
        if not path.startswith(SUB_PATH) or path.rsplit("/", 1)[-1] in self.missing:
            return str(Path(self.directory) / "__outside_sub_path__")
        return super().translate_path("/" + path[len(SUB_PATH) :])

    def end_headers(self) -> None:
        if self.cache_seconds is not None:
            self.send_header("Cache-Control", f"max-age={self.cache_seconds}")
        super().end_headers()

    def log_message(self, format: str, *args: object) -> None:
        pass


@contextmanager
def serve(
    site: Path,
    port: int = 0,
    missing: frozenset[str] = frozenset(),
    mounts: dict[str, Path] | None = None,
    cache_seconds: int | None = None,
) -> Iterator[str]:
    """Yield the base URL of ``site`` served under :data:`SUB_PATH`, minus ``missing`` files."""
    settings = {"missing": missing, "mounts": mounts or {}, "cache_seconds": cache_seconds}
    handler_class = type("Handler", (_SubPathHandler,), settings)
    handler = functools.partial(handler_class, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", port), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}{SUB_PATH}"
    finally:
        server.shutdown()
        server.server_close()
