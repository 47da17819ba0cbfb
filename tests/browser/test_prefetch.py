"""Prefetch from the guide (issue 22): pointing at the composer link fetches Python and the
wheel at low priority, and the composer page then downloads none of them a second time,
whether the prefetch had finished or was still on its way when the reader clicked. The
server behaves as GitHub Pages does (gzip, max-age=600, ETag and Last-Modified, 304s), so
a revalidation is not a download. Not timed: the benchmark measures how much it saves."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, expect
from site_server import SUB_PATH, serve, served_log

from .test_composer_page import READY
from .test_offline import _port

PYODIDE_FILES = re.compile(
    r"/pyodide/(pyodide\.mjs|pyodide\.asm\.mjs|pyodide\.asm\.wasm|stdlib/\w+/python_stdlib\.zip|wheels/.+\.whl)$"
)
TEN_MBIT = {"offline": False, "downloadThroughput": 10e6 / 8, "uploadThroughput": 3e6 / 8, "latency": 40}



@pytest.fixture(scope="module")
def pages_like(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, int]:
    """The site built for its own port: instant navigation follows only links its sitemap
    lists, and the sitemap names the port the site was built for."""
    port = _port()
    site = tmp_path_factory.mktemp("prefetch-site")
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "SITE_URL": f"http://127.0.0.1:{port}{SUB_PATH}"}
    done = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-d", str(site)],
        cwd=Path(__file__).resolve().parents[2], env=env, capture_output=True, text=True,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    return site, port


@contextmanager
def _on_ten_mbit(browser: Browser, pages_like: tuple[Path, int]) -> Iterator[tuple[Page, str]]:
    """A fresh browser profile's page on a 10 Mbit/s line, and the Pages-like site's address."""
    context = browser.new_context(locale="en-GB")
    site, port = pages_like
    try:
        with serve(site, port, cache_seconds=600, gzip_text=True, validators=True) as url:
            page = context.new_page()
            session = context.new_cdp_session(page)
            session.send("Network.enable")
            session.send("Network.emulateNetworkConditions", TEN_MBIT)
            yield page, url
    finally:
        context.close()


def _downloads(url: str) -> Counter[str]:
    """Full downloads (200s) of each Pyodide file so far, by file name; a 304 is not a download."""
    return Counter(
        PYODIDE_FILES.search(path).group(1).rsplit("/", 1)[-1]
        for path, status, _ in served_log[url]
        if status == 200 and PYODIDE_FILES.search(path)
    )


@pytest.mark.parametrize("wait_for_prefetch", [True, False], ids=["prefetch done", "prefetch in flight"])
def test_a_prefetch_from_the_guide_is_never_downloaded_again(
    browser: Browser, pages_like: tuple[Path, int], wait_for_prefetch: bool
):
    """From a guide page on a 10 Mbit/s line: the pointer crosses the composer link, and the
    reader clicks after the prefetch has finished, or while it is still downloading. Every
    Pyodide file and the wheel is downloaded once, by the prefetch, and the composer is ready
    and composes; the offline save that follows only revalidates."""
    with _on_ten_mbit(browser, pages_like) as (page, url):
        page.goto(url + "when/")
        link = page.locator('a[href$="composer/"]').first
        assert _downloads(url) == Counter()  # a guide page alone fetches nothing of Python
        link.hover()
        root = page.locator("html")
        if wait_for_prefetch:
            expect(root).to_have_attribute("data-prefetch", "done", timeout=60_000)
        else:
            expect(root).to_have_attribute("data-prefetch", "started")
        link.click()
        expect(page.locator("#composer-status-text")).to_have_text(READY, timeout=120_000)
        expect(page.locator("#offline-note")).to_have_text(re.compile("^Works offline"), timeout=120_000)
        downloads = _downloads(url)
        assert set(downloads) >= {"pyodide.asm.wasm", "python_stdlib.zip", "pyodide.asm.mjs"}
        assert any(name.endswith(".whl") for name in downloads)
        assert {name: n for name, n in downloads.items() if n > 1} == {}, downloads
        # Instant navigation kept the guide's document, so its prefetch ran to the end.
        assert root.get_attribute("data-prefetch") == "done"
        assert page.url.endswith(SUB_PATH + "composer/")



def test_the_composer_page_starts_the_big_downloads_itself_and_never_twice(
    browser: Browser, pages_like: tuple[Path, int]
):
    """A first visit straight to the composer: its worker starts Python's downloads and the
    wheel's before its own imports ask for them, and those requests join the downloads: each
    file is downloaded once. A second visit, with Python's snapshot stored, downloads none."""
    with _on_ten_mbit(browser, pages_like) as (page, url):
        page.goto(url + "composer/")
        expect(page.locator("#composer-status-text")).to_have_text(READY, timeout=120_000)
        expect(page.locator("#offline-note")).to_have_text(re.compile("^Works offline"), timeout=120_000)
        first = _downloads(url)
        assert set(first) >= {"pyodide.asm.wasm", "python_stdlib.zip", "pyodide.asm.mjs"}
        assert {name: n for name, n in first.items() if n > 1} == {}, first
        page.reload()
        expect(page.locator("#composer-status-text")).to_have_text(READY, timeout=120_000)
        assert _downloads(url) == first

