"""How to greet a person: a first name that skips titles and initials, and a formal salutation.

The words (honorifics) live in ``checks.toml`` under ``[names]``, as data.
"""

from __future__ import annotations

from ._data import data_file

__all__ = ["first_name", "formal_name", "surname"]

_HONORIFICS: dict[str, str] = {
    written.rstrip(".").lower(): written
    for written in data_file("checks.toml")["names"]["honorifics"]
}


_ABBREVIATIONS = frozenset({"Dr", "Mr", "Mrs", "Ms", "Mx", "Prof", "Rev"})


def _honorific(word: str) -> str | None:
    """The written form of ``word`` if it is a title such as ``Dr.``, else ``None``."""
    return _HONORIFICS.get(word.rstrip(".").lower())


def _is_initial(word: str) -> bool:
    letters = word.replace(".", "")
    return len(letters) == 1 and letters.isalpha()


def _words(name: str) -> list[str]:
    """The name's words; one typed all in lower case gets its capital back ("priya" → "Priya")."""
    return [w[:1].upper() + w[1:] if w.islower() else w for w in name.replace(",", " ").split()]


def first_name(name: str) -> str:
    """The name to greet someone by: titles and initials skipped.

    Example:
        >>> [first_name(n) for n in ("Dr. Amara Okafor", "J. Robert Smith", "Priya", "")]
        ['Amara', 'Robert', 'Priya', '']
    """
    words = _words(name)
    for word in words:
        if _honorific(word) is None and not _is_initial(word):
            return word
    return words[-1].rstrip(".") if words else ""


def surname(name: str) -> str:
    """The last word of the name that is not a title or an initial.

    Example:
        >>> surname("Dr. Amara Okafor"), surname("Priya")
        ('Okafor', 'Priya')
    """
    words = [w for w in _words(name) if _honorific(w) is None and not _is_initial(w)]
    return words[-1] if words else ""


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
