"""The facts a reader gives, as frozen dataclasses."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Literal, get_args

__all__ = [
    "FOLLOW_UP_KINDS",
    "INTERVIEW_KINDS",
    "REPLY_KINDS",
    "SENT_KINDS",
    "Details",
    "FollowUpKind",
    "InterviewKind",
    "Interviewer",
    "Reply",
    "ReplyKind",
    "Sent",
    "SentKind",
    "Timeline",
]

InterviewKind = Literal["screen", "interview", "final", "panel"]
FollowUpKind = Literal["check_in", "second_follow_up", "closing"]
SentKind = Literal[
    "thank_you", "check_in", "second_follow_up", "closing", "after_rejection", "other"
]
ReplyKind = Literal["new_date", "rejection", "other"]

INTERVIEW_KINDS: tuple[InterviewKind, ...] = get_args(InterviewKind)
FOLLOW_UP_KINDS: tuple[FollowUpKind, ...] = get_args(FollowUpKind)
SENT_KINDS: tuple[SentKind, ...] = get_args(SentKind)
REPLY_KINDS: tuple[ReplyKind, ...] = get_args(ReplyKind)


@dataclass(frozen=True, slots=True)
class Interviewer:
    """One person the reader met, and the point they talked about."""

    name: str
    title: str = ""
    email: str = ""
    point: str = ""

    @property
    def first_name(self) -> str:
        """The first word of the name, for a warm greeting."""
        return self.name.split()[0] if self.name.strip() else ""


@dataclass(frozen=True, slots=True)
class Sent:
    """A message the reader has already sent."""

    kind: SentKind
    on: dt.date


@dataclass(frozen=True, slots=True)
class Reply:
    """The employer's latest answer."""

    kind: ReplyKind
    on: dt.date
    new_date: dt.date | None = None


@dataclass(frozen=True, slots=True)
class Timeline:
    """Everything that decides *when* to write."""

    interview_at: dt.datetime
    decision_date: dt.date | None = None
    sent: tuple[Sent, ...] = ()
    reply: Reply | None = None
    days_off: frozenset[dt.date] = field(default_factory=frozenset)


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
