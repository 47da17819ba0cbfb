"""``mailto:`` links (RFC 6068)."""

from __future__ import annotations

from collections.abc import Iterable
from urllib.parse import quote

__all__ = ["mailto"]


def mailto(to: Iterable[str], subject: str, body: str) -> str:
    """A ``mailto:`` URI with recipients, subject and body.

    Line breaks become CRLF (``%0D%0A``), as RFC 6068 asks, and every
    character outside the unreserved set is percent-encoded as UTF-8.

    Example:
        >>> mailto(["ana@example.com"], "Thanks & more", "Hi Ana,\\nThanks.")
        'mailto:ana@example.com?subject=Thanks%20%26%20more&body=Hi%20Ana%2C%0D%0AThanks.'
    """
    addresses = ",".join(quote(address.strip(), safe="@") for address in to if address.strip())
    crlf_body = body.replace("\r\n", "\n").replace("\n", "\r\n")
    fields = [f"subject={quote(subject, safe='')}"] if subject else []
    fields.append(f"body={quote(crlf_body, safe='')}")
    return f"mailto:{addresses}?{'&'.join(fields)}"
