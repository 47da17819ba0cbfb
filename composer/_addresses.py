"""How each thank-you reaches its person when the reader has no email address for some.

The guide's advice: when only the recruiter's or coordinator's address is known,
ask them to pass your thanks on; else send the note as a LinkedIn message. The
recruiter's note says so in words, the plan says who it covers, and the checker
flags a note with nowhere to go.
"""

from __future__ import annotations

from ._model import Interviewer
from ._rules import RULES

__all__ = ["address_note", "relay", "supporter_note", "unreachable"]

_MET = ("interviewer", "hiring_manager")


def unreachable(people: tuple[Interviewer, ...]) -> list[int]:
    """The people met who have a name but no email address, in form order.

    Example:
        >>> people = (Interviewer("Ana Lima", email="ana@x.org"), Interviewer("Tom Ng"))
        >>> unreachable(people)
        [1]
    """
    return [
        index
        for index, person in enumerate(people)
        if person.kind in _MET and person.name.strip() and not person.email.strip()
    ]


def relay(people: tuple[Interviewer, ...]) -> int | None:
    """The recruiter or coordinator who can pass thanks on: the first with an address.

    Who may is a rule (``pass_on_through`` in rules.toml), which the guide quotes.

    Only when someone met has no address; ``None`` when nobody can.

    Example:
        >>> people = (Interviewer("Tom Ng"), Interviewer("Jo Park", kind="recruiter", email="jo@x.org"))
        >>> relay(people), relay(people[:1])
        (1, None)
    """
    if not unreachable(people):
        return None
    return next(
        (
            index
            for index, person in enumerate(people)
            if person.kind in RULES.pass_on_through and person.email.strip() and person.name.strip()
        ),
        None,
    )


_HELPED = {"reference": "the reference", "introducer": "the introduction"}


def supporter_note(people: tuple[Interviewer, ...], thanked_ever: frozenset[str]) -> str:
    """A reminder to thank each reference or introducer not yet thanked ("" when none).

    Example:
        >>> people = (Interviewer("Priya"), Interviewer("Maria Gomez", kind="reference"))
        >>> supporter_note(people, frozenset())
        'Thank Maria Gomez for the reference: choose the template “Thanks to a reference or the person who introduced you”.'
        >>> supporter_note(people, frozenset({"maria gomez"}))
        ''
    """
    due = [
        f"{person.name.strip()} for {_HELPED[person.kind]}"
        for person in people
        if person.kind in _HELPED
        and person.name.strip()
        and " ".join(person.name.lower().split()) not in thanked_ever
    ]
    if not due:
        return ""
    return (
        f"Thank {_join(due)}: choose the template "
        "“Thanks to a reference or the person who introduced you”."
    )


def _join(names: list[str]) -> str:
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}"


def address_note(people: tuple[Interviewer, ...], thanked: frozenset[str] = frozenset()) -> str:
    """The plan's note on thank-yous without an address ("" when every note can be emailed).

    Example:
        >>> people = (Interviewer("Tom Ng"), Interviewer("Ana Lima"),
        ...     Interviewer("Jo Park", kind="recruiter", email="jo@x.org"))
        >>> address_note(people)
        'Tom Ng and Ana Lima have no email address here, so your note to Jo Park asks for your thanks to be passed on. Add an address, or send their note as a LinkedIn message, to thank them yourself.'
        >>> address_note(people[:1])
        'Tom Ng has no email address here. Add it, or send the note as a LinkedIn message.'
    """
    missing = [
        people[index].name.strip()
        for index in unreachable(people)
        if " ".join(people[index].name.lower().split()) not in thanked
    ]
    if not missing:
        return ""
    verb = "has" if len(missing) == 1 else "have"
    through = relay(people)
    if through is None:
        add = "Add it" if len(missing) == 1 else "Add their addresses"
        return f"{_join(missing)} {verb} no email address here. {add}, or send the note as a LinkedIn message."
    return (
        f"{_join(missing)} {verb} no email address here, so your note to "
        f"{people[through].name.strip()} asks for your thanks to be passed on. Add an address, "
        "or send their note as a LinkedIn message, to thank them yourself."
    )
