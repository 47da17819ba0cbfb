"""Put Pyodide's core, the composer wheel and its lock file into the built site.

Runs after every build (``mkdocs build`` and ``mkdocs serve``), so the one
build step the README names yields a site whose composer works offline:
nothing is fetched from a CDN at run time.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
NPM_PYODIDE = ROOT / "node_modules" / "pyodide"
# Only what the page loads; the npm package also ships consoles and typings.
# docs/javascripts/composer-config.mjs lists the same files (tests/test_site.py checks).
CORE_FILES = ("pyodide.mjs", "pyodide.asm.mjs", "pyodide.asm.wasm")
# The standard library is ours (trimmed and compiled), so it changes between builds of one
# Pyodide version. It lives under a folder named by its hash, and the lock file names it.
STDLIB_NAME = "python_stdlib.zip"
# The standard-library files the composer imports, recorded by scripts/stdlib-modules.
STDLIB_LIST = Path(__file__).with_name("stdlib-modules.txt")


def on_post_build(config: Any) -> None:
    out = Path(config["site_dir"]) / "pyodide"
    out.mkdir(parents=True, exist_ok=True)
    for name in CORE_FILES:
        _copy_if_changed(NPM_PYODIDE / name, out / name)
    for old in [
        *out.glob("composer-*.whl"),
        *out.glob("wheels/*/composer-*.whl"),
        *out.glob(f"stdlib/*/{STDLIB_NAME}"),
        out / STDLIB_NAME,
    ]:
        old.unlink(missing_ok=True)
    stdlib = out / STDLIB_NAME
    _write_stdlib(stdlib)
    wheel = _build_wheel(out)
    if not os.environ.get("SOURCE_ONLY") and not os.environ.get("FULL_STDLIB"):
        # Bytecode made by Pyodide's own Python: Python starts about twice as fast
        # (bench/RESULTS.md). SOURCE_ONLY=1 ships sources only, for comparison.
        _run(
            "node",
            str(Path(__file__).with_name("compile_pyc.mjs")),
            str(out),
            str(NPM_PYODIDE / STDLIB_NAME),
            str(stdlib),
            str(wheel),
        )
    wheel = _by_content(wheel, out / "wheels")
    stdlib = _by_content(stdlib, out / "stdlib")
    _write_lock(wheel, stdlib, out)


def _by_content(file: Path, parent: Path) -> Path:
    """Move a file under a folder named by its sha256, and return its new path.

    After a redeploy a browser may still hold the previous file in its HTTP cache; a
    new name per content means the lock (fetched fresh) never meets an old wheel or an
    old standard library. The worker keys its start-up snapshot by the standard
    library's name too: a snapshot remembers where each file sat in the zip it was taken
    with, and restored beside another zip, Python fails to import.
    """
    digest = hashlib.sha256(file.read_bytes()).hexdigest()[:16]
    folder = parent / digest
    folder.mkdir(parents=True, exist_ok=True)
    return Path(shutil.move(file, folder / file.name))


def stdlib_path(pyodide_dir: Path) -> Path:
    """The standard-library zip a built site ships, as its lock file names it."""
    lock = json.loads((pyodide_dir / "pyodide-lock.json").read_text("utf-8"))
    return pyodide_dir / lock["stdlib"]["file_name"]


def _run(*command: str) -> None:
    """Run a build tool; on failure, show its own output rather than a bare exit code."""
    done = subprocess.run(command, capture_output=True, text=True)
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(command[:3])} failed:\n{done.stdout}{done.stderr}")


def stdlib_files() -> list[str]:
    """The files listed in stdlib-modules.txt (comments and blank lines skipped)."""
    lines = STDLIB_LIST.read_text("utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


def _write_stdlib(target: Path) -> None:
    """Pyodide's standard library, cut down to the files the composer imports.

    FULL_STDLIB=1 ships the whole zip instead (scripts/stdlib-modules records with it).
    """
    source = NPM_PYODIDE / "python_stdlib.zip"
    if os.environ.get("FULL_STDLIB"):
        _copy_if_changed(source, target)
        return
    wanted = set(stdlib_files())
    with zipfile.ZipFile(source) as full:
        missing = wanted - set(full.namelist())
        if missing:
            raise SystemExit(
                f"{STDLIB_LIST.name} lists files Pyodide does not ship: {sorted(missing)}"
            )
        data = {name: full.read(name) for name in sorted(wanted)}
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as trimmed:
        for name, content in data.items():
            info = zipfile.ZipInfo(name, date_time=(2020, 1, 1, 0, 0, 0))  # same bytes every build
            info.compress_type = zipfile.ZIP_DEFLATED
            trimmed.writestr(info, content)


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


def _write_lock(wheel: Path, stdlib: Path, out: Path) -> None:
    """A lock file with the core's info and our wheel only (sha256 included).

    The npm lock lists 357 packages whose wheels we do not ship; keeping them
    would make a 119 KB download that can only point at missing files. A key of
    our own, ``stdlib``, names the standard library the worker passes to Pyodide.
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
    lock_file = out / "pyodide-lock.json"
    lock = json.loads(lock_file.read_text("utf-8"))
    # add-wheels finds a wheel's imports from its .py files, and ours ships bytecode only.
    with zipfile.ZipFile(wheel) as shipped:
        packages = {name.split("/")[0] for name in shipped.namelist() if name.count("/") == 1}
        imports = sorted(p for p in packages if f"{p}/__init__.pyc" in shipped.namelist())
    for entry in lock["packages"].values():
        entry["imports"] = entry["imports"] or imports
    lock["stdlib"] = {
        "file_name": stdlib.relative_to(out).as_posix(),
        "sha256": hashlib.sha256(stdlib.read_bytes()).hexdigest(),
    }
    lock_file.write_text(json.dumps(lock), "utf-8")
