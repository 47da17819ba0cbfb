"""Properties of every plan and draft, over generated realistic requests (Hypothesis)."""

from __future__ import annotations

import datetime as dt
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from composer import RULES, handle

PEOPLE = [
    {"name": "Priya Natarajan", "kind": "hiring_manager", "point": "the sign-up plan"},
    {"name": "Tom Becker", "point": "the hand-over"},
    {"name": "Jo Park", "kind": "recruiter"},
    {"name": "Dr. Amara Okafor"},
]
TIME_WORDS = {
    "today": 0,
    "this morning": 0,
    "this afternoon": 0,
    "earlier today": 0,
    "yesterday": 1,
}


@st.composite
def requests(draw: st.DrawFn) -> dict[str, object]:
    """A valid request: an interview in 2026–2028, a 'now' from before it to weeks after,
    and any mix of days off, a decision date, messages sent, a reply and an offer."""
    interview = draw(
        st.datetimes(dt.datetime(2026, 1, 1), dt.datetime(2028, 12, 31)).map(
            lambda d: d.replace(second=0, microsecond=0)
        )
    )
    day = interview.date()
    offset = st.integers(0, 30).map(lambda n: (day + dt.timedelta(days=n)).isoformat())
    now = interview + dt.timedelta(minutes=draw(st.integers(-3 * 1440, 45 * 1440)))
    sent_kinds = st.sampled_from(
        ["thank_you", "check_in", "second_follow_up", "closing", "after_rejection"]
    )
    request: dict[str, object] = {
        "candidate_name": "Sam Rivera",
        "company": "Northwind Health",
        "role": "Product Designer",
        "interview_kind": draw(st.sampled_from(["screen", "interview", "final", "panel"])),
        "interview_date": day.isoformat(),
        "interview_time": interview.strftime("%H:%M"),
        "now": now.isoformat(timespec="minutes") + "+00:00",
        "interviewers": draw(
            st.lists(st.sampled_from(PEOPLE), min_size=1, max_size=4, unique_by=lambda p: p["name"])
        ),
        "points": ["the roadmap"],
        "days_off": draw(st.lists(offset, max_size=6)),
        "decision_date": draw(st.one_of(st.just(""), offset)),
        "sent": [
            {"kind": kind, "date": date}
            for kind, date in draw(st.lists(st.tuples(sent_kinds, offset), max_size=4))
        ],
        "tone": draw(st.sampled_from(["warm", "formal"])),
    }
    reply = draw(st.sampled_from([None, "new_date", "rejection", "other"]))
    if reply:
        request["reply"] = {"kind": reply, "date": draw(offset), "new_date": draw(offset)}
    if draw(st.booleans()):
        request["offer_deadline"] = draw(offset)
    return request


def _steps(plan: dict) -> list[dict]:
    return [step for step in (plan["action"], *plan["upcoming"], plan["message"]) if step]


def _interview_evening(step: dict, request: dict, day: dt.date, open_next: bool) -> bool:
    """The one time allowed outside working hours (rules.toml evening_until): a thank-you on the
    evening of the interview, when the next day is a working one."""
    end, evening = RULES.work_end.strftime("%H:%M"), RULES.evening_until.strftime("%H:%M")
    return (
        step["kind"] == "thank_you"
        and day.isoformat() == request["interview_date"]
        and end <= step["time"] < evening
        and open_next
    )


@settings(max_examples=400, deadline=None)
@given(request=requests())
def test_no_step_on_a_day_off_or_outside_working_hours(request):
    """No planned step, or thank-you deadline, falls on a weekend or a listed day off, and every
    proposed send time is inside working hours, but for a thank-you on the interview's evening
    before a working day."""
    answer = handle(request)
    assert answer["ok"], answer["errors"]
    days_off = set(request["days_off"])
    start, end = RULES.work_start.strftime("%H:%M"), RULES.work_end.strftime("%H:%M")
    for step in _steps(answer["plan"]):
        day = dt.date.fromisoformat(step["date"])
        assert day.weekday() < 5 and step["date"] not in days_off, step
        following = day + dt.timedelta(days=1)
        open_next = following.weekday() < 5 and following.isoformat() not in days_off
        in_hours = start <= step["time"] < end
        assert in_hours or _interview_evening(step, request, day, open_next), step
        if step["deadline"]:
            deadline = dt.date.fromisoformat(step["deadline"][:10])
            assert deadline.weekday() < 5 and deadline.isoformat() not in days_off, step


@settings(max_examples=400, deadline=None)
@given(request=requests())
def test_time_words_agree_with_the_day_each_draft_is_sent(request):
    """'today' and 'yesterday' appear in a draft only when the interview or their reply was that
    many days before the day that draft is sent; the checker finds no time word out of place."""
    answer = handle(request)
    interview = dt.date.fromisoformat(request["interview_date"])
    replied = request.get("reply", {}).get("date")
    for draft in answer["drafts"]:
        sent = dt.date.fromisoformat(draft["send_date"])
        true_gaps = {(sent - interview).days}
        if replied:
            true_gaps.add((sent - dt.date.fromisoformat(replied)).days)
        for word, days in TIME_WORDS.items():
            if re.search(rf"\b{word}\b", draft["body"], re.IGNORECASE):
                assert days in true_gaps, (word, draft["send_date"], draft["body"])
        assert "time_word" not in {f["code"] for f in draft["findings"]}, draft["body"]


