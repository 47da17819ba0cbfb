"""The reader's calendar on the page: zones from the device, both clocks, and saved data carried over."""

from __future__ import annotations

import json
import re
from pathlib import Path

import icalendar
from playwright.sync_api import Browser, expect

from .conftest import watch
from .test_composer_page import READY, fill_basics, in_menu, open_more

LANDED = Path(__file__).resolve().parents[1] / "fixtures" / "landed-v2-storage.json"
APPS = "Object.keys(localStorage).filter(k => k.startsWith('after-the-interview:app:'))"


def _page(
    browser: Browser, origin: str, *, zone: str, locale: str = "en-GB", storage: dict | None = None
):
    context = browser.new_context(locale=locale, timezone_id=zone, accept_downloads=True)
    if storage:
        # Written once, before the page's own scripts, as the landed version left it.
        context.add_init_script(
            "if (!sessionStorage.getItem('seeded')) { sessionStorage.setItem('seeded', '1');"
            f" for (const [k, v] of Object.entries({json.dumps(storage)})) localStorage.setItem(k, v); }}"
        )
    return context, watch(context, origin)


def _open(watched, site_url: str, now: str):
    page = watched.page
    page.clock.set_fixed_time(now)
    page.goto(site_url + "composer/")
    expect(page.locator("#composer-status-text")).to_have_text(READY, timeout=60_000)
    open_more(page)
    return page


def test_applications_saved_by_the_landed_version_open_with_nothing_lost(
    browser: Browser, site_url: str, origin: str
):
    """Two applications saved by the landed version (a real capture of its localStorage: people,
    a sent message, a reply with a new date, days off, an edited draft, the example) open with
    every field and edit intact, gain this device's zone once, and are saved back as version 4,
    their message and reply now entries of one history."""
    saved = json.loads(LANDED.read_text("utf-8"))
    context, watched = _page(browser, origin, zone="Europe/London", storage=saved)
    try:
        page = _open(watched, site_url, "2026-11-26T10:00:00Z")
        expect(page.locator(".apps__open")).to_have_count(2)
        in_menu(page).get_by_role("button", name=re.compile("^Harbour Analytics")).click()
        expect(page.locator("#f-company")).to_have_value("Harbour Analytics")
        expect(page.locator("#f-interviewers\\.0\\.name")).to_have_value("Dr. Siobhán Ní Bhriain")
        expect(page.locator("#f-interviewers\\.1\\.kind")).to_have_value("recruiter")
        expect(page.locator("#f-days_off")).to_have_value("2026-12-24\n2026-12-31")
        expect(page.locator('[data-repeat="history"] .repeat__head')).to_have_text(
            ["Mon 23 Nov · You sent: Thank-you", "Wed 25 Nov · They gave a new date: Wed 9 Dec"]
        )
        expect(page.locator("#f-reader_time_zone")).to_have_value("Europe/London")
        expect(page.locator("#plan-headline")).to_have_text(re.compile("^Too early: wait until"))
        expect(page.locator(".draft__body").first).to_have_value(re.compile("P.S. My own line."))
        stored = page.evaluate(f"{APPS}.map(k => JSON.parse(localStorage.getItem(k)))")
        assert {app["version"] for app in stored} == {5}
        for app in stored:
            before = json.loads(saved[f"after-the-interview:app:{app['id']}"])
            assert_carried_over(before, app, zone="Europe/London")
        assert watched.console_errors == []
    finally:
        context.close()


def carried_history(fields: dict) -> list[dict]:
    """The history a version 2 or 3 record's messages and reply become, in date order."""
    entries = [
        {"what": f"sent:{row['kind']}", "date": row["date"], "to": row.get("to", "")}
        for row in fields.get("sent", [])
    ]
    if fields.get("reply.kind"):
        kind = fields["reply.kind"]
        new_date = fields["reply.new_date"] if kind == "new_date" else ""
        entries.append({"what": f"reply:{kind}", "date": fields["reply.date"], "new_date": new_date})
    return sorted(entries, key=lambda entry: entry["date"])


def folded_people(fields: dict) -> list[dict]:
    """The people of a version 4 (or older) record, with the interview-wide points folded in:
    each point to the first person without one, repeats dropped, the rest joined to the first."""
    people = [dict(person) for person in fields.get("interviewers") or [{}]]
    points = [fields[k].strip() for k in sorted(fields) if k.startswith("points.") and fields[k].strip()]
    known = {p.get("point", "").strip().lower() for p in people} - {""}
    for point in points:
        if point.lower() in known:
            continue
        known.add(point.lower())
        free = next((p for p in people if not p.get("point", "").strip()), None)
        if free is not None:
            free["point"] = point
        else:
            people[0]["point"] = f"{people[0].get('point', '').strip()}; {point}"
    return people if points else fields.get("interviewers", [])


