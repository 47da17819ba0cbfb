"""Applications kept in this browser: several of them, logging what happened, edits, storage that fails."""

from __future__ import annotations

import json
import re
from pathlib import Path

from playwright.sync_api import Browser, BrowserContext, Page, expect

from .conftest import Watched, watch
from .test_composer_page import READY, fill_basics, in_menu, open_composer

APP_KEYS = "Object.keys(localStorage).filter(k => k.startsWith('after-the-interview:app:')).length"


def form_state(page: Page) -> dict:
    """Every named field's value, people and messages included."""
    return page.evaluate(
        "() => Object.fromEntries([...document.querySelectorAll('#composer-form [name]')]"
        ".filter(e => e.type !== 'radio' || e.checked).map(e => [e.name, e.value]))"
    )


def test_i_sent_this_moves_the_plan_on(watched: Watched, site_url: str):
    """Logging the thank-you as sent records today's date and the plan turns to the check-in."""
    page = open_composer(watched, site_url)
    fill_basics(page)
    expect(page.locator("#plan-headline")).to_have_text(re.compile("^Send your thank-you"))
    page.locator(".sent-this").first.click()
    entry = page.locator('[data-repeat="history"]')
    expect(entry.locator('[data-name="what"]')).to_have_value("sent:thank_you")
    expect(entry.locator('[data-name="date"]')).to_have_value("2026-11-25")
    expect(entry.locator('[data-name="to"]')).to_have_value("Priya Natarajan")
    expect(entry.locator(".repeat__head")).to_have_text(
        "Wed 25 Nov · You sent: Thank-you, to Priya Natarajan"
    )
    expect(page.locator("#plan-headline")).to_have_text("Too early: wait until Tue 1 Dec")
    expect(page.locator(".draft__when")).to_have_text("For Tue 1 Dec, not yet")
    expect(page.locator("#drafts-message")).to_have_text(
        re.compile("Logged as sent to Priya Natarajan today")
    )


def test_they_replied_adds_a_reply_and_shows_only_the_fields_it_needs(
    watched: Watched, site_url: str
):
    """"They replied" adds a reply dated today with the reader in it; the date they gave shows only
    for a reply that gives one, and a half-filled entry is explained without losing the plan."""
    page = open_composer(watched, site_url)
    fill_basics(page)
    page.click("#they-replied")
    entry = page.locator('[data-repeat="history"]').last
    what = entry.locator('[data-name="what"]')
    expect(what).to_be_focused()
    expect(entry.locator('[data-name="date"]')).to_have_value("2026-11-25")
    what.select_option("reply:rejection")
    expect(entry.locator('[data-name="new_date"]')).to_be_hidden()
    expect(entry.locator('[data-name="to"]')).to_be_hidden()
    what.select_option("reply:new_date")
    expect(entry.locator('[data-name="new_date"]')).to_be_visible()
    expect(entry.locator('[data-name="new_date"] + .field-error')).to_have_text(
        "Please enter the date they gave."
    )
    expect(page.locator("#plan-headline")).not_to_have_text("Your plan")  # the plan stays


def test_an_edited_draft_survives_a_plan_change_and_can_be_brought_back(
    watched: Watched, site_url: str
):
    """After "I sent this" the edited thank-you stays one click away; a form change flags a stale edit."""
    page = open_composer(watched, site_url)
    fill_basics(page)
    body = page.locator("#draft-0-body")
    expect(body).to_have_value(re.compile("^Hi Priya,"))
    body.fill("Hi Priya,\n\nMy own thanks, in my own words.\n\nSam")
    page.fill("#f-interviewers\\.0\\.point", "the roadmap")
    expect(page.locator(".draft__stale")).to_be_visible()
    page.locator(".sent-this").first.click()
    expect(page.locator("#plan-headline")).to_have_text(re.compile("^Too early"))
    kept = page.locator(".kept-edit")
    expect(kept).to_have_count(1)
    kept.locator("summary").click()
    expect(kept.locator(".kept-edit__text")).to_contain_text("My own thanks, in my own words.")
    page.locator('[data-repeat="history"] .remove').click()
    expect(body).to_have_value(re.compile("My own thanks"))
    page.locator(".use-generated").click()
    expect(body).to_have_value(re.compile("^Hi Priya,\n\nThank you for the interview"))


