"""The page's single entry point: JSON in, JSON out, never an exception.

This module only turns results into JSON: the plan decides what to send and
when, ``_drafts`` decides who gets which template, and ``_ics`` which
reminders go in the calendar.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import re
from collections.abc import Mapping
from typing import Any

from ._addresses import address_note, relay, supporter_note
from ._calendar import format_day
from ._checks import CheckContext, check_draft
from ._clock import Clock
from ._drafts import Draft, Occasion, compose, recommended_template, route_step, route_template
from ._field_notes import field_notes
from ._ics import calendar, plan_events
from ._mailto import mailto
from ._model import Interviewer, SentKind
from ._names import guess_note
from ._phrasing import extra_sentence, fit_sentence, fragment
from ._plan import Plan, Step, make_plan, status_line
from ._process import people_met_before
from ._request import FieldError, Request, fold, parse_request
from ._rules import RULES
from ._templates import TEMPLATES

__all__ = ["call", "handle", "handle_json"]


def handle(data: Mapping[str, Any]) -> dict[str, Any]:
    """Answer one request from the page with the plan, drafts, checks and exports.

    Example:
        >>> answer = handle({"now": "2026-11-23T15:00", "interview_date": "2026-11-23",
        ...     "interview_time": "10:00", "candidate_name": "Sam", "company": "Acme",
        ...     "role": "Designer", "interviewers": [{"name": "Ana Lima"}]})
        >>> answer["ok"], answer["template"], answer["drafts"][0]["subject"]
        (True, 'thank-you-interview', 'Thank you – Designer interview – Sam')
    """
    request, errors = parse_request(data)
    plan = make_plan(request.timeline, request.now, request.rules) if request.timeline else None
    plan = _with_name_notes(_with_supporter_note(_with_address_note(plan, request), request), request)
    drafts = _drafts(request, plan)
    edit_errors = _edit_errors(data, errors)
    ics = _ics(plan, request)
    return {
        "ok": not errors,
        "errors": [dataclasses.asdict(error) for error in errors],
        "plan": _plan_json(plan, request) if plan else None,
        "template": drafts[0].template if drafts else None,
        "tone": request.tone,
        "drafts": [_draft_json(request, draft, edit_errors) for draft in drafts],
        "ics": ics,
        "ics_filename": f"follow-ups-{_slug(request.details.company) or 'interview'}.ics",
        "field_notes": [dataclasses.asdict(note) for note in field_notes(data, request.template)],
    }


def handle_json(text: str) -> str:
    """:func:`handle` for JSON text. Anything unreadable gets a field error, never an exception."""
    try:
        data = json.loads(text)
        answer = handle(data) if isinstance(data, dict) else None
    except Exception:  # the promise to the page: an answer, whatever came in
        answer = None
    if answer is None:
        error = FieldError(
            "",
            "invalid_request",
            "The page sent something unreadable; reload and try again.",
        )
        return json.dumps({"ok": False, "errors": [dataclasses.asdict(error)]})
    reply = json.dumps(answer, ensure_ascii=False)
    try:
        reply.encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate quoted back in a message: escape it
        reply = json.dumps(answer)
    return reply


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


def _occasion(request: Request, send_day: dt.date, late: bool) -> Occasion:
    timeline = request.timeline
    if timeline is None:
        return Occasion(request.employer_now.date(), send_day)
    reply = timeline.reply
    heard = reply if reply is not None and reply.kind != "rejection" else None
    return Occasion(
        interview_day=timeline.interview_at.date(),
        send_day=send_day,
        decision_date=(heard.new_date if heard and heard.new_date else timeline.decision_date),
        reply_on=heard.on if heard else None,
        offer_deadline=timeline.offer_deadline,
        late=late,
        met_before=people_met_before(timeline.rounds),
    )


def _drafts(request: Request, plan: Plan | None) -> tuple[Draft, ...]:
    details, message = request.details, plan.message if plan else None
    if plan is not None and message is None and request.template is None:
        return ()  # nothing to send until the reader adds what comes next
    if request.template == "one-more-thing" and not details.extra_info.strip():
        return ()  # nothing to add yet: the field note says what to type
    step: str = message.kind if message else "thank_you"
    today = request.employer_now.date()
    send_day = message.send_at.date() if message else today
    if request.template is not None:
        template = TEMPLATES[request.template]
        routes = route_template(template, details.interviewers)
        if template.step != step:  # a note the plan did not ask for is written for today
            send_day, step = today, template.step
    else:
        routes = route_step(step, details.interview_kind, details.interviewers)
    if step in ("thank_you", "belated_thank_you") and request.thanked:
        # Thanked already for this round, one by one: only the others still get a note.
        routes = [
            r for r in routes if fold(details.interviewers[r.person].name) not in request.thanked
        ]
    occasion = _occasion(request, send_day, late=step == "belated_thank_you")
    drafts = compose(routes, request.tone, details, occasion, request.rules)
    rounds = len(request.timeline.rounds) if request.timeline else 0
    if rounds > 1:
        # An edit belongs to its round: round 2's note to Ana is not round 1's. The
        # first round keeps the plain key, so edits saved before rounds still match.
        drafts = tuple(dataclasses.replace(d, key=f"{d.key}|round {rounds}") for d in drafts)
    return drafts


def _with_address_note(plan: Plan | None, request: Request) -> Plan | None:
    """When a thank-you is due and some people have no address, the plan says how it reaches them."""
    if plan is None or plan.message is None:
        return plan
    if plan.message.kind not in ("thank_you", "belated_thank_you"):
        return plan
    note = address_note(request.details.interviewers, request.thanked)
    return dataclasses.replace(plan, notes=(*plan.notes, note)) if note else plan


def _with_name_notes(plan: Plan | None, request: Request) -> Plan | None:
    """A greeting that rests on a guess about name order says so, once per person."""
    if plan is None:
        return plan
    notes = [guess_note(p.name, p.salutation) for p in request.details.interviewers]
    notes = [note for note in dict.fromkeys(notes) if note]
    return dataclasses.replace(plan, notes=(*plan.notes, *notes)) if notes else plan


def _with_supporter_note(plan: Plan | None, request: Request) -> Plan | None:
    """While a reference or an introducer has had no thank-you, the plan reminds the reader."""
    if plan is None or request.timeline is None or request.template == "thank-you-supporter":
        return plan
    ever = frozenset(
        fold(s.to) for s in request.timeline.all_sent if s.kind == "thank_you" and s.to
    )
    note = supporter_note(request.details.interviewers, ever)
    return dataclasses.replace(plan, notes=(*plan.notes, note)) if note else plan


def _edit_errors(data: Mapping[str, Any], errors: tuple[FieldError, ...]) -> dict[str, str]:
    """Messages for rejected edits, by draft key, so they show beside their draft."""
    found: dict[str, str] = {}
    edits = data.get("edits") if isinstance(data, Mapping) else None
    for error in errors:
        match = re.fullmatch(r"edits\.(\d+)\.\w+", error.field)
        if match and isinstance(edits, list) and int(match[1]) < len(edits):
            item = edits[int(match[1])]
            if isinstance(item, Mapping) and isinstance(item.get("key"), str):
                found[item["key"]] = error.message
    return found


def _context(request: Request, draft: Draft) -> CheckContext:
    details, timeline = request.details, request.timeline
    person = next((p for p in details.interviewers if p.name.strip() == draft.to_name), None)
    points = [*details.points, *(p.point for p in details.interviewers)]
    kind = TEMPLATES[draft.template].kind
    return CheckContext(
        kind=kind,
        candidate_name=details.candidate_name,
        interviewer_name=draft.to_name,
        interview_day=timeline.interview_at.date() if timeline else None,
        today=draft.send_date,
        known_words=frozenset(
            re.findall(
                r"\w+",
                " ".join(
                    [
                        details.company,
                        details.role,
                        details.candidate_name,
                        draft.to_name,
                        # acronyms the reader typed in a sentence (shouting is lowered first)
                        fit_sentence(details.fit),
                        extra_sentence(details.extra_info),
                        *(fragment(p) for p in points),
                    ]
                ),
            )
        ),
        points=tuple(f for f in (fragment(p) for p in points) if f),
        salutation=person.salutation if person else "",
        reply_day=timeline.reply.on if timeline and timeline.reply else None,
        body_max=RULES.linkedin_chars(details.linkedin_account) if kind == "linkedin" else None,
        # A reply in their thread goes to whoever wrote; a LinkedIn note needs no address.
        to_email=None if kind == "linkedin" or draft.thread else draft.to_email,
        relay=_relay_name(details.interviewers, draft),
    )


def _relay_name(people: tuple[Interviewer, ...], draft: Draft) -> str:
    """Who passes this note's thanks on, for a thank-you with no address ("" for none)."""
    through = relay(people)
    if through is None or TEMPLATES[draft.template].step not in ("thank_you", "belated_thank_you"):
        return ""
    return people[through].name.strip()


