"""Benchmark the composer against stock Pyodide, and print medians with ranges and floors.

    make bench                 # or: .venv/bin/python bench/run.py [--runs 5] [--write]

Builds the site and serves it on loopback as GitHub Pages serves it (gzipped text and wasm,
Cache-Control max-age=600, ETag and Last-Modified, 304s). Drives Debian's chromium through
Playwright in two CPU settings: as it is, and with the whole browser (page, workers, network
process) held to a quarter of one core by a cgroup (bench/cpu.py). Each figure is the median
of ``--runs`` alternated pairs (ours then the console, then the console then ours), printed
with its range, beside the physical floor computed in the same run: one round trip, plus the
bytes over the bandwidth, plus the CPU work left after the last byte arrived. The anchor is
the stock console.html from the npm ``pyodide`` package, served by the same server; its CDN
scripts are answered from node_modules so it runs offline, unmodified. ``--write`` also
records the run in bench/RESULTS.md.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import subprocess
import sys
import tempfile
from contextlib import ExitStack
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests"), str(ROOT / "bench")]

from chromium import CHROMIUM_ARGS, find_chromium  # noqa: E402
from cpu import browser_pids, cpu_limited, move_into  # noqa: E402
from extras import (  # noqa: E402
    SAMPLE,
    bytes_by_type,
    calendar_data_cost,
    cpython_request_ms,
    lighthouse,
    pyodide_import_ms,
    versions,
)
from playwright.sync_api import Browser, sync_playwright  # noqa: E402
from site_server import SUB_PATH, serve  # noqa: E402
from tables import report_tables  # noqa: E402
from visits import anchor_visit, compose_latency, composer_visit, new_context, prefetch_visit  # noqa: E402

NODE_MODULES = ROOT / "node_modules"
CHROMIUM = find_chromium() or "chromium"
CDN_COPIES = {  # what the stock console asks a CDN for, and our npm copy of it
    "jquery@3.7.1": NODE_MODULES / "jquery" / "dist" / "jquery.min.js",
    "jquery.terminal.min.js": NODE_MODULES / "jquery.terminal" / "js" / "jquery.terminal.min.js",
    "unix_formatting.min.js": NODE_MODULES / "jquery.terminal" / "js" / "unix_formatting.js",
    "jquery.terminal.min.css": NODE_MODULES / "jquery.terminal" / "css" / "jquery.terminal.min.css",
}
# Networks, emulated through the DevTools protocol for the page and its workers.
NETWORKS: dict[str, dict[str, float] | None] = {
    "loopback": None,
    "10 Mbit/s, 40 ms": {"downloadThroughput": 10e6 / 8, "uploadThroughput": 3e6 / 8, "latency": 40},
}
# CPU settings: the machine as it is, and a quarter of one core for the whole browser.
CPUS: dict[str, float | None] = {"desktop CPU": None, "0.25 core": 0.25}
# The keystroke case: an interview yesterday afternoon, so its thank-you draft is on screen and
# every keystroke in the role field changes it (the plan, the draft, its checks and exports).
TYPED = {
    "#f-candidate_name": "Sam Rivera",
    "#f-company": "Northwind Health",
    "#f-interview_date": (dt.date.today() - dt.timedelta(days=1)).isoformat(),
    "#f-interview_time": "16:00",
    "#f-interviewers\\.0\\.name": "Priya Natarajan",
    "#f-interviewers\\.0\\.point": SAMPLE["points"][0],
}


def build(out: Path, url: str) -> None:
    env = {**os.environ, "SITE_URL": url, "NO_MKDOCS_2_WARNING": "1"}
    subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "--site-dir", str(out)],
        cwd=ROOT,
        env=env,
        check=True,
    )


def launch(playwright: Any, stack: ExitStack, share: float | None) -> tuple[Browser, str]:
    """A browser, held to ``share`` of a core when given; and how the limit was applied."""
    browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
    stack.callback(browser.close)
    if share is None:
        return browser, "none"
    procs = stack.enter_context(cpu_limited(share))
    if procs is None:
        raise SystemExit("bench: no writable cgroup here, so the 0.25-core profile can't run")
    moved = move_into(procs, browser_pids())
    return browser, f"cgroup quota {share:g} of a core, {moved} Chromium processes at launch"


def alternated(browser: Browser, url: str, anchor_url: str, network: dict[str, float] | None, runs: int) -> dict[str, list[dict[str, Any]]]:
    """``runs`` pairs, ours first in even pairs and the console first in odd ones; each visit
    cold (a fresh profile) and then warm (the same profile again)."""
    found: dict[str, list[dict[str, Any]]] = {"ours cold": [], "ours warm": [], "console cold": [], "console warm": []}
    for index in range(runs):
        for who in ("ours", "console") if index % 2 == 0 else ("console", "ours"):
            if who == "ours":
                # DevTools throttling doesn't reach a service worker, whose fetches would run at
                # loopback speed: under a network profile the warm visit goes without it.
                context = new_context(browser, service_workers=network is None)
                found["ours cold"].append(composer_visit(context, url, network, offline_save=network is None))
                found["ours warm"].append(composer_visit(context, url, network, offline_save=False))
            else:
                context = new_context(browser, CDN_COPIES)
                found["console cold"].append(anchor_visit(context, anchor_url, network))
                found["console warm"].append(anchor_visit(context, anchor_url, network))
            context.close()
    return found


def prefetches(browser: Browser, url: str, network: dict[str, float] | None, runs: int) -> list[dict[str, Any]]:
    rows = []
    for _ in range(runs):
        context = new_context(browser)
        rows.append(prefetch_visit(context, url, network))
        context.close()
    return rows


def report(runs: int) -> str:
    with tempfile.TemporaryDirectory() as tmp, serve(
        Path(tmp) / "site",
        mounts={"/anchor/": NODE_MODULES / "pyodide"},
        cache_seconds=600,
        gzip_text=True,
        validators=True,
    ) as url:
        build(Path(tmp) / "site", url)
        anchor_url = url.replace(SUB_PATH, "/anchor/") + "console.html"
        results: dict[str, Any] = {"runs": runs, "visits": {}, "latency": {}, "limits": {}}
        with sync_playwright() as playwright:
            for cpu, share in CPUS.items():
                with ExitStack() as stack:
                    browser, how = launch(playwright, stack, share)
                    results["limits"][cpu] = how
                    for network_name, network in NETWORKS.items():
                        print(f"bench: {cpu}, {network_name}", file=sys.stderr, flush=True)
                        results["visits"][(cpu, network_name)] = alternated(browser, url, anchor_url, network, runs)
                    edits = 200 if share is None else 100
                    results["latency"][cpu] = compose_latency(browser, url, TYPED, edits)
                    if share is None:
                        results["prefetch"] = prefetches(browser, url, NETWORKS["10 Mbit/s, 40 ms"], runs)
                        results["bytes"] = {
                            "composer": bytes_by_type(browser, url + "composer/"),
                            "guide": bytes_by_type(browser, url + "when/"),
                        }
        results["imports"] = pyodide_import_ms(Path(tmp) / "site")
        results["cpython_ms"] = cpython_request_ms()
        results["scores"] = {
            "home": lighthouse(url, CHROMIUM, CHROMIUM_ARGS),
            "composer": lighthouse(url + "composer/", CHROMIUM, CHROMIUM_ARGS),
        }
        calendar = calendar_data_cost(Path(tmp) / "site")
    return f"{report_tables(results, NETWORKS)}\n\n{calendar}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--write", action="store_true", help="also write bench/RESULTS.md")
    parser.add_argument("--calendar", metavar="SITE", help="only the calendar data's cost, for a built site")
    args = parser.parse_args()
    if args.calendar:
        print(calendar_data_cost(Path(args.calendar)))
        return
    table = report(args.runs)
    print(table)
    if args.write:
        head = (
            f"# Benchmark results\n\nRun on {dt.date.today():%Y-%m-%d} with `make bench`.\n\n"
            f"Machine and versions: {versions(CHROMIUM)}.\n\n"
        )
        levers = (ROOT / "bench" / "LEVERS.md").read_text("utf-8")  # hand-written, kept as is
        (ROOT / "bench" / "RESULTS.md").write_text(f"{head}{table}\n\n{levers}", "utf-8")


if __name__ == "__main__":
    main()
