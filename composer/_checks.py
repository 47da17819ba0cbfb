"""Checks that work on any draft, generated or edited by the reader."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Literal

from ._data import data_file
from ._grammar import grammar
from ._names import first_name, surname
from ._rules import RULES, Rules

__all__ = ["CheckContext", "Finding", "Severity", "check_draft"]

Severity = Literal["error", "warning", "info"]
Part = Literal["subject", "body"]

_DATA = data_file("checks.toml")
if set(_DATA["required"]) != set(_DATA["words"]):  # a typo here would silently drop checks
    _odd = sorted(set(_DATA["required"]) ^ set(_DATA["words"]))
    raise ValueError(f"checks.toml: [required] and [words] must name the same kinds; check {_odd}")
_FLAGS = re.IGNORECASE | re.MULTILINE
_ELEMENTS = {
    name: (spec["label"], re.compile(spec["pattern"], _FLAGS))
    for name, spec in _DATA["elements"].items()
}
_PHRASES = tuple(
    (
        group["category"],
        group["message"],
        re.compile("|".join(group["patterns"]), _FLAGS),
    )
    for group in _DATA["phrases"]
)
_PLACEHOLDER = re.compile("|".join(_DATA["placeholders"]["patterns"]))
_ADDRESS: dict[str, str] = _DATA["address"]
_TIME_WORDS = re.compile(r"\b(" + "|".join(map(re.escape, _DATA["time_words"])) + r")\b", _FLAGS)
_SHOUTING = re.compile(r"\b[A-Z]{4,}\b")
_EXCLAMATIONS = re.compile(r"!{2,}")
_SENTENCE = re.compile(r"[^.!?\n]+[.!?]?")
_GREETING = re.compile(r"^\s*(hi|hello|hey|dear|good (morning|afternoon))\b[^\n]*", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Finding:
    """One thing to look at in a draft, and where it is."""

    code: str
    severity: Severity
    message: str
    part: Part = "body"
    start: int = 0
    end: int = 0


@dataclass(frozen=True, slots=True)
class CheckContext:
    """What the checks compare the text against."""

    kind: str
    candidate_name: str = ""
    interviewer_name: str = ""
    interview_day: dt.date | None = None
    today: dt.date | None = None
    known_words: frozenset[str] = frozenset()
    points: tuple[str, ...] = ()
    salutation: str = ""
    reply_day: dt.date | None = None
    body_max: int | None = None
    to_email: str | None = None
    relay: str = ""
    """``today`` is the day the note is sent, which may be days from now. ``to_email``
    is ``None`` for a note that is not an email; ``relay`` names who passes thanks on."""


def check_draft(
    subject: str, body: str, context: CheckContext, rules: Rules = RULES
) -> tuple[Finding, ...]:
    """Every finding for one draft, in reading order within each check.

    Example:
        >>> found = check_draft("Hi", "Hi $name, thanks!!", CheckContext("linkedin"))
        >>> [f.code for f in found]
        ['placeholder', 'too_short', 'exclamations']
    """
    findings: list[Finding] = []
    for part, text in (("subject", subject), ("body", body)):
        findings += _placeholders(text, part)  # type: ignore[arg-type]
    findings += _length(subject, body, context, rules)
    findings += _missing_elements(body, context)
    findings += _greeting_and_signature(body, context)
    findings += _time_words(body, context)
    findings += _tone(body, context)
    findings += _grammar(body)
    findings += _address(context)
    return tuple(findings)


def _address(context: CheckContext) -> list[Finding]:
    """An email with no address to go to: say how else it can reach them."""
    if context.to_email is None or context.to_email.strip():
        return []
    words = _ADDRESS["passed_on" if context.relay else "no_email"]
    name = context.interviewer_name.strip() or "this person"
    return [Finding("no_address", "warning", words.format(name=name, relay=context.relay), "body")]


def _placeholders(text: str, part: Part) -> list[Finding]:
    return [
        Finding(
            "placeholder",
            "error",
            f"Replace the placeholder “{m.group()}”.",
            part,
            *m.span(),
        )
        for m in _PLACEHOLDER.finditer(text)
    ]


def _length(subject: str, body: str, context: CheckContext, rules: Rules) -> list[Finding]:
    findings = []
    if len(subject) > rules.subject_max_chars:
        findings.append(
            Finding(
                "subject_long",
                "warning",
                f"Keep the subject under {rules.subject_max_chars} characters; it has {len(subject)}.",
                "subject",
                rules.subject_max_chars,
                len(subject),
            )
        )
    limit = context.body_max
    if limit is not None and len(body) > limit:
        findings.append(
            Finding(
                "too_long",
                "error",
                f"LinkedIn allows {limit} characters on your account; this has {len(body)}.",
                "body",
                limit,
                len(body),
            )
        )
    fewest, most = _DATA["words"].get(context.kind, (0, 10**6))
    words = len(body.split())
    if words > most:
        findings.append(
            Finding(
                "too_long",
                "warning",
                f"Aim for at most {most} words; this has {words}. Short notes get read.",
                "body",
                0,
                len(body),
            )
        )
    elif body.strip() and words < fewest:
        findings.append(
            Finding(
                "too_short",
                "warning",
                f"At {words} words this may read as curt; aim for {fewest} or more.",
                "body",
                0,
                len(body),
            )
        )
    return findings


def _missing_elements(body: str, context: CheckContext) -> list[Finding]:
    findings = []
    lowered = body.lower()
    for name in _DATA["required"].get(context.kind, ()):
        label, pattern = _ELEMENTS[name]
        if name == "specific":
            if not context.points:
                continue  # nothing to quote yet: the form asks for a point, not the draft
            if any(point.lower() in lowered for point in context.points):
                continue
        if not pattern.search(body):
            findings.append(Finding(f"missing_{name}", "warning", f"Add {label}.", "body", 0, 0))
    return findings


def _greeting_and_signature(body: str, context: CheckContext) -> list[Finding]:
    findings = []
    greeting = _GREETING.match(body)
    full = context.interviewer_name
    names = [
        n for n in {first_name(full), surname(full), *context.salutation.split()} if len(n) > 1
    ]
    if greeting is None:
        findings.append(
            Finding(
                "no_greeting",
                "info",
                "Open with a greeting that names the interviewer.",
                "body",
                0,
                0,
            )
        )
    elif names and not any(name.lower() in greeting.group().lower() for name in names):
        findings.append(
            Finding(
                "greeting_name",
                "warning",
                f"Greet {context.interviewer_name} by name.",
                "body",
                *greeting.span(),
            )
        )
    if context.candidate_name.strip() and context.kind != "linkedin":
        tail = body.rstrip()[-200:]
        if context.candidate_name.strip().lower() not in tail.lower():
            end = len(body.rstrip())
            findings.append(
                Finding("signature", "warning", "Sign with your name.", "body", end, end)
            )
    return findings


def _time_words(body: str, context: CheckContext) -> list[Finding]:
    if context.interview_day is None or context.today is None:
        return []
    days_ago = (context.today - context.interview_day).days
    # A time word may be about the interview or about their latest reply.
    true_gaps = {days_ago}
    if context.reply_day is not None:
        true_gaps.add((context.today - context.reply_day).days)
    findings = []
    for match in _TIME_WORDS.finditer(body):
        meant = _DATA["time_words"][match.group().lower()]
        if meant not in true_gaps:
            findings.append(
                Finding(
                    "time_word",
                    "warning",
                    f"“{match.group()}” does not fit: on the day this is sent, the interview "
                    f"was {_ago(days_ago)}.",
                    "body",
                    *match.span(),
                )
            )
    return findings


def _ago(days: int) -> str:
    if days == 0:
        return "today"
    if days == 1:
        return "yesterday"
    return f"{days} days ago" if days > 0 else f"in {-days} days"


def _tone(body: str, context: CheckContext) -> list[Finding]:
    findings = []
    for category, message, pattern in _PHRASES:
        findings += [
            Finding(category, "warning", message, "body", *m.span()) for m in pattern.finditer(body)
        ]
    findings += [
        Finding(
            "exclamations",
            "warning",
            "One exclamation mark is plenty.",
            "body",
            *m.span(),
        )
        for m in _EXCLAMATIONS.finditer(body)
    ]
    known = {word.upper() for word in context.known_words}
    findings += [
        Finding("all_caps", "warning", "Capitals read as shouting.", "body", *m.span())
        for m in _SHOUTING.finditer(body)
        if m.group() not in known
    ]
    return findings + _repeats(body)


def _grammar(body: str) -> list[Finding]:
    return [Finding(code, "warning", message, "body", start, end) for code, message, start, end in grammar(body)]


def _repeats(body: str) -> list[Finding]:
    seen: set[str] = set()
    findings = []
    for match in _SENTENCE.finditer(body):
        key = " ".join(match.group().lower().split())
        if len(key.split()) < 4:
            continue  # greetings and sign-offs may repeat across notes
        if key in seen:
            findings.append(
                Finding(
                    "repeated",
                    "warning",
                    "This sentence appears twice.",
                    "body",
                    *match.span(),
                )
            )
        seen.add(key)
    return findings
