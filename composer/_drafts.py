"""Drafts: who gets which template for a plan step, and the reader's details poured in.

Routing follows the guide: every person met gets a thank-you (the one who led
gets the full note, the others a shorter one of their own); the recruiter and
the coordinator get a short thanks; with an agency recruiter everything goes
through the agency; follow-ups go to the recruiter, else the hiring manager,
else the first person listed.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import dataclass
from functools import cache

from ._addresses import relay, unreachable
from ._calendar import format_date, relative_day
from ._model import Details, Interviewer, InterviewKind
from ._names import formal_name
from ._phrasing import employer, extra_sentence, fit_sentence, fragment, job_title, question
from ._rules import RULES, Rules
from ._templates import TEMPLATES, MessageTemplate, ToneName, fill, render

__all__ = [
    "Draft",
    "Occasion",
    "Route",
    "american",
    "compose",
    "recommended_template",
    "route_step",
    "route_template",
    "values_for",
]

INTERVIEW_PHRASES: dict[InterviewKind, str] = {
    "screen": "call",
    "interview": "interview",
    "final": "final interview",
    "panel": "panel interview",
}
_MET = ("interviewer", "hiring_manager")
_ORGANISERS = ("recruiter", "coordinator")
_SUPPORTERS = ("reference", "introducer")  # helped from outside the interviews
_EACH_TEMPLATE = "panel-note"  # the shorter note for everyone met but the lead


@dataclass(frozen=True, slots=True)
class Occasion:
    """When a set of notes is sent, and the dates they may mention."""

    interview_day: dt.date
    send_day: dt.date
    decision_date: dt.date | None = None
    reply_on: dt.date | None = None
    offer_deadline: dt.date | None = None
    late: bool = False
    met_before: frozenset[str] = frozenset()
    """Names (folded) of people met in an earlier round: their notes may say "good to speak again"."""


@dataclass(frozen=True, slots=True)
class Route:
    """One note: to the person at ``person`` (an index), from ``template``.

    ``rank`` 0 is the lead note, which carries the reader's fit, question and
    extra points. ``wording`` picks each variant sentence: distinct within a
    set, and tied to the person's name, so adding or removing someone else
    never rewrites a note.
    """

    person: int
    template: str
    rank: int = 0
    wording: int = 0


@dataclass(frozen=True, slots=True)
class Draft:
    """One message ready to send: to whom, when, subject and body."""

    template: str
    tone: ToneName
    to_name: str
    to_email: str
    subject: str
    body: str
    send_date: dt.date
    key: str
    thread: bool


def recommended_template(step: str, interview_kind: InterviewKind) -> str:
    """The lead template for a plan step and the kind of interview.

    Example:
        >>> recommended_template("thank_you", "panel")
        'panel-note'
        >>> recommended_template("check_in", "screen")
        'check-in'
    """
    for template in TEMPLATES.values():
        if template.step == step and interview_kind in template.interview_kinds:
            return template.id
    raise KeyError(f"no template for step {step!r}")


def _indices(people: tuple[Interviewer, ...], *kinds: str) -> list[int]:
    return [index for index, person in enumerate(people) if person.kind in kinds]


def _first_inside(people: tuple[Interviewer, ...]) -> int:
    """The first person at the employer or its agency: a reference is never the contact."""
    return next((i for i, person in enumerate(people) if person.kind not in _SUPPORTERS), 0)


def _main_contact(people: tuple[Interviewer, ...]) -> int:
    for kinds in (("agency_recruiter",), ("recruiter",), ("hiring_manager",)):
        if found := _indices(people, *kinds):
            return found[0]
    return _first_inside(people)


def _contact_met(people: tuple[Interviewer, ...]) -> int:
    found = _indices(people, "hiring_manager") or _indices(people, "interviewer")
    return found[0] if found else _first_inside(people)


def _met_lead_first(people: tuple[Interviewer, ...]) -> tuple[list[int], list[int]]:
    """Everyone met, the lead first; and the organisers not counted as met."""
    met, organisers = _indices(people, *_MET), _indices(people, *_ORGANISERS)
    if not met:  # a screen with a recruiter: they are the person met
        met, organisers = organisers or [_first_inside(people)], []
    managers = [index for index in met if people[index].kind == "hiring_manager"]
    lead = managers[0] if managers else met[0]
    return [lead, *(index for index in met if index != lead)], organisers


# What a reference or an introducer did, for "Thank you so much {support}."
_SUPPORT = {
    "reference": "for agreeing to be a reference for my application to {company}",
    "introducer": "for introducing me to {company}",
    "other": "for your help with my application to {company}",  # picked for someone else
}

_WORDINGS = 8  # every variant list offers this many sentences, one per person up to the maximum


def _wordings(people: tuple[Interviewer, ...], indices: list[int]) -> dict[int, int]:
    """A distinct wording for each person in ``indices``, chosen from their name.

    The name picks a starting wording and the first free one is taken, so a
    person keeps their wording when someone else joins or leaves the list.

    Example:
        >>> people = (Interviewer("Priya"), Interviewer("Tom"), Interviewer("Ana"))
        >>> everyone, later = _wordings(people, [0, 1, 2]), _wordings(people, [1, 2])
        >>> len(set(everyone.values())), everyone[1] == later[1], everyone[2] == later[2]
        (3, True, True)
    """
    taken: dict[int, int] = {}
    for index in indices:
        name = " ".join(people[index].name.lower().split())
        slot = int.from_bytes(hashlib.sha256(name.encode()).digest()[:4], "big") % _WORDINGS
        for step in range(_WORDINGS):
            if (slot + step) % _WORDINGS not in taken.values():
                slot = (slot + step) % _WORDINGS
                break
        taken[index] = slot
    return taken


def _thank_you_routes(lead_template: str, people: tuple[Interviewer, ...]) -> list[Route]:
    met, organisers = _met_lead_first(people)
    each = lead_template if TEMPLATES[lead_template].audience == "each" else _EACH_TEMPLATE
    wording = _wordings(people, sorted(met))
    routes = [Route(met[0], lead_template, 0, wording[met[0]])]
    routes += [
        Route(index, each, rank, wording[index]) for rank, index in enumerate(met[1:], start=1)
    ]
    routes += [
        Route(index, "thank-you-organiser", rank, rank) for rank, index in enumerate(organisers)
    ]
    return sorted(routes, key=lambda route: route.person)


def route_step(
    step: str, interview_kind: InterviewKind, people: tuple[Interviewer, ...]
) -> list[Route]:
    """Who gets a note for a plan step, and from which template.

    Example:
        >>> people = (Interviewer("Priya", kind="hiring_manager"), Interviewer("Tom"),
        ...     Interviewer("Jo", kind="recruiter"))
        >>> [(r.person, r.template) for r in route_step("thank_you", "interview", people)]
        [(0, 'thank-you-interview'), (1, 'panel-note'), (2, 'thank-you-organiser')]
        >>> [(r.person, r.template) for r in route_step("check_in", "interview", people)]
        [(2, 'check-in')]
    """
    if step in ("thank_you", "belated_thank_you"):
        agency = _indices(people, "agency_recruiter")
        if agency:
            return [Route(index, "thank-you-agency", rank) for rank, index in enumerate(agency)]
        return _thank_you_routes(recommended_template(step, interview_kind), people)
    return route_template(TEMPLATES[recommended_template(step, interview_kind)], people)


def route_template(template: MessageTemplate, people: tuple[Interviewer, ...]) -> list[Route]:
    """Who gets a note when the reader picks ``template`` themselves."""
    audience = template.audience
    if audience == "lead":
        return _thank_you_routes(template.id, people)
    if audience == "each":
        met, _ = _met_lead_first(people)
        wording = _wordings(people, sorted(met))
        routes = [Route(index, template.id, rank, wording[index]) for rank, index in enumerate(met)]
        return sorted(routes, key=lambda route: route.person)
    kinds = {
        "organisers": _ORGANISERS,
        "agency": ("agency_recruiter",),
        "supporters": _SUPPORTERS,
    }.get(audience)
    if kinds is not None and (found := _indices(people, *kinds)):
        return [Route(index, template.id, rank) for rank, index in enumerate(found)]
    person = _contact_met(people) if audience == "contact_met" else _main_contact(people)
    return [Route(person, template.id)]


def _join(names: list[str]) -> str:
    """Names as a sentence lists them.

    Example:
        >>> _join(["Priya", "Tom", "Ana"]), _join(["Priya"]), _join([])
        ('Priya, Tom and Ana', 'Priya', '')
    """
    names = [name for name in names if name]
    if len(names) < 2:
        return "".join(names)
    return f"{', '.join(names[:-1])} and {names[-1]}"


def values_for(
    details: Details,
    person: Interviewer,
    occasion: Occasion,
    *,
    rank: int = 0,
    rules: Rules = RULES,
) -> dict[str, str]:
    """The placeholder values for one note to ``person``, worded for its send day.

    Example:
        >>> details = Details("Sam Rivera", "Acme", "Designer", (Interviewer("Dr. Ana Lima"),))
        >>> occasion = Occasion(dt.date(2026, 11, 20), send_day=dt.date(2026, 11, 23))
        >>> values = values_for(details, details.interviewers[0], occasion)
        >>> values["name"], values["formal_name"], values["interview_when"], values["signature"]
        ('Ana', 'Dr Lima', 'on Friday', 'Sam Rivera')
    """
    pool = [fragment(point) for point in details.points if point.strip()]
    own = fragment(person.point) or (pool[rank] if rank < len(pool) else "")
    extra = [point for point in pool if point.lower() != own.lower()] if rank == 0 else []
    extra += ["", ""]
    lead = rank == 0
    fit = fit_sentence(details.fit) if lead else ""
    topic = own if own and own.split()[0].lower() not in _NOT_TOPICS else ""
    decision = occasion.decision_date
    month_first = rules.date_order == "month_first"
    through = relay(details.interviewers)
    passes_on = through is not None and details.interviewers[through] is person
    return {
        **dict(details.extras),
        "candidate_name": details.candidate_name.strip(),
        "signature": details.signature.strip() or details.candidate_name.strip(),
        "company": employer(details.company),
        "company_name": details.company.strip(),
        "role": job_title(details.role),
        "name": " ".join(person.salutation.split()) or person.first_name,
        "formal_name": formal_name(person.name, person.salutation, full_stop=rules.title_full_stop),
        "title": person.title.strip(),
        "people_met": _join([p.first_name for p in details.interviewers if p.kind in _MET]),
        "others_met": _join(
            [p.first_name for p in details.interviewers if p.kind in _MET and p is not person]
        ),
        "interview_phrase": INTERVIEW_PHRASES[details.interview_kind],
        "interview_when": relative_day(
            occasion.interview_day, occasion.send_day, month_first=month_first
        ),
        "decision_when": f"by {format_date(decision, month_first=month_first)}" if decision else "",
        "reply_when": relative_day(occasion.reply_on, occasion.send_day, month_first=month_first)
        if occasion.reply_on
        else "",
        "offer_deadline": format_date(occasion.offer_deadline, month_first=month_first)
        if occasion.offer_deadline
        else "",
        **_lateness(occasion, rules),
        "point": own,
        "point_2": extra[0],
        "point_3": extra[1],
        "fit": fit,
        # A topic (not a question) can be tied to the fit: "it is where I could help most".
        "point_topic": topic if fit else "",
        "point_noun": topic,
        "fit_alone": "" if topic else fit,
        "question": question(details.next_steps_question) if lead else "",
        "extra": extra_sentence(details.extra_info),
        "support": _SUPPORT.get(person.kind, _SUPPORT["other"]).format(
            company=employer(details.company)
        ),
        # The people with no address, in the note to the recruiter who can pass thanks on.
        "pass_on": _join([details.interviewers[i].first_name for i in unreachable(details.interviewers)])
        if passes_on
        else "",
    }


# A fitted point that starts with one of these is a question or a clause, not a topic.
_NOT_TOPICS = frozenset({"what", "how", "why", "when", "where", "who", "which", "whether"})


def _lateness(occasion: Occasion, rules: Rules) -> dict[str, str]:
    """For a belated note, the interview's day under one of three keys, by how late it is
    (``late_days``, ``late_week``, ``late_weeks``); the template words each differently."""
    days = (occasion.send_day - occasion.interview_day).days
    when = relative_day(occasion.interview_day, occasion.send_day, month_first=rules.date_order == "month_first")
    key = (
        "late_weeks"
        if days >= rules.belated_long_days
        else "late_week" if days >= rules.belated_apology_days else "late_days"
    )
    return {"late_days": "", "late_week": "", "late_weeks": "", key: when}


@cache
def _spelling_pattern(words: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(r"\b(" + "|".join(map(re.escape, words)) + r")\b", re.IGNORECASE)


def american(text: str, rules: Rules = RULES) -> str:
    """``text`` with British spellings swapped for American ones (``[spelling]`` in rules.toml).

    Whole words only, keeping a capital. It runs over the whole letter, the reader's
    words included, so a letter to an American employer is spelled one way throughout.

    Example:
        >>> american("Thank you for organising the day.")
        'Thank you for organizing the day.'
    """
    words = rules.spelling_words
    if not words:
        return text
    pattern = _spelling_pattern(tuple(words))

    def swap(match: re.Match[str]) -> str:
        found = match.group()
        new = words[found.lower()]
        return new[:1].upper() + new[1:] if found[:1].isupper() else new

    return pattern.sub(swap, text)


def _key(template: str, person: Interviewer, index: int) -> str:
    """What ties a reader's edit to a note: the template and the person, not a list position."""
    name = " ".join(person.name.lower().split())
    return f"{template}|{name or f'#{index}'}"


