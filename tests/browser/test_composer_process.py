"""The whole hiring process on the page: rounds, one history, the tracker list, import and CSV."""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path

from playwright.sync_api import Browser, Page, expect

from .conftest import watch
from .test_composer_calendar import APPS, assert_carried_over
from .test_composer_page import READY, in_menu

LANDED_V3 = Path(__file__).resolve().parents[1] / "fixtures" / "landed-v3-storage.json"


def _context(browser: Browser, storage: dict | None = None):
    context = browser.new_context(
        locale="en-GB",
        timezone_id="Europe/London",
        accept_downloads=True,
        permissions=["clipboard-read", "clipboard-write"],
    )
    if storage:
        # Written once, before the page's own scripts, as the landed version left it.
        context.add_init_script(
            "if (!sessionStorage.getItem('seeded')) { sessionStorage.setItem('seeded', '1');"
            f" for (const [k, v] of Object.entries({json.dumps(storage)})) localStorage.setItem(k, v); }}"
        )
    return context


def _open(watched, site_url: str, now: str) -> Page:
    page = watched.page
    page.clock.set_fixed_time(now)
    page.goto(site_url + "composer/")
    expect(page.locator("#composer-status-text")).to_have_text(READY, timeout=60_000)
    return page


def _drafts(page: Page) -> dict[str, str]:
    """Each visible draft's body, by the name on its card."""
    page.wait_for_timeout(300)  # the newest answer lands after the last keystroke
    cards = page.locator("#drafts .draft")
    return {
        card.locator(".draft__to").inner_text(): card.locator(".draft__body").input_value()
        for card in cards.all()
    }


def _add_person(page: Page, name: str, kind: str, email: str, point: str) -> None:
    """ "Add a person" and fill their row, as a reader does."""
    page.click("#add-interviewers")
    row = page.locator('[data-repeat="interviewers"]').last
    row.locator('[data-name="name"]').fill(name)
    row.locator('[data-name="kind"]').select_option(kind)
    row.locator('[data-name="email"]').fill(email)
    row.locator('[data-name="point"]').fill(point)


def _history(page: Page) -> list[str]:
    return page.locator('[data-repeat="history"] .repeat__head').all_inner_texts()


