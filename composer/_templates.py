"""Message templates: data files in ``templates/``, filled with ``string.Template``.

A template is a subject and a list of paragraphs. A paragraph whose
placeholders are not all filled drops out whole, so an optional field left
empty never leaves a stray placeholder or half a sentence behind. A
paragraph may also be a list of alternatives: the first one that can be
filled completely is used.
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from importlib import resources
from string import Template as _StringTemplate
from typing import Any, Literal, get_args

__all__ = [
    "TEMPLATES",
    "TONES",
    "MessageTemplate",
    "Tone",
    "ToneName",
    "fill",
    "load_templates",
    "render",
]

ToneName = Literal["warm", "formal"]
TONES: tuple[ToneName, ...] = get_args(ToneName)

Paragraph = tuple[str, ...]  # alternatives, best first


@dataclass(frozen=True, slots=True)
class Tone:
    """The words of one template in one tone."""

    subject: str
    paragraphs: tuple[Paragraph, ...]
    variants: tuple[tuple[str, tuple[str, ...]], ...] = ()


@dataclass(frozen=True, slots=True)
class MessageTemplate:
    """One template file, parsed."""

    id: str
    title: str
    description: str
    step: str
    kind: str
    interview_kinds: tuple[str, ...]
    per_interviewer: bool
    warm: Tone
    formal: Tone

    def tone(self, name: ToneName) -> Tone:
        """The words for ``name``, ``warm`` or ``formal``."""
        return self.warm if name == "warm" else self.formal


def fill(text: str, values: Mapping[str, str]) -> str | None:
    """``text`` with its placeholders filled, or ``None`` if one is empty.

    Example:
        >>> fill("Thanks, $name.", {"name": "Priya"})
        'Thanks, Priya.'
        >>> fill("About $point.", {"point": ""}) is None
        True
    """
    template = _StringTemplate(text)
    if any(not values.get(name, "").strip() for name in template.get_identifiers()):
        return None
    return template.substitute(values)


def _first_filled(paragraph: Paragraph, values: Mapping[str, str]) -> str | None:
    for alternative in paragraph:
        filled = fill(alternative, values)
        if filled is not None:
            return filled
    return None


def render(template: MessageTemplate, tone: ToneName, values: Mapping[str, str]) -> tuple[str, str]:
    """The subject and body of ``template`` in ``tone``, filled from ``values``.

    Example:
        >>> note = TEMPLATES["linkedin-note"]
        >>> values = {"interviewer_first_name": "Ana", "role": "Designer",
        ...           "company": "Acme", "candidate_name": "Sam"}
        >>> render(note, "warm", values)[1][:40]
        'Hi Ana, thank you for talking with me ab'
    """
    words = template.tone(tone)
    subject = fill(words.subject, values) or ""
    paragraphs = (_first_filled(paragraph, values) for paragraph in words.paragraphs)
    return subject, "\n\n".join(p for p in paragraphs if p is not None)


def _tone(data: Mapping[str, Any]) -> Tone:
    paragraphs = tuple(
        (item,) if isinstance(item, str) else tuple(item) for item in data["paragraphs"]
    )
    variants = data.get("variants", {})
    return Tone(
        subject=str(data["subject"]),
        paragraphs=paragraphs,
        variants=tuple((name, tuple(options)) for name, options in variants.items()),
    )


def load_templates() -> dict[str, MessageTemplate]:
    """Every template in ``templates/``, keyed by file name, in gallery order."""
    found: list[tuple[int, MessageTemplate]] = []
    folder = resources.files(__package__).joinpath("templates")
    for entry in folder.iterdir():
        if not entry.name.endswith(".toml"):
            continue
        data = tomllib.loads(entry.read_text("utf-8"))
        template = MessageTemplate(
            id=entry.name.removesuffix(".toml"),
            title=data["title"],
            description=data["description"],
            step=data["step"],
            kind=data["kind"],
            interview_kinds=tuple(data["interview_kinds"]),
            per_interviewer=data.get("per_interviewer", False),
            warm=_tone(data["warm"]),
            formal=_tone(data["formal"]),
        )
        found.append((data["order"], template))
    return {template.id: template for _, template in sorted(found, key=lambda pair: pair[0])}


TEMPLATES = load_templates()
