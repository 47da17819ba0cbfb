"""Make one-line typos in the data files and the schema, and show that the tests catch each one.

    .venv/bin/python tests/mutate.py

Each mutation is applied to a fresh copy of the package and its tests, then the
unit tests run (no browser, no Pyodide, no site build). The script prints a
table and exits non-zero if any typo passed unnoticed.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MUTATIONS = [
    (
        "`kind` typo in check-in.toml",
        "composer/templates/check-in.toml",
        'kind = "check_in"',
        'kind = "checkin"',
    ),
    (
        "check profile typo in checks.toml",
        "composer/checks.toml",
        "\nthank_you = [40, 200]",
        "\nthank_yu = [40, 200]",
    ),
    (
        "`step` typo in second-follow-up.toml",
        "composer/templates/second-follow-up.toml",
        'step = "second_follow_up"',
        'step = "second_followup"',
    ),
    ("duplicate `order`", "composer/templates/closing-the-loop.toml", "order = 8", "order = 7"),
    ("renamed form field", "composer/_schema.py", '"company",\n', '"employer",\n'),
    (
        "unknown key in rules.toml",
        "composer/rules.toml",
        "best_within_hours = 24",
        "best_within_hour = 24",
    ),
]
TEST_COMMAND = [
    sys.executable, "-m", "pytest", "-q", "-x", "-p", "no:cacheprovider",
    "-m", "not browser and not pyodide", "--ignore=tests/test_site.py",
    "-k", "not home_on_the_page and not new_schema_field and not two_independent_parsers",
]  # fmt: skip


def run(label: str, path: str, old: str, new: str) -> tuple[str, bool, str, float]:
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        for name in ("composer", "tests"):
            shutil.copytree(ROOT / name, work / name)
        shutil.copy(ROOT / "pyproject.toml", work / "pyproject.toml")
        target = work / path
        text = target.read_text("utf-8")
        if old not in text:
            return label, False, f"mutation not applicable: {old!r} not in {path}", 0.0
        target.write_text(text.replace(old, new, 1), "utf-8")
        start = time.perf_counter()
        done = subprocess.run(TEST_COMMAND, cwd=work, capture_output=True, text=True)
        seconds = time.perf_counter() - start
        first = next(
            (line for line in done.stdout.splitlines() if line.startswith(("FAILED", "ERROR"))),
            "",
        )
        return label, done.returncode != 0, first[:90], seconds


def main() -> int:
    rows = [run(*mutation) for mutation in MUTATIONS]
    print("| one-line change | caught | first failure | seconds |")
    print("|---|---|---|---|")
    for label, caught, first, seconds in rows:
        print(f"| {label} | {'yes' if caught else '**no**'} | {first} | {seconds:.0f} |")
    return 0 if all(caught for _, caught, _, _ in rows) else 1


if __name__ == "__main__":
    raise SystemExit(main())