def _draft_json(request: Request, draft: Draft, edit_errors: dict[str, str]) -> dict[str, Any]:
    edit = next((e for e in request.edits if e.key == draft.key), None)
    subject, body = (edit.subject, edit.body) if edit else (draft.subject, draft.body)
    return {
        **dataclasses.asdict(draft),
        "send_date": draft.send_date.isoformat(),
        "send_day": format_day(draft.send_date),
        "subject": subject,
        "body": body,
        "generated": {"subject": draft.subject, "body": draft.body},
        "edited": edit is not None,
        "log_as": _LOG_AS.get(TEMPLATES[draft.template].step, "other"),
        "edit_error": edit_errors.get(draft.key),
        "findings": [
            dataclasses.asdict(f) for f in check_draft(subject, body, _context(request, draft))
        ],
        "mailto": mailto([draft.to_email], subject, body),
    }


# What "I sent this" records for a draft: the kind of message in the reader's list.
_LOG_AS: dict[str, SentKind] = {
    "thank_you": "thank_you",
    "belated_thank_you": "thank_you",
    "check_in": "check_in",
    "second_follow_up": "second_follow_up",
    "closing": "closing",
    "after_rejection": "after_rejection",
    "competing_offer": "competing_offer",
    "next_round_reply": "next_round_reply",
    "offer_reply": "offer_reply",
    "send_requested": "sent_what_they_asked",
    "withdrawal": "withdrawal",
}


