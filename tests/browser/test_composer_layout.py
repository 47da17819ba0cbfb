"""The composer page as a reader meets it: an honest start, the draft where they look, an example."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Browser, Page, expect

import composer

from .conftest import Watched, watch
from .test_composer_page import NOW, READY, fill_basics, open_composer, open_more


def draft_in_view(page: Page) -> bool:
    """At least 120 px of the first draft's message is inside the viewport."""
    return page.evaluate(
        """() => {
          const box = document.querySelector('#draft-0-body')?.getBoundingClientRect();
          if (!box) return false;
          const visible = Math.min(box.bottom, innerHeight) - Math.max(box.top, 0);
          return visible >= 120;
        }"""
    )


def test_a_fresh_page_shows_no_plan_and_fills_in_nothing(watched: Watched, site_url: str):
    """No date, time or draft the reader never entered: the plan waits for the interview's date."""
    page = open_composer(watched, site_url)
    expect(page.locator("#plan-headline")).to_have_text("Your plan")
    expect(page.locator("#plan-reason")).to_have_text(
        re.compile("Enter the date and time of your interview")
    )
    expect(page.locator("#f-interview_date")).to_have_value("")
    expect(page.locator("#f-interview_time")).to_have_value("")
    expect(page.locator(".draft")).to_have_count(0)
    expect(page.locator("#drafts-empty")).to_be_visible()
    first_legend = page.locator("#composer-form legend").first
    expect(first_legend).to_have_text("The interview")
    assert watched.console_errors == []


def test_try_an_example_gives_a_full_plan_and_drafts_and_says_it_is_one(
    watched: Watched, site_url: str
):
    """One click loads a realistic case, clearly marked as an example, with a plan and three drafts."""
    page = open_composer(watched, site_url)
    page.click("#try-example")
    expect(page.locator("#example-note")).to_be_visible()
    expect(page.locator("#example-note")).to_contain_text("This is an example")
    expect(page.locator(".draft")).to_have_count(3)
    # the follow-ups rules.toml allows: a check-in, then a note that closes the loop
    expect(page.locator("#plan-steps li")).to_have_count(len(composer.follow_up_kinds()))
    expect(page.locator("#f-interview_date")).to_have_value("2026-11-24")  # the last working day
    expect(page.locator(".apps__open[aria-current=true]")).to_have_text(
        "Northwind Health · Product Designer"
    )
    assert watched.console_errors == []


def test_at_1280_px_the_draft_stays_in_view_while_typing_anywhere(
    browser: Browser, site_url: str, origin: str
):
    """From the first field to the last, the first draft is on screen beside the form."""
    context = browser.new_context(viewport={"width": 1280, "height": 800}, locale="en-GB")
    try:
        watched = watch(context, origin)
        page = open_composer(watched, site_url)
        page.click("#try-example")
        expect(page.locator("#draft-0-body")).to_have_value(re.compile("^Hi Priya,"))
        fields = page.locator(
            "#composer-form :is(input:not([type=radio]):not([type=file]), select, textarea):visible"
        )
        assert fields.count() > 25
        for index in range(fields.count()):
            field = fields.nth(index)
            field.scroll_into_view_if_needed()
            field.focus()
            assert draft_in_view(page), f"draft hidden while in field {field.get_attribute('name')}"
    finally:
        context.close()


def test_at_375_px_nothing_floats_and_back_to_the_form_returns(
    browser: Browser, site_url: str, origin: str
):
    """On a phone the drafts follow the form with nothing fixed over them (no floating bar, no
    "back to top" pill), and "Back to the form" returns to the field in use."""
    context = browser.new_context(
        viewport={"width": 375, "height": 740}, is_mobile=True, has_touch=True, locale="en-GB"
    )
    try:
        watched = watch(context, origin)
        page = open_composer(watched, site_url)
        page.click("#try-example")
        page.locator("#f-role").tap()
        assert not draft_in_view(page)
        page.locator("#drafts-title").scroll_into_view_if_needed()
        floating = page.evaluate(
            "[...document.querySelectorAll('#composer-app *, .md-top')].filter(e => "
            "['fixed', 'sticky'].includes(getComputedStyle(e).position) && e.getClientRects().length).length"
        )
        assert floating == 0
        page.locator("#back-to-form").tap()
        expect(page.locator("#f-role")).to_be_in_viewport()
        expect(page.locator("#f-role")).to_be_focused()
        assert page.evaluate("document.documentElement.scrollWidth") <= 375
    finally:
        context.close()


def test_times_follow_the_readers_locale(browser: Browser, site_url: str, origin: str):
    """A US browser sees 12-hour times, a British one 24-hour, from the same answer."""
    for locale, pattern in (("en-US", r"2:00\s?PM"), ("en-GB", r"14:00")):
        context = browser.new_context(locale=locale)
        try:
            page = open_composer(watch(context, origin), site_url)
            fill_basics(page)
            expect(page.locator("#plan-headline")).to_have_text(re.compile(pattern))
        finally:
            context.close()


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_axe_with_the_example_and_with_errors_showing(browser: Browser, site_url: str, scheme: str):
    """axe finds nothing with the example loaded, nor with field errors on screen, in both palettes."""
    from pathlib import Path

    axe = Path(__file__).resolve().parents[2] / "node_modules" / "axe-core" / "axe.min.js"
    context = browser.new_context(bypass_csp=True, color_scheme=scheme, locale="en-GB")
    try:
        page = context.new_page()
        page.clock.set_fixed_time(NOW)
        page.goto(site_url + "composer/")
        expect(page.locator("#composer-status-text")).to_have_text(READY, timeout=60_000)
        page.click("#try-example")
        open_more(page)  # every fold open: the optional fields and the applications menu
        page.locator("#apps-menu").evaluate("menu => { menu.open = true; }")
        expect(page.locator(".draft")).to_have_count(3)
        page.evaluate("document.activeElement.blur()")
        page.wait_for_timeout(500)  # let Material's header and button transitions finish
        page.add_script_tag(path=str(axe))
        run = "async () => (await axe.run(document, {resultTypes: ['violations']})).violations.map(v => v.id + ' ' + v.nodes.map(n => n.target).join(','))"
        assert page.evaluate(run) == []
        page.fill("#f-decision_date", "2026-11-01")
        page.fill("#f-company", "")
        expect(page.locator("[data-error-message]")).to_have_count(2)
        page.evaluate("document.activeElement.blur()")
        page.wait_for_timeout(500)
        assert page.evaluate(run) == []
    finally:
        context.close()
