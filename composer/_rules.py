"""Timing and length rules, read once from ``rules.toml``."""

from __future__ import annotations

import datetime as dt
import tomllib
from dataclasses import asdict, dataclass
from importlib import resources
from typing import Any

__all__ = ["RULES", "Rules", "RulesError", "load_rules"]


@dataclass(frozen=True, slots=True)
class Rules:
    """Every number the composer plans with, and the guide quotes."""

    thank_you_best_hours: int
    thank_you_on_time_hours: int
    thank_you_after_hours: int
    check_in_after_decision_days: int
    check_in_after_interview_days: int
    second_follow_up_days: int
    closing_days: int
    max_follow_ups: int
    rejection_reply_days: int
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

    def as_dict(self) -> dict[str, Any]:
        """The rules as plain values, times as ``HH:MM`` text.

        Example:
            >>> RULES.as_dict()["work_start"]
            '08:00'
        """
        return {
            name: value.strftime("%H:%M") if isinstance(value, dt.time) else value
            for name, value in asdict(self).items()
        }

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
    },
    "check_in": {"business_days_after_decision_date": int, "business_days_after_interview": int},
    "follow_up": {
        "second_after_check_in_business_days": int,
        "closing_after_second_business_days": int,
        "max_follow_ups": int,
    },
    "rejection": {"reply_within_business_days": int},
    "working_hours": {"start": str, "end": str, "first_thing": str, "suggested_send": str},
}


def _checked(data: dict[str, Any]) -> dict[str, Any]:
    """``data`` if it has exactly the keys and types the composer reads, else ``RulesError``."""
    shape: dict[str, dict[str, type]] = {**_SHAPE, "limits": dict.fromkeys(_LIMIT_NAMES, int)}
    for table in sorted(set(data) ^ set(shape)):
        raise RulesError(f"rules.toml: unknown or missing table [{table}]")
    for table, keys in shape.items():
        for key in sorted(set(data[table]) ^ set(keys)):
            raise RulesError(f"rules.toml: unknown or missing key [{table}] {key}")
        for key, kind in keys.items():
            if not isinstance(data[table][key], kind) or isinstance(data[table][key], bool):
                raise RulesError(f"rules.toml: [{table}] {key} must be {kind.__name__}")
    return data


def load_rules(text: str | None = None) -> Rules:
    """Parse rules from TOML text, or from the packaged ``rules.toml``.

    Example:
        >>> load_rules().thank_you_best_hours
        24
        >>> load_rules("[thank_you]")
        Traceback (most recent call last):
        ...
        composer._rules.RulesError: rules.toml: unknown or missing table [check_in]
    """
    if text is None:
        text = resources.files(__package__).joinpath("rules.toml").read_text("utf-8")
    data = _checked(tomllib.loads(text))
    hours, limits = data["working_hours"], data["limits"]
    return Rules(
        thank_you_best_hours=data["thank_you"]["best_within_hours"],
        thank_you_on_time_hours=data["thank_you"]["on_time_within_hours"],
        thank_you_after_hours=data["thank_you"]["hours_after_interview"],
        check_in_after_decision_days=data["check_in"]["business_days_after_decision_date"],
        check_in_after_interview_days=data["check_in"]["business_days_after_interview"],
        second_follow_up_days=data["follow_up"]["second_after_check_in_business_days"],
        closing_days=data["follow_up"]["closing_after_second_business_days"],
        max_follow_ups=data["follow_up"]["max_follow_ups"],
        rejection_reply_days=data["rejection"]["reply_within_business_days"],
        work_start=dt.time.fromisoformat(hours["start"]),
        work_end=dt.time.fromisoformat(hours["end"]),
        first_thing=dt.time.fromisoformat(hours["first_thing"]),
        suggested_send=dt.time.fromisoformat(hours["suggested_send"]),
        **{name: limits[name] for name in _LIMIT_NAMES},
    )


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
