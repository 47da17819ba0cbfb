"""Notes the page shows beside a field: how typed text will appear in the letters.

A name typed in capitals or lower case is shown as it will be written, with a one-click
change; a name whose order is a guess asks what to call them, pre-filled with the guess;
a point rewritten to fit its sentence shows how it will read; and "One more thing" with
nothing to add says what to type. Nothing here changes what the reader typed: the page
offers the fix, and the reader takes it or not.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from ._names import first_name, given_name_guess, guess_note, own_name, tidy_name
from ._phrasing import fitted_point

__all__ = ["FieldNote", "field_notes"]


@dataclass(frozen=True, slots=True)
class FieldNote:
    """A note beside one field (``interviewers.0.name``), and the value its button would set."""

    field: str
    message: str
    fix: str = ""


def _typed(data: Mapping[str, Any], key: str) -> str:
    value = data.get(key, "")
    return " ".join(value.split()) if isinstance(value, str) else ""


def field_notes(data: Mapping[str, Any], template: str | None) -> tuple[FieldNote, ...]:
    """Every note for the form as typed (``data`` is the page's request).

    Example:
        >>> notes = field_notes({"candidate_name": "marcus lee",
        ...     "interviewers": [{"name": "Kim Min-jun", "point": "I said I can work weekends"}]}, None)
        >>> [(n.field, n.fix) for n in notes]
        [('candidate_name', 'Marcus Lee'), ('interviewers.0.salutation', 'Min-jun'), ('interviewers.0.point', '')]
    """
    notes: list[FieldNote] = []
    name = _typed(data, "candidate_name")
    if name and own_name(name) != name:
        notes.append(
            FieldNote("candidate_name", f"You'll sign as “{own_name(name)}”.", own_name(name))
        )
    people = data.get("interviewers")
    for index, person in enumerate(people if isinstance(people, list) else []):
        if isinstance(person, Mapping):
            notes += _person_notes(f"interviewers.{index}", person)
    if template == "one-more-thing" and not _typed(data, "extra_info"):
        notes.append(
            FieldNote(
                "extra_info",
                "Type what you meant to mention, and the “One more thing” note is written around it.",
            )
        )
    return tuple(notes)


def _person_notes(row: str, person: Mapping[str, Any]) -> list[FieldNote]:
    notes = []
    name = _typed(person, "name")
    if name and tidy_name(name) != name:
        notes.append(
            FieldNote(f"{row}.name", f"In the letters: “{tidy_name(name)}”.", tidy_name(name))
        )
    guess = given_name_guess(name)
    if guess and not _typed(person, "salutation"):
        # The guess note ends "fill in how they'd like to be addressed": this is that field.
        notes.append(FieldNote(f"{row}.salutation", guess_note(name), guess))
    point = _typed(person, "point")
    if point:
        fitted, shortened = fitted_point(point)
        if shortened:
            notes.append(
                FieldNote(
                    f"{row}.point",
                    f"Shortened to fit the letter: “…about {fitted}.” Type a shorter point to choose the words yourself.",
                )
            )
        elif _reworded(point, fitted):
            greet = first_name(name) or "them"
            notes.append(
                FieldNote(f"{row}.point", f"Your note to {greet} will say: “…about {fitted}.”")
            )
    return notes


def _reworded(typed: str, fitted: str) -> bool:
    """Whether fitting changed more than a closing stop or a first capital."""
    plain = typed.rstrip(".!?;,: ")
    return plain.lower() != fitted.lower()
