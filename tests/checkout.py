"""A copy of this checkout to build from, for tests that change one file and rebuild."""

from __future__ import annotations

import shutil
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def copy_checkout(target: Path, edit: tuple[str, str, str] | None = None) -> Path:
    """What a build reads, copied to ``target`` (node_modules linked), with one optional
    ``(path, old, new)`` text edit; returns ``target``."""
    for name in ("composer", "docs", "hooks", "overrides"):
        shutil.copytree(ROOT / name, target / name)
    for name in ("mkdocs.yml", "pyproject.toml", "README.md"):
        shutil.copy(ROOT / name, target / name)
    (target / "node_modules").symlink_to(ROOT / "node_modules")
    if edit:
        path = target / edit[0]
        text = path.read_text("utf-8")
        assert edit[1] in text, f"{edit[1]!r} not in {edit[0]}"
        path.write_text(text.replace(edit[1], edit[2], 1), "utf-8")
    return target
