"""House style, enforced by the same command as every other test."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def run(*command: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", *command], cwd=ROOT, capture_output=True, text=True
    )


def test_composer_passes_mypy_strict():
    """The package type-checks under mypy --strict (configured in pyproject.toml)."""
    done = run("mypy")
    assert done.returncode == 0, done.stdout + done.stderr


def test_code_passes_ruff():
    """Lint rules hold across the package, hooks, tests and benchmark."""
    done = run("ruff", "check", "composer", "hooks", "tests", "bench", "scripts")
    assert done.returncode == 0, done.stdout + done.stderr


def test_composer_imports_only_the_standard_library():
    """Pyodide's core ships no extra packages, so the composer may import nothing else."""
    stdlib = sys.stdlib_module_names
    for source in (ROOT / "composer").glob("*.py"):
        for line in source.read_text("utf-8").splitlines():
            words = line.split()
            if line.startswith(("import ", "from ")) and not words[1].startswith("."):
                assert words[1].split(".")[0] in stdlib | {"__future__"}, f"{source.name}: {line}"
