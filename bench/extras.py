"""What the benchmark reports beside the visits: bytes by type, Python's start inside Node,
the calendar data's cost, one request on CPython, Lighthouse scores, and versions."""

from __future__ import annotations

import json
import os
import platform
import statistics
import subprocess
import tempfile
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

from playwright.sync_api import Browser

import composer
from composer._cli import sample_request

ROOT = Path(__file__).resolve().parent.parent
NODE_MODULES = ROOT / "node_modules"
SAMPLE = sample_request()

__all__ = ["bytes_by_type", "calendar_data_cost", "cpython_request_ms", "lighthouse", "pyodide_import_ms", "versions"]


def bytes_by_type(browser: Browser, url: str) -> dict[str, int]:
    context = browser.new_context()
    page = context.new_page()
    sizes: dict[str, int] = defaultdict(int)

    def count(request) -> None:
        size = request.sizes()
        kind = Path(request.url.split("?")[0]).suffix.lstrip(".") or "html"
        sizes[kind] += size["responseBodySize"] + size["responseHeadersSize"]

    page.on("requestfinished", count)
    page.goto(url)
    page.wait_for_load_state("networkidle")
    if url.endswith("composer/"):
        page.locator("#composer-status-text").filter(has_text="Ready").wait_for(timeout=120_000)
        page.wait_for_load_state("networkidle")
    context.close()
    return dict(sizes)


def pyodide_import_ms(site: Path) -> dict[str, float]:
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as handle:
        json.dump([SAMPLE], handle)
    results = []
    for _ in range(3):
        done = subprocess.run(
            [
                "node",
                str(ROOT / "tests" / "pyodide" / "run.mjs"),
                str(site / "pyodide"),
                handle.name,
            ],
            capture_output=True,
            text=True,
            check=True,
        )
        results.append(json.loads(done.stdout.strip().splitlines()[-1])["ms"])
    return {key: statistics.median(r[key] for r in results) for key in results[0]}


def calendar_data_cost(site: Path, runs: int = 7) -> str:
    """What the holiday and zone data cost: bytes in the wheel, and the first compose that
    uses them inside Pyodide, against the same request without a region (fresh interpreters)."""
    import zipfile

    wheel = next((site / "pyodide").rglob("composer-*.whl"))
    with zipfile.ZipFile(wheel) as archive:
        packed = {i.filename: (i.file_size, i.compress_size) for i in archive.infolist()}
    plain = {**SAMPLE, "now": "2026-11-24T15:00+00:00"}
    regional = {**plain, "region": "US-NY", "time_zone": "America/New_York"}
    regional["reader_time_zone"] = "Europe/London"
    files = []
    for request in (plain, regional):
        with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as handle:
            json.dump(request, handle)
            files.append(handle.name)
    done = subprocess.run(
        ["node", str(ROOT / "bench" / "calendar-cost.mjs"), str(site / "pyodide"), *files, str(runs)],
        capture_output=True,
        text=True,
        check=True,
    )
    ms = json.loads(done.stdout.strip().splitlines()[-1])

    def spread(values: list[float]) -> str:
        return f"{statistics.median(values):.1f} ms ({min(values):.1f}–{max(values):.1f})"

    lines = [
        "| calendar data | raw | in the wheel (deflated) |",
        "|---|---:|---:|",
    ]
    for name in ("composer/holidays.json", "composer/zones.json"):
        raw, deflated = packed[name]
        lines.append(f"| `{name}` | {raw:,} B | {deflated:,} B |")
    lines += [
        f"| whole wheel | | {wheel.stat().st_size:,} B |",
        "",
        f"- First compose in a fresh Pyodide, median and range of {runs}: without a region "
        f"{spread(ms['plain'])}; with a region and two zones {spread(ms['regional'])} "
        "(reads both files, imports `zoneinfo`). `import composer` is unchanged: the data and "
        f"`zoneinfo` load on first use ({spread(ms['import'])}).",
    ]
    return "\n".join(lines)


def cpython_request_ms(repeat: int = 300) -> float:
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        composer.handle(SAMPLE)
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples)


def lighthouse(url: str, chromium: str, flags: list[str]) -> dict[str, Any]:
    with tempfile.NamedTemporaryFile(suffix=".json") as out:
        subprocess.run(
            [
                str(NODE_MODULES / ".bin" / "lighthouse"),
                url,
                "--quiet",
                "--output=json",
                f"--output-path={out.name}",
                f"--chrome-flags={' '.join(flags)}",
            ],
            env={**os.environ, "CHROME_PATH": chromium},
            check=True,
            capture_output=True,
        )
        report = json.loads(Path(out.name).read_text("utf-8"))
    scores = {
        name: round(category["score"] * 100) for name, category in report["categories"].items()
    }
    scores["tbt_ms"] = round(report["audits"]["total-blocking-time"]["numericValue"])
    return scores


def versions(chromium_path: str) -> str:
    chromium = subprocess.run(
        [chromium_path, "--version"], capture_output=True, text=True
    ).stdout.strip()
    node = subprocess.run(["node", "--version"], capture_output=True, text=True).stdout.strip()
    pyodide = json.loads((NODE_MODULES / "pyodide" / "package.json").read_text())["version"]
    cpu = next(
        (
            line.split(":", 1)[1].strip()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if line.startswith("model name")
        ),
        platform.processor(),
    )
    return (
        f"{chromium}; Node {node}; Pyodide {pyodide}; CPython {platform.python_version()}; "
        f"{os.cpu_count()} cores, {cpu}"
    )
