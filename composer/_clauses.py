"""The grammar under ``_phrasing``: clauses, questions and verb forms, as a letter needs them.

A point typed as a clause can't follow "what you said about", so it is turned into
something that can: a question into an embedded one ("what success looks like"), a
clause about a thing into its -ing form ("the team growing"), the reader's own
sentence into what it offers ("working weekends"), and any other clause into a
"how" clause. In a note to them, "they" is "you". The words live in ``checks.toml``.
"""

from __future__ import annotations

import re

from ._data import data_file

__all__ = ["as_clause", "capital_i", "embedded", "gerund", "is_question", "noun_clause", "to_second_person"]

_JOINS = data_file("checks.toml")["joins"]
_SUBJECTS: frozenset[str] = frozenset(_JOINS["clause_subjects"])
_WH: frozenset[str] = frozenset(_JOINS["question_words"])
_AUX: frozenset[str] = frozenset(_JOINS["question_auxiliaries"])
_DETERMINERS: frozenset[str] = frozenset(_JOINS["determiners"])
_PAST: dict[str, str] = dict(_JOINS["past_tense"])
_FINITE: frozenset[str] = frozenset(_JOINS["finite_verbs"])
_MODALS: frozenset[str] = frozenset(_JOINS["modals"])
_YOU: dict[str, str] = dict(_JOINS["second_person"])
_ONE_SYLLABLE_CVC = re.compile(r"^[^aeiou]*[aeiou][bdgklmnprtv]$")


def own(words: list[str]) -> list[str]:
    """Words with a lone "i" (and "i'm", "i'd") capitalised, and the first in lower case
    unless it is "I" or looks like a name."""
    words = [capital_i(word) for word in words]
    head = words[0]
    if (
        not head.startswith("I'")
        and head != "I"
        and head[:1].isupper()
        and (head[1:].islower() or len(head) == 1)
    ):
        words[0] = head.lower()
    return words


def capital_i(word: str) -> str:
    """A lone "i", or "i'm", "i'd", "i've", "i'll", with its capital."""
    if word == "i":
        return "I"
    if word.startswith(("i'", "i’")) and word[2:] in ("m", "d", "ve", "ll"):
        return "I'" + word[2:]
    return word


def to_second_person(words: list[str]) -> list[str]:
    """ "they", "their" and "them" as "you", "your" and "you" (a note is written to them).

    Example:
        >>> " ".join(to_second_person("they are moving their team".split()))
        'you are moving your team'
    """
    return [_YOU.get(word.lower().replace("’", "'"), word) for word in words]


def gerund(verb: str) -> str:
    """The -ing form: "work" → "working", "make" → "making", "run" → "running".

    Example:
        >>> [gerund(v) for v in ("work", "make", "run", "be", "see", "lie", "open", "visit")]
        ['working', 'making', 'running', 'being', 'seeing', 'lying', 'opening', 'visiting']
    """
    lowered = verb.lower()
    if lowered.endswith("ie"):
        return lowered[:-2] + "ying"
    if (
        lowered.endswith("e")
        and lowered not in ("be", "see", "free", "agree")
        and not lowered.endswith("ee")
    ):
        return lowered[:-1] + "ing"
    if _ONE_SYLLABLE_CVC.match(lowered) and len(lowered) <= 4:
        return lowered + lowered[-1] + "ing"
    return lowered + "ing"


def _base(verb: str) -> str:
    """ "reports" → "report", "manages" → "manage", "carries" → "carry", "does" → "do"."""
    if verb.endswith("ies"):
        return verb[:-3] + "y"
    if verb.endswith(("sses", "shes", "ches", "xes", "zes", "oes")):
        return verb[:-2]
    return verb[:-1] if verb.endswith("s") and not verb.endswith("ss") else verb


def _third_person(verb: str) -> str:
    if verb == "have":
        return "has"
    if verb.endswith(("s", "sh", "ch", "x", "o", "z")):
        return verb + "es"
    if verb.endswith("y") and verb[-2:-1] not in "aeiou":
        return verb[:-1] + "ies"
    return verb + "s"


def _past(verb: str) -> str:
    return _PAST.get(verb, verb + ("d" if verb.endswith("e") else "ed"))


