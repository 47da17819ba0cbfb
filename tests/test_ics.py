import datetime as dt

import icalendar

from composer import Event, Timeline, calendar, make_plan, plan_events
from composer._ics import escape_text, fold_line

UTC_STAMP = dt.datetime(2026, 11, 23, 14, 0, tzinfo=dt.UTC)
EVENTS = [
    Event(
        "check_in",
        dt.datetime(2026, 12, 7, 9, 30),
        15,
        "Check in, Acme; Designer",
        "Line one\nLine, two; and \\ three",
    ),
    Event("closing", dt.datetime(2026, 12, 21, 9, 30), 15, "Close", "Another"),
]


def make(summary: str = "Check in, Acme; Designer") -> str:
    events = [Event(EVENTS[0].uid, EVENTS[0].start, 15, summary, EVENTS[0].description), EVENTS[1]]
    return calendar(
        events, key="Acme|Designer|2026-11-23", stamp=UTC_STAMP, url="https://x.example/composer/"
    )


def test_an_independent_parser_reads_every_event():
    """The icalendar package parses the file and finds each event at its time, with its own text."""
    cal = icalendar.Calendar.from_ical(make())
    events = list(cal.walk("VEVENT"))
    # Written in UTC: the same instant, whatever calendar reads it.
    assert [e.decoded("DTSTART") for e in events] == [
        e.start.replace(tzinfo=dt.UTC) for e in EVENTS
    ]
    assert str(events[0]["SUMMARY"]) == "Check in, Acme; Designer"
    assert str(events[0]["DESCRIPTION"]) == "Line one\nLine, two; and \\ three"
    assert str(events[1]["DESCRIPTION"]) == "Another"
    assert str(events[0]["URL"]) == "https://x.example/composer/"
    assert all(e.walk("VALARM") for e in events)


def test_dtstamp_is_the_real_utc_moment():
    """DTSTAMP is written in UTC from an aware moment; a naive one is refused, never mislabelled."""
    local = dt.datetime(2026, 11, 23, 15, 0, tzinfo=dt.timezone(dt.timedelta(hours=1)))
    text = calendar(EVENTS, key="k", stamp=local)
    assert "DTSTAMP:20261123T140000Z" in text
    try:
        calendar(EVENTS, key="k", stamp=dt.datetime(2026, 11, 23, 15, 0))
    except ValueError:
        pass
    else:
        raise AssertionError("a naive stamp was labelled as UTC")


def test_uids_are_stable_and_unique():
    """Generating twice gives the same UIDs; different steps get different ones."""
    uids = [str(e["UID"]) for e in icalendar.Calendar.from_ical(make()).walk("VEVENT")]
    again = [str(e["UID"]) for e in icalendar.Calendar.from_ical(make()).walk("VEVENT")]
    assert uids == again and len(set(uids)) == 2


def test_lines_are_folded_at_75_octets_with_crlf():
    """No physical line exceeds 75 octets, even with multi-byte text, and lines end in CRLF."""
    text = make("Relance après l'entretien — " + "é" * 80)
    assert text.endswith("\r\n") and "\n" not in text.replace("\r\n", "")
    assert max(len(line.encode()) for line in text.split("\r\n")) <= 75
    summary = icalendar.Calendar.from_ical(text).walk("VEVENT")[0]["SUMMARY"]
    assert str(summary).endswith("é" * 80)


def test_escape_and_fold_helpers():
    """TEXT escaping covers backslash, semicolon, comma and newline; short lines are untouched."""
    assert escape_text("a\\b;c,d\ne") == "a\\\\b\\;c\\,d\\ne"
    assert fold_line("SHORT:1") == "SHORT:1"


def test_a_step_due_now_is_a_deadline_reminder_not_an_event_now():
    """Sending now adds no event at the current minute; its deadline becomes a reminder before it."""
    now = dt.datetime(2026, 11, 23, 15, 0)
    plan = make_plan(Timeline(dt.datetime(2026, 11, 23, 10, 0)), now)
    events = plan_events(plan, now, where="Acme", describe=lambda kind: f"About {kind}.")
    assert all(event.start > now for event in events)
    deadline = events[0]
    assert deadline.summary == "Thank-you note by 10:00: Acme"
    assert deadline.start + dt.timedelta(minutes=deadline.minutes) == dt.datetime(
        2026, 11, 24, 10, 0
    )
    assert [e.description.split(". ")[-1] for e in events[1:]] == [
        "About check_in.",
        "About closing.",
    ]


def test_two_independent_parsers_read_every_calendar_alike(tmp_path):
    """Every .ics the scenario corpus produces reads the same in icalendar and in Mozilla's ical.js
    (Thunderbird's parser): same events, times, texts and links, with a reminder on each."""
    import json
    import subprocess
    from pathlib import Path

    import scenarios

    import composer

    files, shown = [], {}
    for index, case in enumerate(scenarios.load()):
        request = {**case.request, "page_url": "https://sam.github.io/after/composer/"}
        if "+" not in request["now"] and "-" not in request["now"][10:]:
            request["now"] += "+01:00"
        answer = composer.handle(request)
        if answer["ics"]:
            path = tmp_path / f"case-{index}.ics"
            path.write_bytes(answer["ics"].encode("utf-8"))
            files.append(path)
            plan = answer["plan"]
            steps = [plan["action"], *plan["upcoming"]] if plan["action"] else plan["upcoming"]
            now = dt.datetime.fromisoformat(request["now"]).timestamp()
            shown[str(path)] = {
                at for s in steps if (at := dt.datetime.fromisoformat(s["at"]).timestamp()) > now
            }
    assert len(files) >= 30
    script = Path(__file__).parent / "icaljs" / "read.mjs"
    done = subprocess.run(
        ["node", str(script), *map(str, files)], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    for result in json.loads(done.stdout):
        assert "error" not in result, result
        python = icalendar.Calendar.from_ical(Path(result["file"]).read_bytes()).walk("VEVENT")
        assert len(result["events"]) == len(python) > 0
        instants = set()
        for mozilla, event in zip(result["events"], python, strict=True):
            start = event.decoded("DTSTART")
            assert start.tzinfo is not None and mozilla["utc"] and not mozilla["floating"]
            assert mozilla["epoch"] == start.timestamp()  # one instant in both parsers
            instants.add(start.timestamp())
            assert mozilla["summary"] == str(event["SUMMARY"])
            assert mozilla["description"] == str(event["DESCRIPTION"])
            assert mozilla["url"] == "https://sam.github.io/after/composer/"
            assert mozilla["alarms"] == ["PT0S"]
            assert mozilla["stamp"].endswith("Z")
        # Every step still ahead is an event at the instant the plan shows for it.
        assert shown[result["file"]] <= instants, result["file"]
