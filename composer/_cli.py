"""``python -m composer``: the plan and the draft in a terminal."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import tomllib
from collections.abc import Sequence
from importlib import resources
from typing import Any

from ._api import handle
from ._model import INTERVIEW_KINDS
from ._templates import TEMPLATES, TONES

__all__ = ["main", "sample_request"]


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m composer",
        description="Plan your interview follow-up and draft the message.",
        epilog="Flags override values from --file. Dates are YYYY-MM-DD, times HH:MM.",
    )
    add = parser.add_argument
    add("--file", help="a TOML or JSON file with the fields (see composer/sample.toml)")
    add("--sample", action="store_true", help="use the built-in sample case")
    add("--name", dest="candidate_name", help="your name")
    add("--company")
    add("--role")
    add(
        "--interviewer",
        action="append",
        metavar="NAME[:EMAIL]",
        help="repeat for a panel",
    )
    add("--kind", dest="interview_kind", choices=INTERVIEW_KINDS)
    add("--interview-date")
    add("--interview-time")
    add("--decision-date")
    add("--point", action="append", help="a specific point you discussed (up to 3)")
    add("--fit", help="why you fit the role")
    add("--question", dest="next_steps_question")
    add(
        "--now",
        help="the current local time, YYYY-MM-DDTHH:MM (default: this computer's clock)",
    )
    add("--template", choices=list(TEMPLATES))
    add("--tone", choices=TONES)
    add("--json", action="store_true", help="print the full answer as JSON")
    return parser


def sample_request() -> dict[str, Any]:
    """The sample case from ``sample.toml``: for ``--sample``, the guide's gallery, tests and bench.

    Example:
        >>> sample_request()["company"]
        'Northwind Health'
    """
    return tomllib.loads(resources.files(__package__).joinpath("sample.toml").read_text("utf-8"))


def _load(args: argparse.Namespace) -> dict[str, Any]:
    if args.sample:
        return sample_request()
    if not args.file:
        return {}
    with open(args.file, "rb") as handle_:
        raw = handle_.read()
    return json.loads(raw) if args.file.endswith(".json") else tomllib.loads(raw.decode("utf-8"))


def _request(args: argparse.Namespace) -> dict[str, Any]:
    data = _load(args)
    for key in (
        "candidate_name",
        "company",
        "role",
        "interview_kind",
        "interview_date",
        "interview_time",
        "decision_date",
        "fit",
        "next_steps_question",
        "template",
        "tone",
    ):
        if getattr(args, key) is not None:
            data[key] = getattr(args, key)
    if args.interviewer:
        data["interviewers"] = [
            dict(zip(("name", "email"), item.split(":", 1), strict=False))
            for item in args.interviewer
        ]
    if args.point:
        data["points"] = args.point
    if args.now:
        data["now"] = args.now
    elif "now" not in data:
        # The command line is the one place that reads the clock, and only when the
        # case file doesn't say when "now" is.
        data["now"] = dt.datetime.now().astimezone().isoformat(timespec="minutes")
    return data


def _print_text(answer: dict[str, Any]) -> None:
    plan = answer["plan"]
    print(plan["headline"])
    print(plan["reason"])
    for step in plan["upcoming"]:
        print(f"  {step['day']} {step['time']}  {step['title']}")
    for draft in answer["drafts"]:
        print(
            f"\nTo: {draft['to_name']} <{draft['to_email']}>"
            if draft["to_email"]
            else f"\nTo: {draft['to_name']}"
        )
        print(f"Subject: {draft['subject']}\n")
        print(draft["body"])
        for finding in draft["findings"]:
            print(f"  [{finding['severity']}] {finding['message']}")


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit code (2 for bad input)."""
    args = _parser().parse_args(argv)
    try:
        data = _request(args)
    except (OSError, ValueError) as error:  # unreadable file, bad TOML or JSON
        print(f"composer: cannot read {args.file}: {error}", file=sys.stderr)
        return 2
    answer = handle(data)
    if answer["errors"]:
        for problem in answer["errors"]:
            print(f"composer: {problem['field']}: {problem['message']}", file=sys.stderr)
    if args.json:
        print(json.dumps(answer, indent=2, ensure_ascii=False))
    elif answer["plan"] is not None:
        _print_text(answer)
    return 0 if answer["ok"] else 2
