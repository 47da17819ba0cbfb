"""Never lose a reader's data: import that saves, bad records that can't break the page, tabs
typing at once, and files too big for storage refused whole (issue 21)."""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

from playwright.sync_api import Browser, Page, expect

from .conftest import Watched, watch
from .test_composer_apps import two_tabs_on_one_application
from .test_composer_page import READY, fill_basics, in_menu, open_composer

ROOT = Path(__file__).resolve().parents[2]
PREFIX = "after-the-interview:app:"
STORED = f"Object.keys(localStorage).filter(k => k.startsWith('{PREFIX}'))"
SCHEMA = "after-the-interview/applications"


def _stored_fields(page: Page) -> dict[str, dict]:
    """Every stored application's fields, by company."""
    records = page.evaluate(f"{STORED}.map(k => JSON.parse(localStorage.getItem(k)))")
    return {record["fields"].get("company", ""): record["fields"] for record in records}


def _import_text(page: Page, text: str, name: str = "apps.json") -> str:
    """Import ``text`` through the page's own file input; the message it gives."""
    message = page.locator("#apps-tools-message")
    page.evaluate("document.getElementById('apps-tools-message').textContent = ''")
    page.set_input_files(
        "#import-apps",
        files=[{"name": name, "mimeType": "application/json", "buffer": text.encode()}],
    )
    expect(message).not_to_have_text("")
    return message.text_content() or ""


def test_import_saves_what_it_imports_and_a_reload_still_has_it(
    watched: Watched, site_url: str, tmp_path: Path
):
    """Export two applications, clear, import the file, reload: both are there, with their
    fields, because an import is written, read back, and only then reported."""
    page = open_composer(watched, site_url)
    fill_basics(page)
    in_menu(page).click("#app-new")
    fill_basics(page, **{"#f-company": "Contoso", "#f-role": "UX Researcher"})
    with page.expect_download() as download:
        in_menu(page).click("#export-apps")
    exported = download.value.path().read_text("utf-8")
    in_menu(page).click("#clear-data")
    expect(page.locator(".apps__open")).to_have_text(["New application"])
    assert _import_text(page, exported) == "Imported 2 applications."
    page.reload()
    expect(page.locator("#composer-status-text")).to_have_text(READY, timeout=60_000)
    stored = _stored_fields(page)
    assert stored["Contoso"]["role"] == "UX Researcher"
    assert stored["Northwind Health"]["interviewers"][0]["name"] == "Priya Natarajan"


MALFORMED = {
    "a list where text goes": {
        "fields": {"company": ["x"]},
        "edits": {"k": {"subject": "s", "body": "b"}},
    },
    "an empty person": {"fields": {"company": "Null Person Ltd", "interviewers": [None, 7]}},
    "an empty message": {"fields": {"company": "Null Sent Ltd", "sent": [None, "x"]}},
    "touched as a number": {
        "fields": {"company": "Touched Ltd", "interviewers": [{"name": {"deep": 1}}]},
        "touched": 5,
    },
    "an empty edit": {"fields": {"company": ["Edit Ltd"]}, "edits": {"k": None}},
}


def _nested(depth: int) -> str:
    """A record whose company is a list nested ``depth`` deep, as JSON text."""
    return '{"fields": {"company": ' + "[" * depth + "]" * depth + "}}"


def _export_around(record: str) -> str:
    """An export file holding one record given as JSON text."""
    return f'{{"schema": "{SCHEMA}", "version": 3, "applications": [{record}]}}'


def test_malformed_records_in_storage_cannot_stop_the_page(watched: Watched, site_url: str):
    """Records of every broken shape the review found (a list for a company, null people and
    messages, `touched: 5`, a null edit, a record nested 5,000 deep) sit beside a good one: the
    page starts, composes, opens the good one, exports, and Clear my data clears them all."""
    good = {
        "id": "good-1",
        "version": 5,
        "fields": {"company": "Kestrel Logistics", "role": "Analyst"},
        "touched": ["company"],
    }
    records = {f"{PREFIX}bad-{i}": json.dumps(r) for i, r in enumerate(MALFORMED.values())}
    records[f"{PREFIX}deep"] = _nested(5000)
    records[f"{PREFIX}good-1"] = json.dumps(good)
    page = watched.page
    page.add_init_script(
        f"for (const [k, v] of Object.entries({json.dumps(records)})) localStorage.setItem(k, v)"
    )
    page = open_composer(watched, site_url)
    expect(page.locator("#storage-note")).to_contain_text("couldn't be read")
    expect(page.locator(".apps__open")).to_have_count(1)
    expect(page.locator("#f-company")).to_have_value("Kestrel Logistics")
    fill_basics(page, **{"#f-company": "Kestrel Logistics"})
    expect(page.locator("#draft-0-body")).to_have_value(re.compile("^Hi Priya,"))
    with page.expect_download() as download:
        in_menu(page).click("#export-apps")
    assert json.loads(download.value.path().read_text("utf-8"))["applications"][0]["id"] == "good-1"
    in_menu(page).click("#clear-data")
    assert page.evaluate(f"{STORED}.length") == 0
    assert watched.console_errors == []


