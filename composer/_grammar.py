"""Checks for what careless typing leaves in a letter: a typed phrase that doesn't fit its
sentence, a capital mid-sentence, a missing "the" or "I", a lower-case "i" or name, a
plural with a singular verb, a sentence too long to follow.

Every pattern lives in ``checks.toml`` (``[joins] broken`` and ``[[grammar]]``) and is
case-sensitive; tests/test_checks.py proves each fires on its defect and stays quiet on
good text.
"""

from __future__ import annotations

import re

from ._data import data_file

__all__ = ["grammar"]

_DATA = data_file("checks.toml")
_BROKEN_JOINS = re.compile("|".join(_DATA["joins"]["broken"]), re.MULTILINE)
_GRAMMAR = tuple(
    (group["code"], group["message"], re.compile(group["pattern"], re.MULTILINE))
    for group in _DATA["grammar"]
)
_LONGEST_SENTENCE: int = _DATA["limits"]["longest_sentence"]
_SENTENCE = re.compile(r"[^.!?\n]+[.!?]?")


def grammar(body: str) -> list[tuple[str, str, int, int]]:
    """(code, message, start, end) for each defect in ``body``, check by check.

    Example:
        >>> [code for code, *_ in grammar("I enjoyed hearing about We talked about it.")]
        ['join']
        >>> grammar("I led a team of four at Boots.")
        []
    """
    found = [("join", _DATA["joins"]["message"], *m.span()) for m in _BROKEN_JOINS.finditer(body)]
    found += [
        (code, message, *m.span())
        for code, message, pattern in _GRAMMAR
        for m in pattern.finditer(body)
    ]
    for match in _SENTENCE.finditer(body):
        words = len(match.group().split())
        if words > _LONGEST_SENTENCE:
            message = (
                f"This sentence runs to {words} words; keep each under {_LONGEST_SENTENCE + 1} "
                "by splitting it or shortening what you typed."
            )
            found.append(("long_sentence", message, *match.span()))
    return found
