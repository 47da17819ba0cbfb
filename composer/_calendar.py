"""Business days, working hours and how dates read in a sentence."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Set
from dataclasses import dataclass, field

__all__ = [
    "WEEKDAYS",
    "WorkCalendar",
    "add_business_days",
    "add_business_hours",
    "format_date",
    "format_day",
    "format_time",
    "is_business_day",
    "next_business_day",
    "relative_day",
]

_NO_DAYS_OFF: frozenset[dt.date] = frozenset()


@dataclass(frozen=True, slots=True)
class WorkCalendar:
    """The employer's working week, and the days it is closed, each with its reason.

    ``closed`` holds public holidays ("Thanksgiving Day") and the reader's own
    days off; ``quiet`` the year-end days when offices are thin, which only
    follow-ups avoid (see :meth:`for_follow_ups`).
    """

    weekdays: frozenset[int] = frozenset(range(5))  # Monday is 0
    closed: Mapping[dt.date, str] = field(default_factory=dict)
    quiet: Mapping[dt.date, str] = field(default_factory=dict)

    def is_open(self, day: dt.date) -> bool:
        """Whether ``day`` is a working day.

        Example:
            >>> week = WorkCalendar(frozenset({6, 0, 1, 2, 3}))  # Sunday to Thursday
            >>> week.is_open(dt.date(2026, 12, 6)), week.is_open(dt.date(2026, 12, 4))
            (True, False)
        """
        return day.weekday() in self.weekdays and day not in self.closed

    def for_follow_ups(self) -> WorkCalendar:
        """This calendar with the quiet days closed too."""
        if not self.quiet:
            return self
        return WorkCalendar(self.weekdays, {**self.quiet, **self.closed})

    def reason(self, day: dt.date) -> str | None:
        """Why a day in the working week is closed (a holiday's name), if it is."""
        if day.weekday() not in self.weekdays:
            return None
        return self.closed.get(day) or self.quiet.get(day)


WEEKDAYS = WorkCalendar()
"""Monday to Friday, nothing else closed."""

DaysOff = Set[dt.date] | WorkCalendar


def is_business_day(day: dt.date, days_off: DaysOff = _NO_DAYS_OFF) -> bool:
    """Whether ``day`` is a working day: Monday to Friday and not a day off, or open in a calendar.

    Example:
        >>> is_business_day(dt.date(2026, 11, 21))  # a Saturday
        False
        >>> is_business_day(dt.date(2026, 11, 26), WorkCalendar(closed={dt.date(2026, 11, 26): "Thanksgiving Day"}))
        False
    """
    if isinstance(days_off, WorkCalendar):
        return days_off.is_open(day)
    return day.weekday() < 5 and day not in days_off


def next_business_day(day: dt.date, days_off: DaysOff = _NO_DAYS_OFF) -> dt.date:
    """``day`` itself when it is a business day, else the first one after it.

    Example:
        >>> next_business_day(dt.date(2026, 11, 21))
        datetime.date(2026, 11, 23)
    """
    while not is_business_day(day, days_off):
        day += dt.timedelta(days=1)
    return day


def add_business_days(start: dt.date, count: int, days_off: DaysOff = _NO_DAYS_OFF) -> dt.date:
    """The date ``count`` business days after ``start``.

    Example:
        >>> add_business_days(dt.date(2026, 11, 20), 1)  # Friday to Monday
        datetime.date(2026, 11, 23)
        >>> add_business_days(dt.date(2026, 11, 20), 1, {dt.date(2026, 11, 23)})
        datetime.date(2026, 11, 24)
    """
    day = start
    for _ in range(count):
        day = next_business_day(day + dt.timedelta(days=1), days_off)
    return day


def add_business_hours(
    start: dt.datetime, hours: int, days_off: DaysOff = _NO_DAYS_OFF
) -> dt.datetime:
    """The moment ``hours`` later, counting only the hours of business days.

    Weekends and days off stop the clock, so 24 hours after a Friday 15:00
    interview end on Monday at 15:00. A window that ends exactly at midnight
    ends on its business day, at 23:59.

    Example:
        >>> add_business_hours(dt.datetime(2026, 12, 4, 15, 0), 24)  # Friday
        datetime.datetime(2026, 12, 7, 15, 0)
        >>> add_business_hours(dt.datetime(2026, 11, 23, 10, 0), 24)  # Monday
        datetime.datetime(2026, 11, 24, 10, 0)
    """
    moment = start
    if not is_business_day(moment.date(), days_off):
        moment = dt.datetime.combine(next_business_day(moment.date(), days_off), dt.time())
    left = dt.timedelta(hours=hours)
    while True:
        midnight = dt.datetime.combine(moment.date() + dt.timedelta(days=1), dt.time())
        if moment + left < midnight:
            return moment + left
        if moment + left == midnight:
            return midnight - dt.timedelta(minutes=1)
        left -= midnight - moment
        moment = dt.datetime.combine(next_business_day(midnight.date(), days_off), dt.time())


def format_day(day: dt.date) -> str:
    """A short, unambiguous day such as ``Tue 2 Dec``.

    Example:
        >>> format_day(dt.date(2026, 12, 2))
        'Wed 2 Dec'
    """
    return f"{day:%a} {day.day} {day:%b}"


def format_time(moment: dt.time) -> str:
    """24-hour ``HH:MM``.

    Example:
        >>> format_time(dt.time(9, 5))
        '09:05'
    """
    return moment.strftime("%H:%M")


def format_date(day: dt.date, *, month_first: bool = False) -> str:
    """A date in full, as a letter writes it: ``Friday 4 December``, or ``Friday, December 4``.

    Example:
        >>> format_date(dt.date(2026, 12, 4)), format_date(dt.date(2026, 12, 4), month_first=True)
        ('Friday 4 December', 'Friday, December 4')
    """
    if month_first:
        return f"{day:%A}, {day:%B} {day.day}"
    return f"{day:%A} {day.day} {day:%B}"


def relative_day(day: dt.date, today: dt.date, *, month_first: bool = False) -> str:
    """How a past ``day`` reads in a sentence written on ``today``.

    Example:
        >>> today = dt.date(2026, 11, 25)
        >>> [relative_day(today - dt.timedelta(days=n), today) for n in (0, 1, 3, 9)]
        ['today', 'yesterday', 'on Sunday', 'on 16 November']
        >>> relative_day(dt.date(2026, 11, 16), today, month_first=True)
        'on November 16'
    """
    days_ago = (today - day).days
    if days_ago == 0:
        return "today"
    if days_ago == 1:
        return "yesterday"
    if 1 < days_ago < 7:
        return f"on {day:%A}"
    return f"on {day:%B} {day.day}" if month_first else f"on {day.day} {day:%B}"
