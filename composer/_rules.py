"""Timing and length rules, read once from ``rules.toml``."""

from __future__ import annotations

import datetime as dt
import tomllib
from dataclasses import asdict, dataclass
from importlib import resources
from typing import Any

__all__ = ["RULES", "Rules", "load_rules"]


@dataclass(frozen=True, slots=True)
class Rules:
    """Every number the composer plans with, and the guide quotes."""

    thank_you_best_hours: int
    thank_you_on_time_hours: int
    check_in_after_decision_days: int
    check_in_after_interview_days: int
    second_follow_up_days: int
    closing_days: int
    max_follow_ups: int
    rejection_reply_days: int
    work_start: dt.time
    work_end: dt.time
    suggested_send: dt.time
    subject_max_chars: int
    linkedin_max_chars: int
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


def load_rules(text: str | None = None) -> Rules:
    """Parse rules from TOML text, or from the packaged ``rules.toml``.

    Example:
        >>> load_rules().thank_you_best_hours
        24
    """
    if text is None:
        text = resources.files(__package__).joinpath("rules.toml").read_text("utf-8")
    data = tomllib.loads(text)
    hours, limits = data["working_hours"], data["limits"]
    return Rules(
        thank_you_best_hours=data["thank_you"]["best_within_hours"],
        thank_you_on_time_hours=data["thank_you"]["on_time_within_hours"],
        check_in_after_decision_days=data["check_in"]["business_days_after_decision_date"],
        check_in_after_interview_days=data["check_in"]["business_days_after_interview"],
        second_follow_up_days=data["follow_up"]["second_after_check_in_business_days"],
        closing_days=data["follow_up"]["closing_after_second_business_days"],
        max_follow_ups=data["follow_up"]["max_follow_ups"],
        rejection_reply_days=data["rejection"]["reply_within_business_days"],
        work_start=dt.time.fromisoformat(hours["start"]),
        work_end=dt.time.fromisoformat(hours["end"]),
        suggested_send=dt.time.fromisoformat(hours["suggested_send"]),
        **{name: limits[name] for name in _LIMIT_NAMES},
    )


_LIMIT_NAMES = (
    "subject_max_chars",
    "linkedin_max_chars",
    "field_max_chars",
    "draft_max_chars",
    "max_interviewers",
    "max_points",
    "max_sent",
    "max_days_off",
)

RULES = load_rules()
