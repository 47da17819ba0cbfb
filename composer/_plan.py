"""The timing plan: the one thing to do now, and the dated steps after it."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Literal

from ._calendar import add_business_days, format_day, format_time, next_business_day
from ._model import FOLLOW_UP_KINDS, FollowUpKind, Timeline
from ._rules import RULES, Rules

__all__ = ["STEP_TITLES", "Plan", "Status", "Step", "StepKind", "make_plan"]

StepKind = Literal[
    "thank_you",
    "belated_thank_you",
    "check_in",
    "second_follow_up",
    "closing",
    "after_rejection",
]
Status = Literal["prepare", "send_now", "wait", "stop"]

STEP_TITLES: dict[StepKind, str] = {
    "thank_you": "Thank-you note",
    "belated_thank_you": "Belated thank-you",
    "check_in": "First check-in",
    "second_follow_up": "Second follow-up",
    "closing": "Closing the loop",
    "after_rejection": "Thanks, and a request for feedback",
}

_VERBS: dict[StepKind, str] = {
    "thank_you": "Send your thank-you",
    "belated_thank_you": "Send a belated thank-you",
    "check_in": "Check in",
    "second_follow_up": "Send your second follow-up",
    "closing": "Send a short note to close the loop",
    "after_rejection": "Reply with thanks and ask for feedback",
}


@dataclass(frozen=True, slots=True)
class Step:
    """One message in the plan, with the moment we suggest sending it."""

    kind: StepKind
    send_at: dt.datetime
    deadline: dt.datetime | None = None

    @property
    def title(self) -> str:
        """A short name for the step, such as ``First check-in``."""
        return STEP_TITLES[self.kind]


@dataclass(frozen=True, slots=True)
class Plan:
    """What to do now (``action``), why, and what comes after."""

    status: Status
    headline: str
    reason: str
    action: Step | None
    upcoming: tuple[Step, ...]


def make_plan(timeline: Timeline, now: dt.datetime, rules: Rules = RULES) -> Plan:
    """Plan the follow-ups for one interview, as seen at ``now``.

    Args:
        timeline: The interview, the dates given, and what was sent since.
        now: The reader's local time, naive. Never read from a clock here.
        rules: The timing rules; the packaged ones unless a test swaps them.

    Example:
        >>> interview = dt.datetime(2026, 11, 23, 10, 0)  # a Monday
        >>> plan = make_plan(Timeline(interview), dt.datetime(2026, 11, 23, 15, 0))
        >>> plan.headline
        'Send your thank-you today: the 24-hour window closes tomorrow at 10:00'
        >>> [(step.title, f"{step.send_at:%a %d %H:%M}") for step in plan.upcoming]
        [('First check-in', 'Mon 30 09:30'), ('Second follow-up', 'Mon 07 09:30'), ('Closing the loop', 'Mon 14 09:30')]
    """
    reply = timeline.reply
    if reply is not None and reply.kind == "rejection":
        return _after_rejection(timeline, now, rules)
    chain = _follow_ups_left(timeline, now.date(), rules)
    if now < timeline.interview_at:
        return _ahead(timeline, chain, rules)
    if not chain:
        return _stop(rules)
    if not _thank_you_phase_over(timeline):
        if now.date() < chain[0][1]:
            return _thank_you(timeline, now, chain, rules)
        return _follow_up_now(timeline, now, chain, rules, skipped_thank_you=True)
    if now.date() < chain[0][1]:
        return _wait(timeline, chain, rules)
    return _follow_up_now(timeline, now, chain, rules)


def _thank_you_phase_over(timeline: Timeline) -> bool:
    return any(sent.kind in ("thank_you", *FOLLOW_UP_KINDS) for sent in timeline.sent)


def _check_in_anchor(timeline: Timeline, rules: Rules) -> tuple[dt.date, dt.date]:
    """The first check-in's date, and the date from which sent follow-ups count."""
    off, reply = timeline.days_off, timeline.reply
    if reply is not None and reply.new_date is not None:
        return add_business_days(reply.new_date, rules.check_in_after_decision_days, off), reply.on
    if reply is not None:
        return add_business_days(reply.on, rules.check_in_after_interview_days, off), reply.on
    interview_day = timeline.interview_at.date()
    if timeline.decision_date is not None:
        due = add_business_days(timeline.decision_date, rules.check_in_after_decision_days, off)
        return due, interview_day
    return add_business_days(interview_day, rules.check_in_after_interview_days, off), interview_day


