"""Turn the page's JSON request into typed facts, or into field errors.

Nothing here raises for bad input: every problem becomes a ``FieldError``
that names the field (as the page's form names it) and says what to do.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import Any, TypeVar

from ._calendar import WorkCalendar
from ._clock import Clock
from ._drafts import route_step
from ._model import (
    INTERVIEW_KINDS,
    LINKEDIN_ACCOUNTS,
    PERSON_KINDS,
    Details,
    Interviewer,
    Round,
    Timeline,
)
from ._names import own_name, tidy_name
from ._process import read_history, read_rounds
from ._regions import region as find_region
from ._rules import RULES, Rules
from ._schema import FIELDS, WORKING_WEEKS, Field
from ._schema import field as schema_field
from ._templates import TEMPLATES, TONES, ToneName
from ._zones import FLOATING, zone

__all__ = ["Edit", "FieldError", "Request", "parse_request"]

_EARLIEST, _LATEST = dt.date(2000, 1, 1), dt.date(2100, 12, 31)
T = TypeVar("T", bound=str)


@dataclass(frozen=True, slots=True)
class FieldError:
    """What is wrong with one field, in words for the reader."""

    field: str
    code: str
    message: str


@dataclass(frozen=True, slots=True)
class Edit:
    """The reader's own version of one draft, tied to it by the draft's ``key``."""

    key: str
    subject: str
    body: str


@dataclass(frozen=True, slots=True)
class Request:
    """A parsed request.

    ``timeline`` is ``None`` while a date or time is bad. ``details`` always
    holds what could be read, so drafts fill in as the reader types. ``now``
    is aware, on the reader's clock (``FLOATING`` when no zone or offset is
    known); ``rules`` are the employer region's.
    """

    now: dt.datetime
    now_utc: dt.datetime | None
    timeline: Timeline | None
    details: Details
    template: str | None
    tone: ToneName
    edits: tuple[Edit, ...]
    page_url: str = ""
    rules: Rules = RULES
    clock: Clock = field(default_factory=Clock)
    thanked: frozenset[str] = frozenset()
    """Who has had this round's thank-you already (names folded), while others still wait."""

    @property
    def employer_now(self) -> dt.datetime:
        """This moment on the employer's wall clock, naive, as the plan counts."""
        return self.clock.employer_time(self.now)


class _Reader:
    """Reads typed values out of a mapping and collects errors on the way."""

    def __init__(self, data: Mapping[str, Any], rules: Rules, prefix: str = "") -> None:
        self.data, self.rules, self.prefix = data, rules, prefix
        self.errors: list[FieldError] = []

    def fail(self, name: str, code: str, message: str) -> None:
        self.errors.append(FieldError(self.prefix + name, code, message))

    def spec(self, name: str) -> Field | None:
        """The schema's entry for ``name`` here, if the form has such a field."""
        try:
            return schema_field(self.prefix + name)
        except (KeyError, StopIteration):
            return None

    def noun(self, name: str, label: str | None) -> str:
        spec = self.spec(name)
        return label or (spec.noun if spec else "this field")

    def text(
        self,
        name: str,
        *,
        required: bool = False,
        multiline: bool = False,
        limit: int | None = None,
        label: str | None = None,
    ) -> str:
        spec = self.spec(name)
        label = self.noun(name, label)
        limit = limit or (spec.limit if spec else None)
        multiline = multiline or (spec is not None and spec.widget == "textarea")
        value = self.data.get(name, "")
        if value is None:
            value = ""
        if not isinstance(value, str):
            self.fail(name, "invalid_type", f"Enter {label} as text.")
            return ""
        value = value.replace("\r\n", "\n").replace("\r", "\n")
        limit = limit or self.rules.field_max_chars
        if len(value) > limit:
            self.fail(
                name,
                "too_long",
                f"Shorten {label} to {limit} characters or fewer (it has {len(value)}).",
            )
            return ""
        if _SURROGATE.search(value):
            # A lone surrogate: half of an emoji, from a broken paste. It can't be
            # written as UTF-8, so it would break the mailto link and the copy.
            self.fail(
                name,
                "broken_character",
                f"Remove the broken character from {label}: it may be half of a pasted emoji.",
            )
            return ""
        if (_CONTROL_MULTILINE if multiline else _CONTROL).search(value):
            self.fail(
                name,
                "control_chars",
                f"Remove the invisible control characters from {label}.",
            )
            return ""
        if required and not value.strip():
            self.fail(name, "required", f"Please fill in {label}.")
        return value

    def date(
        self, name: str, *, required: bool = False, label: str | None = None
    ) -> dt.date | None:
        label = self.noun(name, label)
        raw = self.text(name, label=label).strip()
        if not raw:
            if required:
                self.fail(name, "required", f"Please enter {label}.")
            return None
        try:
            day = dt.date.fromisoformat(raw)
        except ValueError:
            self.fail(
                name,
                "invalid_date",
                f"Enter {label} as a real calendar date, like 2026-11-23.",
            )
            return None
        if not _EARLIEST <= day <= _LATEST:
            self.fail(
                name,
                "date_out_of_range",
                f"Enter {label} between the years 2000 and 2100.",
            )
            return None
        return day

    def time(self, name: str, *, label: str | None = None) -> dt.time | None:
        label = self.noun(name, label)
        raw = self.text(name, label=label).strip()
        try:
            return dt.time.fromisoformat(raw) if raw else None
        except ValueError:
            self.fail(name, "invalid_time", f"Enter {label} as hours and minutes, like 14:30.")
            return None

    def choice(
        self, name: str, options: tuple[T, ...], default: T, *, label: str | None = None
    ) -> T:
        label = self.noun(name, label)
        raw = self.data.get(name) or default
        if not isinstance(raw, str) or raw not in options:
            self.fail(name, "invalid_choice", f"Choose {label} from: {', '.join(options)}.")
            return default
        return raw

    def items(self, name: str, limit: int, *, label: str) -> list[Any]:
        raw = self.data.get(name) or []
        if not isinstance(raw, list):
            self.fail(name, "invalid_type", f"Send {label} as a list.")
            return []
        if len(raw) > limit:
            self.fail(name, "too_many", f"List at most {limit} {label}.")
            return []
        return raw

    def nested(self, name: str, index: int, item: Any) -> _Reader:
        reader = _Reader(
            item if isinstance(item, Mapping) else {},
            self.rules,
            f"{self.prefix}{name}.{index}.",
        )
        reader.errors = self.errors  # one list, so nested errors surface together
        return reader

    def nested_table(self, name: str, item: Any) -> _Reader:
        """A reader for the one table at ``name`` (``reply``), its errors named ``reply.date``."""
        reader = _Reader(item if isinstance(item, Mapping) else {}, self.rules, f"{self.prefix}{name}.")
        reader.errors = self.errors
        return reader

    def alone(self, name: str, value: Any) -> _Reader:
        """A reader for one value that reports its errors under ``name``."""
        reader = _Reader({name: value}, self.rules)
        reader.errors = self.errors
        return reader


