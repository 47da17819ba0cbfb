"""One visit each: the composer to its first real draft, the stock console to its prompt, a
guide page that prefetches before the click, and keystrokes to preview. Every visit returns
milliseconds from navigation start, the bytes the server sent, and when the last byte of
the visit's downloads arrived (so the benchmark can tell download from CPU work)."""

from __future__ import annotations

import time
from typing import Any

from playwright.sync_api import Browser, BrowserContext, Page, Route
from site_server import SUB_PATH, sent_bytes

__all__ = [
    "anchor_visit",
    "compose_latency",
    "composer_visit",
    "new_context",
    "prefetch_visit",
]

Profile = dict[str, float] | None
SNAPSHOT_STORED = "caches.open('after-the-interview:python').then(c => c.keys()).then(k => k.length > 0)"
_MARKS = "['first-contentful-paint', 'composer:python-ready', 'composer:first-draft']"


def new_context(browser: Browser, cdn: dict[str, Any] | None = None, *, service_workers: bool = True) -> BrowserContext:
    """A fresh profile. Only the stock console's needs its CDN (``cdn``: needle → file) answered
    locally, and Playwright turns the HTTP cache off in a context with routes."""
    context = browser.new_context(service_workers="allow" if service_workers else "block")
    if cdn:

        def answer(route: Route) -> None:
            for needle, path in cdn.items():
                if needle in route.request.url:
                    kind = "text/css" if path.suffix == ".css" else "text/javascript"
                    route.fulfill(path=str(path), content_type=kind)
                    return
            route.abort()

        context.route("https://cdn.jsdelivr.net/**", answer)
    return context


class _LastByte:
    """When the last byte that came over the network (not from a cache, nor a request that
    joined another's download) arrived, for a page and its workers: Playwright reports the
    worker's requests too, with their timing and how many body bytes crossed the wire."""

    def __init__(self, context: BrowserContext) -> None:
        self.at = 0.0
        self._context = context
        context.on("requestfinished", self._finished)

    def _finished(self, request: Any) -> None:
        try:
            body = request.sizes()["responseBodySize"]
        except Exception:  # the page has gone: nothing more to learn from it
            return
        timing = request.timing
        if body > 2048 and timing.get("startTime", -1) > 0 and timing.get("responseEnd", -1) >= 0:
            self.at = max(self.at, timing["startTime"] + timing["responseEnd"])

    def since(self, page: Page) -> float | None:
        """Milliseconds from navigation start (``performance.timeOrigin``) to the last byte."""
        self._context.remove_listener("requestfinished", self._finished)
        return self.at - page.evaluate("performance.timeOrigin") if self.at else None


def _page(context: BrowserContext, profile: Profile) -> tuple[Page, _LastByte]:
    """A new page whose requests (its workers' included) go through the network ``profile``,
    and the watch on its last byte."""
    last = _LastByte(context)
    page = context.new_page()
    if profile:
        session = context.new_cdp_session(page)
        session.send("Network.enable")
        session.send("Network.emulateNetworkConditions", {"offline": False, **profile})
    return page, last


def _served(url: str) -> int:
    return sum(sent_bytes[url])


def _marks(page: Page) -> list[float | None]:
    for _ in range(400):
        marks = page.evaluate(f"{_MARKS}.map(n => performance.getEntriesByName(n)[0]?.startTime ?? null)")
        if None not in marks:
            return marks
        time.sleep(0.05)
    return marks


def composer_visit(context: BrowserContext, url: str, profile: Profile = None, *, offline_save: bool = True) -> dict[str, Any]:
    """The composer, "Try an example" clicked once Python is ready, to the first draft on screen
    (the page marks it only when a draft shows). Then the reader stays while the page stores its
    snapshot and, where ``offline_save``, the service worker saves the site."""
    before = _served(url)
    page, last = _page(context, profile)
    page.goto(url + "composer/")
    page.locator("#composer-status-text").filter(has_text="Ready").wait_for(timeout=600_000)
    page.click("#try-example")
    page.locator("#draft-0-body").wait_for(timeout=120_000)
    marks = _marks(page)
    at_draft = _served(url)
    last_byte = last.since(page)
    for _ in range(1200):
        if page.evaluate(SNAPSHOT_STORED) and (not offline_save or page.locator("#offline-note").is_visible()):
            break
        time.sleep(0.1)
    page.close()
    row = dict(zip(("first_paint", "python_ready", "first_draft"), marks, strict=True))
    return {**row, "last_byte": last_byte, "bytes": at_draft - before, "bytes_offline_save": _served(url) - at_draft}


def anchor_visit(context: BrowserContext, url: str, profile: Profile = None) -> dict[str, Any]:
    """The stock console.html, to its prompt being ready."""
    base = url.split("/anchor/")[0] + SUB_PATH
    before = _served(base)
    page, last = _page(context, profile)
    page.goto(url)
    ready = page.evaluate("async () => { await window.console_ready; return performance.now(); }")
    paint = page.evaluate("performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null")
    last_byte = last.since(page)
    page.close()
    return {"first_paint": paint, "python_ready": ready, "first_draft": ready, "last_byte": last_byte, "bytes": _served(base) - before}


def prefetch_visit(context: BrowserContext, url: str, profile: Profile, lead_ms: int = 1000) -> dict[str, Any]:
    """A guide page; the pointer crosses the composer link ``lead_ms`` before the click. Click to
    Python ready and to the first draft, and bytes sent from arriving on the guide to ready."""
    before = _served(url)
    page, _ = _page(context, profile)
    page.goto(url + "when/")
    page.wait_for_load_state("networkidle")
    guide = _served(url) - before
    link = page.locator('a[href$="composer/"]').first
    link.hover()
    page.wait_for_timeout(lead_ms)
    clicked = page.evaluate("performance.now()")
    link.click()
    page.locator("#composer-status-text").filter(has_text="Ready").wait_for(timeout=600_000)
    ready = page.evaluate("performance.getEntriesByName('composer:python-ready')[0]?.startTime ?? null")
    at_ready = _served(url)
    page.click("#try-example")
    page.locator("#draft-0-body").wait_for(timeout=120_000)
    draft = _marks(page)[2]
    page.close()
    return {"click_to_ready": ready - clicked, "click_to_draft": draft - clicked, "bytes": at_ready - before, "guide_bytes": guide}


def compose_latency(browser: Browser, url: str, fields: dict[str, str], edits: int) -> list[float]:
    """Input event to preview on screen, for ``edits`` keystrokes in the role field, with a
    draft on screen that each keystroke changes."""
    context = new_context(browser)
    page = context.new_page()
    page.goto(url + "composer/")
    page.locator("#composer-status-text").filter(has_text="Ready").wait_for(timeout=600_000)
    for selector, value in fields.items():
        page.fill(selector, value)
    page.locator("#draft-0-body").wait_for(timeout=60_000)
    page.wait_for_timeout(1500)
    times = page.evaluate(
        """async (n) => {
          const input = document.querySelector('#f-role');
          const root = document.getElementById('composer-app');
          const times = [];
          for (let i = 0; i < n; i++) {
            const shown = new Promise((r) => root.addEventListener('composer:rendered', r, { once: true }));
            const t0 = performance.now();
            input.value = 'Designer ' + i;
            input.dispatchEvent(new Event('input', { bubbles: true }));
            await shown;
            await new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
            times.push(performance.now() - t0);
          }
          return times;
        }""",
        edits,
    )
    context.close()
    return times
