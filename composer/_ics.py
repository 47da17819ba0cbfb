"""iCalendar (RFC 5545) reminders for the planned steps."""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from ._calendar import format_time
from ._plan import Plan, StepKind

__all__ = ["Event", "calendar", "escape_text", "fold_line", "plan_events"]

_PRODID = "-//After the Interview//Composer//EN"
_DOMAIN = "after-the-interview.invalid"  # a UID needs a domain; this one can never collide
_STEP_MINUTES = 15
_DEADLINE_MINUTES = 30  # the reminder ends at the deadline


@dataclass(frozen=True, slots=True)
class Event:
    """One calendar entry: when, for how long, what it says, and its reminder."""

    uid: str
    start: dt.datetime
    minutes: int
    summary: str
    description: str


def escape_text(text: str) -> str:
    r"""Escape a TEXT value (RFC 5545 section 3.3.11).

    Example:
        >>> escape_text("Hi; a, b\\c\nnext")
        'Hi\\; a\\, b\\\\c\\nnext'
    """
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold_line(line: str, limit: int = 75) -> str:
    """Fold a content line into chunks of at most ``limit`` octets (RFC 5545 section 3.1).

    Never splits a UTF-8 character; continuation lines start with one space.

    Example:
        >>> folded = fold_line("DESCRIPTION:" + "é" * 40)
        >>> [len(part.encode()) for part in folded.split("\\r\\n")]
        [74, 19]
    """
    if line.isascii():  # one octet a character: cut by slicing, not a character at a time
        if len(line) <= limit:
            return line
        return "\r\n ".join([line[:limit], *(line[i : i + limit - 1] for i in range(limit, len(line), limit - 1))])
    parts, current, size = [], "", 0
    for char in line:
        width = len(char.encode("utf-8"))
        if size + width > limit:
            parts.append(current)
            current, size = " ", 1  # the leading space counts towards the next line
        current += char
        size += width
    parts.append(current)
    return "\r\n".join(parts)


def plan_events(
    plan: Plan,
    now: dt.datetime,
    *,
    where: str,
    describe: Callable[[StepKind], str],
    link: str = "",
) -> list[Event]:
    """The reminders worth a calendar entry: every step still ahead, and every deadline.

    A step due now is not an event at the current minute; its deadline is.

    Example:
        >>> from ._model import Timeline
        >>> from ._plan import make_plan
        >>> plan = make_plan(Timeline(dt.datetime(2026, 11, 23, 10)), dt.datetime(2026, 11, 23, 15))
        >>> [e.summary for e in plan_events(plan, dt.datetime(2026, 11, 23, 15), where="Acme",
        ...     describe=lambda kind: "")][:2]
        ['Thank-you note by 10:00: Acme', 'First check-in: Acme']
    """
    events: list[Event] = []
    tail = f"\n\nDraft it in the composer: {link}" if link else ""
    for step in (plan.action, *plan.upcoming):
        if step is None:
            continue
        if step.send_at > now:
            events.append(
                Event(
                    step.kind,
                    step.send_at,
                    _STEP_MINUTES,
                    f"{step.title}: {where}",
                    describe(step.kind) + tail,
                )
            )
        if step.deadline is not None and step.deadline > now:
            by = format_time(step.deadline.time())
            events.append(
                Event(
                    f"{step.kind}-deadline",
                    step.deadline - dt.timedelta(minutes=_DEADLINE_MINUTES),
                    _DEADLINE_MINUTES,
                    f"{step.title} by {by}: {where}",
                    f"The last moment to send it is {by}. {describe(step.kind)}{tail}",
                )
            )
    return sorted(events, key=lambda event: event.start)


def _stamp(moment: dt.datetime) -> str:
    return moment.strftime("%Y%m%dT%H%M%S")


def calendar(
    events: Iterable[Event],
    *,
    key: str,
    stamp: dt.datetime,
    url: str = "",
    zone: dt.tzinfo = dt.UTC,
) -> str:
    """An ``.ics`` text with one event, and a reminder at its start, per ``Event``.

    Every time is written in UTC (``Z``), so each calendar shows the same instant
    wherever it is.

    Args:
        events: The entries; each ``start`` is the employer's wall time, naive.
        key: What makes this application unique (company, role, date), for stable UIDs.
        stamp: The moment the file is made, timezone-aware (``DTSTAMP``, written in UTC).
        url: The composer page, linked from each event.
        zone: The employer's zone, which ``start`` is read in.

    Example:
        >>> from ._zones import zone
        >>> ics = calendar([Event("check_in", dt.datetime(2027, 3, 22, 9, 30), 15, "Check in", "")],
        ...     key="k", stamp=dt.datetime(2026, 11, 23, 12, 0, tzinfo=dt.UTC),
        ...     zone=zone("America/New_York"))
        >>> [line for line in ics.split("\\r\\n") if line.startswith(("DTSTART", "DTSTAMP"))]
        ['DTSTAMP:20261123T120000Z', 'DTSTART:20270322T133000Z']
    """
    if stamp.tzinfo is None:
        raise ValueError("DTSTAMP must be a real moment: pass a timezone-aware stamp")
    utc = stamp.astimezone(dt.UTC)
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:{_PRODID}",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
    ]
    for event in events:
        uid = hashlib.sha256(f"{key}|{event.uid}".encode()).hexdigest()[:24]
        lines += [
            "BEGIN:VEVENT",
            f"UID:{uid}@{_DOMAIN}",
            f"DTSTAMP:{_stamp(utc)}Z",
            # One instant: the calendar shows it in whatever zone it is in.
            f"DTSTART:{_stamp(event.start.replace(tzinfo=zone).astimezone(dt.UTC))}Z",
            f"DURATION:PT{event.minutes}M",
            f"SUMMARY:{escape_text(event.summary)}",
            f"DESCRIPTION:{escape_text(event.description)}",
            *([f"URL:{url}"] if url else []),
            "TRANSP:TRANSPARENT",
            "BEGIN:VALARM",
            "ACTION:DISPLAY",
            f"DESCRIPTION:{escape_text(event.summary)}",
            "TRIGGER:PT0M",
            "END:VALARM",
            "END:VEVENT",
        ]
    lines.append("END:VCALENDAR")
    return "".join(fold_line(line) + "\r\n" for line in lines)
