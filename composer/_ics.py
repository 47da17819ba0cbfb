"""iCalendar (RFC 5545) reminders for the planned steps."""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterable

from ._plan import Step

__all__ = ["calendar", "escape_text", "fold_line"]

_PRODID = "-//After the Interview//Composer//EN"
_DOMAIN = "after-the-interview.invalid"  # a UID needs a domain; this one can never collide


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


def _stamp(moment: dt.datetime) -> str:
    return moment.strftime("%Y%m%dT%H%M%S")


def calendar(
    steps: Iterable[Step],
    *,
    summary_for: dict[str, str],
    description: str,
    key: str,
    stamp: dt.datetime,
) -> str:
    """An ``.ics`` text with one 15-minute event and reminder per step.

    Args:
        steps: The planned steps; each becomes one event at its ``send_at``.
        summary_for: The event title for each step kind.
        description: Text shown in every event.
        key: What makes this application unique (company, role, date), for stable UIDs.
        stamp: The moment the file is made, in UTC (``DTSTAMP``).

    Example:
        >>> from ._plan import Step
        >>> ics = calendar([Step("check_in", dt.datetime(2026, 12, 7, 9, 30))],
        ...     summary_for={"check_in": "Check in"}, description="", key="k",
        ...     stamp=dt.datetime(2026, 11, 23, 12, 0))
        >>> [line for line in ics.split("\\r\\n") if line.startswith("DTSTART")]
        ['DTSTART:20261207T093000']
    """
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:{_PRODID}",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
    ]
    for step in steps:
        uid = hashlib.sha256(f"{key}|{step.kind}".encode()).hexdigest()[:24]
        summary = summary_for.get(step.kind, step.title)
        lines += [
            "BEGIN:VEVENT",
            f"UID:{uid}@{_DOMAIN}",
            f"DTSTAMP:{_stamp(stamp)}Z",
            # Floating local time: the reminder fires at 09:30 wherever the reader is.
            f"DTSTART:{_stamp(step.send_at)}",
            "DURATION:PT15M",
            f"SUMMARY:{escape_text(summary)}",
            f"DESCRIPTION:{escape_text(description)}",
            "TRANSP:TRANSPARENT",
            "BEGIN:VALARM",
            "ACTION:DISPLAY",
            f"DESCRIPTION:{escape_text(summary)}",
            "TRIGGER:PT0M",
            "END:VALARM",
            "END:VEVENT",
        ]
    lines.append("END:VCALENDAR")
    return "".join(fold_line(line) + "\r\n" for line in lines)
