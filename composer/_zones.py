"""Time zones from the IANA database, shipped with the composer as data.

Pyodide's standard library has ``zoneinfo`` but no zone data, so the
composer carries its own: ``zones.json``, made at build time from the pinned
``tzdata`` package by ``scripts/calendar_data.py``, holds every zone name a
browser can report, each trimmed to the rules in force from 2024 on. The same
data serves CPython, so both give the same answer.
"""

from __future__ import annotations

import base64
import datetime as dt
import io
import json
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from zoneinfo import ZoneInfo

__all__ = ["FLOATING", "place_name", "zone", "zone_country", "zone_names"]

FLOATING = dt.timezone(dt.timedelta(0), "floating")
"""A stand-in zone for a request with no zone and a clock without an offset: times as typed."""


@cache
def _data() -> dict[str, Any]:
    # Read on first use, not at import: a request with no zone never pays for it.
    text = resources.files(__package__).joinpath("zones.json").read_text("utf-8")
    data: dict[str, Any] = json.loads(text)
    return data


@cache
def zone(name: str) -> ZoneInfo | None:
    """The zone called ``name`` (IANA, like ``Europe/London``), or ``None`` if there is none.

    One object per name, so two moments in the same zone compare by wall time.

    Example:
        >>> london = zone("Europe/London")
        >>> dt.datetime(2027, 3, 22, 9, 30, tzinfo=zone("America/New_York")).astimezone(london).hour
        13
        >>> zone("Mars/Olympus_Mons") is None
        True
    """
    index = _data()["zones"].get(name)
    if index is None:
        return None
    # Imported here: zoneinfo pulls in sysconfig, which a request without a zone never needs.
    from zoneinfo import ZoneInfo

    rules = base64.b64decode(_data()["rules"][index])
    return ZoneInfo.from_file(io.BytesIO(rules), key=name)


def zone_names() -> list[str]:
    """Every zone name the composer knows, sorted."""
    return sorted(_data()["zones"])


def zone_country(name: str) -> str | None:
    """The ISO country code of a zone's main territory (from ``zone.tab``), if it has one.

    Example:
        >>> zone_country("America/Chicago"), zone_country("UTC")
        ('US', None)
    """
    found: str | None = _data()["countries"].get(name)
    return found


def place_name(name: str) -> str:
    """The place a zone is named after, for a sentence: ``America/New_York`` → ``New York``.

    Example:
        >>> place_name("America/New_York"), place_name("America/Indiana/Indianapolis")
        ('New York', 'Indianapolis')
    """
    return name.rpartition("/")[2].replace("_", " ")
