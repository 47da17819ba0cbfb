"""Drafts: the reader's details poured into a template."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from ._calendar import relative_day
from ._model import Details, Interviewer, InterviewKind
from ._templates import TEMPLATES, MessageTemplate, ToneName, fill, render

__all__ = ["Draft", "compose", "recommended_template", "values_for"]

INTERVIEW_PHRASES: dict[InterviewKind, str] = {
    "screen": "call",
    "interview": "interview",
    "final": "final interview",
    "panel": "panel interview",
}


@dataclass(frozen=True, slots=True)
class Draft:
    """One message ready to send: to whom, subject and body."""

    template: str
    tone: ToneName
    to_name: str
    to_email: str
    subject: str
    body: str


def _clause(text: str) -> str:
    """Typed text made to sit inside our sentence: trimmed, no closing stop."""
    return text.strip().rstrip(".!;, ")


def _question(text: str) -> str:
    text = text.strip()
    return text if not text or text.endswith("?") else f"{text.rstrip('.!')}?"


def values_for(
    details: Details,
    interviewer: Interviewer,
    *,
    interview_day: dt.date,
    today: dt.date,
    decision_date: dt.date | None = None,
    point: str = "",
) -> dict[str, str]:
    """The placeholder values for one message to ``interviewer``.

    Example:
        >>> details = Details("Sam Rivera", "Acme", "Designer", (Interviewer("Ana Lima"),))
        >>> values = values_for(details, details.interviewers[0],
        ...     interview_day=dt.date(2026, 11, 23), today=dt.date(2026, 11, 24))
        >>> values["interviewer_first_name"], values["interview_when"], values["signature"]
        ('Ana', 'yesterday', 'Sam Rivera')
    """
    points = [_clause(p) for p in details.points] + ["", "", ""]
    when = ""
    if decision_date is not None:
        when = f"by {decision_date:%A} {decision_date.day} {decision_date:%B}"
    return {
        "candidate_name": details.candidate_name.strip(),
        "signature": details.signature.strip() or details.candidate_name.strip(),
        "company": details.company.strip(),
        "role": details.role.strip(),
        "interviewer_name": interviewer.name.strip(),
        "interviewer_first_name": interviewer.first_name,
        "interviewer_title": interviewer.title.strip(),
        "interview_phrase": INTERVIEW_PHRASES[details.interview_kind],
        "interview_when": relative_day(interview_day, today),
        "decision_when": when,
        "point_1": points[0],
        "point_2": points[1],
        "point_3": points[2],
        "point": _clause(point) or points[0],
        "fit": _clause(details.fit),
        "next_steps_question": _question(details.next_steps_question),
        "extra_info": _clause(details.extra_info),
    }


def compose(
    template: MessageTemplate,
    tone: ToneName,
    details: Details,
    *,
    interview_day: dt.date,
    today: dt.date,
    decision_date: dt.date | None = None,
) -> tuple[Draft, ...]:
    """Drafts from ``template``: one per interviewer for a panel, else one.

    Example:
        >>> details = Details("Sam", "Acme", "Designer",
        ...     (Interviewer("Ana Lima", point="the booking screen"), Interviewer("Tom Ng")))
        >>> drafts = compose(TEMPLATES["panel-note"], "warm", details,
        ...     interview_day=dt.date(2026, 11, 23), today=dt.date(2026, 11, 23))
        >>> [draft.to_name for draft in drafts]
        ['Ana Lima', 'Tom Ng']
    """
    people = details.interviewers if template.per_interviewer else details.interviewers[:1]
    drafts = []
    for index, person in enumerate(people):
        point = person.point or (details.points[index] if index < len(details.points) else "")
        values = values_for(
            details,
            person,
            interview_day=interview_day,
            today=today,
            decision_date=decision_date,
            point=point,
        )
        for name, options in template.tone(tone).variants:
            # Each panel member gets the next wording, so no two notes read alike.
            # Variants are template text, so they may hold placeholders of their own;
            # the reader's values are never parsed as templates.
            values[name] = fill(options[index % len(options)], values) or ""
        subject, body = render(template, tone, values)
        drafts.append(
            Draft(
                template.id,
                tone,
                person.name.strip(),
                person.email.strip(),
                subject,
                body,
            )
        )
    return tuple(drafts)


def recommended_template(step: str, interview_kind: InterviewKind) -> str:
    """The template id for a plan step and the kind of interview.

    Example:
        >>> recommended_template("thank_you", "panel")
        'panel-note'
        >>> recommended_template("check_in", "screen")
        'check-in'
    """
    for template in TEMPLATES.values():
        if template.step == step and interview_kind in template.interview_kinds:
            return template.id
    return next(iter(TEMPLATES))
