"""The timing plan: the one thing to do now, the dated steps after it, and the message to draft.

Every moment the plan proposes falls inside working hours on a business day
(the one exception: a thank-you that is ready on the evening of the interview,
before a working day): weekends and the reader's days off never hold a step,
and the thank-you window counts hours on working days only.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Literal

from ._calendar import (
    WorkCalendar,
    add_business_days,
    add_business_hours,
    format_day,
    is_business_day,
    next_business_day,
)
from ._model import FOLLOW_UP_KINDS, FollowUpKind, Timeline
from ._plan_notes import calendar_notes
from ._rules import RULES, Rules

if TYPE_CHECKING:
    from ._clock import Clock

__all__ = [
    "STEP_TITLES",
    "Plan",
    "Status",
    "Step",
    "StepKind",
    "follow_up_kinds",
    "make_plan",
    "status_line",
]

StepKind = Literal[
    "thank_you",
    "belated_thank_you",
    "check_in",
    "second_follow_up",
    "closing",
    "after_rejection",
    "competing_offer",
    "next_round_reply",
    "offer_reply",
    "send_requested",
    "withdrawal",
    "stay_in_touch",
]
Status = Literal["prepare", "send_now", "wait", "stop"]

STEP_TITLES: dict[StepKind, str] = {
    "thank_you": "Thank-you note",
    "belated_thank_you": "Belated thank-you",
    "check_in": "First check-in",
    "second_follow_up": "Second follow-up",
    "closing": "Closing the loop",
    "after_rejection": "Thanks, and a request for feedback",
    "competing_offer": "A note about your other offer",
    "next_round_reply": "Reply to the invitation",
    "offer_reply": "Reply to the offer",
    "send_requested": "Send what they asked for",
    "withdrawal": "Withdraw politely",
    "stay_in_touch": "Stay in touch on LinkedIn",
}

_VERBS: dict[StepKind, str] = {
    "thank_you": "Send your thank-you",
    "belated_thank_you": "Send a belated thank-you",
    "check_in": "Check in",
    "second_follow_up": "Send your second follow-up",
    "closing": "Send a short note to close the loop",
    "after_rejection": "Reply with thanks and ask for feedback",
    "competing_offer": "Tell them about your other offer",
    "next_round_reply": "Thank them for the invitation",
    "offer_reply": "Thank them for the offer",
    "send_requested": "Send what they asked for",
    "withdrawal": "Withdraw politely",
    "stay_in_touch": "Connect on LinkedIn",
}

Chain = list[tuple[FollowUpKind, dt.date]]


@dataclass(frozen=True, slots=True)
class Step:
    """One message in the plan, with the moment we suggest sending it (the employer's wall time)."""

    kind: StepKind
    send_at: dt.datetime
    deadline: dt.datetime | None = None

    @property
    def title(self) -> str:
        """A short name for the step, such as ``First check-in``."""
        return STEP_TITLES[self.kind]


@dataclass(frozen=True, slots=True)
class Plan:
    """What to do now (``action``), why, what comes after, and which message to draft.

    ``message`` is the step the drafts are written for: the action, else the
    next step ahead, else (once it is time to stop) a LinkedIn note.
    """

    status: Status
    headline: str
    reason: str
    action: Step | None
    upcoming: tuple[Step, ...]
    message: Step | None
    notes: tuple[str, ...] = ()
    """What moved a step (a public holiday, the year-end weeks) and how the region's norms differ."""


def status_line(plan: Plan, clock: Clock) -> str:
    """Where the application stands, in a few words, for the reader's list.

    Example:
        >>> from ._clock import Clock
        >>> step = Step("check_in", dt.datetime(2026, 12, 7, 9, 30))
        >>> plan = Plan("wait", "Check in on Mon 7 Dec", "", None, (step,), step)
        >>> status_line(plan, Clock())
        'Waiting: check in Mon 7 Dec'
    """
    step = plan.action or (plan.upcoming[0] if plan.upcoming else None)
    optional = step is not None and step.kind == "after_rejection" and step.deadline is None
    if step is None or optional or plan.status in ("prepare", "stop"):
        return plan.headline
    verb = _VERBS[step.kind]
    verb = verb[:1].lower() + verb[1:]
    if plan.status == "send_now":
        return f"Due today: {verb}"
    return f"Waiting: {verb} {clock.day(step.send_at)}"


def make_plan(timeline: Timeline, now: dt.datetime, rules: Rules = RULES) -> Plan:
    """Plan the follow-ups for one interview, as seen at ``now``.

    Args:
        timeline: The interview, the dates given, and what was sent since.
        now: This moment, with its offset, or naive on the reader's clock. Never read
            from a clock here.
        rules: The timing rules, the employer region's; the packaged ones by default.

    Example:
        >>> interview = dt.datetime(2026, 11, 23, 10, 0)  # a Monday
        >>> plan = make_plan(Timeline(interview), dt.datetime(2026, 11, 23, 15, 0))
        >>> plan.headline
        'Send your thank-you today: the 24-hour window closes tomorrow at 10:00'
        >>> [(step.title, f"{step.send_at:%a %d %H:%M}") for step in plan.upcoming]
        [('First check-in', 'Mon 30 09:30'), ('Closing the loop', 'Mon 07 09:30')]
    """
    now = timeline.clock.employer_time(now).replace(second=0, microsecond=0)
    timeline = replace(timeline, calendar=timeline.working(), days_off=frozenset())
    plan = _plan(timeline, now, rules)
    notes: tuple[str, ...] = ()
    calendar = timeline.calendar
    if calendar.quiet or any(why != "your day off" for why in calendar.closed.values()):
        # The same plan with only weekends and the reader's days off closed: a step that
        # lands later here was moved by a holiday, and the note names it.
        own = {day: why for day, why in calendar.closed.items() if why == "your day off"}
        plain = WorkCalendar(calendar.weekdays, own)
        notes = calendar_notes(
            plan, _plan(replace(timeline, calendar=plain), now, rules), timeline, now
        )
    return replace(plan, notes=(*notes, *([rules.note] if rules.note else [])))


def _plan(timeline: Timeline, now: dt.datetime, rules: Rules) -> Plan:
    reply = timeline.reply
    if any(sent.kind == "withdrawal" for sent in timeline.sent):
        return _stop_after(timeline, now, rules, "You have withdrawn: nothing more to send")
    if reply is not None and reply.kind == "rejection":
        return _after_rejection(timeline, now, rules)
    if reply is not None and reply.kind in _REPLY_STEPS:
        answered = _REPLY_STEPS[reply.kind]
        if not any(s.kind == _LOGGED[answered] and s.on >= reply.on for s in timeline.sent):
            return _reply_to(timeline, now, rules, answered)
        if reply.kind == "offer":
            return _stop_after(timeline, now, rules, "You have an offer: follow-ups stop here")
        if reply.kind == "next_round":
            return _next_round_ahead(timeline, now, rules)
    chain = _follow_ups_left(timeline, now.date(), rules)
    if now < timeline.interview_at:
        return _ahead(timeline, chain, rules)
    thank_you_due = not _thank_you_phase_over(timeline)
    first_chance = _opening(now, timeline.calendar, rules.first_thing, rules).date()
    if thank_you_due and chain and first_chance < chain[0][1]:
        return _thank_you(timeline, now, chain, rules)
    if _offer_pending(timeline, first_chance):
        return _competing_offer(timeline, now, chain, rules)
    if not chain:
        return _stop(timeline, now, rules)
    if now.date() < chain[0][1]:
        return _wait(timeline, chain, rules)
    return _follow_up_now(timeline, now, chain, rules, skipped_thank_you=thank_you_due)


def _thank_you_phase_over(timeline: Timeline) -> bool:
    return any(sent.kind in ("thank_you", *FOLLOW_UP_KINDS) for sent in timeline.sent)


def _offer_pending(timeline: Timeline, first_chance: dt.date) -> bool:
    """An offer deadline the reader can still write before, and hasn't written about."""
    deadline = timeline.offer_deadline
    told = any(sent.kind == "competing_offer" for sent in timeline.sent)
    return deadline is not None and deadline >= first_chance and not told


def _last_business_day(day: dt.date, days_off: WorkCalendar) -> dt.date:
    while not is_business_day(day, days_off):
        day -= dt.timedelta(days=1)
    return day


def _latest_date(timeline: Timeline) -> dt.date | None:
    """The latest date they gave for a decision: a reply's new date beats the first one."""
    reply = timeline.reply
    if reply is not None and reply.new_date is not None:
        return reply.new_date
    return timeline.decision_date


def _check_in_anchor(timeline: Timeline, rules: Rules) -> tuple[dt.date, dt.date]:
    """The first check-in's date, and the date from which sent follow-ups count."""
    off, reply = timeline.calendar.for_follow_ups(), timeline.reply
    if reply is not None and reply.new_date is not None:
        return add_business_days(reply.new_date, rules.check_in_after_decision_days, off), reply.on
    if reply is not None and reply.kind == "on_hold":
        return add_business_days(reply.on, rules.on_hold_wait_days, off), reply.on
    if reply is not None:
        return add_business_days(reply.on, rules.check_in_after_interview_days, off), reply.on
    interview_day = timeline.interview_at.date()
    if timeline.decision_date is not None:
        due = add_business_days(timeline.decision_date, rules.check_in_after_decision_days, off)
        return due, interview_day
    return add_business_days(interview_day, rules.check_in_after_interview_days, off), interview_day


def follow_up_kinds(rules: Rules = RULES) -> tuple[FollowUpKind, ...]:
    """The follow-ups the plan proposes, in order: the last one always closes the loop.

    Example:
        >>> follow_up_kinds()
        ('check_in', 'closing')
    """
    count = max(rules.max_follow_ups, 1)
    if count == 1:
        return ("check_in",)
    return (*FOLLOW_UP_KINDS[:-1][: count - 1], "closing")


def _follow_ups_left(timeline: Timeline, today: dt.date, rules: Rules) -> Chain:
    """The follow-ups not yet sent, each with the date it falls due."""
    first_due, since = _check_in_anchor(timeline, rules)
    off = timeline.calendar.for_follow_ups()
    done = sorted(s.on for s in timeline.sent if s.kind in FOLLOW_UP_KINDS and s.on >= since)
    gaps = {"second_follow_up": rules.second_follow_up_days, "closing": rules.closing_days}
    kinds = follow_up_kinds(rules)
    left: Chain = []
    due = first_due
    for index, kind in enumerate(kinds):
        if index > 0:
            # A step counts from when the one before it went out, or will go out,
            # and never falls before the date they gave (which may have moved since).
            previous = done[index - 1] if index <= len(done) else max(due, today)
            due = max(add_business_days(previous, gaps[kind], off), first_due)
        if index >= len(done):
            left.append((kind, due))
    return left


def _at(day: dt.date, rules: Rules) -> dt.datetime:
    return dt.datetime.combine(day, rules.suggested_send)


def _steps(chain: Chain, rules: Rules) -> tuple[Step, ...]:
    return tuple(Step(kind, _at(due, rules)) for kind, due in chain)


def _opening(moment: dt.datetime, off: WorkCalendar, at: dt.time, rules: Rules) -> dt.datetime:
    """``moment`` if it is inside working hours on a business day, else the next opening at ``at``."""
    day = moment.date()
    if is_business_day(day, off) and rules.work_start <= moment.time() < rules.work_end:
        return moment
    if is_business_day(day, off) and moment.time() < at:
        return dt.datetime.combine(day, at)
    return dt.datetime.combine(next_business_day(day + dt.timedelta(days=1), off), at)


def _ahead(timeline: Timeline, chain: Chain, rules: Rules) -> Plan:
    at, clock = timeline.interview_at, timeline.clock
    best = add_business_hours(at, rules.thank_you_best_hours, timeline.calendar)
    soon = at + dt.timedelta(hours=rules.thank_you_after_hours)
    slot, _ = _thank_you_slot(soon, timeline, rules)
    thank_you = Step("thank_you", slot, deadline=best)
    return Plan(
        status="prepare",
        headline=(
            f"Your interview is on {clock.day(at)} at {clock.time(at)}: plan to send "
            f"your thank-you {clock.words(slot, today=clock.reader_today(at))}"
        ),
        reason=(
            f"A thank-you within {rules.thank_you_best_hours} hours (counting working days only) shows you listened "
            "and still want the job. Jot down one or two points from the conversation right after it."
        ),
        action=None,
        upcoming=(thank_you, *_steps(chain, rules)),
        message=thank_you,
    )


def _thank_you(timeline: Timeline, now: dt.datetime, chain: Chain, rules: Rules) -> Plan:
    off, at, hours = timeline.calendar, timeline.interview_at, rules.thank_you_best_hours
    clock = timeline.clock
    best = add_business_hours(at, hours, off)
    on_time = add_business_hours(at, rules.thank_you_on_time_hours, off)
    earliest = max(now, at + dt.timedelta(hours=rules.thank_you_after_hours))
    slot, evening = _thank_you_slot(earliest, timeline, rules)
    reader_today = clock.reader_today(now)
    today = clock.reader_today(slot) == reader_today
    decided_today = timeline.decision_date is not None and timeline.decision_date <= at.date()
    by = at + dt.timedelta(hours=rules.same_day_decision_hours)
    if decided_today and slot <= by:
        # They decide on the day: a short note within a few hours reaches them first.
        action = Step("thank_you", slot, deadline=by)
        when = "now" if slot == now else clock.words(slot, today=reader_today)
        headline = f"They decide today: send a short thank-you {when}, by {clock.time(by)}"
        reason = (
            f"A brief note within {rules.same_day_decision_hours} hours of the interview can still "
            "reach them before they choose. Two or three sentences are enough."
        )
    elif evening:
        morning = dt.datetime.combine(
            next_business_day(slot.date() + dt.timedelta(days=1), off), rules.first_thing
        )
        action = Step("thank_you", slot, deadline=best)
        headline = (
            f"Send your thank-you {'now' if clock.differs(slot) else 'this evening'} if it is "
            f"ready, or {clock.words(morning, today=reader_today)}, first thing"
        )
        reason = (
            "Either is on time. A note written tonight, while the "
            f"conversation is fresh, can go before {clock.time(_evening_end(slot, rules))}; later than "
            "that, let it wait for the morning."
        )
    elif slot > on_time:
        action = Step("belated_thank_you", slot)
        when = "today" if slot == now else clock.words(slot, today=reader_today)
        headline = f"Send a belated thank-you {when}"
        reason = (
            f"More than {rules.thank_you_on_time_hours} hours on working days have passed. A short note "
            "that owns the delay is still far better than silence."
        )
    elif not today:
        action = Step("thank_you", slot, deadline=best if slot <= best else on_time)
        headline = f"Send your thank-you {clock.words(slot, today=reader_today)}, first thing"
        reason = (
            f"The {hours}-hour window counts working days only, so a note first thing on the "
            "next working morning is on time. Write it now if you like, and schedule it."
        )
    elif slot <= best:
        action = Step("thank_you", slot, deadline=best)
        headline = (
            f"Send your thank-you today: the {hours}-hour window closes "
            f"{clock.words(best, today=reader_today)}"
        )
        reason = "A prompt, personal note keeps you in mind while they compare candidates."
    else:
        action = Step("thank_you", slot, deadline=on_time)
        headline = (
            f"Send your thank-you today: it is still on time until {clock.day_and_time(on_time)}"
        )
        reason = (
            f"The best window ({hours} hours on working days) has passed, but a note within "
            f"{rules.thank_you_on_time_hours} still reads as prompt."
        )
    status: Status = "send_now" if today else "wait"
    return Plan(status, headline, reason, action, _steps(chain, rules), action)


def _evening_end(moment: dt.datetime, rules: Rules) -> dt.datetime:
    """The end of the evening in which ``moment`` falls, on the employer's clock."""
    return dt.datetime.combine(moment.date(), rules.evening_until)


def _thank_you_slot(
    earliest: dt.datetime, timeline: Timeline, rules: Rules
) -> tuple[dt.datetime, bool]:
    """When a thank-you can go, and whether that is the evening of the interview.

    A note ready on the evening of the interview may go then, before ``evening_until``,
    when the next day is a working one: mail sent on the eve of a weekend or a holiday
    waits unread, so that note goes on the next working morning instead. The evening
    must be one on the reader's clock too: nobody is told to send at their midnight.
    """
    off, day = timeline.calendar, earliest.date()
    own = timeline.clock.for_reader(earliest).time()
    if (
        day == timeline.interview_at.date()
        and is_business_day(day, off)
        and rules.work_end <= earliest.time() < rules.evening_until
        and rules.work_end <= own < rules.evening_until
        and is_business_day(day + dt.timedelta(days=1), off)
    ):
        return earliest, True
    return _opening(earliest, off, rules.first_thing, rules), False


def _wait(timeline: Timeline, chain: Chain, rules: Rules) -> Plan:
    kind = chain[0][0]
    reply, latest = timeline.reply, _latest_date(timeline)
    if kind != "check_in":
        reason = (
            "No reply yet is normal: hiring takes longer than anyone plans. "
            "Give them a full week between notes."
        )
    elif reply is not None and reply.kind == "on_hold" and reply.new_date is not None:
        reason = f"They put it on hold until {format_day(reply.new_date)}. Give them until then."
    elif reply is not None and reply.kind == "on_hold":
        reason = (
            f"They put it on hold with no date, so wait {rules.on_hold_wait_days} working days "
            "before a friendly check-in."
        )
    elif reply is not None and reply.new_date is not None:
        reason = f"They moved their date to {format_day(reply.new_date)}. Give them until then."
    elif reply is not None:
        reason = "They replied without a date, so give them about a week before checking in again."
    elif latest is not None:
        reason = (
            f"They said they would decide by {format_day(latest)}. Give them until then, and "
            f"{rules.check_in_after_decision_days} working days' grace."
        )
    else:
        reason = (
            f"They gave no date, so allow {rules.check_in_after_interview_days} business days "
            "before a gentle check-in."
        )
    steps = _steps(chain, rules)
    headline = f"Too early: wait until {timeline.clock.day(steps[0].send_at)}"
    return Plan("wait", headline, reason, None, steps, steps[0])


def _follow_up_now(
    timeline: Timeline,
    now: dt.datetime,
    chain: Chain,
    rules: Rules,
    *,
    skipped_thank_you: bool = False,
) -> Plan:
    kind, clock = chain[0][0], timeline.clock
    slot = _opening(now, timeline.calendar.for_follow_ups(), rules.suggested_send, rules)
    today = clock.reader_today(slot) == clock.reader_today(now)
    if today and (slot == now or not clock.differs(slot)):
        headline = f"{_VERBS[kind]} today"
    elif today:
        headline = f"{_VERBS[kind]} today at {clock.time(slot)}"
    else:
        headline = f"{_VERBS[kind]} on {clock.day(slot)}, at {clock.time(slot)}"
    reasons = {
        "check_in": "The date they gave has passed with no news, so a short, friendly check-in is due.",
        "second_follow_up": "Your check-in had no answer. One more polite note is fine.",
        "closing": "No answer to your check-in. A last, gracious note closes the loop and leaves the door open.",
    }
    reason = reasons[kind]
    if skipped_thank_you:
        reason = (
            "The check-in window has already opened, so skip the thank-you and check in instead."
        )
    status: Status = "send_now" if today else "wait"
    action = Step(kind, slot)
    return Plan(status, headline, reason, action, _steps(chain[1:], rules), action)


def _competing_offer(timeline: Timeline, now: dt.datetime, chain: Chain, rules: Rules) -> Plan:
    assert timeline.offer_deadline is not None
    slot, clock = _opening(now, timeline.calendar, rules.first_thing, rules), timeline.clock
    # Their answer is due on the offer's deadline: write by the last working day before it.
    last = _last_business_day(timeline.offer_deadline, timeline.calendar)
    deadline = dt.datetime.combine(last, rules.work_end) if last >= slot.date() else None
    action = Step("competing_offer", slot, deadline=deadline)
    today = clock.reader_today(slot) == clock.reader_today(now)
    when = "today" if today else f"on {clock.day(slot)}"
    return Plan(
        status="send_now" if today else "wait",
        headline=(
            f"Tell them about your other offer {when}: it expires on "
            f"{format_day(timeline.offer_deadline)}"
        ),
        reason=(
            "A competing offer with a deadline is a good reason to write before the check-in "
            "date. Be honest, name the date, and ask about their timeline."
        ),
        action=action,
        upcoming=_steps(chain, rules),
        message=action,
    )


# A reply that calls for an answer of its own, the step that answers it, and what
# "I sent this" logs for that step.
_REPLY_STEPS: dict[str, StepKind] = {
    "next_round": "next_round_reply",
    "offer": "offer_reply",
    "asked": "send_requested",
}
_LOGGED: dict[StepKind, str] = {
    "next_round_reply": "next_round_reply",
    "offer_reply": "offer_reply",
    "send_requested": "sent_what_they_asked",
}
_REPLY_REASONS: dict[StepKind, str] = {
    "next_round_reply": "Good news deserves a prompt answer: thank them, say yes, and ask what "
    "to prepare. Add the new round here once it is booked, and the plan will follow it.",
    "offer_reply": "Thank them warmly the same day. If you want time to decide, say by when you "
    "will answer, or ask when they need it. No more follow-ups: the ball is in your court.",
    "send_requested": "Send what they asked for by the date they gave, in their thread, with "
    "one line on what is attached.",
}


def _reply_to(timeline: Timeline, now: dt.datetime, rules: Rules, kind: StepKind) -> Plan:
    """The answer a reply asks for: to an invitation, an offer, or a request."""
    assert timeline.reply is not None
    reply, clock = timeline.reply, timeline.clock
    slot = _opening(now, timeline.calendar, rules.first_thing, rules)
    days = {
        "next_round_reply": rules.next_round_reply_days,
        "offer_reply": rules.offer_reply_days,
    }.get(kind, rules.asked_reply_days)
    due = add_business_days(reply.on, days, timeline.calendar)
    if kind == "send_requested" and reply.new_date is not None:
        due = _last_business_day(reply.new_date, timeline.calendar)  # the date they gave
    deadline = dt.datetime.combine(due, rules.work_end)
    today = clock.reader_today(slot) == clock.reader_today(now)
    if deadline < slot:  # later than asked: still worth doing, never shown as overdue
        action, headline = Step(kind, slot), f"{_VERBS[kind]} as soon as you can"
    else:
        action = Step(kind, slot, deadline=deadline)
        headline = f"{_VERBS[kind]} {'today' if today else 'on ' + clock.day(slot)}"
        if due > slot.date():
            headline = f"{_VERBS[kind]} by {format_day(due)}"
    status: Status = "send_now" if today else "wait"
    return Plan(status, headline, _REPLY_REASONS[kind], action, (), action)


def _next_round_ahead(timeline: Timeline, now: dt.datetime, rules: Rules) -> Plan:
    """Invited, thanked them, next round not booked yet: nothing to send until it is."""
    return Plan(
        status="wait",
        headline="Add the next round when it is booked",
        reason="You have replied to the invitation. Once the date is set, add the round with who "
        "you will meet, and the plan will time its thank-you and check-ins.",
        action=None,
        upcoming=(),
        message=None,
    )


def _stop_after(timeline: Timeline, now: dt.datetime, rules: Rules, headline: str) -> Plan:
    return Plan(
        status="stop",
        headline=headline,
        reason="No more follow-ups to this employer. A short LinkedIn note keeps the contact "
        "warm if you would like to stay in touch.",
        action=None,
        upcoming=(),
        message=_stay_in_touch(timeline, now, rules),
    )


def _stay_in_touch(timeline: Timeline, now: dt.datetime, rules: Rules) -> Step:
    return Step("stay_in_touch", _opening(now, timeline.calendar, rules.suggested_send, rules))


def _stop(timeline: Timeline, now: dt.datetime, rules: Rules) -> Plan:
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
        message=_stay_in_touch(timeline, now, rules),
    )