def parse_request(
    data: Mapping[str, Any], rules: Rules = RULES
) -> tuple[Request, tuple[FieldError, ...]]:
    """Parse a request; return it with every field error found.

    Example:
        >>> request, errors = parse_request({"now": "2026-11-23T15:00", "interview_date": "2026-02-30"})
        >>> [(e.field, e.code) for e in errors][:2]
        [('interview_date', 'invalid_date'), ('interview_time', 'required')]
    """
    read = _Reader(data if isinstance(data, Mapping) else {}, rules)
    rules, calendar = _region(read, rules)
    read.rules = rules
    now, now_utc, clock = _now(read)
    timeline, rounds = _timeline(read, calendar, clock)
    details = _details(read, rounds)
    timeline, thanked = _thanked(timeline, details)
    template = read.data.get("template")
    if template is not None and (not isinstance(template, str) or template not in TEMPLATES):
        read.fail("template", "invalid_choice", "Choose one of the listed templates.")
        template = None
    tone = read.choice("tone", TONES, "warm")
    edits = tuple(
        edit
        for index, item in enumerate(read.items("edits", 50, label="edited drafts"))
        if (edit := _edit(read, index, item)) is not None
    )
    page_url = read.text("page_url", label="the page address").strip()
    if not re.fullmatch(r"https?://[\w.:/~%@+-]+", page_url, re.ASCII):
        page_url = ""  # only a plain address goes into the calendar file
    if any(error.field in _TIMING_FIELDS for error in read.errors):
        timeline = None  # a half-filled sent or reply row only drops that row
    request = Request(
        now, now_utc, timeline, details, template, tone, edits, page_url, rules, clock, thanked
    )
    return request, tuple(read.errors)


# Errors in these fields leave no interview to plan from. (A zone the composer doesn't
# know is reported, and the plan goes on with the clock's offset instead.)
# Unicode's categories Cs (surrogates) and Cc (controls), as character classes: one search
# in C, where a test per character took a third of a request (tests/test_request.py checks
# the classes against unicodedata). A tab is allowed everywhere, a newline in a textarea.
_SURROGATE = re.compile("[\ud800-\udfff]")
_CONTROL = re.compile("[\x00-\x08\x0a-\x1f\x7f-\x9f]")
_CONTROL_MULTILINE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")

_TIMING_FIELDS = frozenset({"now", "interview_date", "interview_time"})


def fold(name: str) -> str:
    """A name as the composer compares names: lower case, single spaces."""
    return " ".join(name.lower().split())


