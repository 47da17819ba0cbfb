"""Fitting what the reader typed into a template's sentences.

A *fragment* sits inside a sentence ("what you said about $point"), so it loses a
bullet, a lead-in the sentence already says, a capital on a common first word, shouting
and Title Case, and its closing stop; a clause or question is rewritten to fit (see
``_clauses``). A *sentence* stands alone, so it gains a capital and a full stop. The
words live in ``checks.toml`` under ``[joins]``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ._clauses import (
    as_clause,
    capital_i,
    embedded,
    is_question,
    noun_clause,
    own,
    to_second_person,
)
from ._data import data_file

__all__ = [
    "LONGEST_POINT",
    "employer",
    "extra_sentence",
    "fit_sentence",
    "fitted_point",
    "fragment",
    "job_title",
    "question",
    "sentence",
]

_JOINS = data_file("checks.toml")["joins"]
_LEAD_INS: tuple[str, ...] = tuple(sorted(_JOINS["lead_ins"], key=len, reverse=True))
_LOWER: frozenset[str] = frozenset(_JOINS["lower_case_starts"])
_CLAUSE_LEADS: tuple[str, ...] = tuple(sorted(_JOINS["clause_leads"], key=len, reverse=True))
_SUBJECTS: frozenset[str] = frozenset(_JOINS["clause_subjects"])
_WH: frozenset[str] = frozenset(_JOINS["question_words"])
_AUX: frozenset[str] = frozenset(_JOINS["question_auxiliaries"])
_COMMON: frozenset[str] = frozenset(_JOINS["common_words"])
_TITLE_SMALL: frozenset[str] = frozenset(_JOINS["title_case_words"])
_APOSTROPHES: dict[str, str] = dict(_JOINS["apostrophes"])
_EXTRA_LEADS: tuple[str, ...] = tuple(sorted(_JOINS["extra_leads"], key=len, reverse=True))
_SUBJECTLESS: frozenset[str] = frozenset(_JOINS["subjectless_starts"])
_AMOUNTS: frozenset[str] = frozenset(_JOINS["amount_starts"])
_ABBREVIATIONS: dict[str, str] = dict(_JOINS["abbreviations"])
_BULLET = re.compile(_JOINS["bullet"])
_NEEDS_ARTICLE = re.compile(_JOINS["needs_article"])
_ARTICLE_NAMES: frozenset[str] = frozenset(_JOINS["needs_article_names"])
_PROPER: dict[str, str] = {word.lower(): word for word in _JOINS["proper_words"]}
_PERIOD_CODE = re.compile(r"^(Q[1-4]|H[12]|FY\s?\d{2,4})\b")
LONGEST_POINT: int = data_file("checks.toml")["limits"]["longest_point"]
"""Words in a point before it is cut at a clause boundary."""
_BOUNDARY = re.compile(r",\s+(?:and\s+|but\s+|which\s+)?|\s+(?:and|but)\s+")


def _words(text: str) -> list[str]:
    """``text`` as words, with bullets, shouting, Title Case and missing apostrophes put right."""
    text = _BULLET.sub("", " ".join(text.split()))
    words = [_APOSTROPHES.get(word.lower(), word) for word in text.split(" ") if word]
    words = [_proper(word) if word.islower() else word for word in words]
    letters = "".join(ch for ch in text if ch.isalpha())
    if len(words) >= 2 and letters.isupper():
        return [_unshout(word) for word in words]
    capitals = [w for w in words if w[:1].isalpha()]
    if (
        len(capitals) >= 3
        and all(w[:1].isupper() for w in capitals)
        and any(w.lower() in _TITLE_SMALL for w in capitals[1:])
    ):
        return [w if w.isupper() and len(w) > 1 else w.lower() for w in words]
    return words


def _proper(word: str) -> str:
    """A month, day or language typed in lower case, with its capital ("january," → "January,")."""
    bare = word.rstrip(".,;:!?)")
    return _PROPER.get(bare, bare) + word[len(bare) :]


def _unshout(word: str) -> str:
    """One word of a phrase typed in capitals: an ordinary word lowered, a short one kept as
    an acronym (ICU, NHS, A&E), "I" kept."""
    bare = word.strip(".,;:!?()").lower()
    if bare == "i" or bare.startswith("i'"):
        return "I" + word[1:].lower()
    letters = sum(ch.isalpha() for ch in word)
    if letters <= 4 and bare not in _COMMON:
        return word
    return word.lower()


def fragment(text: str) -> str:
    """``text`` made to sit inside a sentence, however it was typed.

    Example:
        >>> fragment("We talked about the migration.")
        'the migration'
        >>> fragment("The move to one sign-up form"), fragment("Kubernetes upgrades")
        ('the move to one sign-up form', 'Kubernetes upgrades')
        >>> fragment("what does success look like in the first 90 days?")
        'what success looks like in the first 90 days'
        >>> fragment("I said I can work weekends."), fragment("they are moving to AWS")
        ('working weekends', 'how you are moving to AWS')
    """
    return fitted_point(text)[0]


@lru_cache(maxsize=512)
def fitted_point(text: str) -> tuple[str, bool]:
    """The fragment for a typed point, and whether it had to be shortened to fit.

    Example:
        >>> fitted_point("the accessibility audit")
        ('the accessibility audit', False)
    """
    words = _words(text.rstrip(".!?;,: "))
    if not words:
        return "", False
    fitted = _fit(" ".join(words).rstrip(".!?;,: "))
    return _shorten(fitted)


@lru_cache(maxsize=8)
def _lead_pattern(leads: tuple[str, ...]) -> re.Pattern[str]:
    """One pattern for all ``leads``, longest first, each followed by a space or a colon."""
    return re.compile("(" + "|".join(map(re.escape, leads)) + r")(?::\s*|\s+)(?=\S)")


def _strip_lead(text: str, leads: tuple[str, ...]) -> tuple[str, str] | None:
    """(lead, rest) when ``text`` starts with one of ``leads`` (a colon after it allowed)."""
    match = _lead_pattern(leads).match(text.lower().replace("’", "'"))
    if match is None:
        return None
    return match.group(1), text[match.end() :].lstrip(": ")


def _fit(text: str) -> str:
    reported = _strip_lead(text, _CLAUSE_LEADS)
    if reported is not None:
        lead, rest = reported
        words = rest.split(" ")
        if _is_subject(words[0]):
            return as_clause(words)
        clause = noun_clause(own(words), reported=True)
        if clause is not None:
            return clause
        if lead != "that":
            text = rest  # "you mentioned the new ward": the report is its subject
    stripped = _strip_lead(text, _LEAD_INS)
    if stripped is not None:
        text = stripped[1]
    words = text.split(" ")
    if is_question(words):
        return embedded(words)
    first = words[0].lower()
    if (len(words) >= 3 or "'" in first) and _is_subject(first):
        return as_clause(words)
    clause = noun_clause(own(words), reported=False)
    if clause is not None:
        return clause
    if first in _WH and len(words) >= 2:
        return " ".join(own(words[:1]) + to_second_person(words[1:2]) + words[2:])
    if first in ("their", "theirs", "them"):
        words = to_second_person(words[:1]) + words[1:]
    head = words[0]
    if _PERIOD_CODE.match(head) and len(words) >= 2:
        return " ".join(["the", *words])  # "Q3 launch" is "the Q3 launch"
    capitalised = head[:1].isupper() and (head[1:].islower() or len(head) == 1)
    if head.lower() in _LOWER and capitalised:
        words = [head.lower(), *words[1:]]
    return " ".join(words)


def _is_subject(word: str) -> bool:
    """Whether ``word`` is a pronoun that starts a clause, contracted or not ("i'd", "they're")."""
    return word.lower().replace("’", "'").split("'")[0] in _SUBJECTS


def _shorten(text: str) -> tuple[str, bool]:
    """``text``, cut at its last clause boundary within ``LONGEST_POINT`` words if longer."""
    if len(text.split()) <= LONGEST_POINT:
        return text, False
    cuts = [
        m.start()
        for m in _BOUNDARY.finditer(text)
        if 3 <= len(text[: m.start()].split()) <= LONGEST_POINT
    ]
    if not cuts:
        return text, False
    return text[: cuts[-1]].rstrip(" ,;:"), True


@lru_cache(maxsize=512)
def sentence(text: str) -> str:
    """``text`` made to stand alone: a capital first letter, "I" for "i", and a closing stop.

    Example:
        >>> sentence("i led the sign-up redesign at Brightline")
        'I led the sign-up redesign at Brightline.'
        >>> sentence("  "), sentence("Done!"), sentence("I HAVE 4 YEARS IN ICU")
        ('', 'Done!', 'I have 4 years in ICU.')
    """
    words = _words(text.rstrip(",;: "))
    if not words:
        return ""
    words = [capital_i(word) for word in words]
    text = " ".join(words)
    text = text[0].upper() + text[1:]
    return text if text[-1] in ".!?" else f"{text}."


@lru_cache(maxsize=512)
def fit_sentence(text: str) -> str:
    """Why the reader fits, as a sentence with its subject: "Led a team of 4" is "I led a team of 4."

    Example:
        >>> fit_sentence("worked on observability at stripe")
        'I worked on observability at stripe.'
        >>> fit_sentence("5 yrs on a busy medical ward")
        'I have 5 years on a busy medical ward.'
    """
    words = [_ABBREVIATIONS.get(word.lower(), word) for word in text.split()]
    if words:
        first = words[0].lower()
        if first in _SUBJECTLESS or (first.endswith("ed") and len(first) > 4):
            words = ["I", first, *words[1:]]
        elif first.rstrip("+").isdigit() or first in _AMOUNTS:
            words = ["I", "have", *words]
    return sentence(" ".join(words))


@lru_cache(maxsize=512)
def extra_sentence(text: str) -> str:
    """The fact the reader meant to add, without "I forgot to say": the note already says so.

    Example:
        >>> extra_sentence("i forgot to mention that i speak french")
        'I speak French.'
    """
    stripped = _strip_lead(" ".join(text.split()), _EXTRA_LEADS)
    if stripped is not None:
        text = stripped[1].rstrip("?") + "."
    return sentence(text)


@lru_cache(maxsize=512)
def question(text: str) -> str:
    """``text`` as a question that stands alone; a bare "next steps?" gets its verb.

    Example:
        >>> question("what are the next steps."), question("next steps?")
        ('What are the next steps?', 'What are the next steps?')
    """
    words = _words(text.rstrip(".!?;,: "))
    if not words:
        return ""
    first = words[0].lower().split("'")[0]
    if (
        len(words) <= 3
        and first not in _WH
        and first not in _AUX
        and not any(w.lower() in _AUX for w in words)
    ):
        noun = [w for w in words if w.lower() not in ("the", "any", "your")]
        if noun and noun[-1][-1:].isalpha():
            verb = "are" if noun[-1].lower().endswith("s") else "is"
            words = ["what", verb, "the", *(w.lower() if w[1:].islower() else w for w in noun)]
    text = sentence(" ".join(words))
    return f"{text.rstrip('.!?')}?" if text else ""


@lru_cache(maxsize=512)
def employer(name: str) -> str:
    """The employer's name as it sits in a sentence: "the" before a department, ministry or
    "University of" name, whose own name doesn't carry one.

    Example:
        >>> employer("Department for Transport"), employer("University of Leeds"), employer("Acme")
        ('the Department for Transport', 'the University of Leeds', 'Acme')
    """
    name = " ".join(name.split())
    return f"the {name}" if _NEEDS_ARTICLE.match(name) or name in _ARTICLE_NAMES else name


@lru_cache(maxsize=512)
def job_title(text: str) -> str:
    """A role typed in capitals, written as a title ("ICU NURSE" is "ICU Nurse"); any
    other typing is kept, since "junior frontend developer" reads well mid-sentence.

    Example:
        >>> job_title("ICU NURSE"), job_title("STORE MANAGER"), job_title("junior developer")
        ('ICU Nurse', 'Store Manager', 'junior developer')
    """
    words = text.split()
    letters = "".join(ch for ch in text if ch.isalpha())
    if len(words) < 2 or not letters.isupper():
        return " ".join(words)
    return " ".join(w if _unshout(w) == w else w.capitalize() for w in words)
