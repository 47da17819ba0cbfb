"""Timing and length rules, read once from ``rules.toml``."""

from __future__ import annotations

import datetime as dt
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from importlib import resources
from typing import Any, Literal

__all__ = ["RULES", "Rules", "RulesError", "load_rules"]


@dataclass(frozen=True, slots=True)
class Rules:
    """Every number the composer plans with, and the guide quotes."""

    thank_you_best_hours: int
    thank_you_on_time_hours: int
    thank_you_after_hours: int
    evening_until: dt.time
    same_day_decision_hours: int
    belated_apology_days: int
    belated_long_days: int
    pass_on_through: tuple[str, ...]
    check_in_after_decision_days: int
    check_in_after_interview_days: int
    second_follow_up_days: int
    closing_days: int
    max_follow_ups: int
    rejection_reply_days: int
    next_round_reply_days: int
    offer_reply_days: int
    asked_reply_days: int
    on_hold_wait_days: int
    work_start: dt.time
    work_end: dt.time
    first_thing: dt.time
    suggested_send: dt.time
    subject_max_chars: int
    linkedin_free_chars: int
    linkedin_premium_chars: int
    field_max_chars: int
    draft_max_chars: int
    max_interviewers: int
    max_points: int
    max_sent: int
    max_days_off: int
    working_week: frozenset[int]
    quiet_from: tuple[int, int]
    quiet_until: tuple[int, int]
    date_order: Literal["day_first", "month_first"]
    title_full_stop: bool
    spelling: Literal["british", "american"]
    spelling_words: Mapping[str, str]
    needs_subdivision: bool = False
    note: str = ""
    region: str = ""
    source: Mapping[str, Any] = field(default_factory=dict, repr=False, compare=False)
    """The parsed ``rules.toml``, from which :meth:`for_region` derives a region's rules."""

    def as_dict(self) -> dict[str, Any]:
        """The rules as plain values, times as ``HH:MM`` text.

        Example:
            >>> RULES.as_dict()["work_start"]
            '08:00'
        """
        plain: dict[str, Any] = {}
        for name in (f.name for f in fields(self) if f.name != "source"):
            value = getattr(self, name)
            if isinstance(value, dt.time):
                value = value.strftime("%H:%M")
            elif isinstance(value, tuple) and name == "pass_on_through":
                value = list(value)
            elif isinstance(value, frozenset):
                value = [_DAY_NAMES[day] for day in sorted(value, key=_week_order)]
            elif name in ("quiet_from", "quiet_until"):
                value = f"{value[1]} {dt.date(2000, value[0], 1):%B}"  # "24 December"
            plain[name] = value
        return plain

    def for_region(self, code: str) -> Rules:
        """These rules as the employer's region changes them: the country's table, then the subdivision's.

        Example:
            >>> RULES.for_region("DE-BY").check_in_after_interview_days, RULES.check_in_after_interview_days
            (8, 5)
            >>> RULES.for_region("IL").as_dict()["working_week"]
            ['sun', 'mon', 'tue', 'wed', 'thu']
        """
        regions = self.source.get("region", {})
        country = code.partition("-")[0]
        tables = [regions[c] for c in dict.fromkeys((country, code)) if c in regions]
        if not tables:
            return _build(dict(self.source), region=code)
        merged = {
            name: dict(value) if isinstance(value, dict) else value
            for name, value in self.source.items()
        }
        top: dict[str, Any] = {}
        for table in tables:
            for key, value in table.items():
                if isinstance(value, dict):
                    merged[key] = {**merged[key], **value}
                else:
                    top[key] = value
        return _build(merged, region=code, **top)

    def linkedin_chars(self, account: str) -> int:
        """The connection-note limit for a ``free`` or ``premium`` account.

        Example:
            >>> RULES.linkedin_chars("free"), RULES.linkedin_chars("premium")
            (200, 300)
        """
        return self.linkedin_premium_chars if account == "premium" else self.linkedin_free_chars


class RulesError(ValueError):
    """``rules.toml`` is missing a key, has an unknown one, or a value of the wrong type."""


_SHAPE: dict[str, dict[str, type]] = {
    "thank_you": {
        "best_within_hours": int,
        "on_time_within_hours": int,
        "hours_after_interview": int,
        "evening_until": str,
        "same_day_decision_within_hours": int,
        "belated_apology_from_days": int,
        "belated_long_from_days": int,
        "pass_on_through": list,
    },
    "check_in": {"business_days_after_decision_date": int, "business_days_after_interview": int},
    "follow_up": {
        "second_after_check_in_business_days": int,
        "closing_after_second_business_days": int,
        "max_follow_ups": int,
    },
    "rejection": {"reply_within_business_days": int},
    "replies": {
        "next_round_within_business_days": int,
        "offer_within_business_days": int,
        "asked_within_business_days": int,
        "on_hold_wait_business_days": int,
    },
    "working_hours": {"start": str, "end": str, "first_thing": str, "suggested_send": str},
    "calendar": {"working_week": list},
    "year_end": {"quiet_from": str, "quiet_until": str},
    "style": {"date_order": str, "title_full_stop": bool, "spelling": str},
}
_OPEN_TABLES = ("spelling", "region")  # tables whose keys are data: words, region codes
_REGION_KEYS: dict[str, type] = {"needs_subdivision": bool, "working_week": list, "note": str}
_REGION_TABLES = ("thank_you", "check_in", "follow_up", "working_hours", "style")
_DAY_NAMES = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_CHOICES = {
    "date_order": ("day_first", "month_first"),
    "spelling": ("british", "american"),
}


def _week_order(day: int) -> int:
    return (day + 1) % 7  # a week written from Sunday, as calendars print it