def test_a_malformed_import_is_reported_and_skipped_and_the_page_still_starts(
    watched: Watched, site_url: str
):
    """The file from the review (a company given as a list) imports nothing broken: the message
    says it was skipped and why, and after a reload the composer starts as before."""
    page = open_composer(watched, site_url)
    fill_basics(page)
    bad = json.dumps({"schema": SCHEMA, "version": 2, "applications": list(MALFORMED.values())})
    message = _import_text(page, bad)
    assert message.startswith(
        "Imported 0 applications; 5 applications in the file couldn't be read"
    )
    assert "isn't text" in message
    deep = _export_around(_nested(5000))
    assert "couldn't be read" in _import_text(page, deep)
    page.reload()
    expect(page.locator("#composer-status-text")).to_have_text(READY, timeout=60_000)
    expect(page.locator(".apps__open")).to_have_count(1)
    assert watched.console_errors == []


def test_an_import_that_does_not_fit_is_refused_whole(watched: Watched, site_url: str):
    """With storage nearly full, a file of 60 large applications is refused with the room it
    needs, and none of it is kept: not half, and not reported as done."""
    page = open_composer(watched, site_url)
    fill_basics(page)
    page.evaluate(
        "localStorage.setItem('someone-else', 'x'.repeat(4_400_000))"
    )  # another script's data
    big = [
        {"id": f"big-{i}", "fields": {"company": f"Big {i}", "fit": "y" * 19_000}}
        for i in range(60)
    ]
    message = _import_text(page, json.dumps({"schema": SCHEMA, "version": 3, "applications": big}))
    assert re.search(
        r"no room for these applications \(they need about \d+ KB\)\. Nothing was imported", message
    )
    assert page.evaluate(f"{STORED}.length") == 1
    expect(page.locator(".apps__open")).to_have_count(1)
    too_big = json.dumps({"schema": SCHEMA, "version": 3, "applications": big * 5})
    assert "the composer imports files up to 5 MB. Nothing was imported." in _import_text(
        page, too_big
    )


def _random_value(rng: random.Random, depth: int = 0):
    kinds = ["str", "int", "null", "bool", "list", "dict", "surrogate", "float"]
    kind = rng.choice(kinds if depth < 4 else kinds[:4])
    if kind == "str":
        return rng.choice(
            ["", "Acme", "2026-12-01", "<img src=x onerror=alert(1)>", "END:VEVENT", "\u202e"]
        )
    if kind == "int":
        return rng.choice([0, -1, 2**53, 5])
    if kind == "null":
        return None
    if kind == "bool":
        return rng.random() < 0.5
    if kind == "float":
        return rng.choice([1.5, 1e308])
    if kind == "surrogate":
        return "\ud800broken"
    if kind == "list":
        return [_random_value(rng, depth + 1) for _ in range(rng.randint(0, 4))]
    return {
        rng.choice(
            [
                "fields",
                "company",
                "interviewers",
                "edits",
                "touched",
                "id",
                "name",
                "people",
                "rounds",
            ]
        ): _random_value(rng, depth + 1)
        for _ in range(rng.randint(0, 4))
    }


