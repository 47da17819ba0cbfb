"""Fitting what the reader typed into a template's sentences.

A *fragment* sits inside a sentence ("what you said about $point"), so it
loses a lead-in the sentence already says, a capital on a common first word,
and its closing stop. A *sentence* stands alone, so it gains a capital and a
full stop. The words live in ``checks.toml`` under ``[joins]``.
"""

from __future__ import annotations

from ._data import data_file

__all__ = ["fragment", "question", "sentence"]

_JOINS = data_file("checks.toml")["joins"]
_LEAD_INS: tuple[str, ...] = tuple(sorted(_JOINS["lead_ins"], key=len, reverse=True))
_LOWER: frozenset[str] = frozenset(_JOINS["lower_case_starts"])


def fragment(text: str) -> str:
    """``text`` made to sit inside a sentence.

    Example:
        >>> fragment("We talked about the migration.")
        'the migration'
        >>> fragment("The move to one sign-up form"), fragment("Kubernetes upgrades")
        ('the move to one sign-up form', 'Kubernetes upgrades')
    """
    text = " ".join(text.split()).rstrip(".!;,: ")
    lowered = text.lower()
    for lead_in in _LEAD_INS:
        if lowered.startswith(lead_in + " "):
            text = text[len(lead_in) + 1 :]
            break
    first, _, rest = text.partition(" ")
    capitalised = first[:1].isupper() and (first[1:].islower() or len(first) == 1)
    if first.lower() in _LOWER and capitalised:
        text = f"{first.lower()} {rest}".rstrip()
    return text


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