def test_two_applications_export_clear_import_give_back_the_same(
    watched: Watched, site_url: str, tmp_path: Path
):
    """Two applications, switched between, exported, cleared and imported come back field for field."""
    page = open_composer(watched, site_url)
    fill_basics(page)
    first = form_state(page)
    in_menu(page).click("#app-new")
    expect(page.locator("#f-company")).to_have_value("")
    fill_basics(
        page,
        **{"#f-company": "Contoso", "#f-role": "UX Researcher", "#f-interview_date": "2026-11-20"},
    )
    second = form_state(page)
    # Both listed (their order follows when each is next due, which this test leaves alone).
    for name in ("Northwind Health · Product Designer", "Contoso · UX Researcher"):
        expect(page.locator(".apps__open", has_text=name)).to_have_count(1)
    in_menu(page).get_by_role("button", name="Northwind Health · Product Designer", exact=True).click()
    assert form_state(page) == first
    with page.expect_download() as download:
        in_menu(page).click("#export-apps")
    exported = tmp_path / "apps.json"
    download.value.save_as(exported)
    data = json.loads(exported.read_text())
    assert data["schema"] == "after-the-interview/applications" and data["version"] == 3
    in_menu(page).click("#clear-data")
    expect(page.locator(".apps__open")).to_have_text(["New application"])
    page.set_input_files("#import-apps", str(exported))
    expect(page.locator("#apps-tools-message")).to_have_text("Imported 2 applications.")
    in_menu(page).get_by_role("button", name="Contoso · UX Researcher", exact=True).click()
    assert form_state(page) == second
    in_menu(page).get_by_role("button", name="Northwind Health · Product Designer", exact=True).click()
    assert form_state(page) == first


def test_a_foreign_or_broken_import_is_refused_and_nothing_is_lost(
    watched: Watched, site_url: str, tmp_path: Path
):
    """A file that is not an export, or a broken one, imports nothing and keeps every application."""
    page = open_composer(watched, site_url)
    fill_basics(page)
    expect(page.locator(".apps__open")).to_have_count(1)
    cases = {
        "notes.json": ("[1, 2, 3]", "isn't an export from this composer"),
        "broken.json": ('{"schema": "after-the', "isn't JSON"),
        "future.json": (
            '{"schema": "after-the-interview/applications", "version": 9, "applications": []}',
            "version 9",
        ),
        "quoted.json": (
            '{"schema": "after-the-interview/applications", "version": "2", "applications": []}',
            "doesn't say which version",
        ),
        "mixed.json": (
            '{"schema": "after-the-interview/applications", "version": 2, "applications": [{"fields": {"company": "Fabrikam"}, "archived": "false"}, {"nope": 1}]}',
            "Imported 1 application; 1 application in the file couldn't be read and was skipped"
            " (item 2: it has no readable form fields).",
        ),
    }
    for name, (text, message) in cases.items():
        path = tmp_path / name
        path.write_text(text)
        page.set_input_files("#import-apps", str(path))
        expect(page.locator("#apps-tools-message")).to_contain_text(message)
    expect(page.locator("#apps-list .apps__open")).to_have_count(2)  # "archived": "false" is live
    expect(page.locator("#f-company")).to_have_value("Northwind Health")


def test_blocked_storage_still_composes_and_says_it_cannot_save(
    browser: Browser, site_url: str, origin: str
):
    """With localStorage throwing on every use, the page composes and tells the reader.

    Material's own inline palette script also touches localStorage and throws the stub's
    error; those are the only console errors allowed here, and none comes from the composer.
    """
    context = browser.new_context(locale="en-GB")
    try:
        context.add_init_script(
            "Object.defineProperty(window, 'localStorage', {get() { throw new DOMException('blocked', 'SecurityError'); }});"
        )
        watched = watch(context, origin)
        page = open_composer(watched, site_url)
        fill_basics(page)
        expect(page.locator("#draft-0-body")).to_have_value(re.compile("^Hi Priya,"))
        expect(page.locator("#storage-note")).to_contain_text("isn't letting the composer save")
        assert set(watched.console_errors) <= {"blocked", "SecurityError: blocked"}
    finally:
        context.close()


def test_corrupt_saved_data_is_left_alone_and_reported(watched: Watched, site_url: str):
    """Unreadable saved data does not stop the page, and is not thrown away."""
    page = watched.page
    page.add_init_script("localStorage.setItem('after-the-interview:app:broken', '{not json')")
    page = open_composer(watched, site_url)
    fill_basics(page)
    expect(page.locator("#draft-0-body")).to_have_value(re.compile("^Hi Priya,"))
    expect(page.locator("#storage-note")).to_contain_text("couldn't be read")
    assert page.evaluate("localStorage.getItem('after-the-interview:app:broken')") == "{not json"


def test_the_old_single_form_is_carried_over(watched: Watched, site_url: str):
    """What the earlier version kept (one form) becomes the first application."""
    old = {
        "fields": {"company": "Legacy Ltd", "role": "Designer", "interviewers": [{"name": "Ana"}]},
        "edits": [],
        "touched": [],
    }
    page = watched.page
    page.add_init_script(
        f"localStorage.setItem('after-the-interview:composer:v1', {json.dumps(json.dumps(old))})"
    )
    page = open_composer(watched, site_url)
    expect(page.locator("#f-company")).to_have_value("Legacy Ltd")
    assert page.evaluate("localStorage.getItem('after-the-interview:composer:v1')") is None


