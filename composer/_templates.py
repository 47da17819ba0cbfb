"""Message templates: data files in ``templates/``, filled with ``string.Template``.

A template is a subject and a list of paragraphs. A paragraph whose
placeholders are not all filled drops out whole, so an optional field left
empty never leaves a stray placeholder or half a sentence behind. A
paragraph, and the subject, may be a list of alternatives: the first one
that can be filled completely (and fits, where a length limit applies) is used.

Files are checked as they load: an unknown key, step, kind or audience, or a
duplicate ``order``, fails with the file's name and the bad key.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from importlib import resources
from importlib.resources.abc import Traversable
from string import Template as _StringTemplate
from typing import Any, Literal, get_args

from ._data import data_file
from ._model import INTERVIEW_KINDS
from ._plan import STEP_TITLES

__all__ = [
    "AUDIENCES",
    "TEMPLATES",
    "TONES",
    "Audience",
    "MessageTemplate",
    "TemplateError",
    "Tone",
    "ToneName",
    "fill",
    "load_templates",
    "longest_sentence",
    "render",
]

ToneName = Literal["warm", "formal"]
TONES: tuple[ToneName, ...] = get_args(ToneName)
# Who gets a template's notes: the person who led the interview ("lead"), each
# person met ("each"), the recruiter or coordinator ("organisers"), the agency
# recruiter ("agency"), the main contact for follow-ups ("main_contact"), or
# the person met whom the reader is most likely to keep in touch with ("contact_met").
Audience = Literal[
    "lead", "each", "organisers", "agency", "main_contact", "contact_met", "supporters"
]
AUDIENCES: tuple[Audience, ...] = get_args(Audience)

Paragraph = tuple[str, ...]  # alternatives, best first
_FILE_KEYS = frozenset(
    {
        "order",
        "title",
        "description",
        "step",
        "kind",
        "audience",
        "thread",
        "interview_kinds",
        "warm",
        "formal",
    }
)
_TONE_KEYS = frozenset({"subject", "paragraphs", "variants"})


class TemplateError(ValueError):
    """A template file that does not follow the format."""


@dataclass(frozen=True, slots=True)
class Tone:
    """The words of one template in one tone."""

    subject: Paragraph
    paragraphs: tuple[Paragraph, ...]
    variants: tuple[tuple[str, tuple[str, ...]], ...] = ()


@dataclass(frozen=True, slots=True)
class MessageTemplate:
    """One template file, parsed and checked."""

    id: str
    title: str
    description: str
    step: str
    kind: str
    audience: Audience
    interview_kinds: tuple[str, ...]
    thread: bool
    warm: Tone
    formal: Tone

    def tone(self, name: ToneName) -> Tone:
        """The words for ``name``, ``warm`` or ``formal``."""
        return self.warm if name == "warm" else self.formal


# Placeholders for a sentence that opens a paragraph only sometimes ("It was good to
# speak with you again."): left empty, they vanish with their space instead of
# dropping the paragraph.
MAY_BE_EMPTY = frozenset({"again"})
_GAP = "\x00"


def fill(text: str, values: Mapping[str, str]) -> str | None:
    """``text`` with its placeholders filled, or ``None`` if one is empty (but see ``MAY_BE_EMPTY``).

    Example:
        >>> fill("Thanks, $name.", {"name": "Priya"})
        'Thanks, Priya.'
        >>> fill("About $point.", {"point": ""}) is None
        True
        >>> fill("$again Thank you.", {"again": ""}), fill("$again Thanks.", {"again": "Hi again."})
        ('Thank you.', 'Hi again. Thanks.')
    """
    template = _StringTemplate(text)
    names = template.get_identifiers()
    if any(not values.get(name, "").strip() for name in names if name not in MAY_BE_EMPTY):
        return None
    gaps = {name: _GAP for name in names if name in MAY_BE_EMPTY and not values.get(name, "").strip()}
    filled = template.substitute({**values, **gaps})
    return re.sub(f" ?{_GAP} ?", lambda m: " " if m.group().count(" ") == 2 else "", filled)


LONGEST_SENTENCE: int = data_file("checks.toml")["limits"]["longest_sentence"]
_SENTENCES = re.compile(r"[^.!?\n]+[.!?]?")


def longest_sentence(text: str) -> int:
    """The number of words in the longest sentence of ``text``.

    Example:
        >>> longest_sentence("Thanks. It was good to meet you, and to hear about the plan.")
        12
    """
    return max((len(m.group().split()) for m in _SENTENCES.finditer(text)), default=0)


def _first_fitting(options: Paragraph, values: Mapping[str, str], limit: int | None) -> str | None:
    """The first option that fills and fits ``limit``, with no sentence past LONGEST_SENTENCE
    words (a long typed point drops the sentences that join more points to it); else the
    shortest that fills."""
    filled = [text for text in (fill(option, values) for option in options) if text is not None]
    for text in filled:
        if (limit is None or len(text) <= limit) and longest_sentence(text) <= LONGEST_SENTENCE:
            return text
    return min(filled, key=len) if filled else None


def render(
    template: MessageTemplate,
    tone: ToneName,
    values: Mapping[str, str],
    *,
    subject_max: int | None = None,
    body_max: int | None = None,
) -> tuple[str, str]:
    """The subject and body of ``template`` in ``tone``, filled from ``values``.

    ``subject_max`` and ``body_max`` pick, among a subject's or a one-paragraph
    body's alternatives, the first that fits.

    Example:
        >>> note = TEMPLATES["linkedin-note"]
        >>> values = {"name": "Ana", "role": "Designer", "company": "Acme", "candidate_name": "Sam"}
        >>> render(note, "warm", values)[1][:40]
        'Hi Ana, thank you for talking with me ab'
        >>> len(render(note, "warm", {**values, "company": "A" * 150}, body_max=200)[1]) <= 200
        True
    """
    words = template.tone(tone)
    # A subject line is a label, not a sentence: the employer's bare name ("Department for Transport").
    bare = {**values, "company": values.get("company_name", values.get("company", ""))}
    subject = _first_fitting(words.subject, bare, subject_max) or ""
    if len(words.paragraphs) == 1:
        return _one_stop(subject), _one_stop(_first_fitting(words.paragraphs[0], values, body_max) or "")
    paragraphs = (_first_fitting(paragraph, values, None) for paragraph in words.paragraphs)
    return _one_stop(subject), _one_stop("\n\n".join(p for p in paragraphs if p is not None))


_DOUBLE_STOP = re.compile(r"(?<!\.)\.\.(?!\.)")


def _one_stop(text: str) -> str:
    """A value that ends in a full stop ("Holdings, Inc.") ends its sentence too: one stop, not
    two (an ellipsis stays)."""
    return _DOUBLE_STOP.sub(".", text)


def _alternatives(item: Any, where: str) -> Paragraph:
    options = (item,) if isinstance(item, str) else tuple(item)
    if not options or not all(isinstance(option, str) for option in options):
        raise TemplateError(f"{where}: expected text or a list of texts")
    return options


def _tone(data: Mapping[str, Any], where: str) -> Tone:
    for key in sorted(set(data) - _TONE_KEYS):
        raise TemplateError(f"{where}: unknown key {key!r}")
    variants = data.get("variants", {})
    return Tone(
        subject=_alternatives(data["subject"], f"{where}.subject"),
        paragraphs=tuple(_alternatives(item, f"{where}.paragraphs") for item in data["paragraphs"]),
        variants=tuple(
            (name, _alternatives(options, f"{where}.variants.{name}"))
            for name, options in variants.items()
        ),
    )


def _require(ok: bool, where: str, message: str) -> None:
    if not ok:
        raise TemplateError(f"{where}: {message}")


def _parse(name: str, data: Mapping[str, Any]) -> MessageTemplate:
    """One file's data as a checked template; ``name`` is the file name, for errors."""
    for key in sorted(set(data) - _FILE_KEYS):
        raise TemplateError(f"{name}: unknown key {key!r}")
    for key in sorted(_FILE_KEYS - {"thread"} - set(data)):
        raise TemplateError(f"{name}: missing key {key!r}")
    profiles = set(data_file("checks.toml")["words"])
    _require(data["step"] in {*STEP_TITLES, "any"}, name, f"unknown step {data['step']!r}")
    _require(data["kind"] in profiles, name, f"kind {data['kind']!r} has no profile in checks.toml")
    _require(data["audience"] in AUDIENCES, name, f"unknown audience {data['audience']!r}")
    unknown = set(data["interview_kinds"]) - set(INTERVIEW_KINDS)
    _require(not unknown, name, f"unknown interview_kinds {sorted(unknown)}")
    return MessageTemplate(
        id=name.removesuffix(".toml"),
        title=data["title"],
        description=data["description"],
        step=data["step"],
        kind=data["kind"],
        audience=data["audience"],
        interview_kinds=tuple(data["interview_kinds"]),
        thread=bool(data.get("thread", False)),
        warm=_tone(data["warm"], f"{name} [warm]"),
        formal=_tone(data["formal"], f"{name} [formal]"),
    )


def load_templates(files: Iterable[Traversable] | None = None) -> dict[str, MessageTemplate]:
    """Every template in ``templates/`` (or ``files``), keyed by file name, in gallery order."""
    if files is None:
        files = resources.files(__package__).joinpath("templates").iterdir()
    found: dict[int, MessageTemplate] = {}
    for entry in sorted(files, key=lambda entry: entry.name):
        if not entry.name.endswith(".toml"):
            continue
        data = tomllib.loads(entry.read_text("utf-8"))
        template = _parse(entry.name, data)
        order = data["order"]
        if order in found:
            raise TemplateError(f"{entry.name}: order {order} is taken by {found[order].id}.toml")
        found[order] = template
    return {template.id: template for _, template in sorted(found.items())}


TEMPLATES = load_templates()
