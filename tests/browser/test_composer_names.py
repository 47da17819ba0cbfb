"""Names and points beside their fields (issue 18): a name typed in lower case is shown as the
letters will write it with a one-click change, a name whose order is a guess opens "How they'd
like to be addressed" with the guess in it and says it is a guess, a point rewritten to fit
shows how it will read, and "One more thing" with nothing typed says what to type."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from .conftest import Watched, axe_violations
from .test_composer_page import READY, fill_basics, open_composer


def _draft(page):
    return page.locator("#drafts .draft__body").first


def test_a_lower_case_name_is_shown_fixed_and_one_click_takes_the_fix(watched: Watched, site_url: str):
    """"priya natarajan" gets a note saying the letters write "Priya Natarajan"; its button puts
    that in the field, the note goes, and focus returns to the field."""
    page = open_composer(watched, site_url)
    fill_basics(page, **{"#f-interviewers\\.0\\.name": "priya natarajan", "#f-candidate_name": "sam rivera"})
    note = page.locator('[data-field-note][data-field="interviewers.0.name"]')
    expect(note).to_contain_text("“Priya Natarajan”")
    name = page.locator("#f-interviewers\\.0\\.name")
    assert note.get_attribute("id") in name.get_attribute("aria-describedby").split()
    note.get_by_role("button", name="Use “Priya Natarajan”").click()
    expect(name).to_have_value("Priya Natarajan")
    expect(name).to_be_focused()
    expect(note).to_have_count(0)
    expect(page.locator('[data-field-note][data-field="candidate_name"]')).to_contain_text("“Sam Rivera”")
    expect(_draft(page)).to_have_value(re.compile(re.escape("Sam Rivera")))
    assert watched.console_errors == [] and watched.foreign_requests == []


def test_a_guessed_name_order_asks_what_to_call_them_with_the_guess(watched: Watched, site_url: str):
    """For "Kim Min-jun" the folded salutation field opens with "Min-jun" shown in it and a note
    that says it is a guess; one click makes it theirs, and the note goes."""
    page = open_composer(watched, site_url, more=False)
    fill_basics(page, **{"#f-interviewers\\.0\\.name": "Kim Min-jun"})
    salutation = page.locator("#f-interviewers\\.0\\.salutation")
    expect(salutation).to_be_visible()
    expect(salutation).to_have_attribute("placeholder", "Min-jun")
    note = page.locator('[data-field-note][data-field="interviewers.0.salutation"]')
    expect(note).to_contain_text("guess")
    expect(note).to_contain_text("Korean")
    expect(_draft(page)).to_have_value(re.compile(re.escape("Hi Min-jun,")))
    note.get_by_role("button", name="Use “Min-jun”").click()
    expect(salutation).to_have_value("Min-jun")
    expect(note).to_have_count(0)
    expect(_draft(page)).to_have_value(re.compile(re.escape("Hi Min-jun,")))
    assert watched.console_errors == [] and watched.foreign_requests == []


def test_a_point_typed_as_a_sentence_shows_how_it_will_read(watched: Watched, site_url: str):
    """"I said I can work weekends" is shown beside its field as the letter will say it."""
    page = open_composer(watched, site_url)
    fill_basics(page, **{"#f-interviewers\\.0\\.point": "I said I can work weekends and holidays"})
    note = page.locator('[data-field-note][data-field="interviewers.0.point"]')
    expect(note).to_contain_text("…about working weekends and holidays.")
    expect(_draft(page)).to_have_value(re.compile(re.escape("working weekends and holidays")))
    assert watched.console_errors == [] and watched.foreign_requests == []


def test_one_more_thing_with_nothing_typed_says_what_to_type_and_makes_no_draft(
    watched: Watched, site_url: str
):
    """Choosing "One more thing" with nothing to add gives no draft and a note beside the
    field; typing the fact gives the draft, without "I forgot to say"."""
    page = open_composer(watched, site_url)
    fill_basics(page)
    page.select_option("#f-template", "one-more-thing")
    note = page.locator('[data-field-note][data-field="extra_info"]')
    expect(note).to_contain_text("Type what you meant to mention")
    expect(page.locator("#drafts .draft")).to_have_count(0)
    page.fill("#f-extra_info", "i forgot to say i speak french")
    expect(note).to_have_count(0)
    expect(_draft(page)).to_have_value(re.compile(r"I speak French\."))
    assert watched.console_errors == [] and watched.foreign_requests == []


@pytest.mark.parametrize("scheme", ["default", "slate"])
def test_axe_finds_nothing_with_the_notes_beside_the_fields(browser, site_url: str, scheme: str):
    """With a lower-case name's fix, a guessed name order (its field opened, the guess shown)
    and a rewritten point all on the page, axe-core reports nothing, in both palettes."""

    def notes_showing(page) -> None:
        expect(page.locator("#composer-status-text")).to_have_text(READY, timeout=60_000)
        fill_basics(
            page,
            **{
                "#f-candidate_name": "sam rivera",
                "#f-interviewers\\.0\\.name": "Kim Min-jun",
                "#f-interviewers\\.0\\.point": "I said I can work weekends and holidays",
            },
        )
        expect(page.locator("[data-field-note]")).to_have_count(3)

    assert axe_violations(browser, site_url + "composer/", scheme, notes_showing) == []