def _thanked(timeline: Timeline | None, details: Details) -> tuple[Timeline | None, frozenset[str]]:
    """Thank-yous logged per person: the round's thank-you is done once everyone has had one.

    Until then those entries are kept out of the plan's ``sent`` (the thank-you is still
    due) and returned, so the drafts skip the people already thanked.
    """
    if timeline is None:
        return None, frozenset()
    own = [s for s in timeline.sent if s.kind == "thank_you" and s.to]
    if not own or any(s.kind == "thank_you" and not s.to for s in timeline.sent):
        return timeline, frozenset()
    thanked = frozenset(fold(s.to) for s in own)
    # Done once everyone the thank-you goes to has had one (with an agency, its recruiter).
    routes = route_step("thank_you", details.interview_kind, details.interviewers)
    due = {fold(details.interviewers[r.person].name) for r in routes}
    if {name for name in due if name} <= thanked:
        return timeline, thanked
    rest = tuple(s for s in timeline.sent if not (s.kind == "thank_you" and s.to))
    return replace(timeline, sent=rest), thanked


def _zone(read: _Reader, name: str) -> dt.tzinfo | None:
    raw = read.text(name).strip()
    if not raw:
        return None
    found = zone(raw)
    if found is None:
        read.fail(
            name,
            "invalid_time_zone",
            f"Choose {read.noun(name, None)} from the list, like Europe/London or America/New_York.",
        )
    return found


def _region(read: _Reader, rules: Rules) -> tuple[Rules, WorkCalendar]:
    """The employer region's rules, and its working week and public holidays."""
    raw = read.text("region").strip().upper()
    week = read.choice("working_week", tuple(WORKING_WEEKS), "")
    days = WORKING_WEEKS.get(week)
    if not raw:
        return rules, WorkCalendar(days or rules.working_week)
    place = find_region(raw)
    if place is None:
        read.fail(
            "region",
            "invalid_region",
            "Choose where the employer is from the list, or leave it empty.",
        )
        return rules, WorkCalendar(days or rules.working_week)
    rules = rules.for_region(place.code)
    if rules.needs_subdivision and not place.subdivision:
        read.fail(
            "region",
            "needs_subdivision",
            f"Choose the part of {place.name} the employer is in: its public holidays differ "
            "from one part to another.",
        )
    first, last = rules.quiet_from, rules.quiet_until
    quiet = {
        day: "the year-end weeks"
        for year in sorted({d.year for d in place.holidays})
        # The quiet weeks are Christmas's: only where 25 December is a public holiday.
        if dt.date(year, 12, 25) in place.holidays
        for day in _span(dt.date(year, *first), dt.date(year + (last < first), *last))
    }
    return rules, WorkCalendar(days or rules.working_week, place.holidays, quiet)


def _span(first: dt.date, last: dt.date) -> list[dt.date]:
    return [first + dt.timedelta(days=n) for n in range((last - first).days + 1)]


def _now(read: _Reader) -> tuple[dt.datetime, dt.datetime | None, Clock]:
    """This moment, as the page's clock gives it, and the two clocks it is read on."""
    reader, employer = _zone(read, "reader_time_zone"), _zone(read, "time_zone")
    raw = read.text("now", label="the current time").strip()
    try:
        moment = dt.datetime.fromisoformat(raw)
    except ValueError:
        read.fail(
            "now",
            "invalid_datetime",
            "The page could not read your clock; reload and try again.",
        )
        moment = dt.datetime(2000, 1, 1)
    if reader is None and moment.tzinfo is not None:
        reader = dt.timezone(moment.utcoffset() or dt.timedelta(0))  # no zone: the clock's offset
    if reader is None:
        reader = employer or FLOATING
    real = reader is not FLOATING
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=reader)
    clock = Clock(reader, employer or reader)
    utc = moment.astimezone(dt.UTC) if real and "now" not in {e.field for e in read.errors} else None
    return moment.astimezone(reader), utc, clock


