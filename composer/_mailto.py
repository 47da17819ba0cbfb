"""``mailto:`` links (RFC 6068)."""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

__all__ = ["mailto", "percent_encode"]

# RFC 3986 unreserved characters. Written out rather than importing
# urllib.parse, which costs ~57 ms to import inside Pyodide (bench/RESULTS.md).
_UNRESERVED = frozenset(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")


def percent_encode(text: str, safe: str = "") -> str:
    """Percent-encode ``text`` as UTF-8, keeping unreserved characters and ``safe``.

    Example:
        >>> percent_encode("a b&c/é", safe="/")
        'a%20b%26c/%C3%A9'
    """
    return "".join(map(_table(safe).__getitem__, text.encode("utf-8")))


@lru_cache(maxsize=8)
def _table(safe: str) -> tuple[str, ...]:
    """Each byte's encoding, looked up rather than computed: a letter at a time in Python was
    the slowest part of a keystroke's answer on a slow phone (bench/LEVERS.md)."""
    keep = _UNRESERVED | frozenset(safe.encode("ascii"))
    return tuple(chr(byte) if byte in keep else f"%{byte:02X}" for byte in range(256))


def mailto(to: Iterable[str], subject: str, body: str) -> str:
    """A ``mailto:`` URI with recipients, subject and body.

    Line breaks become CRLF (``%0D%0A``), as RFC 6068 asks, and every
    character outside the unreserved set is percent-encoded as UTF-8.

    Example:
        >>> mailto(["ana@example.com"], "Thanks & more", "Hi Ana,\\nThanks.")
        'mailto:ana@example.com?subject=Thanks%20%26%20more&body=Hi%20Ana%2C%0D%0AThanks.'
    """
    addresses = ",".join(percent_encode(a.strip(), safe="@") for a in to if a.strip())
    crlf_body = body.replace("\r\n", "\n").replace("\n", "\r\n")
    fields = [f"subject={percent_encode(subject)}"] if subject else []
    fields.append(f"body={percent_encode(crlf_body)}")
    return f"mailto:{addresses}?{'&'.join(fields)}"