def _random_file(rng: random.Random) -> str:
    """An import file of a hostile or careless kind: wrong types, nulls, nesting, huge strings,
    many records, duplicate ids, lone surrogates; most shaped like an export, some not."""
    shape = rng.random()
    if shape < 0.1:
        return rng.choice(["", "null", "[]", "{", '{"schema": 1}', "\ud800"])
    if shape < 0.15:
        return _export_around(_nested(rng.randint(50, 3000)))
    apps = []
    for _ in range(rng.randint(0, 6)):
        app = {"fields": {"company": _random_value(rng), "interviewers": _random_value(rng)}}
        if rng.random() < 0.7:
            app["fields"]["company"] = f"Fuzz {rng.randint(0, 10**6)}"
        for key in ("edits", "touched", "id", "archived", "summary", "created"):
            if rng.random() < 0.3:
                app[key] = _random_value(rng)
        if rng.random() < 0.2:
            app["id"] = "dup-id"
        if rng.random() < 0.03:  # a field past the 20,000-character limit, now and then a huge one
            app["fields"]["fit"] = "z" * rng.choice([20_001, 20_001, 100_000])
        apps.append(app)
    if rng.random() < 0.02:
        apps = [{"fields": {}}] * 600
    version = rng.choice([3, 3, 3, 2, "3", None, 99])
    body = {"schema": SCHEMA, "version": version, "applications": apps}
    return json.dumps(body, ensure_ascii=rng.random() < 0.5)


def test_two_thousand_hostile_imports_leave_every_earlier_application_intact(
    watched: Watched, site_url: str
):
    """2,000 generated files, imported one after another into a page holding two applications:
    each file gets a message, the two are unchanged in storage and on screen, and the composer
    still drafts. (Accepted imports are cleared away between files, so storage never fills.)"""
    page = open_composer(watched, site_url)
    fill_basics(page)
    in_menu(page).click("#app-new")
    fill_basics(page, **{"#f-company": "Contoso", "#f-role": "UX Researcher"})
    before = _stored_fields(page)
    rng = random.Random(21)
    files = [_random_file(rng) for _ in range(2000)]
    results = page.evaluate(
        """async ([files, prefix, keep]) => {
          const input = document.getElementById('import-apps');
          const message = document.getElementById('apps-tools-message');
          const messages = [];
          for (const text of files) {
            message.textContent = '';
            const data = new DataTransfer();
            data.items.add(new File([text], 'fuzz.json', { type: 'application/json' }));
            input.files = data.files;
            input.dispatchEvent(new Event('change'));
            for (let i = 0; i < 400 && !message.textContent; i++) await new Promise((r) => setTimeout(r, 5));
            messages.push(message.textContent);
            for (const key of Object.keys(localStorage)) {
              if (key.startsWith(prefix) && !keep.includes(key)) localStorage.removeItem(key);
            }
          }
          return messages;
        }""",
        [files, PREFIX, page.evaluate(STORED)],
    )
    assert len(results) == 2000
    empty = [index for index, text in enumerate(results) if not text.strip()]
    assert not empty, empty[:10]
    assert all("Error" not in text and "undefined" not in text for text in results)
    print(
        f"\n2,000 imports: {sum(text.startswith('Imported') for text in results)} accepted, "
        f"{sum(not text.startswith('Imported') for text in results)} refused with a message"
    )
    assert _stored_fields(page) == before
    page.reload()
    expect(page.locator("#composer-status-text")).to_have_text(READY, timeout=60_000)
    in_menu(page).get_by_role("button", name=re.compile("^Northwind Health")).click()
    expect(page.locator("#f-company")).to_have_value("Northwind Health")
    expect(page.locator("#draft-0-body")).to_have_value(re.compile("^Hi Priya,"))
    assert watched.console_errors == []


def _type_interleaved(one: Page, two: Page, first: tuple[str, str], second: tuple[str, str]) -> int:
    """Type first[1] into first[0] in tab one and second[1] into second[0] in tab two, one key
    at a time, alternating; returns the number of key presses."""
    one.locator(first[0]).fill("")
    two.locator(second[0]).fill("")
    one.locator(first[0]).focus()
    two.locator(second[0]).focus()
    presses = 0
    for index in range(max(len(first[1]), len(second[1]))):
        if index < len(first[1]):
            one.keyboard.type(first[1][index])
            presses += 1
        if index < len(second[1]):
            two.keyboard.type(second[1][index])
            presses += 1
    return presses


