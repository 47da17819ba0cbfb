"""The composer page in Chromium: Python in a worker, from the built site on a sub-path."""

from __future__ import annotations

import re
from urllib.parse import parse_qs, urlsplit

import icalendar
import pytest
from playwright.sync_api import Page, expect
from site_server import serve

from .conftest import Watched, axe_violations

READY = re.compile(r"^Ready")
NOW = "2026-11-25T10:00:00"  # a Wednesday


def open_composer(
    watched: Watched, site_url: str, *, now: str | None = NOW, more: bool = True
) -> Page:
    """The composer, ready; with "Add more" open unless ``more`` is false (the quick path)."""
    page = watched.page
    if now:
        page.clock.set_fixed_time(now)
    page.goto(site_url + "composer/")
    expect(page.locator("#composer-status-text")).to_have_text(READY, timeout=60_000)
    if more:
        open_more(page)
    return page


def in_menu(page: Page) -> Page:
    """Open the applications menu (its actions live there) and hand the page back."""
    page.locator("#apps-menu").evaluate("menu => { menu.open = true; }")
    return page


def open_more(page: Page) -> None:
    """Unfold "Add more", where the optional fields live, and each row's own optional fields."""
    page.evaluate("document.querySelectorAll('#composer-form details').forEach(d => { d.open = true; })")


def fill_basics(page: Page, **overrides: str) -> None:
    values = {
        "#f-candidate_name": "Sam Rivera",
        "#f-company": "Northwind Health",
        "#f-role": "Product Designer",
        "#f-interview_date": "2026-11-24",
        "#f-interview_time": "14:00",
        "#f-interviewers\\.0\\.name": "Priya Natarajan",
        "#f-interviewers\\.0\\.email": "priya@northwind.example",
        "#f-interviewers\\.0\\.point": "your plan to simplify patient sign-up",
    }
    values.update(overrides)
    for selector, value in values.items():
        page.fill(selector, value)


def add_sent(page: Page, kind: str, date: str, to: str = "") -> None:
    """Log a message sent, as a reader does: "Add an entry" in the history."""
    page.click("#add-history")
    row = page.locator('[data-repeat="history"]').last
    row.locator('[data-name="what"]').select_option(f"sent:{kind}")
    row.locator('[data-name="date"]').fill(date)
    if to:
        row.locator('[data-name="to"]').fill(to)


def test_composer_computes_in_python_with_no_foreign_request(watched: Watched, site_url: str):
    """A realistic form gives a draft naming the interviewer and the reader's point, made by Python."""
    page = open_composer(watched, site_url)
    fill_basics(page)
    body = page.locator("#draft-0-body")
    expect(body).to_have_value(re.compile(r"^Hi Priya,"))
    expect(body).to_have_value(re.compile("your plan to simplify patient sign-up"))
    expect(page.locator("#plan-headline")).to_have_text(
        "Send your thank-you today: the 24-hour window closes today at 14:00"
    )
    expect(page.locator(".draft__when")).to_have_text("For Wed 25 Nov, today")
    assert watched.foreign_requests == []
    assert watched.console_errors == []


@pytest.mark.parametrize(
    ("setup", "headline"),
    [
        ({}, "Send your thank-you today: the 24-hour window closes today at 14:00"),
        (
            {"#f-interview_date": "2026-11-20", "#f-interview_time": "10:00"},
            "Send a belated thank-you today",
        ),
        (
            {"sent": [("thank_you", "2026-11-24")], "#f-decision_date": "2026-12-04"},
            "Too early: wait until Tue 8 Dec",  # their Friday, then the two-day buffer
        ),
        (
            {"#f-interview_date": "2026-11-16", "sent": [("thank_you", "2026-11-16")]},
            "Check in today",
        ),
        (
            {
                "#f-interview_date": "2026-11-02",
                "sent": [
                    ("thank_you", "2026-11-02"),
                    ("check_in", "2026-11-09"),
                    ("second_follow_up", "2026-11-16"),
                    ("closing", "2026-11-23"),
                ],
            },
            "Stop here and move on",
        ),
    ],
    ids=["within-24h", "belated", "too-early", "check-in-due", "stop"],
)
def test_each_timing_case_shows_its_banner(
    watched: Watched, site_url: str, setup: dict, headline: str
):
    """Dates for each timing case produce the matching banner."""
    page = open_composer(watched, site_url)
    fill_basics(page, **{k: v for k, v in setup.items() if k.startswith("#")})
    for kind, date in setup.get("sent", []):
        add_sent(page, kind, date)
    expect(page.locator("#plan-headline")).to_have_text(re.compile("^" + re.escape(headline)))


