import datetime as dt

import pytest

from composer import Reply, Sent, Timeline, make_plan

MONDAY_10 = dt.datetime(2026, 11, 23, 10, 0)


def at(day: int, hour: int = 12, minute: int = 0) -> dt.datetime:
    return (
        dt.datetime(2026, 11, day, hour, minute)
        if day <= 30
        else dt.datetime(2026, 12, day - 30, hour, minute)
    )


def test_within_24_hours_says_when_the_window_closes():
    """Same afternoon: send today, and the 24-hour window closes tomorrow at the interview time."""
    plan = make_plan(Timeline(MONDAY_10), at(23, 15))
    assert plan.status == "send_now"
    assert plan.action is not None and plan.action.kind == "thank_you"
    assert plan.headline == "Send your thank-you today: the 24-hour window closes tomorrow at 10:00"
    assert plan.action.deadline == dt.datetime(2026, 11, 24, 10, 0)


def test_deadline_the_same_day_names_the_time():
    """The next morning, the window closes at 10:00 today."""
    plan = make_plan(Timeline(MONDAY_10), at(24, 8, 30))
    assert plan.headline == "Send your thank-you today: the 24-hour window closes today at 10:00"


def test_an_evening_note_may_go_that_evening_or_first_thing_tomorrow():
    """On the evening of a late interview, before a working day, a ready note may go now."""
    plan = make_plan(Timeline(dt.datetime(2026, 11, 23, 17, 30)), at(23, 19, 45))
    assert plan.headline == (
        "Send your thank-you this evening if it is ready, or tomorrow at 08:30, first thing"
    )
    assert plan.action is not None and plan.action.send_at == at(23, 19, 45)


def test_late_at_night_the_note_waits_for_first_thing_tomorrow():
    """From evening_until (21:00) on, the plan proposes first thing the next working morning."""
    plan = make_plan(Timeline(dt.datetime(2026, 11, 23, 17, 30)), at(23, 21, 0))
    assert plan.headline == "Send your thank-you tomorrow at 08:30, first thing"
    assert plan.action is not None and plan.action.send_at == at(24, 8, 30)


def test_between_24_and_48_hours_is_still_on_time():
    """A day and a half later the thank-you is late but on time."""
    plan = make_plan(Timeline(MONDAY_10), at(24, 16))
    assert plan.action is not None and plan.action.kind == "thank_you"
    assert "still on time until Wed 25 Nov, 10:00" in plan.headline


def test_after_48_hours_it_is_belated():
    """Three days later the plan switches to the belated template."""
    plan = make_plan(Timeline(MONDAY_10), at(26, 9))
    assert plan.action is not None and plan.action.kind == "belated_thank_you"


def test_thank_you_is_skipped_once_check_in_window_opens():
    """With no thank-you sent and the check-in date reached, check in instead."""
    plan = make_plan(Timeline(MONDAY_10), at(30, 10))
    assert plan.action is not None and plan.action.kind == "check_in"
    assert "skip the thank-you" in plan.reason


def test_check_in_waits_two_business_days_after_the_decision_date():
    """Before their date, the plan says too early and names the day to write: their Friday
    plus the two-day buffer is Tuesday."""
    timeline = Timeline(
        MONDAY_10,
        decision_date=dt.date(2026, 12, 4),
        sent=(Sent("thank_you", dt.date(2026, 11, 23)),),
    )
    plan = make_plan(timeline, at(27))
    assert plan.status == "wait"
    assert plan.headline == "Too early: wait until Tue 8 Dec"
    assert "decide by Fri 4 Dec" in plan.reason


def test_without_a_date_check_in_comes_five_business_days_later():
    """No date given: the check-in is due 5 business days after the interview."""
    timeline = Timeline(MONDAY_10, sent=(Sent("thank_you", dt.date(2026, 11, 23)),))
    assert make_plan(timeline, at(27)).headline == "Too early: wait until Mon 30 Nov"
    due = make_plan(timeline, at(30, 10))
    assert due.headline == "Check in today" and due.status == "send_now"


def test_the_last_follow_up_counts_from_the_check_in_actually_sent():
    """The note closing the loop falls 5 business days after the real check-in date."""
    sent = (Sent("thank_you", dt.date(2026, 11, 23)), Sent("check_in", dt.date(2026, 12, 2)))
    plan = make_plan(Timeline(MONDAY_10, sent=sent), at(33))
    assert plan.headline == "Too early: wait until Wed 9 Dec"
    assert [s.kind for s in plan.upcoming] == ["closing"]