def _check_value(where: str, key: str, value: Any, kind: type) -> None:
    days: Any = value  # narrowed to object by the isinstance check below
    if not isinstance(value, kind) or (kind is not bool and isinstance(value, bool)):
        raise RulesError(f"rules.toml: {where} {key} must be {kind.__name__}")
    if key in _CHOICES and value not in _CHOICES[key]:
        raise RulesError(f"rules.toml: {where} {key} must be one of {', '.join(_CHOICES[key])}")
    if key == "working_week" and (not days or any(day not in _DAY_NAMES for day in days)):
        raise RulesError(f"rules.toml: {where} working_week lists days as {', '.join(_DAY_NAMES)}")


def _checked(data: dict[str, Any]) -> dict[str, Any]:
    """``data`` if it has exactly the keys and types the composer reads, else ``RulesError``."""
    shape: dict[str, dict[str, type]] = {**_SHAPE, "limits": dict.fromkeys(_LIMIT_NAMES, int)}
    for table in sorted((set(data) - set(_OPEN_TABLES)) ^ set(shape)):
        raise RulesError(f"rules.toml: unknown or missing table [{table}]")
    for table, keys in shape.items():
        for key in sorted(set(data[table]) ^ set(keys)):
            raise RulesError(f"rules.toml: unknown or missing key [{table}] {key}")
        for key, kind in keys.items():
            _check_value(f"[{table}]", key, data[table][key], kind)
    for word, swap in data.get("spelling", {}).items():
        _check_value("[spelling]", word, swap, str)
    for code, table in data.get("region", {}).items():
        where = f"[region.{code}]"
        if not isinstance(table, dict):
            raise RulesError(f"rules.toml: {where} must be a table")
        for key, value in table.items():
            if key in _REGION_KEYS:
                _check_value(where, key, value, _REGION_KEYS[key])
            elif key in _REGION_TABLES and isinstance(value, dict):
                for inner, setting in value.items():
                    if inner not in shape[key]:
                        raise RulesError(f"rules.toml: unknown key {where} {key}.{inner}")
                    _check_value(f"{where} {key}.", inner, setting, shape[key][inner])
            else:
                raise RulesError(f"rules.toml: unknown key {where} {key}")
    return data


def _month_day(text: str) -> tuple[int, int]:
    month, _, day = text.partition("-")
    return int(month), int(day)


def _build(data: dict[str, Any], *, region: str = "", **top: Any) -> Rules:
    hours, limits, style = data["working_hours"], data["limits"], data["style"]
    week = top.get("working_week", data["calendar"]["working_week"])
    return Rules(
        thank_you_best_hours=data["thank_you"]["best_within_hours"],
        thank_you_on_time_hours=data["thank_you"]["on_time_within_hours"],
        thank_you_after_hours=data["thank_you"]["hours_after_interview"],
        evening_until=dt.time.fromisoformat(data["thank_you"]["evening_until"]),
        same_day_decision_hours=data["thank_you"]["same_day_decision_within_hours"],
        belated_apology_days=data["thank_you"]["belated_apology_from_days"],
        belated_long_days=data["thank_you"]["belated_long_from_days"],
        pass_on_through=tuple(data["thank_you"]["pass_on_through"]),
        check_in_after_decision_days=data["check_in"]["business_days_after_decision_date"],
        check_in_after_interview_days=data["check_in"]["business_days_after_interview"],
        second_follow_up_days=data["follow_up"]["second_after_check_in_business_days"],
        closing_days=data["follow_up"]["closing_after_second_business_days"],
        max_follow_ups=data["follow_up"]["max_follow_ups"],
        rejection_reply_days=data["rejection"]["reply_within_business_days"],
        next_round_reply_days=data["replies"]["next_round_within_business_days"],
        offer_reply_days=data["replies"]["offer_within_business_days"],
        asked_reply_days=data["replies"]["asked_within_business_days"],
        on_hold_wait_days=data["replies"]["on_hold_wait_business_days"],
        work_start=dt.time.fromisoformat(hours["start"]),
        work_end=dt.time.fromisoformat(hours["end"]),
        first_thing=dt.time.fromisoformat(hours["first_thing"]),
        suggested_send=dt.time.fromisoformat(hours["suggested_send"]),
        **{name: limits[name] for name in _LIMIT_NAMES},
        working_week=frozenset(_DAY_NAMES.index(day) for day in week),
        quiet_from=_month_day(data["year_end"]["quiet_from"]),
        quiet_until=_month_day(data["year_end"]["quiet_until"]),
        date_order=style["date_order"],
        title_full_stop=style["title_full_stop"],
        spelling=style["spelling"],
        spelling_words=dict(data.get("spelling", {})),
        needs_subdivision=top.get("needs_subdivision", False),
        note=top.get("note", ""),
        region=region,
        source=data,
    )


def load_rules(text: str | None = None) -> Rules:
    """Parse rules from TOML text, or from the packaged ``rules.toml``.

    Example:
        >>> load_rules().thank_you_best_hours
        24
        >>> load_rules("[thank_you]")
        Traceback (most recent call last):
        ...
        composer._rules.RulesError: rules.toml: unknown or missing table [calendar]
    """
    if text is None:
        text = resources.files(__package__).joinpath("rules.toml").read_text("utf-8")
    return _build(_checked(tomllib.loads(text)))


_LIMIT_NAMES = (
    "subject_max_chars",
    "linkedin_free_chars",
    "linkedin_premium_chars",
    "field_max_chars",
    "draft_max_chars",
    "max_interviewers",
    "max_points",
    "max_sent",
    "max_days_off",
)

RULES = load_rules()