def compose(
    routes: list[Route],
    tone: ToneName,
    details: Details,
    occasion: Occasion,
    rules: Rules = RULES,
) -> tuple[Draft, ...]:
    """One draft per route, each worded for ``occasion.send_day``.

    Example:
        >>> details = Details("Sam", "Acme", "Designer",
        ...     (Interviewer("Ana Lima", point="the booking screen"), Interviewer("Tom Ng")))
        >>> routes = route_step("thank_you", "panel", details.interviewers)
        >>> drafts = compose(routes, "warm", details, Occasion(dt.date(2026, 11, 23), dt.date(2026, 11, 23)))
        >>> [draft.to_name for draft in drafts]
        ['Ana Lima', 'Tom Ng']
    """
    drafts = []
    for route in routes:
        template, person = TEMPLATES[route.template], details.interviewers[route.person]
        values = values_for(details, person, occasion, rank=route.rank, rules=rules)
        for name, options in template.tone(tone).variants:
            # Each person in a set gets the next wording, so no two notes read alike.
            # Variants are template text, so they may hold placeholders of their own;
            # the reader's values are never parsed as templates.
            if name == "late" and not occasion.late:
                values[name] = ""
                continue
            if name == "again" and " ".join(person.name.lower().split()) not in occasion.met_before:
                values[name] = ""
                continue
            values[name] = fill(options[route.wording % len(options)], values) or ""
        body_max = (
            rules.linkedin_chars(details.linkedin_account) if template.kind == "linkedin" else None
        )
        subject, body = render(
            template, tone, values, subject_max=rules.subject_max_chars, body_max=body_max
        )
        if rules.spelling == "american":
            subject, body = american(subject, rules), american(body, rules)
        drafts.append(
            Draft(
                template=template.id,
                tone=tone,
                to_name=person.name.strip(),
                to_email=person.email.strip(),
                subject=subject,
                body=body,
                send_date=occasion.send_day,
                key=_key(template.id, person, route.person),
                thread=template.thread,
            )
        )
    return tuple(drafts)
