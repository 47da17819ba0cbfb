import datetime as dt

import pytest

from composer._calendar import add_business_days, format_day, next_business_day, relative_day

FRIDAY = dt.date(2026, 11, 20)


@pytest.mark.parametrize(
    ("count", "expected"),
    [
        (0, FRIDAY),
        (1, dt.date(2026, 11, 23)),
        (5, dt.date(2026, 11, 27)),
        (6, dt.date(2026, 11, 30)),
    ],
)
def test_add_business_days_skips_weekends(count, expected):
    """Counting business days from a Friday jumps over Saturday and Sunday."""
    assert add_business_days(FRIDAY, count) == expected


def test_days_off_are_skipped_like_weekends():
    """A listed day off is never a business day."""
    monday = dt.date(2026, 11, 23)
    assert add_business_days(FRIDAY, 1, {monday}) == dt.date(2026, 11, 24)
    assert next_business_day(monday, {monday}) == dt.date(2026, 11, 24)


def test_format_day_is_short_and_unambiguous():
    """Dates read like 'Tue 1 Dec', with no leading zero."""
    assert format_day(dt.date(2026, 12, 1)) == "Tue 1 Dec"


def test_relative_day_never_says_yesterday_for_older_days():
    """Only the day before is 'yesterday'; a week or more ago names the date."""
    today = dt.date(2026, 11, 30)
    assert relative_day(dt.date(2026, 11, 29), today) == "yesterday"
    assert relative_day(dt.date(2026, 11, 27), today) == "on Friday"
    assert relative_day(dt.date(2026, 11, 20), today) == "on 20 November"
