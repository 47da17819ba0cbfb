import datetime as dt

import icalendar

from composer import Step, calendar
from composer._ics import escape_text, fold_line

STEPS = [
    Step("check_in", dt.datetime(2026, 12, 7, 9, 30)),
    Step("closing", dt.datetime(2026, 12, 21, 9, 30)),
]


def make(summary: str = "Check in, Acme; Designer") -> str:
    return calendar(
        STEPS,
        summary_for={"check_in": summary, "closing": "Close"},
        description="Line one\nLine, two; and \\ three",
        key="Acme|Designer|2026-11-23",
        stamp=dt.datetime(2026, 11, 23, 14, 0),
    )


def test_an_independent_parser_reads_every_step():
    """The icalendar package parses the file and finds one event per step at the right time."""
    cal = icalendar.Calendar.from_ical(make())
    events = list(cal.walk("VEVENT"))
    assert [e.decoded("DTSTART") for e in events] == [s.send_at for s in STEPS]
    assert str(events[0]["SUMMARY"]) == "Check in, Acme; Designer"
    assert str(events[0]["DESCRIPTION"]) == "Line one\nLine, two; and \\ three"
    assert all(e.walk("VALARM") for e in events)


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