def test_two_tabs_typing_at_once_lose_no_keystroke(browser: Browser, site_url: str, origin: str):
    """Two tabs type into the same application (different fields), then into different
    applications, key by key in turn (over 200 presses): every character is kept, in storage
    and on both screens."""
    context = browser.new_context(locale="en-GB")
    try:
        one, two = two_tabs_on_one_application(context, origin, site_url)
        company = "Northwind Health Partners of the Pacific Coast and Islands"
        role = "Senior Product Designer, Patient Apps and Clinic Scheduling"
        presses = _type_interleaved(one, two, ("#f-company", company), ("#f-role", role))
        in_menu(two).click("#app-new")
        fill_basics(two, **{"#f-company": "Contoso", "#f-role": "x"})
        signature = "Sam Rivera-Okafor, MSc Human-Computer Interaction (2019)"
        research = "Lead UX Researcher for outpatient clinics, wards and pharmacies"
        presses += _type_interleaved(
            one, two, ("#f-candidate_name", signature), ("#f-role", research)
        )
        one.wait_for_timeout(500)
        stored = _stored_fields(one)
        assert stored[company]["role"] == role
        assert stored[company]["candidate_name"] == signature
        assert stored["Contoso"]["role"] == research
        expect(one.locator("#f-company")).to_have_value(company)
        expect(one.locator("#f-role")).to_have_value(role)
        expect(two.locator("#f-role")).to_have_value(research)
        in_menu(two).get_by_role("button", name=re.compile(f"^{company}")).click()
        expect(two.locator("#f-candidate_name")).to_have_value(signature)
        expect(two.locator("#f-role")).to_have_value(role)
        assert presses >= 200
        print(f"\ntwo tabs: {presses} interleaved key presses, none lost")
    finally:
        context.close()


def test_the_page_states_the_import_limits_it_checks():
    """The limits the page states beside Import are the ones composer-record.mjs enforces."""
    record = (ROOT / "docs" / "javascripts" / "composer-record.mjs").read_text("utf-8")
    stated = (ROOT / "docs" / "composer.md").read_text("utf-8")
    size = int(re.search(r"fileBytes: ([\d_]+)", record).group(1).replace("_", ""))
    count = int(re.search(r"applications: ([\d_]+)", record).group(1).replace("_", ""))
    assert f"up to {size // 1_000_000} MB and {count} applications" in stated


def test_calendar_for_all_reads_lines_and_keeps_a_duplicate_s_events(
    watched: Watched, site_url: str
):
    """A company typed as "END:VEVENT" stays text in the merged calendar, and a duplicated
    application's reminders are all kept: every event has its own UID."""
    import icalendar

    page = open_composer(watched, site_url)
    fill_basics(page)
    in_menu(page).click("#app-new")
    fill_basics(page, **{"#f-company": "END:VEVENT"})
    in_menu(page).get_by_role("button", name="Duplicate END:VEVENT · Product Designer").click()
    expect(page.locator(".apps__open")).to_have_count(3)
    with page.expect_download() as download:
        in_menu(page).click("#ics-all")
    events = icalendar.Calendar.from_ical(download.value.path().read_bytes()).walk("VEVENT")
    uids = [str(event["UID"]) for event in events]
    at = [str(event["SUMMARY"]).split(" at ")[-1] for event in events]
    assert len(set(uids)) == len(uids)
    assert at.count("END:VEVENT") > 0 and at.count("END:VEVENT") == 2 * at.count("Northwind Health")


def test_inside_another_site_s_frame_the_composer_refuses_and_links_out(
    watched: Watched, site_url: str
):
    """Framed by another page (which could steer clicks onto Clear or Delete), the composer
    shows no form and no buttons, only a link that opens it in its own tab."""
    page = watched.page
    page.set_content(f'<iframe src="{site_url}composer/" width="900" height="700"></iframe>')
    frame = page.frame_locator("iframe")
    expect(frame.locator("#composer-framed")).to_contain_text("inside another website")
    expect(frame.locator("#composer-framed a")).to_have_attribute("target", "_blank")
    expect(frame.locator("#composer-form")).to_have_count(0)
    expect(frame.locator("#clear-data")).to_have_count(0)


def test_a_download_that_stops_midway_offers_a_retry(browser: Browser, site_url: str, origin: str):
    """When Python's download hangs (the connection drops mid-transfer, so it never fails on its
    own), the status says so after the stated 45 seconds and offers Retry."""
    context = browser.new_context(locale="en-GB")
    try:
        watched = watch(context, origin)
        page = watched.page
        page.route("**/pyodide.asm.wasm", lambda route: None)  # never answered: a stalled transfer
        page.clock.install()
        page.goto(site_url + "composer/")
        expect(page.locator("#composer-status-text")).to_have_text("Downloading Python…")
        page.wait_for_timeout(1000)  # nothing more arrives: the wasm transfer hangs
        page.clock.run_for(46_000)
        expect(page.locator("#composer-status-text")).to_contain_text(
            "No progress for 45 seconds: the download may have stopped."
        )
        expect(page.locator("#composer-retry")).to_be_visible()
    finally:
        context.close()
