"""Two clocks: the reader's and the employer's.

The plan works in the employer's wall time, because business hours and
business days are theirs. The reader reads every moment in their own time,
with the employer's beside it wherever the two differ. Moments inside the
plan are naive datetimes on the employer's wall clock; this module turns them
into real instants and into words.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from ._calendar import format_day, format_time
from ._zones import FLOATING, place_name

__all__ = ["Clock"]


@dataclass(frozen=True, slots=True)
class Clock:
    """The reader's zone and the employer's; both ``FLOATING`` when neither is known.

    Example:
        >>> from ._zones import zone
        >>> clock = Clock(zone("Europe/London"), zone("America/New_York"))
        >>> clock.words(dt.datetime(2027, 3, 22, 9, 30), today=dt.date(2027, 3, 19))
        'on Monday 22 Mar at 13:30 your time (09:30 in New York)'
        >>> Clock().words(dt.datetime(2027, 3, 22, 9, 30), today=dt.date(2027, 3, 22))
        'today at 09:30'
    """

    reader: dt.tzinfo = FLOATING
    employer: dt.tzinfo = FLOATING

    @property
    def place(self) -> str:
        """Where the employer's clock is, for "09:30 in New York"."""
        return place_name(str(self.employer))

    @property
    def real(self) -> bool:
        """Whether moments are real instants (a zone or an offset is known)."""
        return self.reader is not FLOATING

    def instant(self, employer_time: dt.datetime) -> dt.datetime:
        """A naive employer wall time as an aware moment in the employer's zone."""
        return employer_time.replace(tzinfo=self.employer)

    def for_reader(self, employer_time: dt.datetime) -> dt.datetime:
        """The same moment on the reader's clock, aware."""
        return self.instant(employer_time).astimezone(self.reader)

    def employer_time(self, moment: dt.datetime) -> dt.datetime:
        """An aware moment as a naive employer wall time (a naive one is the reader's clock)."""
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=self.reader)
        return moment.astimezone(self.employer).replace(tzinfo=None)

    def reader_today(self, employer_now: dt.datetime) -> dt.date:
        """The reader's date at the employer's wall time ``employer_now``."""
        return self.for_reader(employer_now).date()

    def differs(self, employer_time: dt.datetime) -> bool:
        """Whether the two clocks read differently at that moment."""
        moment = self.instant(employer_time)
        return moment.utcoffset() != moment.astimezone(self.reader).utcoffset()

    def words(self, employer_time: dt.datetime, *, today: dt.date) -> str:
        """A coming moment in the reader's words (``tomorrow at 08:30``), theirs beside it.

        ``today`` is the reader's date.
        """
        own = self.for_reader(employer_time)
        ahead = (own.date() - today).days
        day = {0: "today", 1: "tomorrow"}.get(ahead, f"on {own:%A} {own.day} {own:%b}")
        return f"{day} at {format_time(own.time())}{self._theirs(employer_time, own)}"

    def day(self, employer_time: dt.datetime) -> str:
        """The reader's day of a moment, like ``Mon 22 Mar``."""
        return format_day(self.for_reader(employer_time).date())

    def day_and_time(self, employer_time: dt.datetime) -> str:
        """``Mon 22 Mar, 13:30``, with the employer's time beside it where it differs.

        Example:
            >>> from ._zones import zone
            >>> Clock(zone("Europe/London"), zone("America/New_York")).day_and_time(dt.datetime(2027, 3, 22, 9, 30))
            'Mon 22 Mar, 13:30 your time (09:30 in New York)'
        """
        return f"{self.day(employer_time)}, {self.time(employer_time)}"

    def time(self, employer_time: dt.datetime) -> str:
        """The reader's time of a moment, ``09:30``, with the employer's beside it where it differs."""
        own = self.for_reader(employer_time)
        return f"{format_time(own.time())}{self._theirs(employer_time, own)}"

    def _theirs(self, employer_time: dt.datetime, own: dt.datetime) -> str:
        """`` your time (09:30 in New York)`` where the clocks differ, else nothing."""
        if not self.differs(employer_time):
            return ""
        theirs = format_time(employer_time.time())
        if employer_time.date() != own.date():
            theirs += f" on {format_day(employer_time.date())}"
        return f" your time ({theirs} in {self.place})"