def assert_carried_over(before: dict, after: dict, *, zone: str) -> None:
    """Every field, edit and date of ``before`` is in ``after``: the history and the points moved
    into their new places, nothing else changed."""
    old = {"sent", "reply.kind", "reply.date", "reply.new_date"}
    kept = {k: v for k, v in before["fields"].items() if k not in old and not k.startswith("points.")}
    assert after["fields"] == {
        **kept,
        "reader_time_zone": kept.get("reader_time_zone") or zone,
        "interviewers": folded_people(before["fields"]),
        "rounds": [],
        "history": carried_history(before["fields"]),
    }
    assert before["edits"] == after["edits"]
    touched = [n for n in before["touched"] if not n.startswith(("sent.", "reply.", "points."))]
    entries = len(after["fields"]["history"])
    assert after["touched"] == touched + [f"history.{i}.date" for i in range(entries)]
    assert before["created"] == after["created"] and before["archived"] == after["archived"]


def test_a_saved_application_means_the_same_moment_on_another_clock(
    browser: Browser, site_url: str, origin: str
):
    """Saved in London, opened on a New York clock: the interview keeps its zone, so at the same
    instant the plan is the same, and the thank-you is still due now, not 'ahead'."""
    context, watched = _page(browser, origin, zone="Europe/London")
    try:
        page = _open(watched, site_url, "2026-11-24T15:00:00Z")
        fill_basics(page, **{"#f-interview_date": "2026-11-24", "#f-interview_time": "14:00"})
        expect(page.locator("#plan-headline")).to_have_text(
            re.compile("^Send your thank-you today")
        )
        london = page.inner_text("#plan-headline")
        storage = page.evaluate("JSON.stringify(Object.fromEntries(Object.entries(localStorage)))")
    finally:
        context.close()
    context, watched = _page(browser, origin, zone="America/New_York", storage=json.loads(storage))
    try:
        page = _open(watched, site_url, "2026-11-24T15:00:00Z")  # 10:00 in New York
        expect(page.locator("#f-reader_time_zone")).to_have_value("Europe/London")
        expect(page.locator("#plan-headline")).to_have_text(london)
    finally:
        context.close()


def test_a_london_reader_sees_a_new_york_employers_plan_in_both_clocks(
    browser: Browser, site_url: str, origin: str
):
    """The page fills the reader's zone from the device and proposes a region from the language;
    with the employer in New York, each step shows both clocks, the holiday that moved a step is
    named, and the .ics holds each step at the same instant as UTC."""
    context, watched = _page(browser, origin, zone="Europe/London")
    try:
        page = _open(watched, site_url, "2026-11-23T19:30:00Z")
        expect(page.locator("#f-reader_time_zone")).to_have_value("Europe/London")
        expect(page.locator("#f-region")).to_have_value("GB-ENG")
        assert page.locator("#zone-names option").count() == 0  # not until a zone field is reached
        page.focus("#f-time_zone")
        assert page.locator("#zone-names option").count() > 300
        fill_basics(page, **{"#f-interview_date": "2026-11-23", "#f-interview_time": "18:00"})
        page.select_option("#f-region", "US-NY")
        page.fill("#f-time_zone", "America/New_York")
        expect(page.locator("#plan-headline")).to_have_text(
            "Send your thank-you today: the 24-hour window closes tomorrow at 18:00 your time "
            "(13:00 in New York)"
        )
        expect(page.locator("#plan-notes")).to_contain_text("Thu 26 Nov is Thanksgiving Day")
        expect(page.locator("#plan-steps li").first).to_have_text(
            re.compile(r"^Tue 1 Dec, 14:30 your time \(9:30 in New York\)\s+First check-in")
        )
        with page.expect_download() as download:
            page.click("#download-ics")
        events = icalendar.Calendar.from_ical(Path(download.value.path()).read_bytes()).walk(
            "VEVENT"
        )
        starts = {e.decoded("DTSTART").isoformat() for e in events}
        assert "2026-12-01T14:30:00+00:00" in starts  # 09:30 in New York, as UTC
        assert watched.console_errors == []
    finally:
        context.close()


def test_an_unknown_zone_is_a_friendly_error_and_the_draft_stays(
    browser: Browser, site_url: str, origin: str
):
    """A zone typed wrong gets a message beside it; the plan and the draft carry on."""
    context, watched = _page(browser, origin, zone="Europe/London")
    try:
        page = _open(watched, site_url, "2026-11-25T10:00:00Z")
        fill_basics(page)
        page.fill("#f-time_zone", "New York")
        expect(page.locator("#f-time_zone + .field-error")).to_have_text(
            re.compile("^Choose their time zone from the list")
        )
        expect(page.locator("#draft-0-body")).to_have_value(re.compile("^Hi Priya,"))
    finally:
        context.close()