def test_three_rounds_through_the_page_keep_one_history_and_the_right_drafts(
    browser: Browser, site_url: str, origin: str
):
    """A screen, a panel and a final in one application, as a reader types them: each round's
    thank-yous go to that round's people (once each), an invitation gets its short reply, a
    scheduled send is logged before its slot, a new date stays in the history, someone met again
    hears "good to speak again", and the list says where the application stands."""
    context = _context(browser)
    watched = watch(context, origin)
    try:
        page = _open(watched, site_url, "2027-02-01T15:00:00Z")
        fill = page.fill
        fill("#f-candidate_name", "Amara Okafor")
        fill("#f-company", "Kestrel Logistics")
        fill("#f-role", "Operations Analyst")
        # The list follows the typing, not the next reload.
        expect(page.locator(".apps__open")).to_have_text("Kestrel Logistics · Operations Analyst")
        page.check('[name="interview_kind"][value="screen"]')
        fill("#f-interview_date", "2027-02-01")
        fill("#f-interview_time", "10:00")
        fill("#f-interviewers\\.0\\.name", "Jo Park")
        page.select_option("#f-interviewers\\.0\\.kind", "recruiter")
        fill("#f-interviewers\\.0\\.email", "jo.park@kestrel.example")
        fill("#f-interviewers\\.0\\.point", "the new routing dashboard")
        expect(page.locator(".draft__to")).to_have_text(["To Jo Park <jo.park@kestrel.example>"])
        expect(page.locator(".draft__body")).to_have_value(
            re.compile("Thank you for the call today")
        )
        page.locator(".sent-this").click()
        expect(page.locator(".apps__status")).to_have_text(
            "Round 1: Phone or video screen · Waiting: check in Mon 8 Feb"
        )

        # Wednesday: invited to the next round. The screen becomes round 1, the people stay.
        page.clock.set_fixed_time("2027-02-03T11:00:00Z")
        page.click("#add-rounds")
        expect(page.locator("#f-interview_date")).to_be_focused()
        expect(page.locator("#f-interviewers\\.0\\.name")).to_have_value("Jo Park")
        expect(page.locator('[data-repeat="rounds"] .repeat__head')).to_have_text(
            ["Round 1: Phone or video screen · Mon 1 Feb, 10:00 · with Jo Park"]
        )
        expect(page.locator("#plan-headline")).to_have_text(
            "Thank them for the invitation by Thu 4 Feb"
        )
        expect(page.locator(".draft__body")).to_have_value(
            re.compile("inviting me to the next round")
        )
        page.locator(".sent-this").click()
        expect(page.locator("#plan-headline")).to_have_text(re.compile("once it is booked|booked"))

        # The panel on Monday 8 Feb: Priya (hiring manager) and Tom, who has no address.
        fill("#f-interview_date", "2027-02-08")
        fill("#f-interview_time", "14:00")
        page.check('[name="interview_kind"][value="panel"]')
        _add_person(
            page,
            "Priya Natarajan",
            "hiring_manager",
            "priya@kestrel.example",
            "how the depots share routes",
        )
        _add_person(page, "Tom Ng", "interviewer", "", "the forecasting model")
        # 21:30 in London: past the evening when a ready note may still go (rules.toml)
        page.clock.set_fixed_time("2027-02-08T21:30:00Z")
        fill("#f-interviewers\\.0\\.point", "the routing pilot in Leeds")
        expect(page.locator("#plan-headline")).to_have_text(
            re.compile("^Send your thank-you tomorrow")
        )
        drafts = _drafts(page)
        assert list(drafts) == [
            "To Jo Park <jo.park@kestrel.example>",
            "To Priya Natarajan <priya@kestrel.example>",
            "To Tom Ng",
        ]
        assert (
            "Could you pass my thanks on to Tom?" in drafts["To Jo Park <jo.park@kestrel.example>"]
        )
        assert "call" not in drafts["To Priya Natarajan <priya@kestrel.example>"]
        expect(page.locator(".draft").nth(2).locator(".finding")).to_have_text(
            re.compile("^There is no email address for Tom Ng")
        )
        expect(page.locator("#plan-notes")).to_contain_text("Tom Ng has no email address here")
        # Written on Monday night for Tuesday 08:30: logged as scheduled, one by one.
        expect(page.locator(".sent-this:visible")).to_have_count(0)
        for _ in range(3):
            page.locator(".scheduled-this:visible").first.click()
            page.wait_for_timeout(200)
        expect(page.locator("#plan-headline")).to_have_text("Too early: wait until Mon 15 Feb")

        # Wednesday 10 Feb: a new date, and then an invitation to the final.
        page.clock.set_fixed_time("2027-02-10T12:00:00Z")
        page.click("#they-replied")
        reply = page.locator('[data-repeat="history"]').last
        reply.locator('[data-name="what"]').select_option("reply:new_date")
        reply.locator('[data-name="new_date"]').fill("2027-02-17")
        # their Wednesday, then two working days' grace
        expect(page.locator("#plan-headline")).to_have_text("Too early: wait until Fri 19 Feb")
        page.clock.set_fixed_time("2027-02-16T10:00:00Z")
        page.click("#add-rounds")
        page.locator(".sent-this").click()
        fill("#f-interview_date", "2027-02-22")
        fill("#f-interview_time", "11:00")
        expect(page.locator('[name="interview_kind"][value="final"]')).to_be_checked()
        people = page.locator('[data-repeat="interviewers"]')
        people.nth(2).locator(".remove").click()  # Tom won't be there
        people.nth(0).locator(".remove").click()  # nor Jo
        _add_person(
            page,
            "Dana Cole",
            "hiring_manager",
            "dana.cole@kestrel.example",
            "next year's depot expansion",
        )
        page.select_option("#f-interviewers\\.0\\.kind", "interviewer")
        page.clock.set_fixed_time("2027-02-22T15:00:00Z")
        fill("#f-interviewers\\.0\\.point", "the first ninety days")
        expect(page.locator("#plan-headline")).to_have_text(
            re.compile("^Send your thank-you today")
        )
        drafts = _drafts(page)
        assert list(drafts) == [
            "To Priya Natarajan <priya@kestrel.example>",
            "To Dana Cole <dana.cole@kestrel.example>",
        ]
        assert (
            "good to speak with you again" in drafts["To Priya Natarajan <priya@kestrel.example>"]
        )
        assert "again" not in drafts["To Dana Cole <dana.cole@kestrel.example>"]
        assert "final interview today" in drafts["To Dana Cole <dana.cole@kestrel.example>"]

        history = _history(page)
        assert history == [
            "Mon 1 Feb · You sent: Thank-you, to Jo Park",
            "Wed 3 Feb · They invited me to the next round",
            "Wed 3 Feb · You sent: Reply to an invitation to the next round, to Jo Park",
            "Mon 8 Feb · You sent: Thank-you, to Jo Park (scheduled for Tue 9 Feb, 08:30)",
            "Mon 8 Feb · You sent: Thank-you, to Priya Natarajan (scheduled for Tue 9 Feb, 08:30)",
            "Mon 8 Feb · You sent: Thank-you, to Tom Ng (scheduled for Tue 9 Feb, 08:30)",
            "Wed 10 Feb · They gave a new date: Wed 17 Feb",
            "Tue 16 Feb · They invited me to the next round",
            "Tue 16 Feb · You sent: Reply to an invitation to the next round, to Jo Park",
        ]
        expect(page.locator('[data-repeat="rounds"] .repeat__head')).to_have_text(
            [
                "Round 1: Phone or video screen · Mon 1 Feb, 10:00 · with Jo Park",
                "Round 2: Panel · Mon 8 Feb, 14:00 · with Jo Park, Priya Natarajan, Tom Ng",
            ]
        )
        expect(page.locator(".apps__status")).to_have_text(
            "Round 3: Final round · Due today: send your thank-you"
        )
        print("\nHistory, as the page shows it:\n" + "\n".join(history))
        for to, body in drafts.items():
            print(f"\n{to}\n{body}")
        # Everything survives a reload, in the same order.
        page.reload()
        expect(page.locator("#composer-status-text")).to_have_text(READY, timeout=60_000)
        assert _history(page) == history
        assert list(_drafts(page)) == list(drafts)
        assert watched.console_errors == []
        assert watched.foreign_requests == []
    finally:
        context.close()