def is_question(words: list[str]) -> bool:
    """Whether ``words`` are a direct question: "what does …", "is there …", "what tools does …"."""
    if len(words) < 3:
        return False
    first, second, third = (w.lower() for w in words[:3])
    if first in _WH and (
        second in _AUX or (second not in _SUBJECTS and third in _AUX - {"has", "have"})
    ):
        return True
    return first in _AUX and first not in ("has", "have") and second not in _WH


def _subject_end(words: list[str], start: int) -> int:
    """Where the subject that starts at ``start`` ends: a pronoun or name is one word; after a
    determiner it runs to the last word but one when the question ends in "be"."""
    if words[start].lower() not in _DETERMINERS or len(words) <= start + 2:
        return start + 1
    if words[-1].lower() == "be":
        return len(words) - 1
    return start + 2


def embedded(words: list[str]) -> str:
    """A question as an embedded one: "what does success look like" as "what success looks
    like", "is there room to grow" as "whether there is room to grow".

    Example:
        >>> embedded("what would my first project be".split())
        'what my first project would be'
    """
    words = to_second_person(own(words))
    lead = 0 if words[0].lower() not in _WH else (2 if words[1].lower() not in _AUX else 1)
    wh = " ".join(words[:lead]).lower() if lead else "whether"
    aux = words[lead].lower()
    end = _subject_end(words, lead + 1)
    subject, rest = words[lead + 1 : end], words[end:]
    if aux in ("do", "does", "did"):
        if not rest:
            return " ".join([wh, *subject, aux])
        verb = rest[0].lower()
        rest = [{"do": verb, "does": _third_person(verb), "did": _past(verb)}[aux], *rest[1:]]
        return " ".join([wh, *subject, *rest])
    if (
        aux in ("is", "are", "was", "were")
        and rest
        and wh != "whether"
        and not any(word.endswith("ing") for word in rest)
    ):
        return " ".join([wh, *subject, *rest, aux])  # "what the timeline is"
    return " ".join([wh, *subject, aux, *rest])


def noun_clause(words: list[str], *, reported: bool) -> str | None:
    """A clause whose subject is a thing, in its -ing form ("the team is growing" →
    "the team growing"), or ``None`` when ``words`` are not such a clause. A verb in -s
    ("the role reports to") counts only in ``reported`` speech, where a clause is expected.
    """
    if not words or words[0].lower() not in _DETERMINERS:
        return None
    for at in range(1, min(4, len(words) - 1)):
        word = words[at].lower()
        if word in ("that", "which", "who") or word.endswith(","):
            return None
        subject, rest = words[:at], words[at + 1 :]
        if word in ("is", "are", "was", "were"):
            tail = rest if rest and rest[0].endswith("ing") else ["being", *rest]
            return " ".join([*subject, *tail])
        if word in ("has", "have", "had"):
            return " ".join([*subject, "having", *rest])
        if word in _MODALS:
            return "how " + " ".join(words)
        if reported and word.endswith("s") and not word.endswith("ss") and at >= 2:
            return " ".join([*subject, gerund(_base(word)), *rest])
    return None


def as_clause(words: list[str]) -> str:
    """A clause with a pronoun for its subject, made to follow "about".

    The reader's own "I can work weekends" becomes what it offers ("working weekends");
    "they are moving" becomes "how you are moving"; anything else "how …".

    Example:
        >>> as_clause("I can work weekends".split()), as_clause("they onboard grads".split())
        ('working weekends', 'how you onboard grads')
    """
    words = own(words)
    head = words[0].replace("’", "'")
    if head == "I" and len(words) >= 3 and words[1].lower() in _MODALS:
        return " ".join([gerund(words[2]), *words[3:]])
    if head in ("I'd", "I'll") and len(words) >= 2:
        return " ".join([gerund(words[1]), *words[2:]])
    if (head == "I'm" and len(words) >= 2) or (
        head == "I" and len(words) >= 3 and words[1].lower() == "am"
    ):
        rest = words[1:] if head == "I'm" else words[2:]
        return " ".join(rest if rest[0].endswith("ing") else ["being", *rest])
    if head.lower() in _SUBJECTS - {"i"} or head == "I":
        return "how " + " ".join(to_second_person(words))
    return " ".join(words)
