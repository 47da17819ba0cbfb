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
from ._rules import RULES
from ._schema import FIELDS, Field

__all__ = ["main", "sample_request"]


def _flag(spec: Field) -> str:
    return "--" + (spec.flag or spec.name).replace("_", "-")


def _parser() -> argparse.ArgumentParser:
    """Flags for every top-level field of the request schema, plus the ways in and out."""
    parser = argparse.ArgumentParser(
        prog="python -m composer",
        description="Plan your interview follow-up and draft the message.",
        epilog="Flags override values from --file. Dates are YYYY-MM-DD, times HH:MM.",
    )
    add = parser.add_argument
    add("--file", help="a TOML or JSON file with the fields (see composer/sample.toml)")
    add("--sample", action="store_true", help="use the built-in sample case")
    for spec in FIELDS.values():
        if "." in spec.name:
            continue  # points, and the reply's parts, have flags of their own below
        choices = [value for value, _ in spec.choices if value] or None
        add(
            _flag(spec),
            dest=spec.name,
            choices=choices,
            metavar=None if choices else spec.name.upper(),
            help=spec.label + (f" ({spec.optional_note})" if spec.optional_note else ""),
        )
    add(
        "--point",
        action="append",
        help=f"a specific point you discussed (up to {RULES.max_points})",
    )
    add(
        "--interviewer",
        action="append",
        metavar="NAME[:EMAIL]",
        help="a person you met; repeat for each",
    )
    add(
        "--now",
        help="the current local time, YYYY-MM-DDTHH:MM (default: the file's, else this computer's clock)",
    )
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
    for name in FIELDS:
        if "." not in name and getattr(args, name, None) is not None:
            data[name] = getattr(args, name)
    if isinstance(data.get("days_off"), str):  # one flag holds the form's one box of dates
        data["days_off"] = data["days_off"].split()
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
    for note in plan["notes"]:
        print(f"Note: {note}")
    for step in plan["upcoming"]:
        print(f"  {step['when']}  {step['title']}")
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