@settings(max_examples=200, deadline=None)
@given(request=requests())
def test_the_drafts_match_the_plan(request):
    """The drafts are for the message the plan names, written for its day."""
    answer = handle(request)
    message = answer["plan"]["message"]
    if message and answer["drafts"]:
        assert {d["send_date"] for d in answer["drafts"]} == {message["date"]}


# ---- the reader's calendar: regions, zones, working weeks ----

# Each region with an employer's zone in it, and its working week (Monday is 0).
REGIONS = {
    "US-NY": ("America/New_York", range(5)),
    "US-CA": ("America/Los_Angeles", range(5)),
    "GB-ENG": ("Europe/London", range(5)),
    "GB-SCT": ("Europe/London", range(5)),
    "CA-QC": ("America/Toronto", range(5)),
    "AU-NSW": ("Australia/Sydney", range(5)),
    "NZ": ("Pacific/Auckland", range(5)),
    "IN": ("Asia/Kolkata", range(5)),
    "DE-BY": ("Europe/Berlin", range(5)),
    "FR": ("Europe/Paris", range(5)),
    "JP": ("Asia/Tokyo", range(5)),
    "IL": ("Asia/Jerusalem", (6, 0, 1, 2, 3)),
}
READERS = [
    "Europe/London",
    "America/New_York",
    "America/Los_Angeles",
    "Australia/Sydney",
    "Asia/Kolkata",
    "Asia/Calcutta",  # the old name some browsers still report
    "Pacific/Honolulu",
    "America/Sao_Paulo",
    "UTC",
]


@st.composite
def regional_requests(draw: st.DrawFn) -> dict[str, object]:
    """A valid request with the employer's region and zone and the reader's zone; 'now' carries
    the reader's real UTC offset, as the page sends it."""
    from composer._zones import zone

    request = draw(requests())
    code = draw(st.sampled_from(sorted(REGIONS)))
    reader = draw(st.sampled_from(READERS))
    interview = dt.datetime.fromisoformat(
        f"{request['interview_date']}T{request['interview_time']}"
    )
    year = draw(st.integers(2026, 2028))
    # 29 February exists in 2028 only: a leap day drawn for another year becomes the 28th.
    interview = interview.replace(
        year=year, day=min(interview.day, 28) if interview.month == 2 else interview.day
    )
    now = dt.datetime.fromisoformat(str(request["now"])).replace(tzinfo=None)
    if now.year != interview.year:
        now = now.replace(year=interview.year, day=min(now.day, 28) if now.month == 2 else now.day)
    request |= {
        "region": code,
        "time_zone": REGIONS[code][0],
        "reader_time_zone": reader,
        "interview_date": interview.date().isoformat(),
        "now": now.replace(tzinfo=zone(reader)).isoformat(timespec="minutes"),
        "sent": [],
        "days_off": [],
    }
    request.pop("reply", None)
    request.pop("offer_deadline", None)
    request.pop("decision_date", None)
    return request


@settings(max_examples=300, deadline=None)
@given(request=regional_requests())
def test_no_step_on_a_holiday_or_outside_the_employers_week_and_hours(request):
    """In the employer's zone, every step falls on a day of their working week that is not one of
    the region's public holidays (from the holidays package itself), inside working hours; and a
    step's `at` (the reader's clock) and `their_at` (the employer's) are one instant."""
    import holidays

    from composer._zones import zone

    answer = handle(request)
    assert answer["ok"], answer["errors"]
    country, _, sub = str(request["region"]).partition("-")
    public = holidays.country_holidays(country, subdiv=sub or None, years=range(2025, 2030))
    zone_name, week = REGIONS[str(request["region"])]
    start, end = RULES.work_start.strftime("%H:%M"), RULES.work_end.strftime("%H:%M")
    for step in _steps(answer["plan"]):
        at, theirs = (dt.datetime.fromisoformat(step[k]) for k in ("at", "their_at"))
        assert at == theirs and at.utcoffset() is not None, step
        assert theirs.utcoffset() == theirs.astimezone(zone(zone_name)).utcoffset(), step
        assert at.strftime("%H:%M") == step["time"] and at.date().isoformat() == step["date"]
        day = theirs.date()
        assert day.weekday() in week and day not in public, (step, public.get(day))
        following = day + dt.timedelta(days=1)
        open_next = following.weekday() in week and following not in public
        theirs_step = {**step, "time": theirs.strftime("%H:%M")}
        in_hours = start <= theirs_step["time"] < end
        assert in_hours or _interview_evening(theirs_step, request, day, open_next), step


