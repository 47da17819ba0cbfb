"""Write the site's service worker: offline after one visit, and safe across redeploys.

A short hand-written worker (docs/javascripts/sw-template.js) with a manifest
this hook writes into it: every page, asset and Pyodide file, each with its
content hash. The cache's name is the hash of the whole manifest, so each
build gets its own cache and the previous one is dropped when the new worker
activates. We chose this over Workbox: the worker is some sixty lines, needs no
build-time npm tooling beyond what the site already has, and every rule in it
(network first, same origin only) is visible at a glance.

Runs after hooks/csp.py, so the hashes cover the pages as they are served.
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from csp import WORKER_POLICY

TEMPLATE = Path(__file__).resolve().parent.parent / "docs" / "javascripts" / "sw-template.js"
# Not worth keeping offline: source maps, the gzipped sitemap, the worker itself, and
# search's stemmers for other languages (the site is in English).
_SKIP_SUFFIXES = (".map", ".gz")
_SKIP_NAMES = {"sw.js", "sw-template.js", "sitemap.xml"}
_SKIP_FOLDERS = ("assets/javascripts/lunr/",)


def _url(site: Path, file: Path) -> str:
    """The path a browser asks for: pages by their folder, everything else by file."""
    relative = file.relative_to(site).as_posix()
    if relative == "index.html":
        return "./"
    if relative.endswith("/index.html"):
        return relative.removesuffix("index.html")
    return relative


def manifest(site: Path) -> dict[str, str]:
    """Every file worth having offline, by URL relative to the site, with its sha256 (16 hex)."""
    entries = {}
    for file in sorted(site.rglob("*")):
        if not file.is_file() or file.name in _SKIP_NAMES or file.suffix in _SKIP_SUFFIXES:
            continue
        url = _url(site, file)
        if not url.startswith(_SKIP_FOLDERS):
            entries[url] = hashlib.sha256(file.read_bytes()).hexdigest()[:16]
    return entries


def on_post_build(config: Any) -> None:
    site = Path(config["site_dir"])
    files = manifest(site)
    version = hashlib.sha256(json.dumps(files, sort_keys=True).encode()).hexdigest()[:16]
    manifest_data = {"version": version, "files": files, "workerPolicy": WORKER_POLICY}
    worker = TEMPLATE.read_text("utf-8").replace(
        "self.__MANIFEST__", json.dumps(manifest_data, indent=0)
    )
    (site / "sw.js").write_text(worker, "utf-8")
    (site / "javascripts" / "sw-template.js").unlink(missing_ok=True)
