"""How to greet a person: a first name that skips titles and initials, and a formal salutation.

The words (honorifics) live in ``checks.toml`` under ``[names]``, as data.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from ._data import data_file

__all__ = [
    "first_name",
    "formal_name",
    "given_name_guess",
    "guess_note",
    "own_name",
    "surname",
    "tidy_name",
]

_NAMES = data_file("checks.toml")["names"]
_HONORIFICS: dict[str, str] = {
    written.rstrip(".").lower(): written for written in _NAMES["honorifics"]
}
_SUFFIXES: dict[str, str] = {written.rstrip(".").lower(): written for written in _NAMES["suffixes"]}
_PARTICLES: dict[str, str] = {written.lower(): written for written in _NAMES["particles"]}


@dataclass(frozen=True, slots=True)
class _Order:
    """One tradition whose names put the family name first (``[names.family_first]``)."""

    tradition: str
    family: frozenset[str]
    given: re.Pattern[str] | None
    also_given: frozenset[str]
    hyphen_only: frozenset[str]

    def given_name(self, core: list[str]) -> str:
        """The given name in ``core`` if it reads as this tradition's family-first name."""
        if len(core) < 2 or core[0].casefold() not in self.family:
            return ""
        given = core[-1]
        if given.casefold() in self.also_given:
            return ""
        if core[0].casefold() in self.hyphen_only and "-" not in given:
            return ""
        if self.given is not None and not all(self.given.match(word) for word in core[1:]):
            return ""
        return given if self.given is None else " ".join(core[1:])


_ORDERS = tuple(
    _Order(
        tradition,
        frozenset(name.casefold() for name in spec["family"]),
        re.compile(spec["given"]) if spec["given"] else None,
        frozenset(name.casefold() for name in spec["also_given"]),
        frozenset(name.casefold() for name in spec.get("hyphen_only", ())),
    )
    for tradition, spec in _NAMES["family_first"]["traditions"].items()
)


_SYLLABLE_HYPHENS = frozenset({"Korean", "Chinese"})
_ABBREVIATIONS = frozenset({"Dr", "Mr", "Mrs", "Ms", "Mx", "Prof", "Rev"})


def _honorific(word: str) -> str | None:
    """The written form of ``word`` if it is a title such as ``Dr.``, else ``None``."""
    return _HONORIFICS.get(word.rstrip(".").lower())


def _is_initial(word: str) -> bool:
    letters = word.replace(".", "")
    return len(letters) == 1 and letters.isalpha() and word.lower() not in _PARTICLES


def _recase(word: str, first: bool) -> str:
    """One word of a name typed all in capitals or all in lower case, as it is written."""
    bare = word.rstrip(".").lower()
    if bare in _HONORIFICS:
        return _HONORIFICS[bare] + (
            "." if word.endswith(".") and not _HONORIFICS[bare].endswith(".") else ""
        )
    if bare in _SUFFIXES:
        return _SUFFIXES[bare]
    if word.lower() in _PARTICLES and not first:
        return _PARTICLES[word.lower()]
    parts = [part.capitalize() for part in word.lower().replace("’", "'").split("-")]
    fixed = "-".join("'".join(p[:1].upper() + p[1:] for p in part.split("'")) for part in parts)
    if len(parts) > 1 and parts[0].lower() in ("al", "el") and not first:
        fixed = fixed[:2].lower() + fixed[2:]  # "Ahmed al-Sayed": the article stays lower case
    if fixed.startswith("Mc") and len(fixed) > 3:
        fixed = "Mc" + fixed[2].upper() + fixed[3:]
    return fixed


@lru_cache(maxsize=512)
def tidy_name(name: str) -> str:
    """A name as it should appear in a letter: typed all in capitals or all in lower case,
    each word gets its written form; any other typing is kept exactly.

    Example:
        >>> tidy_name("JAMES"), tidy_name("o'brien"), tidy_name("dr. siobhán ní bhriain")
        ('James', "O'Brien", 'Dr. Siobhán Ní Bhriain')
        >>> tidy_name("nguyễn thị minh khai"), tidy_name("MR. JAMES T. KIRKLAND JR.")
        ('Nguyễn Thị Minh Khai', 'Mr. James T. Kirkland Jr.')
        >>> tidy_name("Ludwig van Beethoven"), tidy_name("BAYU PRATAMA")
        ('Ludwig van Beethoven', 'Bayu Pratama')
    """
    words = name.split()
    letters = "".join(ch for ch in name if ch.isalpha())
    if not letters or not (letters.isupper() or letters.islower()) or not _name_like(name):
        return " ".join(words)
    if letters.isupper() and len(letters) <= 3:
        return " ".join(words)  # initials, or a short name typed as such ("JT"): keep
    fixed = [_recase(word, index == 0) for index, word in enumerate(words)]
    if _family_first("", _core_of(fixed))[1] in _SYLLABLE_HYPHENS:
        # "park ji-woo" is "Park Ji-woo": the romanisations write one capital per given name
        fixed = [fixed[0], *(w[:1] + w[1:].lower() for w in fixed[1:])]
    return " ".join(fixed)


@lru_cache(maxsize=512)
def own_name(name: str) -> str:
    """The reader's own name as they sign it: tidied, without a title (people sign
    "Amara Okafor", not "Dr. Amara Okafor").

    Example:
        >>> own_name("dr. amara okafor"), own_name("Mr. James T. Kirkland Jr.")
        ('Amara Okafor', 'James T. Kirkland Jr.')
    """
    words = tidy_name(name).split()
    while len(words) > 1 and _honorific(words[0]) is not None:
        words = words[1:]
    return " ".join(words)


