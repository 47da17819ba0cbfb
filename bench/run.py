"""Benchmark the site against stock Pyodide, and print a table of medians.

    make bench                 # or: .venv/bin/python bench/run.py [--runs 5] [--write]

Builds the site, serves it on loopback (with GitHub Pages' Cache-Control), and
drives Debian's chromium through Playwright. Like GitHub Pages, the server
sends Cache-Control: max-age=600 and gzips text. The anchor is the stock
console.html from the npm ``pyodide`` package, served by the same server; its
CDN scripts (jQuery, jquery.terminal) are answered from node_modules so it
runs offline, unmodified. ``--write`` also records the run in bench/RESULTS.md.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from chromium import CHROMIUM_ARGS, find_chromium  # noqa: E402
from playwright.sync_api import Browser, BrowserContext, Route, sync_playwright  # noqa: E402
from site_server import SUB_PATH, sent_bytes, serve  # noqa: E402

import composer  # noqa: E402
from composer._cli import sample_request  # noqa: E402

NODE_MODULES = ROOT / "node_modules"
CHROMIUM = find_chromium() or "chromium"
FLAGS = CHROMIUM_ARGS
CDN_COPIES = {  # what the stock console asks a CDN for, and our npm copy of it
    "jquery@3.7.1": NODE_MODULES / "jquery" / "dist" / "jquery.min.js",
    "jquery.terminal.min.js": NODE_MODULES / "jquery.terminal" / "js" / "jquery.terminal.min.js",
    "unix_formatting.min.js": NODE_MODULES / "jquery.terminal" / "js" / "unix_formatting.js",
    "jquery.terminal.min.css": NODE_MODULES / "jquery.terminal" / "css" / "jquery.terminal.min.css",
}
SAMPLE = sample_request()


def build(out: Path, url: str) -> None:
    env = {**os.environ, "SITE_URL": url, "NO_MKDOCS_2_WARNING": "1"}
    subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "--site-dir", str(out)],
        cwd=ROOT,
        env=env,
        check=True,
    )


def offline_cdn(route: Route) -> None:
    for needle, path in CDN_COPIES.items():
        if needle in route.request.url:
            kind = "text/css" if path.suffix == ".css" else "text/javascript"
            route.fulfill(path=str(path), content_type=kind)
            return
    route.abort()


def new_context(
    browser: Browser, *, anchor: bool = False, service_workers: bool = True
) -> BrowserContext:
    """A fresh browser profile. Only the stock console's needs its CDN answered locally, and
    Playwright turns the HTTP cache off in a context with routes: its warm visits re-download."""
    context = browser.new_context(service_workers="allow" if service_workers else "block")
    if anchor:
        context.route("https://cdn.jsdelivr.net/**", offline_cdn)
    return context


SNAPSHOT_STORED = (
    "caches.open('after-the-interview:python').then(c => c.keys()).then(k => k.length > 0)"
)
# Network profiles, emulated through the DevTools protocol (bytes per second, ms).
PROFILES: dict[str, dict[str, float] | None] = {
    "loopback": None,
    "10 Mbit/s, 40 ms": {
        "downloadThroughput": 10e6 / 8,
        "uploadThroughput": 3e6 / 8,
        "latency": 40,
    },
    "slow 4G (1.6 Mbit/s, 150 ms)": {
        "downloadThroughput": 1.6e6 / 8,
        "uploadThroughput": 0.75e6 / 8,
        "latency": 150,
    },
}


def throttled_page(context: BrowserContext, profile: dict[str, float] | None):  # type: ignore[no-untyped-def]
    """A new page whose requests (its workers' included) go through ``profile``."""
    page = context.new_page()
    if profile:
        session = context.new_cdp_session(page)
        session.send("Network.enable")
        session.send("Network.emulateNetworkConditions", {"offline": False, **profile})
    return page


def served(url: str) -> int:
    """Bytes the server has sent for ``url``'s site so far."""
    return sum(sent_bytes[url])


def composer_visit(
    context: BrowserContext, url: str, profile=None, offline_save: bool = True
) -> dict[str, float]:  # type: ignore[no-untyped-def]
    """One visit to the composer with the example loaded: times, and bytes the server sent."""
    before = served(url)
    offline_save = offline_save and profile is None
    page = throttled_page(context, profile)
    page.goto(url + "composer/")
    page.locator("#composer-status-text").filter(has_text="Ready").wait_for(timeout=300_000)
    page.click("#try-example")
    page.locator("#draft-0-body").wait_for(timeout=60_000)
    for _ in range(200):
        marks = page.evaluate(
            "['first-contentful-paint', 'composer:python-ready', 'composer:first-draft']"
            ".map(n => performance.getEntriesByName(n)[0]?.startTime ?? null)"
        )
        if None not in marks:
            break
        time.sleep(0.05)
    at_draft = served(url)
    # A reader stays a while: let the first visit store its snapshot and save the site offline.
    for _ in range(600):
        if page.evaluate(SNAPSHOT_STORED) and (
            not offline_save or page.locator("#offline-note").is_visible()
        ):
            break
        time.sleep(0.1)
    page.close()
    row = dict(zip(("first_paint", "python_ready", "first_draft"), marks, strict=True))
    return {**row, "bytes": at_draft - before, "bytes_offline_save": served(url) - at_draft}


def anchor_visit(context: BrowserContext, url: str, profile=None) -> dict[str, float]:  # type: ignore[no-untyped-def]
    base = url.split("/anchor/")[0] + SUB_PATH
    before = served(base)
    page = throttled_page(context, profile)
    page.goto(url)
    ready = page.evaluate("async () => { await window.console_ready; return performance.now(); }")
    paint = page.evaluate(
        "performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null"
    )
    page.close()
    return {
        "first_paint": paint,
        "python_ready": ready,
        "first_draft": ready,
        "bytes": served(base) - before,
    }


def cold_and_warm(
    browser: Browser, visit, url: str, runs: int, profile
) -> tuple[list[dict], list[dict]]:  # type: ignore[no-untyped-def]
    cold, warm = [], []
    anchor = visit is anchor_visit
    for _ in range(runs):
        # DevTools throttling reaches the page and its workers but not a service worker, whose
        # fetches would run at loopback speed: under a throttled profile the composer's warm
        # visit is measured with the HTTP cache and the Python snapshot, not the service worker.
        context = new_context(browser, anchor=anchor, service_workers=profile is None)
        cold.append(visit(context, url, profile))
        warm.append(visit(context, url, profile))  # same context: caches and snapshot kept
        context.close()
    return cold, warm


def offline_visit(browser: Browser, url: str) -> float:
    """First draft with the network off, after one online visit."""
    context = new_context(browser)
    composer_visit(context, url)
    context.set_offline(True)
    row = composer_visit(context, url, offline_save=False)
    context.close()
    return row["first_draft"]


def compose_latency(browser: Browser, url: str, edits: int = 200) -> list[float]:
    context = new_context(browser)
    page = context.new_page()
    page.goto(url + "composer/")
    page.locator("#composer-status-text").filter(has_text="Ready").wait_for(timeout=120_000)
    for selector, value in (
        ("#f-candidate_name", "Sam Rivera"),
        ("#f-company", "Northwind Health"),
        ("#f-interviewers\\.0\\.name", "Priya Natarajan"),
        ("#f-interviewers\\.0\\.point", SAMPLE["points"][0]),
    ):
        page.fill(selector, value)
    page.wait_for_timeout(500)
    times = page.evaluate(
        """async (n) => {
          const input = document.querySelector('#f-role');
          const root = document.getElementById('composer-app');
          const times = [];
          for (let i = 0; i < n; i++) {
            const shown = new Promise((r) => root.addEventListener('composer:rendered', r, { once: true }));
            const t0 = performance.now();
            input.value = 'Designer ' + i;
            input.dispatchEvent(new Event('input', { bubbles: true }));
            await shown;
            await new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
            times.push(performance.now() - t0);
          }
          return times;
        }""",
        edits,
    )
    context.close()
    return times


def bytes_by_type(browser: Browser, url: str) -> dict[str, int]:
    context = new_context(browser)
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


def lighthouse(url: str) -> dict[str, Any]:
    with tempfile.NamedTemporaryFile(suffix=".json") as out:
        subprocess.run(
            [
                str(NODE_MODULES / ".bin" / "lighthouse"),
                url,
                "--quiet",
                "--output=json",
                f"--output-path={out.name}",
                f"--chrome-flags={' '.join(FLAGS)}",
            ],
            env={**os.environ, "CHROME_PATH": CHROMIUM},
            check=True,
            capture_output=True,
        )
        report = json.loads(Path(out.name).read_text("utf-8"))
    scores = {
        name: round(category["score"] * 100) for name, category in report["categories"].items()
    }
    scores["tbt_ms"] = round(report["audits"]["total-blocking-time"]["numericValue"])
    return scores


def median_of(rows: list[dict], key: str) -> float:
    return statistics.median(row[key] for row in rows)


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def versions() -> str:
    chromium = subprocess.run(
        [CHROMIUM, "--version"], capture_output=True, text=True
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


def report(runs: int) -> str:
    with (
        tempfile.TemporaryDirectory() as tmp,
        serve(
            Path(tmp) / "site",
            mounts={"/anchor/": NODE_MODULES / "pyodide"},
            cache_seconds=600,
            gzip_text=True,
        ) as url,
    ):
        build(Path(tmp) / "site", url)
        anchor_url = url.replace(SUB_PATH, "/anchor/") + "console.html"
        visits: dict[str, dict[str, tuple[list[dict], list[dict]]]] = {}
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
            for name, profile in PROFILES.items():
                visits[name] = {
                    "composer": cold_and_warm(browser, composer_visit, url, runs, profile),
                    "stock console.html": cold_and_warm(
                        browser, anchor_visit, anchor_url, runs, profile
                    ),
                }
            offline_ms = offline_visit(browser, url)
            latency = compose_latency(browser, url)
            composer_bytes = bytes_by_type(browser, url + "composer/")
            guide_bytes = bytes_by_type(browser, url + "when/")
            browser.close()
        imports = pyodide_import_ms(Path(tmp) / "site")
        calendar = calendar_data_cost(Path(tmp) / "site")
        cpython_ms = cpython_request_ms()
        scores = {"home": lighthouse(url), "composer": lighthouse(url + "composer/")}
    tables = _tables(
        runs, visits, offline_ms, latency, composer_bytes, guide_bytes, imports, cpython_ms, scores
    )
    return f"{tables}\n\n{calendar}"


def _met(ok: bool) -> str:
    return "met" if ok else "**not met**"


def _tables(
    runs, visits, offline_ms, latency, composer_bytes, guide_bytes, imports, cpython_ms, scores
) -> str:  # type: ignore[no-untyped-def]
    lines = [
        f"Runs: {runs} cold and {runs} warm visits per page and profile; medians in milliseconds from "
        "navigation start. A cold visit starts with an empty browser; a warm one is the second visit "
        "(HTTP cache, service worker and Python snapshot in place). The composer's figures are to its "
        "first draft with the example loaded; the stock console's to its prompt being ready. Bytes are "
        "what the server sent (gzipped text and wasm, as GitHub Pages sends them). The stock console's warm visit downloads again: it needs its CDN answered locally, and Playwright turns the HTTP cache off in a context with routes. Under the throttled profiles the composer's warm visit runs without its service worker, which DevTools throttling does not reach.",
        "",
        "| profile | page | visit | first paint | Python ready | first draft / prompt | bytes sent |",
        "|---|---|---|---:|---:|---:|---:|",
    ]
    for profile, pages in visits.items():
        for page, (cold, warm) in pages.items():
            for visit, rows in (("cold", cold), ("warm", warm)):
                lines.append(
                    f"| {profile} | {page} | {visit} | {median_of(rows, 'first_paint'):.0f} | "
                    f"{median_of(rows, 'python_ready'):.0f} | {median_of(rows, 'first_draft'):.0f} | "
                    f"{median_of(rows, 'bytes'):,.0f} |"
                )
    lines += ["", "| target | profile | result | |", "|---|---|---:|---|"]
    cold_bytes = median_of(visits["loopback"]["composer"][0], "bytes")
    lines.append(
        f"| bytes on a cold composer visit ≤ 5.0 MB | loopback | {cold_bytes / 1e6:.2f} MB | {_met(cold_bytes <= 5.0e6)} |"
    )
    save = median_of(visits["loopback"]["composer"][0], "bytes_offline_save")
    lines.append(f"| (then saving the site for offline use) | loopback | +{save / 1e6:.2f} MB | |")
    for profile, pages in visits.items():
        ours_cold = median_of(pages["composer"][0], "first_draft")
        anchor_cold = median_of(pages["stock console.html"][0], "first_draft")
        ratio = ours_cold / anchor_cold
        target = profile.startswith("10 Mbit")
        lines.append(
            f"| cold ÷ stock console cold{' ≤ 0.75' if target else ''} | {profile} | {ratio:.2f} | "
            f"{_met(ratio <= 0.75) if target else 'reported'} |"
        )
    for profile, pages in visits.items():
        cold, warm = (median_of(rows, "first_draft") for rows in pages["composer"])
        lines.append(
            f"| warm ÷ cold ≤ 0.5 | {profile} | {warm / cold:.2f} | {_met(warm / cold <= 0.5)} |"
        )
    lines.append(
        f"| offline: first draft with the network off, after one visit | loopback | {offline_ms:.0f} ms | met |"
    )
    lines += [
        "",
        f"- Compose latency over {len(latency)} edits, input event to preview on screen: "
        f"p50 **{percentile(latency, 0.5):.1f} ms**, p95 **{percentile(latency, 0.95):.1f} ms** (target p95 < 50)",
        f"- One full request (plan, drafts, checks, exports) on CPython: {cpython_ms:.2f} ms (median of 300)",
        f"- Inside Pyodide under Node: start and wheel {imports['start_and_wheel']:.0f} ms, "
        f"`import composer` {imports['import']:.0f} ms (median of 3)",
        "",
        "| cold visit, bytes by type (decoded) | composer page | guide page (when/) |",
        "|---|---:|---:|",
    ]
    for kind in sorted(set(composer_bytes) | set(guide_bytes)):
        lines.append(f"| {kind} | {composer_bytes.get(kind, 0):,} | {guide_bytes.get(kind, 0):,} |")
    lines.append(
        f"| **total** | {sum(composer_bytes.values()):,} | {sum(guide_bytes.values()):,} |"
    )
    lines += [
        "",
        "| Lighthouse | performance | accessibility | best practices | SEO | TBT (ms) |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    for name, s in scores.items():
        lines.append(
            f"| {name} | {s['performance']} | {s['accessibility']} | {s['best-practices']} | {s['seo']} | {s['tbt_ms']} |"
        )
    return "\n".join(lines)


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
            f"Machine and versions: {versions()}.\n\n"
        )
        levers = (ROOT / "bench" / "LEVERS.md").read_text("utf-8")  # hand-written, kept as is
        (ROOT / "bench" / "RESULTS.md").write_text(f"{head}{table}\n\n{levers}", "utf-8")


if __name__ == "__main__":
    main()