def _follow_ups_left(
    timeline: Timeline, today: dt.date, rules: Rules
) -> list[tuple[FollowUpKind, dt.date]]:
    """The follow-ups not yet sent, each with the date it falls due."""
    first_due, since = _check_in_anchor(timeline, rules)
    done = sorted(s.on for s in timeline.sent if s.kind in FOLLOW_UP_KINDS and s.on >= since)
    gaps = (rules.second_follow_up_days, rules.closing_days)
    kinds = FOLLOW_UP_KINDS[: rules.max_follow_ups]
    left: list[tuple[FollowUpKind, dt.date]] = []
    due = first_due
    for index, kind in enumerate(kinds):
        if index > 0:
            # A step counts from when the one before it went out, or will go out.
            previous = done[index - 1] if index <= len(done) else max(due, today)
            due = add_business_days(previous, gaps[index - 1], timeline.days_off)
        if index >= len(done):
            left.append((kind, due))
    return left


def _at(day: dt.date, rules: Rules) -> dt.datetime:
    return dt.datetime.combine(day, rules.suggested_send)


def _steps(chain: list[tuple[FollowUpKind, dt.date]], rules: Rules) -> tuple[Step, ...]:
    return tuple(Step(kind, _at(due, rules)) for kind, due in chain)


def _send_slot(now: dt.datetime, days_off: frozenset[dt.date], rules: Rules) -> dt.datetime:
    """``now`` inside working hours on a business day, else the next opening."""
    in_hours = rules.work_start <= now.time() < rules.work_end
    if in_hours and next_business_day(now.date(), days_off) == now.date():
        return now.replace(second=0, microsecond=0)
    day = now.date() if now.time() < rules.work_start else now.date() + dt.timedelta(days=1)
    return dt.datetime.combine(next_business_day(day, days_off), rules.work_start)


def _thank_you_slot(timeline: Timeline, deadline: dt.datetime, rules: Rules) -> dt.datetime:
    """An hour after the interview in working hours, or the next morning if that is in time."""
    soon = timeline.interview_at + dt.timedelta(hours=1)
    soon = soon.replace(minute=soon.minute - soon.minute % 15, second=0, microsecond=0)
    next_morning = _send_slot(soon, timeline.days_off, rules)
    return next_morning if next_morning <= deadline else soon


def _deadlines(timeline: Timeline, rules: Rules) -> tuple[dt.datetime, dt.datetime]:
    best = timeline.interview_at + dt.timedelta(hours=rules.thank_you_best_hours)
    on_time = timeline.interview_at + dt.timedelta(hours=rules.thank_you_on_time_hours)
    return best, on_time


def _ahead(timeline: Timeline, chain: list[tuple[FollowUpKind, dt.date]], rules: Rules) -> Plan:
    best, _ = _deadlines(timeline, rules)
    at = timeline.interview_at
    thank_you = Step("thank_you", _thank_you_slot(timeline, best, rules), deadline=best)
    return Plan(
        status="prepare",
        headline=(
            f"Your interview is on {format_day(at)} at {format_time(at.time())}: "
            f"plan to send your thank-you before {format_day(best)}, {format_time(best.time())}"
        ),
        reason=(
            f"A thank-you within {rules.thank_you_best_hours} hours shows you listened and "
            "still want the job. Jot down one or two points from the conversation right after it."
        ),
        action=None,
        upcoming=(thank_you, *_steps(chain, rules)),
    )


def _thank_you(
    timeline: Timeline,
    now: dt.datetime,
    chain: list[tuple[FollowUpKind, dt.date]],
    rules: Rules,
) -> Plan:
    best, on_time = _deadlines(timeline, rules)
    if now <= best:
        headline, deadline = _best_window_headline(now, best, rules), best
        reason = "A prompt, personal note keeps you in mind while they compare candidates."
        kind: StepKind = "thank_you"
    elif now <= on_time:
        deadline, kind = on_time, "thank_you"
        headline = (
            f"Send your thank-you today: it is still on time until "
            f"{format_day(on_time)}, {format_time(on_time.time())}"
        )
        reason = (
            f"The best window ({rules.thank_you_best_hours} hours) has passed, but a note within "
            f"{rules.thank_you_on_time_hours} hours still reads as prompt."
        )
    else:
        deadline, kind = None, "belated_thank_you"
        headline = "Send a belated thank-you today"
        reason = (
            f"More than {rules.thank_you_on_time_hours} hours have passed. A short note that "
            "owns the delay is still far better than silence."
        )
    action = Step(kind, now.replace(second=0, microsecond=0), deadline=deadline)
    return Plan("send_now", headline, reason, action, _steps(chain, rules))


