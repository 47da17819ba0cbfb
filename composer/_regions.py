"""Where the employer is: countries, their subdivisions, and their public holidays.

Shaped like python-holidays: one entry per country with its subdivisions,
and the data (``holidays.json``, generated at build time from the pinned
``holidays`` package by ``scripts/calendar_data.py``) kept apart from the
rules that pick from it (``rules.toml``'s ``[region.XX]`` tables).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any

__all__ = ["Country", "Region", "countries", "holiday_years", "region"]


@dataclass(frozen=True, slots=True)
class Region:
    """A country, or one of its subdivisions, and its public holidays."""

    code: str  # "US", "GB-SCT"
    name: str  # "Scotland, United Kingdom"
    country: str  # "GB"
    holidays: Mapping[dt.date, str] = field(default_factory=dict)

    @property
    def subdivision(self) -> str:
        """The subdivision's code (``SCT``), or ``""`` for a whole country."""
        return self.code.partition("-")[2]


@dataclass(frozen=True, slots=True)
class Country:
    """A country the composer knows, with its subdivisions' codes and names."""

    code: str
    name: str
    subdivisions: tuple[tuple[str, str], ...]


@cache
def _data() -> dict[str, Any]:
    text = resources.files(__package__).joinpath("holidays.json").read_text("utf-8")
    data: dict[str, Any] = json.loads(text)
    return data


def holiday_years() -> tuple[int, int]:
    """The first and last year the holiday data covers.

    Example:
        >>> holiday_years()
        (2025, 2029)
    """
    first, last = _data()["years"]
    return first, last


def countries() -> tuple[Country, ...]:
    """Every country, in the order the form lists them."""
    return tuple(
        Country(
            code, entry["name"], tuple((sub, s["name"]) for sub, s in entry["subdivisions"].items())
        )
        for code, entry in _data()["countries"].items()
    )


def _days(table: Mapping[str, int], names: list[str]) -> dict[dt.date, str]:
    return {dt.date.fromisoformat(day): names[index] for day, index in table.items()}


@cache
def region(code: str) -> Region | None:
    """The region with ISO code ``code`` (``US``, ``GB-SCT``), or ``None`` if it is not known.

    Example:
        >>> england = region("GB-ENG")
        >>> england.name, england.holidays[dt.date(2026, 12, 28)]
        ('England, United Kingdom', 'Boxing Day (observed)')
        >>> dt.date(2027, 3, 29) in region("GB-SCT").holidays  # Easter Monday: not in Scotland
        False
        >>> region("XX") is None
        True
    """
    data = _data()
    country, _, sub = code.upper().partition("-")
    entry = data["countries"].get(country)
    if entry is None or (sub and sub not in entry["subdivisions"]):
        return None
    days = _days(entry["days"], data["names"])
    if not sub:
        return Region(country, entry["name"], country, days)
    local = entry["subdivisions"][sub]
    for dropped in local["drop"]:
        days.pop(dt.date.fromisoformat(dropped), None)
    days.update(_days(local["add"], data["names"]))
    return Region(f"{country}-{sub}", f"{local['name']}, {entry['name']}", country, days)
