"""Offline after one visit, and a working composer across a redeploy."""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import zipfile
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from checkout import copy_checkout
from playwright.sync_api import Browser, Page, expect
from site_server import SUB_PATH, serve, served_log

from .conftest import watch
from .test_composer_page import NOW, READY, fill_basics


def _port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _build(tmp: Path, port: int, edit: tuple[str, str, str] | None = None) -> Path:
    """The site built from a copy of this checkout, with one text edit, for http://127.0.0.1:port."""
    work = copy_checkout(tmp / "repo", edit)
    site = tmp / "site"
    env = {
        **os.environ,
        "NO_MKDOCS_2_WARNING": "1",
        "SITE_URL": f"http://127.0.0.1:{port}{SUB_PATH}",
    }
    done = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-d", str(site)],
        cwd=work, env=env, capture_output=True, text=True,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    return site


def test_after_one_visit_the_guide_and_the_composer_work_offline(
    browser: Browser, built_site: Path
):
    """One visit to the composer saves the site: offline, a guide page loads and the composer composes."""
    context = browser.new_context(locale="en-GB")
    try:
        with serve(built_site, _port(), cache_seconds=600) as url:
            page = watch(context, url.split(SUB_PATH)[0]).page
            page.goto(url + "composer/")
            expect(page.locator("#composer-status-text")).to_have_text(READY, timeout=60_000)
            expect(page.locator("#offline-note")).to_have_text(
                re.compile("^Works offline"), timeout=60_000
            )
            context.set_offline(True)
            page.goto(url + "when/")
            expect(page.locator("h1")).to_have_text(re.compile("^When to follow up"))
            page.goto(url + "composer/")
            expect(page.locator("#composer-status-text")).to_have_text(READY, timeout=60_000)
            fill_basics(page)
            expect(page.locator("#draft-0-body")).to_have_value(re.compile("^Hi Priya,"))
    finally:
        context.close()


def test_the_composer_s_worker_runs_under_its_own_policy(browser: Browser, built_site: Path):
    """Once the site is saved, the service worker serves the composer's worker script with a
    Content-Security-Policy of its own (same origin only, WebAssembly allowed), and Python
    still starts and composes under it."""
    from csp import WORKER_POLICY

    context = browser.new_context(locale="en-GB")
    try:
        with serve(built_site, _port()) as url:
            page = watch(context, url.split(SUB_PATH)[0]).page
            page.goto(url + "composer/")
            expect(page.locator("#offline-note")).to_have_text(
                re.compile("^Works offline"), timeout=60_000
            )
            policies = []
            page.on(
                "response",
                lambda response: policies.append(response.headers.get("content-security-policy"))
                if response.url.endswith("composer-worker.mjs")
                else None,
            )
            page.reload()
            expect(page.locator("#composer-status-text")).to_have_text(READY, timeout=60_000)
            assert policies == [WORKER_POLICY]
            fill_basics(page)
            expect(page.locator("#draft-0-body")).to_have_value(re.compile("^Hi Priya,"))
    finally:
        context.close()


def test_a_page_that_cannot_be_saved_means_no_works_offline_claim(
    browser: Browser, built_site: Path, tmp_path: Path
):
    """If one page fails while the site is being saved (here: it is missing), saving fails as a
    whole and the composer says it works online only, never "Works offline"."""
    import shutil

    site = tmp_path / "site"
    shutil.copytree(built_site, site)
    shutil.rmtree(site / "faq")  # its URL, faq/, now answers 404
    context = browser.new_context(locale="en-GB")
    try:
        with serve(site, _port()) as url:
            page = watch(context, url.split(SUB_PATH)[0]).page
            page.goto(url + "composer/")
            expect(page.locator("#composer-status-text")).to_have_text(READY, timeout=60_000)
            expect(page.locator("#offline-note")).to_have_text(
                "The site couldn't be saved for offline use this time; it works while you're online.",
                timeout=60_000,
            )
    finally:
        context.close()