def _best_window_headline(now: dt.datetime, deadline: dt.datetime, rules: Rules) -> str:
    hours, closes = rules.thank_you_best_hours, format_time(deadline.time())
    if deadline.date() == now.date():
        if deadline.time() < rules.work_start:
            when = "this morning"
        elif deadline.time() <= rules.work_end:
            when = "today"
        else:
            when = "this evening"
        return f"Send your thank-you {when}, before {closes}: the {hours}-hour window closes then"
    if now.time() >= rules.work_end:
        return (
            f"Send your thank-you this evening, or first thing tomorrow: "
            f"the {hours}-hour window closes at {closes} tomorrow"
        )
    return f"Send your thank-you today: the {hours}-hour window closes tomorrow at {closes}"


def _wait(timeline: Timeline, chain: list[tuple[FollowUpKind, dt.date]], rules: Rules) -> Plan:
    kind, due = chain[0]
    reply, decision = timeline.reply, timeline.decision_date
    if kind != "check_in":
        reason = (
            "No reply yet is normal: hiring takes longer than anyone plans. "
            "Give them a full week between notes."
        )
    elif reply is not None and reply.new_date is not None:
        reason = f"They moved their date to {format_day(reply.new_date)}. Give them until then."
    elif decision is not None:
        reason = f"They said they would decide by {format_day(decision)}. Give them until then."
    else:
        reason = (
            f"They gave no date, so allow {rules.check_in_after_interview_days} business days "
            "before a gentle check-in."
        )
    headline = f"Too early: wait until {format_day(due)}"
    return Plan("wait", headline, reason, None, _steps(chain, rules))


def _follow_up_now(
    timeline: Timeline,
    now: dt.datetime,
    chain: list[tuple[FollowUpKind, dt.date]],
    rules: Rules,
    *,
    skipped_thank_you: bool = False,
) -> Plan:
    kind = chain[0][0]
    slot = _send_slot(now, timeline.days_off, rules)
    if slot.date() == now.date():
        headline = f"{_VERBS[kind]} today"
    else:
        headline = f"{_VERBS[kind]} on {format_day(slot)}, from {format_time(slot.time())}"
    reasons = {
        "check_in": "The date they gave has passed with no news, so a short, friendly check-in is due.",
        "second_follow_up": "Your check-in had no answer. One more polite note is fine.",
        "closing": "Two notes without a reply. A last, gracious note closes the loop and leaves the door open.",
    }
    reason = reasons[kind]
    if skipped_thank_you:
        reason = (
            "The check-in window has already opened, so skip the thank-you and check in instead."
        )
    status: Status = "send_now" if slot.date() == now.date() else "wait"
    return Plan(status, headline, reason, Step(kind, slot), _steps(chain[1:], rules))


def _stop(rules: Rules) -> Plan:
    return Plan(
        status="stop",
        headline="Stop here and move on",
        reason=(
            f"You have followed up {rules.max_follow_ups} times with no answer: that is their answer "
            "for now. Put your energy into other applications; if they come back, your polite "
            "notes will have kept the door open."
        ),
        action=None,
        upcoming=(),
    )


def _after_rejection(timeline: Timeline, now: dt.datetime, rules: Rules) -> Plan:
    assert timeline.reply is not None
    if any(
        sent.kind == "after_rejection" and sent.on >= timeline.reply.on for sent in timeline.sent
    ):
        return Plan(
            "stop",
            "You have replied graciously: move on",
            "Keep the contact warm on LinkedIn; people who decline you now often remember you later.",
            None,
            (),
        )
    due = add_business_days(timeline.reply.on, rules.rejection_reply_days, timeline.days_off)
    slot = _send_slot(now, timeline.days_off, rules)
    deadline = dt.datetime.combine(due, rules.work_end)
    return Plan(
        status="send_now" if slot.date() == now.date() else "wait",
        headline=f"Reply with thanks and ask for feedback by {format_day(due)}",
        reason=(
            f"A gracious reply within {rules.rejection_reply_days} business days leaves a good last "
            "impression, and a specific request for feedback is the one most likely to be answered."
        ),
        action=Step("after_rejection", slot, deadline=deadline),
        upcoming=(),
    )
