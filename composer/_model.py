"""The facts a reader gives, as frozen dataclasses."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Literal, get_args

from ._calendar import WEEKDAYS, WorkCalendar
from ._clock import Clock
from ._names import first_name, formal_name

__all__ = [
    "FOLLOW_UP_KINDS",
    "INTERVIEW_KINDS",
    "LINKEDIN_ACCOUNTS",
    "PERSON_KINDS",
    "REPLY_KINDS",
    "SENT_KINDS",
    "Details",
    "FollowUpKind",
    "InterviewKind",
    "Interviewer",
    "LinkedInAccount",
    "PersonKind",
    "Reply",
    "ReplyKind",
    "Round",
    "Sent",
    "SentKind",
    "Timeline",
]

InterviewKind = Literal["screen", "interview", "final", "panel"]
FollowUpKind = Literal["check_in", "second_follow_up", "closing"]
SentKind = Literal[
    "thank_you",
    "check_in",
    "second_follow_up",
    "closing",
    "after_rejection",
    "competing_offer",
    "next_round_reply",
    "offer_reply",
    "sent_what_they_asked",
    "withdrawal",
    "other",
]
# Who a person is in the hiring process decides which notes they get.
# A reference or an introducer is not met in a round: they get a thank-you of their own.
PersonKind = Literal[
    "interviewer",
    "hiring_manager",
    "recruiter",
    "agency_recruiter",
    "coordinator",
    "reference",
    "introducer",
]
LinkedInAccount = Literal["free", "premium"]
# What the employer said. Every reply stays in the history; the latest decides the plan.
ReplyKind = Literal["new_date", "next_round", "offer", "on_hold", "asked", "rejection", "other"]

INTERVIEW_KINDS: tuple[InterviewKind, ...] = get_args(InterviewKind)
FOLLOW_UP_KINDS: tuple[FollowUpKind, ...] = get_args(FollowUpKind)
SENT_KINDS: tuple[SentKind, ...] = get_args(SentKind)
REPLY_KINDS: tuple[ReplyKind, ...] = get_args(ReplyKind)
PERSON_KINDS: tuple[PersonKind, ...] = get_args(PersonKind)
LINKEDIN_ACCOUNTS: tuple[LinkedInAccount, ...] = get_args(LinkedInAccount)


@dataclass(frozen=True, slots=True)
class Interviewer:
    """One person in the process, and the point the reader talked about with them."""

    name: str
    title: str = ""
    email: str = ""
    point: str = ""
    kind: PersonKind = "interviewer"
    salutation: str = ""

    @property
    def first_name(self) -> str:
        """The name to greet them by, titles and initials skipped.

        Example:
            >>> Interviewer("Dr. Amara Okafor").first_name
            'Amara'
        """
        return first_name(self.name)

    @property
    def formal_name(self) -> str:
        """How a formal note addresses them after "Dear".

        Example:
            >>> Interviewer("Dr. Amara Okafor").formal_name
            'Dr Okafor'
        """
        return formal_name(self.name, self.salutation)


@dataclass(frozen=True, slots=True)
class Sent:
    """A message the reader has sent, or scheduled: ``on`` is the day it goes out.

    ``to`` names its recipient when it went to one person of several (a thank-you
    per person); empty means it covered everyone.
    """

    kind: SentKind
    on: dt.date
    to: str = ""
    scheduled: bool = False


@dataclass(frozen=True, slots=True)
class Reply:
    """The employer's latest answer."""

    kind: ReplyKind
    on: dt.date
    new_date: dt.date | None = None


@dataclass(frozen=True, slots=True)
class Round:
    """One interview of the process: its kind, when it started (employer's wall time), who was there."""

    kind: InterviewKind
    at: dt.datetime
    people: tuple[Interviewer, ...] = ()


@dataclass(frozen=True, slots=True)
class Timeline:
    """Everything that decides *when* to write.

    ``interview_at`` is on the employer's wall clock (``clock`` turns it into an
    instant); ``calendar`` is the employer's working week and public holidays.
    The reader's ``days_off`` close those dates too. ``sent`` is every message
    since the latest round began; earlier ones belong to their own rounds.
    """

    interview_at: dt.datetime
    decision_date: dt.date | None = None
    sent: tuple[Sent, ...] = ()
    reply: Reply | None = None
    days_off: frozenset[dt.date] = field(default_factory=frozenset)
    offer_deadline: dt.date | None = None
    calendar: WorkCalendar = WEEKDAYS
    clock: Clock = field(default_factory=Clock)
    rounds: tuple[Round, ...] = ()
    """Every round in order; ``interview_at`` is the latest one's."""
    replies: tuple[Reply, ...] = ()
    """Every reply in order, never overwritten; ``reply`` is the latest."""
    all_sent: tuple[Sent, ...] = ()
    """Every message sent, from every round (``sent`` holds the latest round's)."""

    def working(self) -> WorkCalendar:
        """The employer's calendar with the reader's days off closed too."""
        if not self.days_off:
            return self.calendar
        own = dict.fromkeys(self.days_off, "your day off")
        return WorkCalendar(self.calendar.weekdays, {**own, **self.calendar.closed}, self.calendar.quiet)


@dataclass(frozen=True, slots=True)
class Details:
    """Everything that decides *what* to write."""

    candidate_name: str
    company: str
    role: str
    interviewers: tuple[Interviewer, ...]
    interview_kind: InterviewKind = "interview"
    points: tuple[str, ...] = ()
    fit: str = ""
    next_steps_question: str = ""
    extra_info: str = ""
    signature: str = ""
    linkedin_account: LinkedInAccount = "free"
    extras: tuple[tuple[str, str], ...] = ()
    """Fields added to the schema without a use here: ``(name, value)``, for the templates."""
