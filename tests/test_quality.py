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


def _locked(path: Path) -> dict[str, list[str]]:
    """A pip-compile lock file's requirements: each ``name==version`` with its hashes."""
    import re

    locked: dict[str, list[str]] = {}
    current = None
    for line in path.read_text("utf-8").splitlines():
        stripped = line.strip().rstrip("\\").strip()
        if not stripped or stripped.startswith("#"):
            continue
        if line[0].isspace():
            assert current, f"{path.name}: a continuation line before any requirement"
            locked[current] += re.findall(r"--hash=sha256:[0-9a-f]{64}", stripped)
        else:
            current = stripped
            locked[current] = []
    return locked


def test_every_python_package_is_locked_with_a_hash_and_installed_so():
    """Both lock files pin every package, transitive ones included, to one version with at least
    one sha256; the site's lock agrees with the dev lock; and setup installs with
    --require-hashes, so pip refuses anything unlocked or altered."""
    dev = _locked(ROOT / "requirements-dev.txt")
    site = _locked(ROOT / "requirements-site.txt")
    assert len(dev) >= 40 and len(site) >= 20
    for name, locked in (("requirements-dev.txt", dev), ("requirements-site.txt", site)):
        unpinned = [req for req in locked if "==" not in req]
        unhashed = [req for req, hashes in locked.items() if not hashes]
        assert not unpinned and not unhashed, (name, unpinned, unhashed)
    assert set(site) <= set(dev), set(site) - set(dev)
    setup = (ROOT / "scripts" / "setup").read_text("utf-8")
    assert "--require-hashes" in setup
