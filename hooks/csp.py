"""Write the tightest Content-Security-Policy that the built pages allow.

Material's pages carry a few small inline scripts (scope, palette, config).
Rather than allowing every inline script, we hash the ones the build
produced and allow exactly those. Under instant navigation the first page's
policy stays in force, so every page gets the union of all hashes.
"""

from __future__ import annotations

import base64
import hashlib
import re
from pathlib import Path
from typing import Any

PLACEHOLDER = "__CSP__"
_INLINE_SCRIPT = re.compile(
    r"<script(?![^>]*\bsrc=)(?![^>]*application/json)[^>]*>(.*?)</script>", re.S
)

POLICY = (
    "default-src 'self'; "
    "script-src 'self' 'wasm-unsafe-eval' {hashes}; "
    "style-src 'self' 'unsafe-inline'; "  # Material sets style attributes at run time
    "img-src 'self' data:; "
    "font-src 'self'; "
    "connect-src 'self'; "
    "worker-src 'self'; "
    "object-src 'none'; "
    "base-uri 'self'; "
    "form-action 'none'"
)


def on_post_build(config: Any) -> None:
    pages = list(Path(config["site_dir"]).rglob("*.html"))
    texts = {page: page.read_text("utf-8") for page in pages}
    hashes = sorted(
        {_hash(body) for text in texts.values() for body in _INLINE_SCRIPT.findall(text)}
    )
    policy = POLICY.format(hashes=" ".join(hashes))
    for page, text in texts.items():
        if PLACEHOLDER in text:
            page.write_text(text.replace(PLACEHOLDER, policy), "utf-8")


def _hash(body: str) -> str:
    digest = hashlib.sha256(body.encode("utf-8")).digest()
    return f"'sha256-{base64.b64encode(digest).decode()}'"