def test_two_tabs_never_overwrite_each_others_applications(
    browser: Browser, site_url: str, origin: str
):
    """Each tab edits its own application; both are kept, and each tab shows the other's in its list."""
    context = browser.new_context(locale="en-GB")
    try:
        one = open_composer(watch(context, origin), site_url)
        fill_basics(one)
        two = open_composer(watch(context, origin), site_url)
        in_menu(two).click("#app-new")
        fill_basics(two, **{"#f-company": "Contoso"})
        one.fill("#f-role", "Lead Product Designer")
        two.fill("#f-role", "Researcher")
        one.wait_for_timeout(300)
        assert one.evaluate(APP_KEYS) == 2
        companies = one.evaluate(
            "Object.keys(localStorage).filter(k => k.startsWith('after-the-interview:app:'))"
            ".map(k => JSON.parse(localStorage.getItem(k)).fields.role).sort()"
        )
        assert companies == ["Lead Product Designer", "Researcher"]
        expect(one.locator(".apps__open")).to_have_count(2)
        expect(one.locator("#f-company")).to_have_value("Northwind Health")
    finally:
        context.close()


def two_tabs_on_one_application(context: BrowserContext, origin: str, site_url: str) -> tuple[Page, Page]:
    """Two tabs of one browser, both on the same application (filled in the first)."""
    one = open_composer(watch(context, origin), site_url)
    fill_basics(one)
    one.wait_for_timeout(300)  # saved before the second tab reads it
    two = open_composer(watch(context, origin), site_url)
    expect(two.locator("#f-company")).to_have_value("Northwind Health")
    return one, two


def test_the_same_application_in_two_tabs_shows_the_latest(
    browser: Browser, site_url: str, origin: str
):
    """Editing one application in two tabs: each tab shows the other's change, and says so."""
    context = browser.new_context(locale="en-GB")
    try:
        one, two = two_tabs_on_one_application(context, origin, site_url)
        two.fill("#f-role", "Staff Designer")
        expect(one.locator("#f-role")).to_have_value("Staff Designer")
        expect(one.locator("#announcer")).to_have_text(re.compile("Another tab changed"))
    finally:
        context.close()


def test_delete_offers_undo(watched: Watched, site_url: str):
    """Deleting an application can be undone from the message it leaves."""
    page = open_composer(watched, site_url)
    fill_basics(page)
    in_menu(page).get_by_role("button", name="Delete Northwind Health · Product Designer").click()
    expect(page.locator(".apps__open")).to_have_text(["New application"])
    in_menu(page).get_by_role("button", name="Undo").click()
    expect(page.locator("#f-company")).to_have_value("Northwind Health")


def test_calendar_for_all_applications(watched: Watched, site_url: str):
    """One .ics holds the reminders of every open application."""
    import icalendar

    page = open_composer(watched, site_url)
    fill_basics(page)
    in_menu(page).click("#app-new")
    fill_basics(page, **{"#f-company": "Contoso"})
    with page.expect_download() as download:
        in_menu(page).click("#ics-all")
    events = icalendar.Calendar.from_ical(download.value.path().read_bytes()).walk("VEVENT")
    summaries = {str(e["SUMMARY"]).split(": ")[-1] for e in events}
    assert summaries == {"Product Designer at Northwind Health", "Product Designer at Contoso"}
    expect(page.locator("#apps-tools-message")).to_have_text(
        "Calendar file with 2 applications downloaded."
    )
    assert READY


def test_clear_removes_every_key_it_ever_wrote_and_undo_puts_each_back(
    browser: Browser, site_url: str, origin: str
):
    """"Clear my data" leaves no key of the composer behind, unreadable records and the old
    single-form key included (here holding "my salary notes"); Undo restores each one exactly."""
    seeded = {
        "after-the-interview:app:broken": '{"fields": {"company": "Kestrel", "notes": "my salary',
        "after-the-interview:composer:v1": "{my salary notes",
    }
    context = browser.new_context(locale="en-GB")
    context.add_init_script(
        "if (!sessionStorage.getItem('seeded')) { sessionStorage.setItem('seeded', '1');"
        f" for (const [k, v] of Object.entries({json.dumps(seeded)})) localStorage.setItem(k, v); }}"
    )
    ours = "Object.fromEntries(Object.keys(localStorage).filter(k => k.startsWith('after-the-interview:')).map(k => [k, localStorage.getItem(k)]))"
    try:
        page = open_composer(watch(context, origin), site_url)
        fill_basics(page)
        page.wait_for_timeout(300)
        before = page.evaluate(ours)
        assert set(seeded) <= set(before) and len(before) > len(seeded)
        in_menu(page).click("#clear-data")
        assert page.evaluate(ours) == {}
        in_menu(page).get_by_role("button", name="Undo").click()
        expect(page.locator("#f-company")).to_have_value("Northwind Health")
        after = page.evaluate(ours)
        assert {k: after.get(k) for k in seeded} == seeded
        assert set(before) <= set(after)
    finally:
        context.close()
