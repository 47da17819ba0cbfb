"""Put Pyodide's core, the composer wheel and its lock file into the built site.

Runs after every build (``mkdocs build`` and ``mkdocs serve``), so the one
build step the README names yields a site whose composer works offline:
nothing is fetched from a CDN at run time.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
NPM_PYODIDE = ROOT / "node_modules" / "pyodide"
# Only what the page loads; the npm package also ships consoles and typings.
CORE_FILES = ("pyodide.mjs", "pyodide.asm.mjs", "pyodide.asm.wasm", "python_stdlib.zip")


def on_post_build(config: Any) -> None:
    out = Path(config["site_dir"]) / "pyodide"
    out.mkdir(parents=True, exist_ok=True)
    for name in CORE_FILES:
        _copy_if_changed(NPM_PYODIDE / name, out / name)
    for old in out.glob("composer-*.whl"):
        old.unlink()
    wheel = _build_wheel(out)
    _write_lock(wheel, out)


def _run(*command: str) -> None:
    """Run a build tool; on failure, show its own output rather than a bare exit code."""
    done = subprocess.run(command, capture_output=True, text=True)
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(command[:3])} failed:\n{done.stdout}{done.stderr}")


def _copy_if_changed(source: Path, target: Path) -> None:
    if not source.exists():
        raise SystemExit(f"{source} is missing: run 'scripts/setup' (npm ci) first.")
    fresh = target.exists() and target.stat().st_size == source.stat().st_size
    if fresh and target.stat().st_mtime >= source.stat().st_mtime:
        return
    shutil.copy2(source, target)


def _build_wheel(out: Path) -> Path:
    """``python -m build`` gives the same pure wheel as ``pyodide build``, offline."""
    with tempfile.TemporaryDirectory() as tmp:
        _run(sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", tmp, str(ROOT))
        (built,) = Path(tmp).glob("composer-*.whl")
        return Path(shutil.copy2(built, out / built.name))


def _write_lock(wheel: Path, out: Path) -> None:
    """A lock file with the core's info and our wheel only (sha256 included).

    The npm lock lists 357 packages whose wheels we do not ship; keeping them
    would make a 119 KB download that can only point at missing files.
    """
    core_lock = json.loads((NPM_PYODIDE / "pyodide-lock.json").read_text("utf-8"))
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp) / "core-lock.json"
        base.write_text(json.dumps({"info": core_lock["info"], "packages": {}}), "utf-8")
        pyodide_cli = Path(sys.executable).with_name("pyodide")
        _run(
            str(pyodide_cli),
            "lockfile",
            "add-wheels",
            "--input",
            str(base),
            "--output",
            str(out / "pyodide-lock.json"),
            "--base-path",
            str(out),
            str(wheel),
        )