def test_bad_input_gets_a_friendly_message_next_to_its_field(watched: Watched, site_url: str):
    """A decision date before the interview, or a day off that is no date, is explained beside the field."""
    page = open_composer(watched, site_url)
    fill_basics(page, **{"#f-decision_date": "2026-11-20", "#f-days_off": "Christmas"})
    decision = page.locator("#f-decision_date")
    expect(decision).to_have_attribute("aria-invalid", "true")
    expect(page.locator("#f-decision_date + .field-error")).to_have_text(
        "The decision date is before the interview. Check both dates."
    )
    expect(decision).to_have_attribute("aria-describedby", re.compile("err-decision_date"))
    expect(page.locator("#f-days_off + .field-error")).to_have_text(
        "Enter the day off “Christmas” as a real calendar date, like 2026-11-23."
    )
    page.fill("#f-decision_date", "2026-12-04")
    expect(page.locator("#f-decision_date + .field-error")).to_have_count(0)
    expect(page.locator("#f-company")).to_have_value("Northwind Health")  # typing is never lost


def test_an_edited_placeholder_is_found(watched: Watched, site_url: str):
    """Typing a placeholder into the draft brings up the finding."""
    page = open_composer(watched, site_url)
    fill_basics(page)
    body = page.locator("#draft-0-body")
    expect(body).to_have_value(re.compile("Priya"))
    body.fill(body.input_value().replace("Priya", "[Name]"))
    expect(page.locator(".finding--error").first).to_have_text("Replace the placeholder “[Name]”.")
    expect(page.locator(".reset-draft")).to_be_visible()


def test_copy_mailto_and_calendar_export(watched: Watched, site_url: str):
    """Copy puts the body on the clipboard, mailto carries subject and body, the .ics holds the steps."""
    page = open_composer(watched, site_url)
    fill_basics(page)
    expect(page.locator("#draft-0-body")).to_have_value(re.compile("simplify patient sign-up"))
    page.click(".copy-body")
    expect(page.locator(".copy-body").first).to_have_text("Copied ✓")
    assert page.evaluate("navigator.clipboard.readText()") == page.input_value("#draft-0-body")

    link = urlsplit(page.get_attribute(".mailto", "href"))
    query = parse_qs(link.query)
    assert link.path == "priya@northwind.example"
    assert query["subject"] == [page.input_value("#draft-0-subject")]
    assert query["body"][0] == page.input_value("#draft-0-body").replace("\n", "\r\n")

    with page.expect_download() as download:
        page.click("#download-ics")
    calendar = icalendar.Calendar.from_ical(download.value.path().read_bytes())
    summaries = [str(e["SUMMARY"]) for e in calendar.walk("VEVENT")]
    steps = page.locator("#plan-steps li .timeline__what").all_text_contents()
    assert summaries[0] == "Thank-you note by 14:00: Product Designer at Northwind Health"
    assert [s.split(":")[0] for s in summaries[1:]] == steps
    assert all(str(e["URL"]) == site_url + "composer/" for e in calendar.walk("VEVENT"))


