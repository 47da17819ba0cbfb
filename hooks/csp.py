"""Write the tightest Content-Security-Policy that the built pages allow.

Material's pages carry a few small inline scripts (scope, palette, config),
and the composer page one <noscript> style. Rather than allowing every inline
script or style, we hash the ones the build produced and allow exactly those.
Under instant navigation the first page's policy stays in force, so every
page gets the union of all hashes. WebAssembly runs only in the composer's
worker, which a page's <meta> policy does not govern, so the page itself
needs no 'wasm-unsafe-eval'.
"""

from __future__ import annotations

import base64
import hashlib
import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

PLACEHOLDER = "__CSP__"
_INLINE_SCRIPT = re.compile(
    r"<script(?![^>]*\bsrc=)(?![^>]*application/json)[^>]*>(.*?)</script>", re.S
)
_INLINE_STYLE = re.compile(r"<style[^>]*>(.*?)</style>", re.S)

POLICY = (
    "default-src 'self'; "
    "script-src 'self' {scripts}; "
    "style-src 'self' {styles}; "
    "img-src 'self' data:; "
    "font-src 'self'; "
    "connect-src 'self'; "
    "worker-src 'self'; "
    "object-src 'none'; "
    "base-uri 'self'; "
    "form-action 'none'"
)


# The composer's worker owns Pyodide: it needs to compile WebAssembly and nothing from
# elsewhere. GitHub Pages sends no headers, so the service worker (hooks/offline.py)
# adds this policy to the worker script it serves; a page's <meta> can't govern a worker.
WORKER_POLICY = (
    "default-src 'self'; "
    "script-src 'self' 'wasm-unsafe-eval'; "
    "connect-src 'self'; "
    "object-src 'none'; "
    "base-uri 'none'"
)


def on_post_build(config: Any) -> None:
    pages = list(Path(config["site_dir"]).rglob("*.html"))
    texts = {page: page.read_text("utf-8") for page in pages}
    policy = POLICY.format(
        scripts=_hashes(_INLINE_SCRIPT, texts.values()),
        styles=_hashes(_INLINE_STYLE, texts.values()),
    )
    for page, text in texts.items():
        if PLACEHOLDER in text:
            page.write_text(text.replace(PLACEHOLDER, policy), "utf-8")


def _hashes(pattern: re.Pattern[str], texts: Iterable[str]) -> str:
    return " ".join(sorted({_hash(body) for text in texts for body in pattern.findall(text)}))


def _hash(body: str) -> str:
    digest = hashlib.sha256(body.encode("utf-8")).digest()
    return f"'sha256-{base64.b64encode(digest).decode()}'"