def test_after_three_unanswered_notes_the_plan_says_stop():
    """Check-in, second follow-up and closing sent: stop, and propose nothing more."""
    sent = (
        Sent("thank_you", dt.date(2026, 11, 23)),
        Sent("check_in", dt.date(2026, 11, 30)),
        Sent("second_follow_up", dt.date(2026, 12, 7)),
        Sent("closing", dt.date(2026, 12, 14)),
    )
    plan = make_plan(Timeline(MONDAY_10, sent=sent), dt.datetime(2026, 12, 20, 9))
    assert plan.status == "stop"
    assert plan.action is None and plan.upcoming == ()


def test_a_reply_with_a_new_date_moves_the_check_in():
    """A new date resets the chain: the next check-in is two business days after it."""
    sent = (Sent("thank_you", dt.date(2026, 11, 23)), Sent("check_in", dt.date(2026, 11, 30)))
    reply = Reply("new_date", dt.date(2026, 12, 1), new_date=dt.date(2026, 12, 11))
    plan = make_plan(Timeline(MONDAY_10, sent=sent, reply=reply), dt.datetime(2026, 12, 3, 9))
    assert plan.headline == "Too early: wait until Tue 15 Dec"
    assert "moved their date to Fri 11 Dec" in plan.reason


def test_a_rejection_turns_the_plan_into_thanks_and_feedback():
    """After a no: reply within 2 business days, then nothing more."""
    reply = Reply("rejection", dt.date(2026, 12, 4))
    plan = make_plan(Timeline(MONDAY_10, reply=reply), dt.datetime(2026, 12, 4, 14))
    assert plan.action is not None and plan.action.kind == "after_rejection"
    assert plan.headline == "Reply with thanks and ask for feedback by Tue 8 Dec"
    assert plan.upcoming == ()


def test_future_interview_gives_the_plan_ahead():
    """Before the interview the plan is a preview starting with the thank-you."""
    plan = make_plan(Timeline(MONDAY_10), dt.datetime(2026, 11, 20, 9))
    assert plan.status == "prepare" and plan.action is None
    assert [s.kind for s in plan.upcoming] == ["thank_you", "check_in", "closing"]


@pytest.mark.parametrize("now", [at(27), at(30, 10), dt.datetime(2026, 11, 20, 9)])
def test_no_step_ever_falls_on_a_weekend_or_day_off(now):
    """Every dated step lands on a business day, days off included."""
    days_off = frozenset({dt.date(2026, 11, 30), dt.date(2026, 12, 7)})
    timeline = Timeline(
        MONDAY_10, sent=(Sent("thank_you", dt.date(2026, 11, 23)),), days_off=days_off
    )
    for step in make_plan(timeline, now).upcoming:
        assert step.send_at.weekday() < 5 and step.send_at.date() not in days_off


def test_on_a_saturday_a_due_check_in_waits_for_monday_morning():
    """A step due on the weekend is suggested for the next working morning, at the suggested hour."""
    timeline = Timeline(MONDAY_10, sent=(Sent("thank_you", dt.date(2026, 11, 23)),))
    plan = make_plan(timeline, dt.datetime(2026, 12, 5, 11))
    assert plan.headline == "Check in on Mon 7 Dec, at 09:30"


def test_the_message_to_draft_follows_every_state():
    """The plan names the message to draft: the action, else the next step, else a LinkedIn note."""
    ty = (Sent("thank_you", dt.date(2026, 11, 23)),)
    rejected = Reply("rejection", dt.date(2026, 12, 4))
    cases = {
        "prepare": (Timeline(MONDAY_10), dt.datetime(2026, 11, 20, 9), "thank_you"),
        "send now": (Timeline(MONDAY_10), at(23, 15), "thank_you"),
        "wait": (Timeline(MONDAY_10, sent=ty), at(25), "check_in"),
        "rejection": (Timeline(MONDAY_10, sent=ty, reply=rejected), at(34), "after_rejection"),
        "replied": (
            Timeline(
                MONDAY_10, sent=(*ty, Sent("after_rejection", dt.date(2026, 12, 4))), reply=rejected
            ),
            at(35),
            "stay_in_touch",
        ),
    }
    for name, (timeline, now, kind) in cases.items():
        message = make_plan(timeline, now).message
        assert message is not None and message.kind == kind, name