@settings(max_examples=150, deadline=None)
@given(request=regional_requests())
def test_drafts_are_written_for_the_employers_day_of_the_planned_step(request):
    """Across zones, the drafts are for the plan's message, dated on the employer's calendar:
    the day the recipient reads it, whatever the reader's clock says."""
    answer = handle(request)
    message = answer["plan"]["message"]
    if message and answer["drafts"]:
        assert {d["send_date"] for d in answer["drafts"]} == {message["their_at"][:10]}


# ---- the whole process: rounds and a history ----

REPLY_KINDS = ["new_date", "next_round", "offer", "on_hold", "asked", "rejection", "other"]
SENT_KINDS = [
    "thank_you",
    "check_in",
    "second_follow_up",
    "closing",
    "after_rejection",
    "next_round_reply",
    "offer_reply",
    "sent_what_they_asked",
    "withdrawal",
]
ADDRESSED = [
    {**person, "email": f"{person['name'].split()[-1].lower()}@x.example"} for person in PEOPLE
]


@st.composite
def processes(draw: st.DrawFn) -> dict[str, object]:
    """A valid application with one to three rounds on separate days, a history of sent
    messages (some to one person, some scheduled), replies of every kind and notes, all dated
    from the first round to 'now', and 'now' up to five weeks after the last of them."""
    first = draw(st.dates(dt.date(2026, 1, 5), dt.date(2028, 11, 30)))
    gaps = draw(st.lists(st.integers(1, 14), max_size=2))
    days = [first]
    for gap in gaps:
        days.append(days[-1] + dt.timedelta(days=gap))
    rounds = [
        {
            "kind": draw(st.sampled_from(["screen", "interview", "final", "panel"])),
            "date": day.isoformat(),
            "time": f"{draw(st.integers(8, 17)):02d}:{draw(st.sampled_from([0, 30])):02d}",
            "people": draw(
                st.lists(
                    st.sampled_from(ADDRESSED),
                    min_size=1,
                    max_size=3,
                    unique_by=lambda p: p["name"],
                )
            ),
        }
        for day in days
    ]
    span = st.integers(0, (days[-1] - first).days + 10).map(lambda n: first + dt.timedelta(days=n))
    history: list[dict[str, str]] = []
    for on in sorted(draw(st.lists(span, max_size=6))):
        event = draw(st.sampled_from(["sent", "reply", "note"]))
        entry = {"date": on.isoformat(), "event": event}
        if event == "sent":
            entry["kind"] = draw(st.sampled_from(SENT_KINDS))
            entry["to"] = draw(st.sampled_from(["", *(p["name"] for p in ADDRESSED)]))
            if draw(st.booleans()):
                entry["scheduled_for"] = (
                    f"{(on + dt.timedelta(days=draw(st.integers(0, 3)))).isoformat()}T08:30"
                )
        elif event == "reply":
            entry["kind"] = draw(st.sampled_from(REPLY_KINDS))
            entry["new_date"] = (on + dt.timedelta(days=draw(st.integers(1, 20)))).isoformat()
        history.append(entry)
    latest = max([days[-1], *(dt.date.fromisoformat(e["date"]) for e in history)])
    now = dt.datetime.combine(latest, dt.time(18)) + dt.timedelta(
        minutes=draw(st.integers(0, 35 * 1440))
    )
    return {
        "candidate_name": "Sam Rivera",
        "company": "Northwind Health",
        "role": "Product Designer",
        "rounds": rounds,
        "history": history,
        "points": ["the roadmap"],
        "now": now.isoformat(timespec="minutes"),
        "tone": draw(st.sampled_from(["warm", "formal"])),
    }


def _latest_event(request: dict) -> dt.date:
    dates = [r["date"] for r in request["rounds"]] + [e["date"] for e in request["history"]]
    return dt.date.fromisoformat(max(dates))


@settings(max_examples=300, deadline=None)
@given(request=processes())
def test_a_process_plan_never_looks_back_thanks_once_per_round_and_drafts_its_message(request):
    """For any valid history: no proposed step is dated before the latest event, nobody already
    thanked for the latest round is thanked again (and nobody twice in one set), and the drafts
    are the plan's message, for its day."""
    answer = handle(request)
    assert answer["ok"], answer["errors"]
    plan = answer["plan"]
    latest = _latest_event(request)
    for step in _steps(plan):
        assert dt.date.fromisoformat(step["date"]) >= latest, (step, latest)
    round_day = request["rounds"][-1]["date"]
    thanked = {
        e["to"]
        for e in request["history"]
        if e["event"] == "sent" and e["kind"] == "thank_you" and e["date"] >= round_day and e["to"]
    }
    thank_yous = [
        d for d in answer["drafts"] if d["template"].startswith(("thank-you", "panel-note"))
    ]
    names = [d["to_name"] for d in thank_yous]
    assert len(names) == len(set(names)), names
    if plan["message"] and plan["message"]["kind"] in ("thank_you", "belated_thank_you"):
        assert not thanked & set(names), (thanked, names)
    message = plan["message"]
    if message and answer["drafts"]:
        assert {d["send_date"] for d in answer["drafts"]} == {message["date"]}
