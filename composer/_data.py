"""The package's data files, each read once."""

from __future__ import annotations

import tomllib
from functools import cache
from importlib import resources
from typing import Any

__all__ = ["data_file"]


@cache
def data_file(name: str) -> dict[str, Any]:
    """The parsed TOML file ``name`` inside the package, such as ``checks.toml``.

    Example:
        >>> "names" in data_file("checks.toml")
        True
    """
    return tomllib.loads(resources.files(__package__).joinpath(name).read_text("utf-8"))
