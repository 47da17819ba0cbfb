"""The quick path: a note copied in a few taps on a phone, the first field a few keys away,
Undo where the reader acted, an installable page. Figures are printed, not timed."""

from __future__ import annotations

import json
import os
import re
import subprocess
import tempfile
from pathlib import Path

from chromium import CHROMIUM_ARGS, find_chromium
from playwright.sync_api import Browser, Page, expect

from .conftest import watch
from .test_composer_page import READY

ROOT = Path(__file__).resolve().parents[2]
SCROLL_METER = (
    "window.__scrolled = 0; let last = 0;"
    "addEventListener('scroll', () => { window.__scrolled += Math.abs(scrollY - last); last = scrollY; },"
    " {passive: true});"
)


def _phone(browser: Browser):
    return browser.new_context(
        viewport={"width": 375, "height": 740},
        is_mobile=True,
        has_touch=True,
        locale="en-GB",
        timezone_id="Europe/London",
        permissions=["clipboard-read", "clipboard-write"],
    )


def _open(page: Page, site_url: str, *, clock: bool = True) -> None:
    if clock:
        page.clock.set_fixed_time("2026-12-02T15:00:00Z")  # a Wednesday afternoon in London
    page.goto(site_url + "composer/")
    expect(page.locator("#composer-status-text")).to_have_text(READY, timeout=60_000)


def test_a_phone_screen_note_is_copied_in_eight_taps_and_little_scrolling(
    browser: Browser, site_url: str, origin: str
):
    """On a 375 × 740 phone, from a fresh page: the required fields of a one-person phone screen
    typed, and the note copied, in at most 8 taps beyond the typing and 1,500 px of scrolling;
    the copied note is a complete, good one."""
    context = _phone(browser)
    watched = watch(context, origin)
    page = watched.page
    page.add_init_script(SCROLL_METER)
    try:
        _open(page, site_url)
        taps, scrolled = 0, 0

        def tap(selector: str) -> None:
            # The reader goes down the page once: to tap this, they must have scrolled at least
            # far enough that its bottom edge is on screen (its place in the page as it is now).
            nonlocal taps, scrolled
            bottom = page.locator(selector).evaluate(
                "e => e.getBoundingClientRect().bottom + scrollY - innerHeight"
            )
            scrolled = max(scrolled, bottom)
            page.locator(selector).tap()
            taps += 1

        def answer(selector: str, text: str) -> None:
            tap(selector)
            page.locator(selector).fill(text)  # the typing itself

        answer("#f-interview_date", "2026-12-02")
        answer("#f-interview_time", "10:30")
        tap('label:has([name="interview_kind"][value="screen"])')
        answer("#f-company", "Kestrel Logistics")
        answer("#f-role", "Operations Analyst")
        answer("#f-interviewers\\.0\\.name", "Jo Park")
        answer("#f-candidate_name", "Amara Okafor")
        copy = page.locator(".draft .copy-body").first
        expect(copy).to_be_attached()
        tap(".draft .copy-body >> nth=0")
        expect(copy).to_have_text("Copied ✓")
        body = page.evaluate("navigator.clipboard.readText()")
        moved = page.evaluate("window.__scrolled")  # what Playwright's taps scrolled, centring each
        print(
            f"\nphone screen, 375 × 740: {taps} taps beyond the typing, {scrolled:.0f} px scrolled"
            f" by a reader going down the page ({moved:.0f} px by Playwright, which centres each tap)"
        )
        assert body.startswith("Hi Jo,\n\nThank you for the call today")
        assert "Operations Analyst" in body and body.rstrip().endswith("Amara Okafor")
        assert taps <= 8
        assert scrolled <= 1500
        assert watched.console_errors == []
    finally:
        context.close()


def test_the_first_field_is_five_key_presses_from_the_top(browser: Browser, site_url: str):
    """At 1,280 px, from the top of the page: Tab to Material's skip link, Enter, then Tab to the
    interview's date, in at most 5 presses in all."""
    context = browser.new_context(viewport={"width": 1280, "height": 800}, locale="en-GB")
    try:
        page = context.new_page()
        _open(page, site_url, clock=False)  # a frozen clock stalls Material's instant navigation
        presses = 0
        for _ in range(12):
            is_skip = page.evaluate(
                "document.activeElement?.classList.contains('md-skip') ?? false"
            )
            if is_skip:  # mark this page's composer, to know when the followed link replaced it
                page.evaluate("document.getElementById('composer-app').dataset.before = '1'")
            page.keyboard.press("Enter" if is_skip else "Tab")
            presses += 1
            if is_skip:  # Material follows the skip link as an instant navigation: let it land
                # (a locator, not wait_for_function: the page's CSP forbids evaluating strings)
                expect(page.locator("#composer-app[data-before]")).to_have_count(0, timeout=60_000)
                expect(page.locator("#composer-status-text")).to_have_text(READY, timeout=60_000)
            if page.evaluate("document.activeElement?.id") == "f-interview_date":
                break
        print(f"\nfirst field after {presses} key presses")
        assert page.evaluate("document.activeElement?.id") == "f-interview_date"
        assert presses <= 5
    finally:
        context.close()


