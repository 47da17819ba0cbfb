"""The guide in Chromium: every page clean, accessible, private, and readable without JavaScript."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Browser, expect

import composer

from .conftest import Watched, axe_violations

PAGES = [
    "",
    "when/",
    "what-to-write/",
    "special-cases/",
    "if-you-dont/",
    "templates/",
    "faq/",
    "sources/",
    "privacy/",
]


@pytest.mark.parametrize("path", [*PAGES, "does-not-exist/"])
def test_page_loads_with_no_console_error_and_no_foreign_request(
    watched: Watched, site_url: str, path: str
):
    """Each page, and the 404 page, renders with no console error and asks nothing of another origin."""
    page = watched.page
    response = page.goto(site_url + path)
    page.wait_for_load_state("networkidle")
    expect(page.locator("h1").first).to_be_visible()
    if path == "does-not-exist/":
        page.goto(site_url + "404.html")
        expect(page.locator("h1").first).to_have_text("404 - Not found")
    else:
        assert response is not None and response.ok
        assert watched.console_errors == []
    assert watched.foreign_requests == []


def test_guide_pages_download_no_python(watched: Watched, site_url: str):
    """Reading the guide costs no Pyodide download: only the composer page starts Python."""
    page = watched.page
    page.goto(site_url + "when/")
    page.wait_for_load_state("networkidle")
    assert [url for url in watched.requests if "/pyodide/" in url] == []


def test_heading_for_the_composer_prefetches_python(watched: Watched, site_url: str):
    """Pointing at a composer link fetches Pyodide's core and the composer's wheel into the
    cache, so the composer opens warm (tests/browser/test_prefetch.py shows none of it is
    downloaded twice)."""
    page = watched.page
    page.goto(site_url)
    page.wait_for_load_state("networkidle")
    assert [url for url in watched.requests if "/pyodide/" in url] == []
    page.get_by_role("link", name=re.compile("Write my follow-up")).hover()
    expect(page.locator("html")).to_have_attribute("data-prefetch", "done", timeout=30_000)
    fetched = [url for url in watched.requests if "/pyodide/" in url]
    assert any(url.endswith("/after-the-interview/pyodide/pyodide.asm.wasm") for url in fetched)
    assert any(url.endswith(".whl") for url in fetched)


@pytest.mark.parametrize("scheme", ["default", "slate"])
@pytest.mark.parametrize("path", [*PAGES, "404.html"])
def test_axe_finds_nothing(browser: Browser, site_url: str, path: str, scheme: str):
    """axe-core reports no violations on any guide page, in either palette."""
    assert axe_violations(browser, site_url + path, scheme) == []


def test_the_guide_reads_without_javascript(browser: Browser, site_url: str):
    """With JavaScript off the timeline and templates are all there, and the composer explains itself."""
    context = browser.new_context(java_script_enabled=False)
    try:
        page = context.new_page()
        page.goto(site_url)
        # the interview, the thank-you, each follow-up rules.toml allows, and "stop"
        expect(page.locator("ol.timeline li")).to_have_count(3 + len(composer.follow_up_kinds()))
        expect(page.locator("ol.timeline")).to_contain_text("Within 24 hours, counting working days only")
        page.goto(site_url + "templates/")
        expect(page.locator(".letter__subject").first).to_contain_text("Subject")
        expect(page.locator(".letter__body").first).to_contain_text("Hi Priya,")
        expect(page.locator(".letter__copy").first).to_be_hidden()  # copying needs JavaScript
        page.goto(site_url + "composer/")
        expect(page.locator("#composer-fallback")).to_be_visible()
        expect(page.locator("#composer-app")).to_be_hidden()
    finally:
        context.close()


def test_instant_navigation_starts_the_composer(watched: Watched, site_url: str):
    """Following the home page's button under instant navigation still starts the composer."""
    page = watched.page
    page.goto(site_url)
    page.get_by_role("link", name=re.compile("Write my follow-up")).click()
    expect(page).to_have_url(site_url + "composer/")
    expect(page.locator("#composer-status-text")).to_have_text(re.compile("^Ready"), timeout=60_000)
    assert watched.console_errors == []


TIMELINE_FACTS = """(selector) => {
  const rgb = (c) => c.match(/[\\d.]+/g).slice(0, 3).map(Number);
  const lum = (c) => {
    const [r, g, b] = rgb(c).map((v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const contrast = (a, b) => { const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p); return (x + 0.05) / (y + 0.05); };
  const ol = document.querySelector(selector);
  const list = ol.getBoundingClientRect();
  const style = getComputedStyle(ol);
  const lineX = list.left + parseFloat(style.borderLeftWidth) / 2;
  const page = getComputedStyle(document.body).backgroundColor;
  return [...ol.children].map((li) => {
    const box = li.getBoundingClientRect();
    const dot = getComputedStyle(li, "::before");
    const dotX = box.left + parseFloat(dot.left) + parseFloat(dot.width) / 2;
    const ring = li.classList.contains("timeline__end");
    const label = getComputedStyle(li.querySelector(".timeline__when"));
    return {
      offset: Math.abs(dotX - lineX),
      line: contrast(style.borderLeftColor, page),
      dot: contrast(ring ? dot.borderLeftColor : dot.backgroundColor, page),
      label: contrast(label.color, page),
      labelWeight: Number(label.fontWeight),
    };
  });
}"""


@pytest.mark.parametrize("scheme", ["default", "slate"])
def test_the_timeline_dots_sit_on_the_line_and_read_clearly(browser, site_url: str, scheme: str):
    """Every dot's centre is on the line (within 2 px); line and dots reach 3:1 and labels 4.5:1
    against the page, in both palettes, on the guide and on the composer's compact copy."""
    context = browser.new_context()
    try:
        page = context.new_page()
        page.add_init_script(
            f"localStorage.setItem('/after-the-interview/.__palette', JSON.stringify({{index: {0 if scheme == 'default' else 1}, color: {{scheme: '{scheme}'}}}}))"
        )
        page.goto(site_url)
        home = page.evaluate(TIMELINE_FACTS, "ol.timeline")
        page.goto(site_url + "composer/")
        page.locator("#composer-status-text").filter(has_text="Ready").wait_for(timeout=60_000)
        page.click("#try-example")
        page.locator("#plan-steps li").first.wait_for()
        compact = page.evaluate(TIMELINE_FACTS, "#plan-steps")
        for step in home + compact:
            assert step["offset"] <= 2, step
            assert step["line"] >= 3 and step["dot"] >= 3, step
            assert step["label"] >= 4.5, step
        assert all(step["labelWeight"] >= 700 for step in home)
    finally:
        context.close()