@pytest.mark.parametrize("with_offline_cache", [False, True])
def test_a_redeploy_between_two_visits_composes_with_the_new_code(
    browser: Browser, tmp_path: Path, with_offline_cache: bool
):
    """Two builds differing in the composer, served at one address with Pages' caching: the second
    visit writes with the new templates, with no integrity error, whether or not the first visit
    left the site saved for offline use."""
    port = _port()
    old = _build(tmp_path / "old", port)
    new = _build(
        tmp_path / "new",
        port,
        (
            "composer/templates/thank-you-interview.toml",
            "I left even keener to join $company.",
            "I am keener than ever to join $company.",
        ),
    )
    context = browser.new_context(
        locale="en-GB", service_workers="allow" if with_offline_cache else "block"
    )
    try:
        with serve(old, port, cache_seconds=600) as url:
            watched = watch(context, f"http://127.0.0.1:{port}")
            page = watched.page
            page.clock.set_fixed_time(NOW)
            page.goto(url + "composer/")
            expect(page.locator("#composer-status-text")).to_have_text(READY, timeout=60_000)
            fill_basics(page)
            expect(page.locator("#draft-0-body")).to_have_value(re.compile("I left even keener"))
            if with_offline_cache:
                expect(page.locator("#offline-note")).to_have_text(
                    re.compile("^Works offline"), timeout=60_000
                )
        with serve(new, port, cache_seconds=600) as url:
            page.reload()
            expect(page.locator("#composer-status-text")).to_have_text(READY, timeout=60_000)
            expect(page.locator("#draft-0-body")).to_have_value(re.compile("I am keener than ever"))
            assert not [
                e
                for e in watched.console_errors
                if "sha256" in e.lower() or "integrity" in e.lower()
            ]
            assert watched.console_errors == []
    finally:
        context.close()


SNAPSHOT_KEYS = "caches.open('after-the-interview:python').then(c => c.keys()).then(k => k.map(r => r.url))"


def _snapshot_keys_once_saved(page: Page) -> list[str]:
    """The snapshot cache's keys, once the first visit has compressed and stored one."""
    for _ in range(150):  # compression runs after the composer is ready
        keys: list[str] = page.evaluate(SNAPSHOT_KEYS)
        if keys and "0.0.1" not in keys[0]:
            return keys
        page.wait_for_timeout(200)
    return list(page.evaluate(SNAPSHOT_KEYS))


@contextmanager
def _composer(browser: Browser, site: Path, **serving: Any) -> Iterator[tuple[Page, str]]:
    """A fresh browser profile on the composer page of ``site`` (served with ``serving``), and
    the site's address, once Python is ready."""
    context = browser.new_context(locale="en-GB")
    try:
        with serve(site, _port(), **serving) as url:
            page = watch(context, url.split(SUB_PATH)[0]).page
            page.goto(url + "composer/")
            expect(page.locator("#composer-status-text")).to_have_text(READY, timeout=60_000)
            yield page, url
    finally:
        context.close()


def test_a_stale_python_snapshot_is_keyed_by_pyodide_version(browser: Browser, built_site: Path):
    """The start-up snapshot is stored under Pyodide's version and the standard library's hash,
    and one under another version is ignored: Python starts fresh, composes, and stores a
    snapshot for what it runs, in place of the stale one."""
    with _composer(browser, built_site) as (page, url):
        page.evaluate(
            "async () => { const c = await caches.open('after-the-interview:python');"
            " for (const k of await c.keys()) await c.delete(k);"
            f" await c.put('{url}pyodide/python-snapshot-0.0.1.gz', new Response('not a snapshot')); }}"
        )
        page.reload()
        expect(page.locator("#composer-status-text")).to_have_text(READY, timeout=60_000)
        expect(page.locator("#composer-app")).to_have_attribute("data-python-start", "fresh")
        fill_basics(page)
        expect(page.locator("#draft-0-body")).to_have_value(re.compile("^Hi Priya,"))
        keys = _snapshot_keys_once_saved(page)
        stdlib = json.loads((built_site / "pyodide" / "pyodide-lock.json").read_text())["stdlib"]
        assert keys == [f"{url}pyodide/python-snapshot-314.0.7-{stdlib['sha256'][:16]}.gz"]


