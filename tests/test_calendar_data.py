"""The shipped holiday and zone data: in step with the pinned packages, and true to them."""

from __future__ import annotations

import base64
import datetime as dt
import io
import sys
from importlib import resources
from pathlib import Path
from zoneinfo import ZoneInfo

import holidays
import pytest
import tzdata

from composer._regions import region
from composer._zones import _data as zone_data
from composer._zones import zone

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))
import calendar_data


def test_the_shipped_files_are_what_the_pinned_packages_give():
    """Regenerating from the pinned holidays and tzdata gives the committed files byte for byte,
    so a new pin fails here until `make calendar-data` is run."""
    assert calendar_data.main(["--check"]) == 0


@pytest.mark.parametrize(
    "code", ["US", "US-MA", "GB-ENG", "GB-SCT", "CA-QC", "AU-VIC", "DE-BY", "IN", "JP", "IL"]
)
def test_each_region_has_exactly_the_packages_holidays(code):
    """A region's holidays are the holidays package's own for that country and subdivision."""
    country, _, sub = code.partition("-")
    years = range(calendar_data.FIRST_YEAR, calendar_data.LAST_YEAR + 1)
    expected = holidays.country_holidays(country, subdiv=sub or None, years=years)
    assert dict(region(code).holidays) == dict(expected.items())


def _reference(name: str) -> ZoneInfo:
    data = resources.files(tzdata).joinpath("zoneinfo", *name.split("/")).read_bytes()
    return ZoneInfo.from_file(io.BytesIO(data), key=name)


def test_every_zone_agrees_with_the_iana_database_from_2025_to_2036():
    """For every zone shipped, the UTC offset and abbreviation at every 6th hour from 2025 to
    2036 are the pinned tzdata's own (read from its untrimmed files)."""
    names = sorted(zone_data()["zones"])
    assert len(names) > 500 and "Asia/Calcutta" in names  # the old names browsers report too
    start = dt.datetime(2025, 1, 1, tzinfo=dt.UTC)
    moments = [start + dt.timedelta(hours=6 * n) for n in range(0, 12 * 365 * 4, 7)]
    for name in names:
        ours, ref = zone(name), _reference(name)
        for moment in moments:
            a, b = moment.astimezone(ours), moment.astimezone(ref)
            assert (a.utcoffset(), a.tzname()) == (b.utcoffset(), b.tzname()), (name, moment)


def test_zone_data_is_small_and_deduplicated():
    """Zones that share their rules since 2024 share one entry; the file stays small."""
    data = zone_data()
    assert len(data["rules"]) < len(data["zones"]) / 3
    raw = resources.files("composer").joinpath("zones.json").read_bytes()
    print(
        f"\nzones.json: {len(raw):,} bytes, {len(data['zones'])} names, {len(data['rules'])} rule sets"
    )
    assert len(raw) < 60_000
    assert all(base64.b64decode(blob)[:4] == b"TZif" for blob in data["rules"])