def _name_like(text: str) -> bool:
    """Whether ``text`` is made of what names are made of: letters (with their accents),
    spaces, hyphens, apostrophes, full stops and commas. Anything else is kept as typed."""
    return all(
        ch.isalpha() or ch.isspace() or ch in "-'’.," or unicodedata.category(ch).startswith("M")
        for ch in text
    )


def _words(name: str) -> list[str]:
    """The name's words, as tidy_name writes them."""
    return tidy_name(name.replace(",", " ")).split()


def _core(name: str) -> list[str]:
    """The words that are the person's names: no title, initial or suffix."""
    return list(_core_words(name))


@lru_cache(maxsize=512)
def _core_words(name: str) -> tuple[str, ...]:
    return tuple(_core_of(_words(name)))


def _core_of(words: list[str]) -> list[str]:
    return [
        w
        for index, w in enumerate(words)
        if _honorific(w) is None
        and not _is_initial(w)
        and not (index > 0 and w.rstrip(".").lower() in _SUFFIXES)
    ]


def _family_first(name: str, core: list[str] | None = None) -> tuple[str, str]:
    """(given name, tradition) for a name whose family name comes first, else ("", "")."""
    core = _core(name) if core is None else core
    for order in _ORDERS:
        given = order.given_name(core)
        if given:
            return given, order.tradition
    return "", ""


def given_name_guess(name: str) -> str:
    """For a name whose family name comes first (Vietnamese, Chinese, Korean, Japanese,
    Hungarian), the given name: the name a person is greeted by. "" when the name doesn't
    look like one.

    Example:
        >>> given_name_guess("Nguyễn Thị Minh Khai"), given_name_guess("Priya Natarajan")
        ('Khai', '')
        >>> given_name_guess("Kim Min-jun"), given_name_guess("Kim Wilde"), given_name_guess("Nagy László")
        ('Min-jun', '', 'László')
    """
    return _family_first(name)[0]


def first_name(name: str) -> str:
    """The name to greet someone by: titles and initials skipped.

    Example:
        >>> [first_name(n) for n in ("Dr. Amara Okafor", "J. Robert Smith", "Priya", "")]
        ['Amara', 'Robert', 'Priya', '']
    """
    guess = given_name_guess(name)
    if guess:
        return guess
    core = _core(name)
    words = _words(name)
    title = _honorific(words[0]) if words else None
    if title is not None and core and " ".join(core) == surname(name):
        return formal_name(name)  # "Mrs Patel": a title and a surname, and no first name
    if core:
        return core[0]
    words = _words(name)
    return words[-1].rstrip(".") if words else ""


def surname(name: str) -> str:
    """The family name: the last name-word with the particles before it; no title, initial or
    suffix (for a Vietnamese name, the first word).

    Example:
        >>> surname("Dr. Amara Okafor"), surname("Priya"), surname("Mr. James T. Kirkland Jr.")
        ('Okafor', 'Priya', 'Kirkland')
        >>> surname("Dr. Siobhán Ní Bhriain"), surname("Anna van der Berg")
        ('Ní Bhriain', 'van der Berg')
    """
    core = _core(name)
    if not core:
        return ""
    if given_name_guess(name):
        return core[0]  # the family name comes first
    if len(core) == 1:
        return core[0]
    start = len(core) - 1
    while start > 0 and core[start - 1].lower() in _PARTICLES:
        start -= 1  # "Ní Bhriain", "van der Berg": the particles belong to the surname
    return " ".join(core[start:])


def formal_name(name: str, salutation: str = "", *, full_stop: bool = False) -> str:
    """How a formal letter addresses someone, after ``Dear``.

    The reader's own salutation wins. A title typed in the name gives
    "Dr Okafor". Otherwise the first name: after a conversation on first-name
    terms, that mirrors how they introduced themselves (the rule the guide states).

    Example:
        >>> formal_name("Dr. Amara Okafor"), formal_name("Priya Natarajan", "Ms Natarajan")
        ('Dr Okafor', 'Ms Natarajan')
        >>> formal_name("Priya Natarajan")
        'Priya'
        >>> formal_name("Dr Amara Okafor", full_stop=True)  # American usage
        'Dr. Okafor'
    """
    if salutation.strip():
        return " ".join(salutation.split())
    words = _words(name)
    title = _honorific(words[0]) if words else None
    if title is not None and surname(name):
        # Abbreviations take a full stop in American usage; whole words never do.
        stop = "." if full_stop and title in _ABBREVIATIONS else ""
        return f"{title}{stop} {surname(name)}"
    return first_name(name)


def guess_note(name: str, salutation: str = "") -> str:
    """The plan's note when a greeting rests on a guess about name order ("" when none).

    Example:
        >>> guess_note("Nguyễn Thị Minh Khai")[:39]
        'We greet Nguyễn Thị Minh Khai as “Khai”'
        >>> guess_note("Nguyễn Thị Minh Khai", "Ms Khai"), guess_note("Priya Natarajan")
        ('', '')
    """
    given, tradition = _family_first(name)
    if not given or salutation.strip():
        return ""
    note = str(_NAMES["family_first"]["note"])
    return note.format(name=tidy_name(name), given=given, tradition=tradition, family=surname(name))