def test_a_redeploy_with_another_standard_library_never_restores_the_old_snapshot(
    browser: Browser, built_site: Path, tmp_path: Path
):
    """A snapshot remembers where each module sat in the zip it was taken with; restored beside
    another zip, Python fails to import. After a redeploy that changes the standard library (the
    same files, packed differently), a returning reader's Python starts fresh and composes."""
    site = Path(shutil.copytree(built_site, tmp_path / "site"))
    lock_file = site / "pyodide" / "pyodide-lock.json"
    with _composer(browser, site) as (page, url):
        assert len(_snapshot_keys_once_saved(page)) == 1

        # The redeploy: the same modules, repacked, so each sits at another offset.
        lock = json.loads(lock_file.read_text())
        old = site / "pyodide" / lock["stdlib"]["file_name"]
        with zipfile.ZipFile(old) as source:
            files = [(info, source.read(info)) for info in reversed(source.infolist())]
        repacked = old.with_name("repacked.zip")
        with zipfile.ZipFile(repacked, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as target:
            for info, data in files:
                target.writestr(info, data)
        digest = hashlib.sha256(repacked.read_bytes()).hexdigest()
        new = site / "pyodide" / "stdlib" / digest[:16] / "python_stdlib.zip"
        new.parent.mkdir()
        repacked.rename(new)
        shutil.rmtree(old.parent)
        lock["stdlib"] = {"file_name": new.relative_to(site / "pyodide").as_posix(), "sha256": digest}
        lock_file.write_text(json.dumps(lock))

        page.reload()
        expect(page.locator("#composer-status-text")).to_have_text(READY, timeout=60_000)
        expect(page.locator("#composer-app")).to_have_attribute("data-python-start", "fresh")
        fill_basics(page)
        expect(page.locator("#draft-0-body")).to_have_value(re.compile("^Hi Priya,"))
        assert _snapshot_keys_once_saved(page) == [f"{url}pyodide/python-snapshot-314.0.7-{digest[:16]}.gz"]


def test_files_named_by_their_content_come_from_the_saved_copy(browser: Browser, built_site: Path):
    """Once the site is saved, the wheel and the standard library (whose paths carry their hash,
    so they can never change) are served from the saved copy without a request, even when the
    HTTP cache has gone stale; files without a hash in their name are still revalidated."""
    with _composer(browser, built_site, cache_seconds=0, validators=True) as (page, url):
        expect(page.locator("#offline-note")).to_have_text(re.compile("^Works offline"), timeout=60_000)
        log = served_log[url]
        log.clear()
        page.reload()
        expect(page.locator("#composer-status-text")).to_have_text(READY, timeout=60_000)
        fill_basics(page)
        expect(page.locator("#draft-0-body")).to_have_value(re.compile("^Hi Priya,"))
        asked = [path for path, _, _ in log]
        assert any(path.endswith("/pyodide/pyodide.asm.wasm") for path in asked), asked
        assert any(path.endswith("/pyodide/pyodide-lock.json") for path in asked), asked
        assert not [path for path in asked if re.search(r"/pyodide/(wheels|stdlib)/", path)], asked


def test_the_offline_save_takes_what_the_visit_fetched_from_the_http_cache(browser: Browser, built_site: Path):
    """Saving the site for offline use takes each file the visit has just fetched from the
    browser's HTTP cache, once its hash matches the build's manifest: the server is asked only
    for what the visit had not fetched, and nothing is revalidated or downloaded twice. (The
    server gzips as Pages does: the browser's in-memory cache here keeps no 9.6 MB file.)"""
    with _composer(browser, built_site, cache_seconds=600, gzip_text=True, validators=True) as (page, url):
        expect(page.locator("#offline-note")).to_have_text(re.compile("^Works offline"), timeout=60_000)
        log = served_log[url]
        assert [path for path, status, _ in log if status == 304] == []
        asked = Counter(path for path, _, _ in log)
        assert asked[SUB_PATH + "pyodide/pyodide.asm.wasm"] == 1
        assert asked[SUB_PATH + "when/"] == 1  # a page the visit had not fetched: asked for once
        assert {path: n for path, n in asked.items() if n > 1 and "pyodide-lock" not in path} == {}
