"""The page's single entry point: JSON in, JSON out, never an exception for bad input."""

from __future__ import annotations

import dataclasses
import json
import re
from collections.abc import Mapping
from typing import Any

from ._checks import CheckContext, check_draft
from ._drafts import Draft, compose, recommended_template
from ._ics import calendar
from ._mailto import mailto
from ._plan import Plan, Step, make_plan
from ._request import FieldError, Request, parse_request
from ._templates import TEMPLATES

__all__ = ["call", "handle", "handle_json"]


def handle(data: Mapping[str, Any]) -> dict[str, Any]:
    """Answer one request from the page with the plan, drafts, checks and exports.

    Example:
        >>> answer = handle({"now": "2026-11-23T15:00", "interview_date": "2026-11-23",
        ...     "interview_time": "10:00", "candidate_name": "Sam", "company": "Acme",
        ...     "role": "Designer", "interviewers": [{"name": "Ana Lima"}]})
        >>> answer["ok"], answer["template"], answer["drafts"][0]["subject"]
        (True, 'thank-you-interview', 'Thank you, Ana: Designer interview')
    """
    request, errors = parse_request(data)
    plan = make_plan(request.timeline, request.now) if request.timeline else None
    template_id = request.template or _recommended(plan, request)
    drafts = _drafts(request, template_id)
    return {
        "ok": not errors,
        "errors": [dataclasses.asdict(error) for error in errors],
        "plan": _plan_json(plan) if plan else None,
        "template": template_id,
        "tone": request.tone,
        "drafts": [_draft_json(request, draft, index) for index, draft in enumerate(drafts)],
        "ics": _ics(plan, request) if plan else None,
        "ics_filename": f"follow-ups-{_slug(request.details.company) or 'interview'}.ics",
    }


def handle_json(text: str) -> str:
    """:func:`handle` for JSON text. Text that is not a JSON object gets a field error."""
    try:
        data = json.loads(text)
    except (ValueError, RecursionError):
        data = None
    if not isinstance(data, dict):
        error = FieldError(
            "",
            "invalid_request",
            "The page sent something unreadable; reload and try again.",
        )
        return json.dumps({"ok": False, "errors": [dataclasses.asdict(error)]})
    return json.dumps(handle(data), ensure_ascii=False)


_FUNCTIONS = {"compose": handle_json}


def call(fn: str, args_json: str) -> str:
    """Run a named, allow-listed function: the Web Worker's only way in.

    Example:
        >>> json.loads(call("compose", "[]"))["errors"][0]["code"]
        'invalid_request'
    """
    if fn not in _FUNCTIONS:
        raise ValueError(f"unknown function {fn!r}")
    return _FUNCTIONS[fn](args_json)


def _recommended(plan: Plan | None, request: Request) -> str:
    step = "thank_you"
    if plan is not None and plan.action is not None:
        step = plan.action.kind
    elif plan is not None and plan.upcoming and plan.status != "prepare":
        step = plan.upcoming[0].kind
    elif plan is not None and plan.status == "stop":
        step = "closing"
    return recommended_template(step, request.details.interview_kind)


def _drafts(request: Request, template_id: str) -> tuple[Draft, ...]:
    timeline = request.timeline
    interview_day = timeline.interview_at.date() if timeline else request.now.date()
    return compose(
        TEMPLATES[template_id],
        request.tone,
        request.details,
        interview_day=interview_day,
        today=request.now.date(),
        decision_date=timeline.decision_date if timeline else None,
    )


def _draft_json(request: Request, draft: Draft, index: int) -> dict[str, Any]:
    edit = request.edits[index] if index < len(request.edits) else None
    subject, body = (edit.subject, edit.body) if edit else (draft.subject, draft.body)
    details, timeline = request.details, request.timeline
    context = CheckContext(
        kind=TEMPLATES[draft.template].kind,
        candidate_name=details.candidate_name,
        interviewer_name=draft.to_name,
        interview_day=timeline.interview_at.date() if timeline else None,
        today=request.now.date(),
        known_words=frozenset(
            re.findall(
                r"\w+",
                " ".join(
                    [
                        details.company,
                        details.role,
                        details.candidate_name,
                        draft.to_name,
                    ]
                ),
            )
        ),
    )
    return {
        **dataclasses.asdict(draft),
        "subject": subject,
        "body": body,
        "edited": edit is not None,
        "findings": [dataclasses.asdict(f) for f in check_draft(subject, body, context)],
        "mailto": mailto([draft.to_email], subject, body),
    }


def _step_json(step: Step) -> dict[str, Any]:
    return {
        "kind": step.kind,
        "title": step.title,
        "date": step.send_at.date().isoformat(),
        "time": step.send_at.strftime("%H:%M"),
        "day": f"{step.send_at:%a} {step.send_at.day} {step.send_at:%b}",
        "deadline": step.deadline.isoformat(timespec="minutes") if step.deadline else None,
    }


def _plan_json(plan: Plan) -> dict[str, Any]:
    return {
        "status": plan.status,
        "headline": plan.headline,
        "reason": plan.reason,
        "action": _step_json(plan.action) if plan.action else None,
        "upcoming": [_step_json(step) for step in plan.upcoming],
    }


def _ics(plan: Plan, request: Request) -> str:
    details, timeline = request.details, request.timeline
    assert timeline is not None
    where = f"{details.role.strip() or 'the role'} at {details.company.strip() or 'the company'}"
    steps = [step for step in (plan.action, *plan.upcoming) if step is not None]
    return calendar(
        steps,
        summary_for={step.kind: f"{step.title}: {where}" for step in steps},
        description=f"Draft it in the After the Interview composer. {plan.reason}",
        key=f"{details.company}|{details.role}|{timeline.interview_at.isoformat()}",
        stamp=request.now_utc or request.now,
    )


def _slug(text: str) -> str:
    return "-".join(re.findall(r"[a-z0-9]+", text.lower()))[:40]
