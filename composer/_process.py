"""The whole hiring process, read from a request: its rounds, and a history never overwritten.

Request shape (issue 17), beside the single-interview fields it replaces:

- ``rounds: [{kind, date, time, people: [person, ...]}, ...]``: each interview,
  typed on the reader's clock. Without it (or with it empty), ``interview_date``, ``interview_time``,
  ``interview_kind`` and ``interviewers`` are read as the one round.
- ``history: [{date, event, kind, ...}, ...]``: ``event`` is ``sent`` (with
  ``kind`` a kind of message, ``to`` a person's name, ``scheduled_for`` when it
  was scheduled), ``reply`` (``kind`` one of the reply kinds, ``new_date`` where
  they gave one) or ``note``. Without it, ``sent`` and ``reply`` are read as before,
  and both may stand together.

Nothing from an earlier round is an error because a later round exists: only a
message or reply dated before the *first* round is.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ._model import INTERVIEW_KINDS, REPLY_KINDS, SENT_KINDS, Reply, Round, Sent

if TYPE_CHECKING:
    from ._clock import Clock
    from ._request import _Reader

__all__ = ["History", "people_met_before", "read_history", "read_rounds"]

EVENTS = ("sent", "reply", "note")
_REPLIES_WITH_DATES = {"new_date": True, "on_hold": False, "asked": False, "offer": False}


@dataclass(frozen=True, slots=True)
class History:
    """Every message sent and every reply, in date order (entries of a day keep their order)."""

    sent: tuple[Sent, ...] = ()
    replies: tuple[Reply, ...] = ()


def read_rounds(
    read: _Reader, clock: Clock, person: Any
) -> tuple[list[Round], list[tuple[dt.date, dt.time]]] | None:
    """The rounds in ``rounds``, oldest first, with the dates typed; ``None`` when there is no list.

    ``person`` reads one person's fields (the parser's own reader for a row).
    """
    if not read.data.get("rounds"):
        return None  # the single-interview fields, as saved applications and case files have them
    rounds: list[tuple[dt.datetime, Round, tuple[dt.date, dt.time]]] = []
    for index, item in enumerate(read.items("rounds", 10, label="rounds")):
        inner = read.nested("rounds", index, item)
        kind = inner.choice("kind", INTERVIEW_KINDS, "interview", label="the kind of interview")
        day = inner.date("date", required=True, label="the date of this round")
        at = inner.time("time", label="the time this round started")
        if at is None and f"rounds.{index}.time" not in {e.field for e in read.errors}:
            inner.fail("time", "required", "Please enter the time this round started.")
        people = [
            person(inner.nested("people", number, row))
            for number, row in enumerate(
                inner.items("people", read.rules.max_interviewers, label="people")
            )
        ]
        if day is None or at is None:
            continue
        moment = clock.employer_time(dt.datetime.combine(day, at, tzinfo=clock.reader))
        rounds.append((moment, Round(kind, moment, tuple(people)), (day, at)))
    rounds.sort(key=lambda entry: entry[0])
    return [entry[1] for entry in rounds], [entry[2] for entry in rounds]


def read_history(read: _Reader, first_day: dt.date | None) -> History:
    """Every entry of ``history``, plus the older ``sent`` and ``reply`` fields, in date order."""
    sent: list[Sent] = []
    replies: list[Reply] = []
    for index, item in enumerate(read.items("history", 200, label="history entries")):
        inner = read.nested("history", index, item)
        event = inner.choice("event", EVENTS, "note", label="the kind of entry")
        on = inner.date("date", required=True, label="the date of this entry")
        if on is None or _before(
            inner,
            on,
            first_day,
            "sent_before_interview",
            "This entry is dated before your first interview.",
        ):
            continue
        if event == "sent":
            entry = _sent_entry(inner, on)
            if entry is not None:
                sent.append(entry)
        elif event == "reply":
            reply = _reply_entry(inner, on)
            if reply is not None:
                replies.append(reply)
    for index, item in enumerate(read.items("sent", read.rules.max_sent, label="sent messages")):
        inner = read.nested("sent", index, item)
        kind = inner.choice("kind", SENT_KINDS, "thank_you")
        on = inner.date("date", required=True)
        if on is not None and not _before(
            inner,
            on,
            first_day,
            "sent_before_interview",
            "This message is dated before the interview. Check the date.",
        ):
            sent.append(Sent(kind, on, inner.text("to").strip()))
    raw = read.data.get("reply")
    if raw:
        inner = read.nested_table("reply", raw)
        on = inner.date("date", required=True)
        if on is not None and not _before(
            inner,
            on,
            first_day,
            "reply_before_interview",
            "The reply is dated before the interview. Check the date.",
        ):
            reply = _reply_entry(inner, on)
            if reply is not None:
                replies.append(reply)
    # A stable sort: entries of one day keep the order they were written in.
    return History(
        tuple(sorted(sent, key=lambda s: s.on)), tuple(sorted(replies, key=lambda r: r.on))
    )


def _before(
    inner: _Reader, on: dt.date, first_day: dt.date | None, code: str, message: str
) -> bool:
    """Whether ``on`` is before the first round; if so, the error says so."""
    if first_day is not None and on < first_day:
        inner.fail("date", code, message)
        return True
    return False


def _sent_entry(inner: _Reader, on: dt.date) -> Sent | None:
    kind = inner.choice("kind", SENT_KINDS, "thank_you", label="what you sent")
    scheduled = inner.text("scheduled_for", label="when it is scheduled").strip()
    when = on
    if scheduled:
        try:
            when = dt.datetime.fromisoformat(scheduled).date()  # it goes out then, not today
        except ValueError:
            inner.fail(
                "scheduled_for",
                "invalid_datetime",
                "Enter when it is scheduled, like 2026-12-07T08:30.",
            )
            return None
    return Sent(kind, max(when, on), inner.text("to").strip(), scheduled=bool(scheduled))


def _reply_entry(inner: _Reader, on: dt.date) -> Reply | None:
    kind = inner.choice("kind", REPLY_KINDS, "other")
    needs_date = _REPLIES_WITH_DATES.get(kind, False)
    new_date = inner.date("new_date", required=needs_date)
    if kind == "new_date" and new_date is None:
        return None  # half filled: the error says what's missing, and the plan goes on without it
    return Reply(kind, on, new_date)


def people_met_before(rounds: Sequence[Round]) -> frozenset[str]:
    """Names (folded) of everyone met in a round before the latest: for "good to speak again".

    Example:
        >>> from ._model import Interviewer
        >>> first = Round("screen", dt.datetime(2027, 2, 1, 10), (Interviewer("Jo Park"),))
        >>> final = Round("final", dt.datetime(2027, 2, 8, 10), (Interviewer("jo  park"),))
        >>> sorted(people_met_before([first, final]))
        ['jo park']
    """
    return frozenset(
        " ".join(person.name.lower().split()) for round_ in rounds[:-1] for person in round_.people
    )
