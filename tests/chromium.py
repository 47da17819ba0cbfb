"""Debian's chromium, as the browser tests and the benchmark launch it."""

from __future__ import annotations

import shutil

# Headless and quiet: without the background-networking flags Chromium keeps
# trying hosts that this sandbox (and a reader's privacy) would rather it didn't.
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def find_chromium() -> str | None:
    """The system browser: Debian's chromium, or Chrome on GitHub's Ubuntu runners."""
    return shutil.which("chromium") or shutil.which("google-chrome")