def test_applications_saved_by_the_landed_version_carry_their_messages_and_reply_into_the_history(
    browser: Browser, site_url: str, origin: str
):
    """Two applications as the landed version saved them (a real capture: messages sent, a new date,
    a rejection, an edited reply) open as version 5 with nothing lost: each message and reply is a
    history entry, the plan reads them as before (by today's rules), and the edit is still on its
    draft."""
    saved = json.loads(LANDED_V3.read_text("utf-8"))
    context = _context(browser, saved)
    watched = watch(context, origin)
    try:
        page = _open(watched, site_url, "2026-12-02T10:00:00Z")
        expect(page.locator(".apps__open")).to_have_count(2)
        in_menu(page).get_by_role("button", name=re.compile("^Kestrel Logistics")).click()
        assert _history(page) == [
            "Mon 23 Nov · You sent: Thank-you",
            "Mon 30 Nov · You sent: Check-in",
            "Tue 1 Dec · They gave a new date: Tue 8 Dec",
        ]
        # their new date, then rules.toml's two working days of grace
        expect(page.locator("#plan-headline")).to_have_text("Too early: wait until Thu 10 Dec")
        in_menu(page).get_by_role("button", name=re.compile("^Bluefin Bank")).click()
        assert _history(page) == [
            "Mon 16 Nov · You sent: Thank-you",
            "Fri 27 Nov · They said no",
        ]
        expect(page.locator(".draft__body").first).to_have_value(
            re.compile("P.S. Thank you again.")
        )
        stored = page.evaluate(f"{APPS}.map(k => JSON.parse(localStorage.getItem(k)))")
        assert {app["version"] for app in stored} == {5}
        for app in stored:
            assert_carried_over(
                json.loads(saved[f"after-the-interview:app:{app['id']}"]), app, zone=""
            )
        assert watched.console_errors == []
    finally:
        context.close()


