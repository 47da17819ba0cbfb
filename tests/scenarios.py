"""The scenario corpus (``scenarios.toml``): loading the cases, and judging an answer.

Shared by ``test_scenarios.py`` (CPython) and ``test_pyodide.py`` (Pyodide), so both
hold the same answers to the same expectations.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

CORPUS = Path(__file__).with_name("scenarios.toml")
# Each corpus file has a [base] of its own: the first is the engine's, the next the
# reader's calendar (holidays, zones, working weeks), and the whole process (rounds, history).
CORPORA = (
    CORPUS,
    Path(__file__).with_name("scenarios_calendar.toml"),
    Path(__file__).with_name("scenarios_process.toml"),
)
_EXPECTATIONS = frozenset(
    {
        "name",
        "status",
        "headline_has",
        "headline_not",
        "action",
        "deadline",
        "upcoming",
        "message",
        "template",
        "templates",
        "send_date",
        "recipients",
        "must",
        "must_not",
        "subject_has",
        "subject_not",
        "ics",
        "error_fields",
        "at",
        "their_at",
        "message_at",
        "message_their_at",
        "notes_has",
        "notes_not",
        "no_errors",
        "summary",
        "to_has",
        "to_not",
        "no_address",
    }
)


@dataclass(frozen=True)
class Scenario:
    name: str
    request: dict[str, Any]
    expect: dict[str, Any]


def load() -> list[Scenario]:
    cases = []
    for corpus in CORPORA:
        data = tomllib.loads(corpus.read_text("utf-8"))
        base = data["base"]
        for case in data["case"]:
            request = {**base, **{k: v for k, v in case.items() if k not in _EXPECTATIONS}}
            if "use_template" in request:  # the reader's own pick ("template" is an expectation)
                request["template"] = request.pop("use_template")
            expect = {k: v for k, v in case.items() if k in _EXPECTATIONS}
            cases.append(Scenario(case["name"], request, expect))
    return cases


def problems(answer: dict[str, Any], expect: dict[str, Any]) -> list[str]:
    """Every way ``answer`` differs from what the case expects; empty when it holds."""
    found: list[str] = []

    def check(label: str, got: object, want: object) -> None:
        if got != want:
            found.append(f"{label}: got {got!r}, want {want!r}")

    plan = answer.get("plan") or {}
    action = plan.get("action")
    drafts = answer.get("drafts", [])
    if "status" in expect:
        check("status", plan.get("status"), expect["status"])
    for words in expect.get("headline_has", []):
        if words not in plan.get("headline", ""):
            found.append(f"headline {plan.get('headline')!r} lacks {words!r}")
    for words in expect.get("headline_not", []):
        if words in plan.get("headline", ""):
            found.append(f"headline {plan.get('headline')!r} has {words!r}")
    if "action" in expect:
        kind, _, at = expect["action"].partition("@")
        check("action kind", action and action["kind"], kind)
        if at:
            check("action time", action and f"{action['date']}T{action['time']}", at)
    for key, step in (("", action), ("message_", plan.get("message"))):
        for field in ("at", "their_at"):
            if key + field in expect:
                check(key + field, step and step[field], expect[key + field])
    notes = " ".join(plan.get("notes", []))
    for words in expect.get("notes_has", []):
        if words not in notes:
            found.append(f"plan notes {plan.get('notes')!r} lack {words!r}")
    for words in expect.get("notes_not", []):
        if words in notes:
            found.append(f"plan notes {plan.get('notes')!r} have {words!r}")
    if "deadline" in expect:
        check("deadline", action and action["deadline"], expect["deadline"])
    if "upcoming" in expect:
        got = [f"{step['kind']}@{step['date']}" for step in plan.get("upcoming", [])]
        check("upcoming", got, expect["upcoming"])
    if "message" in expect:
        check("message", (plan.get("message") or {}).get("kind"), expect["message"])
    if "template" in expect:
        check("first template", drafts[0]["template"] if drafts else None, expect["template"])
    if "templates" in expect:
        check("templates", [d["template"] for d in drafts], expect["templates"])
    if "send_date" in expect:
        check("send dates", sorted({d["send_date"] for d in drafts}), [expect["send_date"]])
    if "recipients" in expect:
        check("recipients", [d["to_name"] for d in drafts], expect["recipients"])
    if not drafts and ("must" in expect or "subject_has" in expect):
        found.append("no drafts to read")
    for draft in drafts:
        who = draft["to_name"]
        for words in expect.get("must", []):
            if words not in draft["body"]:
                found.append(f"draft to {who} lacks {words!r}:\n{draft['body']}")
        for words in expect.get("must_not", []):
            if words in draft["body"]:
                found.append(f"draft to {who} has {words!r}:\n{draft['body']}")
        for words in expect.get("subject_has", []):
            if words not in draft["subject"]:
                found.append(f"subject {draft['subject']!r} lacks {words!r}")
        for words in expect.get("subject_not", []):
            if words in draft["subject"]:
                found.append(f"subject {draft['subject']!r} has {words!r}")
    by_name = {draft["to_name"]: draft for draft in drafts}
    for table, present in (("to_has", True), ("to_not", False)):
        for who, phrases in expect.get(table, {}).items():
            body = by_name.get(who, {}).get("body")
            if body is None:
                found.append(f"no draft to {who}")
                continue
            for words in phrases:
                if (words in body) != present:
                    verb = "lacks" if present else "has"
                    found.append(f"draft to {who} {verb} {words!r}:\n{body}")
    if "no_address" in expect:
        flagged = [d["to_name"] for d in drafts if any(f["code"] == "no_address" for f in d["findings"])]
        check("drafts flagged with nowhere to go", flagged, expect["no_address"])
    if "summary" in expect:
        check("status in the list", plan.get("summary"), expect["summary"])
    if expect.get("ics") is False and answer.get("ics"):
        found.append("a calendar file is offered with no event in it")
    if expect.get("no_errors") and answer.get("errors"):
        found.append(f"errors where none were expected: {answer['errors']}")
    fields = {error["field"] for error in answer.get("errors", [])}
    for field in expect.get("error_fields", []):
        if field not in fields:
            found.append(f"no error for {field}; errors: {sorted(fields)}")
    return found
