"""Two builds of the site side by side: cold and warm first draft of each, alternated.

    .venv/bin/python bench/ab_sites.py OLD_SITE OLD_PORT NEW_SITE NEW_PORT [RUNS] [CPU_SHARE]

CPU_SHARE (say 0.25) holds the whole browser to that share of a core, as `make bench` does,
and then times only the 10 Mbit/s profile.

Each site must have been built for http://127.0.0.1:PORT/after-the-interview/ (SITE_URL).
Both are served as the benchmark serves the site (gzip, max-age=600, validators); visits alternate
(old, new, then new, old) on loopback and at 10 Mbit/s, so load on this noisy machine
falls on both alike. Prints medians with ranges, and new ÷ old. Used to price a change
that adds bytes or start-up work, like the calendar data (bench/RESULTS.md).
"""

from __future__ import annotations

import statistics
import sys
from contextlib import ExitStack
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from run import NETWORKS, launch  # run.py puts tests/ on the path  # noqa: I001
from playwright.sync_api import sync_playwright
from site_server import serve
from visits import composer_visit, new_context


def main() -> None:
    old_site, old_port, new_site, new_port = sys.argv[1:5]
    runs = int(sys.argv[5]) if len(sys.argv) > 5 else 5
    share = float(sys.argv[6]) if len(sys.argv) > 6 else None
    with (
        serve(Path(old_site), int(old_port), cache_seconds=600, gzip_text=True, validators=True) as old,
        serve(Path(new_site), int(new_port), cache_seconds=600, gzip_text=True, validators=True) as new,
        sync_playwright() as playwright,
        ExitStack() as stack,
    ):
        browser, how = launch(playwright, stack, share)
        print(f"CPU: {how}")
        for name in ("loopback", "10 Mbit/s, 40 ms") if share is None else ("10 Mbit/s, 40 ms",):
            profile = NETWORKS[name]
            times: dict[str, list[float]] = {"old": [], "new": [], "old warm": [], "new warm": []}
            sizes: dict[str, list[float]] = {"old": [], "new": []}
            for run in range(runs):
                for label in ("old", "new") if run % 2 == 0 else ("new", "old"):
                    context = new_context(browser, service_workers=False)
                    site = old if label == "old" else new
                    row = composer_visit(context, site, profile, offline_save=False)
                    times[label].append(row["first_draft"])
                    sizes[label].append(row["bytes"])
                    # The same profile again: the HTTP cache and the stored Python snapshot.
                    times[f"{label} warm"].append(composer_visit(context, site, profile, offline_save=False)["first_draft"])
                    context.close()
            for label in ("old", "new"):
                for visit in (label, f"{label} warm"):
                    t = times[visit]
                    print(
                        f"{name:18} {visit:8}: first draft median {statistics.median(t):.0f} ms "
                        f"(range {min(t):.0f}–{max(t):.0f}), bytes {statistics.median(sizes[label]):,.0f}"
                    )
            for visit in ("", " warm"):
                ratio = statistics.median(times[f"new{visit}"]) / statistics.median(times[f"old{visit}"])
                print(f"{name:18} new ÷ old{visit}: {ratio:.3f}")
        browser.close()


if __name__ == "__main__":
    main()