def test_clear_and_delete_are_undone_from_where_the_reader_is(browser: Browser, site_url: str):
    """On a phone, Clear my data and Delete each offer Undo on screen, beside the button pressed,
    and Undo brings the application back."""
    context = _phone(browser)
    try:
        page = context.new_page()
        _open(page, site_url)
        page.fill("#f-interview_time", "10:30")
        page.fill("#f-company", "Kestrel Logistics")
        page.fill("#f-role", "Operations Analyst")
        page.locator("#apps-menu > summary").tap()
        page.locator("#clear-data").tap()
        undo = page.get_by_role("button", name="Undo")
        expect(undo).to_be_in_viewport()
        undo.tap()
        expect(page.locator("#f-company")).to_have_value("Kestrel Logistics")
        if not page.locator("#apps-menu").evaluate("menu => menu.open"):
            page.locator("#apps-menu > summary").tap()
        page.get_by_role("button", name="Delete Kestrel Logistics · Operations Analyst").tap()
        expect(undo).to_be_in_viewport()
        undo.tap()
        expect(page.locator("#apps-current")).to_have_text("Kestrel Logistics · Operations Analyst")
    finally:
        context.close()


def test_the_page_is_installable_with_a_valid_manifest(
    browser: Browser, site_url: str, origin: str
):
    """Chromium reads the manifest without errors (name, 192 and 512 px icons, start URL and scope
    inside the site's sub-path) and, once the site works offline, reports nothing against
    installing it."""
    # A persistent profile: Chromium never offers to install from an incognito-like one.
    with tempfile.TemporaryDirectory() as profile:
        context = browser.browser_type.launch_persistent_context(
            profile, executable_path=find_chromium(), args=CHROMIUM_ARGS, locale="en-GB"
        )
        _installable(context, site_url, origin)


def _installable(context, site_url: str, origin: str) -> None:
    try:
        page = context.pages[0] if context.pages else context.new_page()
        _open(page, site_url)
        expect(page.locator("#offline-note")).to_have_text(
            re.compile("^Works offline"), timeout=60_000
        )
        page.reload()
        expect(page.locator("#composer-status-text")).to_have_text(READY, timeout=60_000)
        cdp = context.new_cdp_session(page)
        manifest = cdp.send("Page.getAppManifest")
        assert manifest["errors"] == []
        data = json.loads(manifest["data"])
        base = site_url.removeprefix(origin)
        assert data["name"] and data["short_name"]
        assert {icon["sizes"] for icon in data["icons"]} == {"192x192", "512x512"}
        parsed = cdp.send("Page.getAppManifest")["url"]
        assert parsed == site_url + "manifest.webmanifest"
        start = page.evaluate(f"new URL({data['start_url']!r}, {parsed!r}).pathname")
        scope = page.evaluate(f"new URL({data['scope']!r}, {parsed!r}).pathname")
        assert start == base + "composer/" and scope == base
        for icon in data["icons"]:
            url = page.evaluate(f"new URL({icon['src']!r}, {parsed!r}).href")
            assert page.request.get(url).ok, url
        errors = cdp.send("Page.getInstallabilityErrors")["installabilityErrors"]
        print(f"\ninstallability errors: {errors}")
        assert errors == []
    finally:
        context.close()


def test_lighthouse_finds_the_composer_page_fully_accessible(site_url: str):
    """Lighthouse's accessibility audit of the composer page scores 100 (its performance score is
    a timing, so bench/ reports it instead of a test)."""
    with tempfile.NamedTemporaryFile(suffix=".json") as out:
        subprocess.run(
            [
                str(ROOT / "node_modules" / ".bin" / "lighthouse"),
                site_url + "composer/",
                "--quiet",
                "--only-categories=accessibility",
                "--output=json",
                f"--output-path={out.name}",
                f"--chrome-flags={' '.join([*CHROMIUM_ARGS, '--headless=new'])}",
            ],
            env={**os.environ, "CHROME_PATH": find_chromium() or ""},
            check=True,
            capture_output=True,
            timeout=240,
        )
        report = json.loads(Path(out.name).read_text("utf-8"))
    score = report["categories"]["accessibility"]["score"]
    failing = [a for a, r in report["audits"].items() if r.get("score") == 0]
    print(f"\nLighthouse accessibility: {round(score * 100)}; failing audits: {failing}")
    assert score == 1, failing
