"""Draw the web app icons (docs/images/icon-192.png, icon-512.png) from the favicon's shapes.

Standard library only: the favicon is a rounded teal square with a white envelope, so
the icons are drawn pixel by pixel at full size (no image library, nothing to pin).
Run it again only when the favicon changes; the PNGs are committed.
"""

from __future__ import annotations

import struct
import sys
import zlib
from pathlib import Path

TEAL, WHITE = (0x00, 0x89, 0x7B), (0xFF, 0xFF, 0xFF)
OUT = Path(__file__).resolve().parents[1] / "docs" / "images"


def _envelope(x: float, y: float) -> bool:
    """Whether a point of the 24-unit favicon grid is white (its two envelope paths)."""
    if not 5 <= x <= 19:
        return False
    fold = 12 - 4.5 * abs(x - 12) / 7  # the flap's lower edge, 12 at the middle, 7.5 at the sides
    if 7 <= y <= fold:  # the flap: from the top edge down to the V
        return True
    return 9.8 + (fold - 7.5) <= y <= 17 and y >= fold + 2.3  # the body, below a 2.3-unit gap


def _pixel(px: int, py: int, size: int) -> tuple[int, int, int]:
    # A maskable icon: the teal fills the square, the envelope sits in the safe zone.
    x, y = (px + 0.5) * 24 / size, (py + 0.5) * 24 / size
    scale = 0.8  # keep the envelope inside the central 80% a launcher may crop to
    ex, ey = 12 + (x - 12) / scale, 12 + (y - 12) / scale
    return WHITE if _envelope(ex, ey) else TEAL


def png(size: int) -> bytes:
    rows = b"".join(
        b"\0" + bytes(c for px in range(size) for c in _pixel(px, py, size)) for py in range(size)
    )

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", size, size, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rows, 9))
        + chunk(b"IEND", b"")
    )


def main() -> int:
    for size in (192, 512):
        (OUT / f"icon-{size}.png").write_bytes(png(size))
    return 0


if __name__ == "__main__":
    sys.exit(main())
