"""Fitting what the reader typed into a template's sentences.

A *fragment* sits inside a sentence ("what you said about $point"), so it
loses a lead-in the sentence already says, a capital on a common first word,
and its closing stop; a clause becomes "how …", and a question an embedded one
("what success looks like"). A *sentence* stands alone, so it gains a capital
and a full stop. The words live in ``checks.toml`` under ``[joins]``.
"""

from __future__ import annotations

from ._data import data_file

__all__ = ["fragment", "question", "sentence"]

_JOINS = data_file("checks.toml")["joins"]
_LEAD_INS: tuple[str, ...] = tuple(sorted(_JOINS["lead_ins"], key=len, reverse=True))
_LOWER: frozenset[str] = frozenset(_JOINS["lower_case_starts"])
_CLAUSE_LEADS: tuple[str, ...] = tuple(sorted(_JOINS["clause_leads"], key=len, reverse=True))
_SUBJECTS: frozenset[str] = frozenset(_JOINS["clause_subjects"])
_WH: frozenset[str] = frozenset(_JOINS["question_words"])
_AUX: frozenset[str] = frozenset(_JOINS["question_auxiliaries"])
_DETERMINERS: frozenset[str] = frozenset(_JOINS["determiners"])
_PAST: dict[str, str] = dict(_JOINS["past_tense"])


def fragment(text: str) -> str:
    """``text`` made to sit inside a sentence.

    Example:
        >>> fragment("We talked about the migration.")
        'the migration'
        >>> fragment("The move to one sign-up form"), fragment("Kubernetes upgrades")
        ('the move to one sign-up form', 'Kubernetes upgrades')
        >>> fragment("what does success look like in the first 90 days?")
        'what success looks like in the first 90 days'
        >>> fragment("I said I can work weekends.")
        'how I can work weekends'
    """
    text = " ".join(text.split()).rstrip(".!?;,: ")
    lowered = text.lower()
    for lead_in in _CLAUSE_LEADS:
        if lowered.startswith(lead_in + " "):
            return _clause(text[len(lead_in) + 1 :])
    for lead_in in _LEAD_INS:
        if lowered.startswith(lead_in + " "):
            text = text[len(lead_in) + 1 :]
            break
    words = text.split(" ")
    first = words[0].lower()
    if len(words) >= 3 and (first in _WH or first in _AUX) and words[1].lower() in _AUX | _WH:
        return _embedded(words)
    if len(words) >= 3 and first in _AUX and first not in ("has", "have"):
        return _embedded(words)
    if len(words) >= 3 and first in _SUBJECTS:
        return _clause(text)
    first = words[0]
    capitalised = first[:1].isupper() and (first[1:].islower() or len(first) == 1)
    if first.lower() in _LOWER and capitalised:
        text = " ".join([first.lower(), *words[1:]])
    return text


def _own(words: list[str]) -> list[str]:
    """Words with a lone "i" as "I", and the first in lower case unless it is "I" or a name."""
    words = ["I" if word == "i" else word for word in words]
    head = words[0]
    if head != "I" and head[:1].isupper() and (head[1:].islower() or len(head) == 1):
        words[0] = head.lower()
    return words


def _clause(text: str) -> str:
    """A clause ("they are moving to microservices") as "how they are moving to microservices"."""
    return "how " + " ".join(_own(text.split(" ")))


def _subject_end(words: list[str], start: int) -> int:
    """Where the subject that starts at ``start`` ends: one word, or a determiner and its noun."""
    return start + (2 if words[start].lower() in _DETERMINERS and len(words) > start + 2 else 1)


def _third_person(verb: str) -> str:
    """A verb as "success looks": the -s form."""
    if verb == "have":
        return "has"
    if verb.endswith(("s", "sh", "ch", "x", "o", "z")):
        return verb + "es"
    if verb.endswith("y") and verb[-2:-1] not in "aeiou":
        return verb[:-1] + "ies"
    return verb + "s"


def _past(verb: str) -> str:
    if verb in _PAST:
        return _PAST[verb]
    return verb + ("d" if verb.endswith("e") else "ed")


def _embedded(words: list[str]) -> str:
    """A question as an embedded one: "what does success look like" as "what success looks
    like", "is there room to grow" as "whether there is room to grow"."""
    words = _own(words)
    wh = words[0].lower() if words[0].lower() in _WH else "whether"
    at = 1 if wh != "whether" else 0
    if at >= len(words) or words[at].lower() not in _AUX:
        return " ".join(words)  # "who leads the team": already in order
    aux = words[at].lower()
    end = _subject_end(words, at + 1)
    subject, rest = words[at + 1 : end], words[end:]
    if aux in ("do", "does", "did") and rest:
        verb = rest[0].lower()
        rest = [{"do": verb, "does": _third_person(verb), "did": _past(verb)}[aux], *rest[1:]]
        middle: list[str] = []
    elif aux in ("is", "are", "was", "were") and not any(word.endswith("ing") for word in rest):
        return " ".join([wh, *subject, *rest, aux]) if wh != "whether" or not rest else " ".join([wh, *subject, aux, *rest])
    else:
        middle = [aux]
    return " ".join([wh, *subject, *middle, *rest])


def sentence(text: str) -> str:
    """``text`` made to stand alone: a capital first letter and a closing stop.

    Example:
        >>> sentence("i led the sign-up redesign at Brightline")
        'I led the sign-up redesign at Brightline.'
        >>> sentence("  "), sentence("Done!")
        ('', 'Done!')
    """
    text = " ".join(text.split()).rstrip(",;: ")
    if not text:
        return ""
    text = text[0].upper() + text[1:]
    return text if text[-1] in ".!?" else f"{text}."


def question(text: str) -> str:
    """``text`` as a question that stands alone.

    Example:
        >>> question("what are the next steps.")
        'What are the next steps?'
    """
    text = sentence(text)
    return f"{text.rstrip('.!?')}?" if text else ""