def test_copy_straight_after_typing_copies_the_letter_with_that_typing(
    watched: Watched, site_url: str
):
    """A name typed and Copy tapped in the same moment, before Python has answered the keystroke:
    the clipboard gets the letter signed with that name, not the one drawn a keystroke earlier."""
    page = open_composer(watched, site_url)
    fill_basics(page)
    expect(page.locator("#draft-0-body")).to_have_value(re.compile("Sam Rivera$"))
    page.evaluate(
        """() => {
          const name = document.querySelector("#f-candidate_name");
          name.value = "Amara Okafor";
          name.dispatchEvent(new Event("input", { bubbles: true }));
          document.querySelector(".copy-body").click();  // no await: Python is still working
        }"""
    )
    expect(page.locator(".copy-body").first).to_have_text("Copied ✓")
    assert page.evaluate("navigator.clipboard.readText()").endswith("Amara Okafor")


def test_typing_survives_a_reload_and_clear_wipes_it(watched: Watched, site_url: str):
    """Fields persist in local storage across a reload; 'Clear my data' removes everything."""
    page = open_composer(watched, site_url)
    fill_basics(page)
    add_sent(page, "thank_you", "2026-11-24")
    page.wait_for_timeout(300)
    page.reload()
    expect(page.locator("#composer-status-text")).to_have_text(READY, timeout=60_000)
    expect(page.locator("#f-company")).to_have_value("Northwind Health")
    expect(page.locator("#f-interviewers\\.0\\.email")).to_have_value("priya@northwind.example")
    expect(page.locator('[data-repeat="history"] [data-name="date"]')).to_have_value("2026-11-24")
    expect(page.locator('[data-repeat="history"] .repeat__head')).to_have_text(
        "Tue 24 Nov · You sent: Thank-you"
    )
    in_menu(page).click("#clear-data")
    expect(page.locator("#f-company")).to_have_value("")
    expect(page.locator('[data-repeat="history"]')).to_have_count(0)
    assert (
        page.evaluate("Object.keys(localStorage).filter(k => k.startsWith('after-the-interview:'))")
        == []
    )
    expect(page.locator("#apps-tools-message")).to_contain_text("Your data has been cleared")
    page.get_by_role("button", name="Undo").click()
    expect(page.locator("#f-company")).to_have_value("Northwind Health")


SNAPSHOT_KEYS = (
    "caches.open('after-the-interview:python').then(c => c.keys()).then(k => k.map(r => r.url))"
)


def test_second_visit_restores_the_python_snapshot(watched: Watched, site_url: str):
    """The first visit stores a start-up snapshot; the next visit starts from it and still composes."""
    page = open_composer(watched, site_url)
    for _ in range(100):  # compression runs after the composer is ready
        if page.evaluate(SNAPSHOT_KEYS):
            break
        page.wait_for_timeout(200)
    keys = page.evaluate(SNAPSHOT_KEYS)
    assert len(keys) == 1
    assert re.fullmatch(re.escape(site_url) + r"pyodide/python-snapshot-314\.0\.7-\w{16}\.gz", keys[0])
    expect(page.locator("#composer-app")).to_have_attribute("data-python-start", "fresh")
    page.reload()
    expect(page.locator("#composer-status-text")).to_have_text(READY, timeout=60_000)
    expect(page.locator("#composer-app")).to_have_attribute("data-python-start", "snapshot")
    fill_basics(page)
    expect(page.locator("#draft-0-body")).to_have_value(re.compile(r"^Hi Priya,"))
    in_menu(page).click("#clear-data")
    page.wait_for_timeout(300)
    assert page.evaluate(SNAPSHOT_KEYS) == []
    assert watched.console_errors == []


def test_html_in_every_field_stays_text(watched: Watched, site_url: str):
    """An <img onerror> payload shows as literal text; no script runs and no CSP violation occurs."""
    payload = "<img src=x onerror=alert(1)>"
    page = open_composer(watched, site_url)
    fill_basics(page)
    open_more(page)
    for field in page.locator(
        "#composer-form input[type=text], #composer-form input[type=email], #composer-form textarea"
    ).all():
        field.fill(payload)
    page.fill("#f-interviewers\\.0\\.email", "")
    expect(page.locator("#draft-0-body")).to_have_value(re.compile(re.escape(payload)))
    expect(page.locator(".draft__to")).to_have_text(f"To {payload}")
    page.wait_for_timeout(500)
    assert page.locator("#composer-app img").count() == 0
    assert watched.dialogs == []
    assert watched.console_errors == []
    assert watched.foreign_requests == []