def _after_rejection(timeline: Timeline, now: dt.datetime, rules: Rules) -> Plan:
    assert timeline.reply is not None
    rejected_on = timeline.reply.on
    if any(sent.kind == "after_rejection" and sent.on >= rejected_on for sent in timeline.sent):
        return Plan(
            "stop",
            "You have replied graciously: move on",
            "No more email. If you'd like to stay in touch, a short LinkedIn note keeps the "
            "contact warm; people who decline you now often remember you later.",
            None,
            (),
            _stay_in_touch(timeline, now, rules),
        )
    due = add_business_days(rejected_on, rules.rejection_reply_days, timeline.calendar)
    slot, clock = _opening(now, timeline.calendar, rules.first_thing, rules), timeline.clock
    deadline = dt.datetime.combine(due, rules.work_end)
    if slot > deadline:
        # Past the usual window: a reply is still welcome, but never "due" on a past date.
        action = Step("after_rejection", slot)
        return Plan(
            status="send_now" if clock.reader_today(slot) == clock.reader_today(now) else "wait",
            headline="A reply is optional now",
            reason=(
                f"The usual {rules.rejection_reply_days} working days have passed. A short, "
                "gracious reply is still welcome if you would like to send one; or simply move on."
            ),
            action=action,
            upcoming=(),
            message=action,
        )
    action = Step("after_rejection", slot, deadline=deadline)
    return Plan(
        status="send_now" if clock.reader_today(slot) == clock.reader_today(now) else "wait",
        headline=f"Reply with thanks and ask for feedback by {format_day(due)}",
        reason=(
            f"A gracious reply within {rules.rejection_reply_days} business days leaves a good last "
            "impression, and a specific request for feedback is the one most likely to be answered."
        ),
        action=action,
        upcoming=(),
        message=action,
    )
