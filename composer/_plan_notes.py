"""Why a step moved: the public holidays and year-end days a plan steps around.

A step counted in business days lands later when a closed day falls in its
way; the reader should know which one, in the plan's own words ("Thu 26 Nov
is Thanksgiving Day, so your thank-you goes on Fri 27 Nov"). A step is named
only when the same plan without holidays would put it earlier.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from ._calendar import format_day

if TYPE_CHECKING:
    from ._model import Timeline
    from ._plan import Plan, Step

__all__ = ["calendar_notes"]

_FOLLOW_UPS = frozenset({"check_in", "second_follow_up", "closing"})
_NAMES = {
    "thank_you": "your thank-you",
    "belated_thank_you": "your thank-you",
    "check_in": "the first check-in",
    "second_follow_up": "the second follow-up",
    "closing": "the closing note",
    "after_rejection": "your reply",
    "competing_offer": "your note",
}


def _and(items: list[str]) -> str:
    return items[0] if len(items) == 1 else f"{', '.join(items[:-1])} and {items[-1]}"


def _closed_between(
    start: dt.date, end: dt.date, timeline: Timeline, *, follow_up: bool
) -> tuple[list[str], list[dt.date]]:
    """Holidays (by name) and quiet days that close working days in ``[start, end)``."""
    calendar = timeline.calendar
    holidays, quiet = [], []
    day = start
    while day < end:
        if day.weekday() in calendar.weekdays:
            name = calendar.closed.get(day)
            if name is not None and name != "your day off":
                holidays.append(f"{format_day(day)} is {name}")
            elif name is None and follow_up and day in calendar.quiet:
                quiet.append(day)
        day += dt.timedelta(days=1)
    return holidays, quiet


def _note(step: Step, since: dt.date, timeline: Timeline) -> str | None:
    """Why ``step`` went later: the closed days from ``since`` to it."""
    follow_up = step.kind in _FOLLOW_UPS
    holidays, quiet = _closed_between(since, step.send_at.date(), timeline, follow_up=follow_up)
    causes = list(holidays)
    if quiet:
        causes.append(f"offices are quiet from {format_day(quiet[0])} to {format_day(quiet[-1])}")
    if not causes or step.kind not in _NAMES:
        return None
    # Holidays are named on the employer's calendar; the step's day is the reader's.
    return f"{_and(causes)}, so {_NAMES[step.kind]} goes on {timeline.clock.day(step.send_at)}."


def _steps(plan: Plan) -> list[Step]:
    return [step for step in (plan.action, *plan.upcoming) if step is not None]


def calendar_notes(
    plan: Plan, plain: Plan, timeline: Timeline, now: dt.datetime
) -> tuple[str, ...]:
    """One sentence for each step that lands later than in ``plain`` (the same plan with no
    holiday closed), naming the closed days it counted past, in plan order.

    A step counts from where the one before it went (the interview, or now, for the
    first), so each closed day is named once.
    """
    before = {step.kind: step.send_at.date() for step in _steps(plain)}
    notes = []
    since = max(now, timeline.interview_at).date()
    for step in _steps(plan):
        planned = before.get(step.kind)
        if planned is not None and planned < step.send_at.date():
            note = _note(step, since, timeline)
            if note:
                notes.append(note)
        since = max(since, step.send_at.date() + dt.timedelta(days=1))
    return tuple(notes)
