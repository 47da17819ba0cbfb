"""Playwright driving Debian's chromium (never a downloaded browser)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from chromium import CHROMIUM_ARGS, find_chromium
from playwright.sync_api import Browser, BrowserContext, Page, sync_playwright

ROOT = Path(__file__).resolve().parents[2]
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "browser" in str(item.path):
            item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    executable = find_chromium()
    assert executable, "Debian's chromium is needed: run 'scripts/setup --browser'"
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@dataclass
class Watched:
    """A page plus everything it did that a test may want to forbid."""

    page: Page
    origin: str
    requests: list[str] = field(default_factory=list)
    console_errors: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)

    @property
    def foreign_requests(self) -> list[str]:
        return [url for url in self.requests if not url.startswith((self.origin, "data:", "blob:"))]


def watch(context: BrowserContext, origin: str) -> Watched:
    page = context.new_page()
    watched = Watched(page, origin)
    context.on("request", lambda request: watched.requests.append(request.url))
    page.on(
        "console", lambda m: watched.console_errors.append(m.text) if m.type == "error" else None
    )
    page.on("pageerror", lambda error: watched.console_errors.append(str(error)))

    def on_dialog(dialog):  # an alert() would mean injected script ran
        watched.dialogs.append(dialog.message)
        dialog.dismiss()

    page.on("dialog", on_dialog)
    return watched


@pytest.fixture
def context(browser: Browser) -> Iterator[BrowserContext]:
    # en-GB: times on the page read as 24-hour, like the rules; one test checks en-US.
    context = browser.new_context(
        permissions=["clipboard-read", "clipboard-write"], accept_downloads=True, locale="en-GB"
    )
    yield context
    context.close()


@pytest.fixture
def origin(site_url: str) -> str:
    return site_url.split("/after-the-interview/")[0]


@pytest.fixture
def watched(context: BrowserContext, origin: str) -> Watched:
    return watch(context, origin)


def axe_violations(
    browser: Browser, url: str, scheme: str = "default", prepare: Callable[[Page], None] | None = None
) -> list[str]:
    """Run axe-core on ``url`` in the given palette, after ``prepare`` (say, filling the form);
    CSP is bypassed only to inject axe."""
    context = browser.new_context(bypass_csp=True)
    try:
        page = context.new_page()
        page.add_init_script(
            f"localStorage.setItem('/after-the-interview/.__palette', JSON.stringify({{index: {0 if scheme == 'default' else 1}, color: {{scheme: '{scheme}'}}}}))"
        )
        page.goto(url)
        page.wait_for_load_state("networkidle")
        if prepare is not None:
            prepare(page)
        page.add_script_tag(path=str(AXE))
        result = page.evaluate(
            "async () => (await axe.run(document, {resultTypes: ['violations']})).violations"
        )
        assert page.evaluate("document.body.dataset.mdColorScheme") == scheme
        return [f"{v['id']}: {[n['target'] for n in v['nodes']][:3]}" for v in result]
    finally:
        context.close()