def _timeline(
    read: _Reader, calendar: WorkCalendar, clock: Clock
) -> tuple[Timeline | None, list[Round] | None]:
    """The timing facts, and the rounds when the request lists them (else ``None``)."""
    listed = read_rounds(read, clock, _interviewer)
    if listed is None:
        day = read.date("interview_date", required=True)
        at = read.time("interview_time")
        if at is None and "interview_time" not in {e.field for e in read.errors}:
            read.fail("interview_time", "required", "Please enter the time the interview started.")
        rounds, typed = None, [(day, at)] if day is not None and at is not None else []
    else:
        rounds, typed = listed
    first_day = typed[0][0] if typed else None
    latest_day = typed[-1][0] if typed else None
    decision = read.date("decision_date")
    if latest_day is not None and decision is not None and decision < latest_day:
        read.fail(
            "decision_date",
            "decision_before_interview",
            "The decision date is before the interview. Check both dates.",
        )
        decision = None
    offer_deadline = read.date("offer_deadline")
    history = read_history(read, first_day)
    days_off = frozenset(
        d
        for i, item in enumerate(read.items("days_off", read.rules.max_days_off, label="days off"))
        # One text box holds every day off, so errors name the box and quote the entry.
        if (d := read.alone("days_off", item).date("days_off", label=f"the day off “{item}”"))
        is not None
    )
    if not typed:
        return None, rounds
    # The reader typed the interview on their own clock; the plan counts on the employer's.
    day, at = typed[-1]
    interview = clock.employer_time(dt.datetime.combine(day, at, tzinfo=clock.reader))
    # What was sent and said before the latest round belongs to its own round.
    sent = tuple(s for s in history.sent if s.on >= day)
    replies = history.replies
    reply = replies[-1] if replies and replies[-1].on >= day else None
    timeline = Timeline(
        interview,
        decision,
        sent,
        reply,
        days_off,
        offer_deadline,
        calendar,
        clock,
        tuple(rounds or ()),
        replies,
        history.sent,
    )
    return timeline, rounds


# The schema fields this module reads by name (the points, "points.0" and on, are
# read as one list). Any other field added to the schema is read as text and
# reaches the templates under its own name.
_READ_HERE = frozenset(
    {
        "interview_date",
        "interview_time",
        "interview_kind",
        "company",
        "role",
        "decision_date",
        "fit",
        "next_steps_question",
        "extra_info",
        "offer_deadline",
        "candidate_name",
        "signature",
        "days_off",
        "template",
        "tone",
        "linkedin_account",
        "region",
        "time_zone",
        "reader_time_zone",
        "working_week",
    }
)


def _extras(read: _Reader) -> tuple[tuple[str, str], ...]:
    """Schema fields the parser has no special use for, as typed (trimmed)."""
    return tuple(
        (name, read.text(name, required=spec.required).strip())
        for name, spec in FIELDS.items()
        if name not in _READ_HERE and not name.startswith("points.")  # points: read as a list
    )


def _details(read: _Reader, rounds: list[Round] | None) -> Details:
    """What to write; with rounds, the people and kind are the latest round's."""
    if rounds:
        interviewers = rounds[-1].people
        if not interviewers:
            index = len(rounds) - 1
            read.fail(f"rounds.{index}.people.0.name", "required", "Add who you met in this round.")
    else:
        people = read.items("interviewers", read.rules.max_interviewers, label="interviewers")
        if not people:
            read.fail("interviewers.0.name", "required", "Add at least one interviewer's name.")
        interviewers = tuple(
            _interviewer(read.nested("interviewers", i, item)) for i, item in enumerate(people)
        )
    points = tuple(
        read.alone(f"points.{i}", item).text(f"points.{i}")
        for i, item in enumerate(read.items("points", read.rules.max_points, label="points"))
    )
    return Details(
        candidate_name=own_name(read.text("candidate_name", required=True)),
        company=read.text("company", required=True),
        role=read.text("role", required=True),
        interviewers=interviewers or (Interviewer(""),),
        interview_kind=rounds[-1].kind
        if rounds
        else read.choice("interview_kind", INTERVIEW_KINDS, "interview"),
        points=tuple(p for p in points if p.strip()),
        fit=read.text("fit"),
        next_steps_question=read.text("next_steps_question"),
        extra_info=read.text("extra_info"),
        signature=read.text("signature", multiline=True),
        linkedin_account=read.choice("linkedin_account", LINKEDIN_ACCOUNTS, "free"),
        extras=_extras(read),
    )


def _interviewer(read: _Reader) -> Interviewer:
    email = read.text("email").strip()
    if email and ("@" not in email or " " in email):
        read.fail(
            "email",
            "invalid_email",
            "Check the email address: it should look like name@example.com.",
        )
        email = ""
    return Interviewer(
        name=tidy_name(read.text("name", required=True)),
        title=read.text("title", label="the interviewer's title"),
        email=email,
        point=read.text("point"),
        kind=read.choice("kind", PERSON_KINDS, "interviewer"),
        salutation=read.text("salutation"),
    )


def _edit(read: _Reader, index: int, item: Any) -> Edit | None:
    if not isinstance(item, Mapping):
        return None
    inner = read.nested("edits", index, item)
    key = inner.text("key", label="the draft").strip()
    subject = inner.text("subject", label="the subject")
    body = inner.text("body", multiline=True, limit=read.rules.draft_max_chars, label="the draft")
    if not key or any(e.field.startswith(f"edits.{index}.") for e in read.errors):
        return None  # the draft keeps its generated text; the error says why
    return Edit(key, subject, body)
