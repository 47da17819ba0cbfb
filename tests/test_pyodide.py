"""The composer in real Pyodide under Node must answer exactly as CPython does."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
import scenarios

import composer
from composer._cli import sample_request

pytestmark = pytest.mark.pyodide
HARNESS = Path(__file__).parent / "pyodide" / "run.mjs"
SAMPLE = sample_request()
CASES = scenarios.load()


def parity_requests() -> list[dict[str, object]]:
    """Every template and tone, every kind of interview, the timing cases, and bad input."""
    requests: list[dict[str, object]] = []
    for template in composer.TEMPLATES:
        for tone in composer.TONES:
            requests.append({**SAMPLE, "template": template, "tone": tone})
    for kind in ("screen", "interview", "final", "panel"):
        requests.append({**SAMPLE, "interview_kind": kind})
    for now in (
        "2026-11-20T09:00",
        "2026-11-24T16:00",
        "2026-11-26T09:00",
        "2026-12-08T10:00",
        "2027-01-20T10:00+05:30",
    ):
        requests.append(
            {**SAMPLE, "now": now, "sent": [{"kind": "thank_you", "date": "2026-11-23"}]}
        )
    requests.append(
        {**SAMPLE, "reply": {"kind": "rejection", "date": "2026-12-01"}, "now": "2026-12-01T12:00"}
    )
    requests.append(
        {**SAMPLE, "interview_date": "2026-02-30", "role": "x\u0000", "company": "é" * 1001}
    )
    key = "thank-you-interview|priya natarajan"
    requests.append(
        {
            **SAMPLE,
            "edits": [{"key": key, "subject": "Hi", "body": "Dear [Name], sorry to bother you!!"}],
        }
    )
    requests.append({**SAMPLE, "company": "Acme \ud800"})  # a lone surrogate
    return requests + [case.request for case in CASES]


@pytest.fixture(scope="module")
def pyodide_run(built_site: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    requests_file = tmp_path_factory.mktemp("parity") / "requests.json"
    requests_file.write_text(json.dumps(parity_requests()), "utf-8")
    full_stdlib = (
        Path(__file__).resolve().parent.parent / "node_modules" / "pyodide" / "python_stdlib.zip"
    )
    done = subprocess.run(
        ["node", str(HARNESS), str(built_site / "pyodide"), str(requests_file), str(full_stdlib)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def test_runs_on_pyodides_own_python(pyodide_run):
    """The harness really ran in Pyodide's Python 3.14, not on the host."""
    assert str(pyodide_run["python"]).startswith("3.14")


def test_the_site_ships_only_the_stdlib_files_the_composer_imports(pyodide_run, built_site: Path):
    """The trimmed python_stdlib.zip holds the recorded list, and answering every request imported
    nothing outside it (a missing file would fail here and in the parity test, not for a reader)."""
    import zipfile

    from pyodide_assets import stdlib_files, stdlib_path

    names = zipfile.ZipFile(stdlib_path(built_site / "pyodide")).namelist()
    assert all(
        name.endswith(".pyc") for name in names if name.startswith("json/")
    )  # bytecode, not source
    shipped = {name.removesuffix("c") if name.endswith(".pyc") else name for name in names}
    assert shipped == set(stdlib_files())
    assert {name.removesuffix("c") for name in pyodide_run["stdlib"]} <= shipped
    assert len(shipped) < 200  # of Pyodide's 614


def test_the_stdlib_zip_leaves_out_what_python_has_frozen_in(pyodide_run, built_site: Path):
    """Modules frozen into Pyodide's wasm (os, io, codecs, site, …) are imported from there, so
    their files in the zip would be bytes no reader uses: the recorded list has none of them."""
    from pyodide_assets import stdlib_files

    frozen = set(pyodide_run["frozen"])
    assert {"os.py", "codecs.py", "importlib/_bootstrap.py"} <= frozen
    assert not frozen & set(stdlib_files())


def test_doctests_pass_inside_pyodide(pyodide_run):
    """Every docstring example passes inside Pyodide too: run from the composer's sources on the
    full stdlib, since the site ships neither docstrings nor the doctest machinery."""
    doctests = pyodide_run["doctests"]
    assert doctests["attempted"] > 20 and doctests["failed"] == 0


def test_every_answer_matches_cpython(pyodide_run):
    """Each request gets byte-for-byte the same JSON answer in Pyodide as in CPython."""
    expected = [json.loads(composer.call("compose", json.dumps(r))) for r in parity_requests()]
    assert len(pyodide_run["answers"]) == len(expected)
    for index, (got, want) in enumerate(zip(pyodide_run["answers"], expected, strict=True)):
        assert got == want, f"request {index} differs"


def test_the_scenario_corpus_holds_inside_pyodide(pyodide_run):
    """Every scenario's expectations hold for the answers Pyodide gave, not only CPython's."""
    answers = pyodide_run["answers"][-len(CASES) :]
    for case, answer in zip(CASES, answers, strict=True):
        assert scenarios.problems(answer, case.expect) == [], case.name