def test_keyboard_alone_reaches_and_uses_the_controls(watched: Watched, site_url: str):
    """Tab reaches the name field and the copy button, and Enter activates it."""
    page = open_composer(watched, site_url)
    fill_basics(page)
    page.locator("body").focus()

    def tab_to(selector: str) -> None:
        for _ in range(150):
            page.keyboard.press("Tab")
            if page.evaluate(f"document.activeElement.matches({selector!r})"):
                return
        raise AssertionError(f"Tab never reached {selector}")

    tab_to("#add-interviewers")
    page.keyboard.press("Enter")
    expect(page.locator('[data-repeat="interviewers"]')).to_have_count(2)
    page.keyboard.type("Tom Becker")
    tab_to("#f-signature")
    page.keyboard.type("Sam R.")
    tab_to(".copy-subject")
    page.keyboard.press("Enter")
    expect(page.locator(".copy-subject").first).to_have_text("Copied ✓")
    expect(page.locator("#announcer")).to_have_text("Copied.")


def test_fallback_when_webassembly_cannot_load(context, built_site):
    """With pyodide.asm.wasm missing, the page says so and links to the gallery and the rules."""
    with serve(built_site, missing=frozenset({"pyodide.asm.wasm"})) as url:
        page = context.new_page()
        page.goto(url + "composer/")
        fallback = page.locator("#composer-fallback")
        expect(fallback).to_be_visible(timeout=60_000)
        expect(page.locator("#composer-fallback-reason")).to_have_text(
            re.compile("could not start")
        )
        expect(page.locator("#composer-status-text")).to_have_text("The composer could not start.")
        gallery = fallback.get_by_role("link", name="template gallery")
        gallery.click()
        expect(page).to_have_url(url + "templates/")


def test_python_never_blocks_the_main_thread(watched: Watched, site_url: str):
    """Once the page is parsed, no long task over 200 ms while Python loads and composes.

    Parsing the page itself (Material's bundle, the form's markup) is one task before
    DOMContentLoaded that a guide page without the composer has too; bench/ measures it."""
    page = watched.page
    page.add_init_script(
        "window.__longTasks = [];"
        "new PerformanceObserver(l => l.getEntries().forEach(e => window.__longTasks.push([e.startTime, e.duration])))"
        ".observe({type: 'longtask', buffered: true});"
        # The page's fake clock hides the timeline's own entries: keep the real one for this.
        "const realNow = performance.now.bind(performance);"
        "document.addEventListener('DOMContentLoaded', () => { window.__parsed = realNow(); });"
    )
    open_composer(watched, site_url)
    fill_basics(page)
    expect(page.locator("#draft-0-body")).to_have_value(re.compile("Priya"))
    parsed = page.evaluate("window.__parsed")
    long_tasks = page.evaluate("window.__longTasks")
    assert [t for t in long_tasks if t[0] >= parsed and t[1] > 200] == []


@pytest.mark.parametrize("scheme", ["default", "slate"])
def test_axe_finds_nothing_on_the_composer(browser, site_url: str, scheme: str):
    """axe-core reports no violations on the composer page, in the light and the dark palette."""
    assert axe_violations(browser, site_url + "composer/", scheme) == []