def _step_json(step: Step, clock: Clock) -> dict[str, Any]:
    """A step on the reader's clock (``date``, ``time``, ``at``), and on theirs (``their_at``).

    ``at`` and ``their_at`` carry their UTC offsets, so both name one instant;
    with no zone known they are the wall time as typed, without an offset.
    """
    own, theirs = clock.for_reader(step.send_at), clock.instant(step.send_at)
    deadline = clock.for_reader(step.deadline) if step.deadline else None
    return {
        "kind": step.kind,
        "title": step.title,
        "date": own.date().isoformat(),
        "time": own.strftime("%H:%M"),
        "day": format_day(own.date()),
        "when": clock.day_and_time(step.send_at),
        "at": _iso(own, clock),
        "their_at": _iso(theirs, clock),
        "deadline": _iso(deadline, clock, naive=True) if deadline else None,
    }


def _iso(moment: dt.datetime, clock: Clock, *, naive: bool = False) -> str:
    if naive or not clock.real:
        return moment.replace(tzinfo=None).isoformat(timespec="minutes")
    return moment.isoformat(timespec="minutes")


def _plan_json(plan: Plan, request: Request) -> dict[str, Any]:
    clock = request.clock
    return {
        "status": plan.status,
        "summary": status_line(plan, clock),
        "headline": plan.headline,
        "reason": plan.reason,
        "notes": list(plan.notes),
        "action": _step_json(plan.action, clock) if plan.action else None,
        "upcoming": [_step_json(step, clock) for step in plan.upcoming],
        "message": _step_json(plan.message, clock) if plan.message else None,
    }


def _ics(plan: Plan | None, request: Request) -> str | None:
    """The calendar file, or ``None`` when there is nothing to remind, or no real clock."""
    details, timeline = request.details, request.timeline
    if plan is None or timeline is None or request.now_utc is None:
        return None
    where = f"{details.role.strip() or 'the role'} at {details.company.strip() or 'the company'}"
    kind = details.interview_kind
    events = plan_events(
        plan,
        request.employer_now,
        where=where,
        describe=lambda step: TEMPLATES[recommended_template(step, kind)].description,
        link=request.page_url,
    )
    if not events:
        return None
    key = f"{details.company}|{details.role}|{timeline.interview_at.isoformat()}"
    return calendar(
        events, key=key, stamp=request.now_utc, url=request.page_url, zone=request.clock.employer
    )


def _slug(text: str) -> str:
    return "-".join(re.findall(r"[a-z0-9]+", text.lower()))[:40]