def test_importing_the_same_file_twice_asks_and_an_import_is_saved(
    browser: Browser, site_url: str, origin: str, tmp_path: Path
):
    """An import is saved at once (a reload keeps it); the same file again is recognised and the
    reader chooses: skip it, or keep both."""
    context = _context(browser, json.loads(LANDED_V3.read_text("utf-8")))
    watched = watch(context, origin)
    try:
        page = _open(watched, site_url, "2026-12-02T10:00:00Z")
        with page.expect_download() as download:
            in_menu(page).click("#export-apps")
        exported = tmp_path / "apps.json"
        download.value.save_as(exported)
        in_menu(page).click("#clear-data")
        page.set_input_files("#import-apps", str(exported))
        expect(page.locator("#apps-tools-message")).to_have_text("Imported 2 applications.")
        page.reload()
        expect(page.locator("#composer-status-text")).to_have_text(READY, timeout=60_000)
        expect(page.locator(".apps__open")).to_have_count(2)

        page.set_input_files("#import-apps", str(exported))
        expect(page.locator("#apps-tools-message")).to_contain_text(
            "Imported 0 applications; 2 applications in the file are already here."
        )
        in_menu(page).get_by_role("button", name="Skip them").click()
        expect(page.locator("#apps-tools-message")).to_have_text("Skipped what was already here.")
        assert page.evaluate(f"{APPS}.length") == 2

        page.set_input_files("#import-apps", str(exported))
        in_menu(page).get_by_role("button", name="Keep both").click()
        expect(page.locator("#apps-tools-message")).to_have_text("Kept both: added 2 copies.")
        expect(page.locator(".apps__open")).to_have_count(4)
        assert page.evaluate(f"{APPS}.length") == 4
        assert watched.console_errors == []
    finally:
        context.close()


def test_the_csv_export_opens_in_pythons_csv_module_with_status_and_dates(
    browser: Browser, site_url: str, origin: str, tmp_path: Path
):
    """One row per application with its round, status in words, next step and dates; a typed
    formula stays text."""
    context = _context(browser, json.loads(LANDED_V3.read_text("utf-8")))
    watched = watch(context, origin)
    try:
        page = _open(watched, site_url, "2026-12-02T10:00:00Z")
        in_menu(page).get_by_role("button", name=re.compile("^Kestrel Logistics")).click()
        page.fill("#f-role", '=HYPERLINK("x", "Operations, Analyst")')
        with page.expect_download() as download:
            in_menu(page).click("#export-csv")
        path = tmp_path / "apps.csv"
        download.value.save_as(path)
        with path.open(encoding="utf-8-sig", newline="") as handle:
            rows = list(csv.DictReader(handle))
        assert [row["Company"] for row in rows] == ["Bluefin Bank", "Kestrel Logistics"]
        bluefin, kestrel = rows
        assert bluefin["Status"] == "A reply is optional now"
        assert bluefin["Round"] == "Round 1: Panel"
        # Their new date, Tue 8 Dec, then the two-day buffer (rules.toml)
        assert kestrel["Status"] == "Waiting: check in Thu 10 Dec"
        assert kestrel["Next step"] == "First check-in, Thu 10 Dec"
        assert kestrel["Next date"] == "2026-12-10"
        assert kestrel["Interview dates"] == "2026-11-23"
        assert kestrel["Last contact"] == "2026-12-01"
        assert kestrel["Role"] == '\'=HYPERLINK("x", "Operations, Analyst")'
        assert kestrel["Archived"] == "no"
        expect(page.locator("#apps-tools-message")).to_have_text(
            "Spreadsheet file with 2 applications downloaded."
        )
    finally:
        context.close()