def test_works_on_a_phone_sized_screen(browser, origin: str, site_url: str):
    """At 375 px wide the composer fits without sideways scrolling and still composes."""
    context = browser.new_context(
        viewport={"width": 375, "height": 740}, is_mobile=True, has_touch=True
    )
    try:
        page = context.new_page()
        page.goto(site_url + "composer/")
        expect(page.locator("#composer-status-text")).to_have_text(READY, timeout=60_000)
        fill_basics(page)
        expect(page.locator("#draft-0-body")).to_have_value(re.compile(r"^Hi Priya,"))
        assert page.evaluate("document.documentElement.scrollWidth") <= 375
        page.locator("#draft-0-body").scroll_into_view_if_needed()
    finally:
        context.close()


def add_person(page: Page, name: str, point: str, kind: str = "interviewer") -> None:
    page.click("#add-interviewers")
    row = page.locator('[data-repeat="interviewers"]').last
    row.locator('[data-name="name"]').fill(name)
    row.locator('[data-name="kind"]').select_option(kind)
    row.locator('[data-name="point"]').fill(point)


def test_everyone_met_gets_a_note_and_a_planned_note_shows_its_day(watched: Watched, site_url: str):
    """Three people give three drafts; a check-in planned for next week says so and is worded for then."""
    page = open_composer(watched, site_url)
    fill_basics(page)
    add_person(page, "Tom Becker", "how design and engineering hand work over")
    add_person(page, "Jo Park", "", kind="recruiter")
    expect(page.locator(".draft__to")).to_have_count(3)
    expect(page.locator(".draft__to").nth(2)).to_have_text("To Jo Park")
    add_sent(page, "thank_you", "2026-11-24")
    expect(page.locator(".draft__to")).to_have_text(["To Jo Park"])
    expect(page.locator(".draft__when")).to_have_text("For Tue 1 Dec, not yet")
    expect(page.locator(".draft__thread")).to_be_visible()
    expect(page.locator("#draft-0-body")).to_have_value(re.compile("on 24 November"))
    assert watched.console_errors == []


def test_removing_a_person_never_moves_an_edit_onto_someone_else(watched: Watched, site_url: str):
    """Edit Priya's note, then remove Priya: the other two notes, and their mailtos, are unchanged."""
    page = open_composer(watched, site_url)
    fill_basics(page)
    page.check('[name="interview_kind"][value="panel"]')
    add_person(page, "Tom Becker", "how design and engineering hand work over")
    add_person(page, "Ana Lima", "what nurses need from the booking screen")
    expect(page.locator(".draft__to")).to_have_count(3)
    expect(page.locator("#draft-2-body")).to_have_value(re.compile("booking screen"))  # all typing shown
    before = [page.input_value(f"#draft-{i}-body") for i in (1, 2)]
    mailtos = [page.locator(".mailto").nth(i).get_attribute("href") for i in (1, 2)]
    page.locator("#draft-0-body").fill("Hi Priya, my own words for you.")
    expect(page.locator(".reset-draft").first).to_be_visible()
    page.locator('[data-repeat="interviewers"]').first.locator(".remove").click()
    expect(page.locator(".draft__to")).to_have_count(2)
    expect(page.locator("#draft-0-body")).to_have_value(before[0])
    expect(page.locator("#draft-1-body")).to_have_value(before[1])
    assert [page.locator(".mailto").nth(i).get_attribute("href") for i in (0, 1)] == mailtos
    expect(page.locator(".reset-draft").first).to_be_hidden()


def test_an_edit_over_the_limit_is_explained_and_kept(watched: Watched, site_url: str):
    """A draft edited past the length limit shows a message beside it, and the text stays."""
    page = open_composer(watched, site_url)
    fill_basics(page)
    expect(page.locator("#draft-0-body")).to_have_value(re.compile("simplify patient sign-up"))
    long_text = "Hi Priya, " + "very " * 2100
    page.locator("#draft-0-body").fill(long_text)
    expect(page.locator(".draft__error")).to_have_text(
        re.compile("Shorten the draft to 10000 characters")
    )
    page.locator("#f-company").focus()
    page.fill("#f-role", "Senior Product Designer")
    expect(page.locator("#plan-headline")).to_have_text(re.compile("thank-you"))
    assert page.input_value("#draft-0-body") == long_text
