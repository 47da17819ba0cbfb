"""The benchmark's tables: medians with ranges, floors and ratios, and each target met or not.

The floor of a visit is what physics allows on its network and CPU: one round trip, plus the
bytes sent until the first draft over the bandwidth, plus the CPU work left after the last
byte arrived (first draft minus last byte, measured in the same visit). On loopback there is
no floor to speak of: downloads take no time, and all that is left is CPU work.
"""

from __future__ import annotations

import statistics
from typing import Any

__all__ = ["floor", "report_tables", "spread"]


def spread(values: list[float], digits: int = 0) -> str:
    """"7,105 (6,820–7,452)": the median, then the range."""
    values = [v for v in values if v is not None]
    if not values:
        return "–"
    return f"{statistics.median(values):,.{digits}f} ({min(values):,.{digits}f}–{max(values):,.{digits}f})"


def floor(rows: list[dict[str, Any]], network: dict[str, float] | None) -> float | None:
    """The physical floor for these visits, in milliseconds (see the module's docstring)."""
    tails = [max(0.0, r["first_draft"] - r["last_byte"]) for r in rows if r.get("last_byte") is not None]
    if not tails or not network:
        return None  # on loopback the bytes take no time: the floor is all CPU, and not separable
    wire = network["latency"] + statistics.median(r["bytes"] for r in rows) / network["downloadThroughput"] * 1000
    return wire + statistics.median(tails)


def _met(ok: bool) -> str:
    return "met" if ok else "**not met**"


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def report_tables(results: dict[str, Any], networks: dict[str, dict[str, float] | None]) -> str:
    runs, visits = results["runs"], results["visits"]
    lines = [
        f"Each figure is the median of {runs} alternated pairs (ours, then the console; then the console, "
        "then ours), with its range in brackets, in milliseconds from navigation start. A cold visit "
        "starts with an empty browser profile; a warm one is the second visit in the same profile. "
        "The composer's time is to its first real draft: \"Try an example\" clicked as soon as Python "
        "is ready, and the draft on screen. The stock console's is to its prompt being ready. Bytes "
        "are what the server sent (it behaves as GitHub Pages: gzip, max-age=600, ETag, 304s). "
        "The floor is one round trip, plus the bytes over the bandwidth, plus the CPU work left "
        "after the last byte over the wire (measured in the same visits); loopback has none.",
        "",
        "CPU limits: " + "; ".join(f"{cpu}: {how}" for cpu, how in results["limits"].items()) + ".",
        "",
        "| CPU | network | page | visit | first paint | Python ready | first draft / prompt | floor | ÷ floor | bytes sent |",
        "|---|---|---|---|---:|---:|---:|---:|---:|---:|",
    ]
    floors: dict[tuple[str, str, str], float | None] = {}
    for (cpu, network), found in visits.items():
        for key, rows in found.items():
            who, visit = key.split()
            page = "composer" if who == "ours" else "stock console.html"
            low = floor(rows, networks[network]) if visit == "cold" else None
            if visit == "cold":
                floors[(cpu, network, who)] = low
            draft = statistics.median(r["first_draft"] for r in rows)
            ratio = f"{draft / low:.2f}" if low else "–"
            lines.append(
                f"| {cpu} | {network} | {page} | {visit} | {spread([r['first_paint'] for r in rows])} | "
                f"{spread([r['python_ready'] for r in rows])} | {spread([r['first_draft'] for r in rows])} | "
                f"{f'{low:,.0f}' if low else '–'} | {ratio} | {statistics.median(r['bytes'] for r in rows):,.0f} |"
            )
    lines += ["", "| target | CPU | network | result | |", "|---|---|---|---|---|"]
    for (cpu, network), found in visits.items():
        cold = [r["first_draft"] for r in found["ours cold"]]
        low = floors[(cpu, network, "ours")]
        if network.startswith("10 Mbit") and low:
            ratios = [c / low for c in cold]
            lines.append(f"| cold ≤ 1.10 × floor | {cpu} | {network} | {spread(ratios, 2)} | {_met(statistics.median(ratios) <= 1.10)} |")
        pairs = [o["first_draft"] / c["first_draft"] for o, c in zip(found["ours cold"], found["console cold"], strict=True)]
        if network.startswith("10 Mbit"):
            ok = statistics.median(pairs) <= 0.75 and max(pairs) < 0.85
            lines.append(f"| cold ≤ 0.75 × console (range below 0.85) | {cpu} | {network} | {spread(pairs, 2)} | {_met(ok)} |")
        else:
            lines.append(f"| cold ÷ console | {cpu} | {network} | {spread(pairs, 2)} | reported |")
        warm = [w["first_draft"] / c["first_draft"] for w, c in zip(found["ours warm"], found["ours cold"], strict=True)]
        lines.append(f"| warm ≤ 0.5 × cold | {cpu} | {network} | {spread(warm, 2)} | {_met(statistics.median(warm) <= 0.5)} |")
    for cpu, times in results["latency"].items():
        p50, p95 = _percentile(times, 0.5), _percentile(times, 0.95)
        target = cpu == "0.25 core"
        lines.append(
            f"| keystroke to preview p95{' < 50 ms' if target else ''} ({len(times)} edits) | {cpu} | – | "
            f"p50 {p50:.1f} ms, p95 {p95:.1f} ms | {_met(p95 < 50) if target else 'reported'} |"
        )
    prefetch = results["prefetch"]
    ready = [r["click_to_ready"] for r in prefetch]
    lines.append(
        f"| from a guide page, pointer over the link 1 s before the click: click to ready ≤ 3.0 s | desktop CPU | "
        f"10 Mbit/s, 40 ms | {spread(ready)} ms (to the first draft {spread([r['click_to_draft'] for r in prefetch])}) | "
        f"{_met(statistics.median(ready) <= 3000)} |"
    )
    direct = statistics.median(r["bytes"] for r in visits[("desktop CPU", "10 Mbit/s, 40 ms")]["ours cold"])
    guide = statistics.median(r["guide_bytes"] for r in prefetch)
    after_guide = statistics.median(r["bytes"] - r["guide_bytes"] for r in prefetch)
    lines.append(
        f"| …and no more bytes than a direct visit | desktop CPU | 10 Mbit/s, 40 ms | after the guide page "
        f"({guide:,.0f} B), {after_guide:,.0f} B to ready, against {direct:,.0f} B for a direct visit to its first draft | "
        f"{_met(after_guide <= direct * 1.01)} |"
    )
    first = visits[("desktop CPU", "loopback")]["ours cold"]
    whole = [r["bytes"] + r["bytes_offline_save"] for r in first]
    lines.append(
        f"| whole first visit with the offline save ≤ 5.6 MB | desktop CPU | loopback | "
        f"{spread([w / 1e6 for w in whole], 2)} MB ({statistics.median(r['bytes_offline_save'] for r in first) / 1e6:.2f} MB of it the save) | "
        f"{_met(statistics.median(whole) <= 5.6e6)} |"
    )
    imports = results["imports"]
    lines += [
        "",
        f"- One full request (plan, drafts, checks, exports) on CPython: {results['cpython_ms']:.2f} ms (median of 300)",
        f"- Inside Pyodide under Node: start and wheel {imports['start_and_wheel']:.0f} ms, "
        f"`import composer` {imports['import']:.0f} ms (median of 3)",
        "",
        "| cold visit, bytes by type (decoded) | composer page | guide page (when/) |",
        "|---|---:|---:|",
    ]
    composer_bytes, guide = results["bytes"]["composer"], results["bytes"]["guide"]
    for kind in sorted(set(composer_bytes) | set(guide)):
        lines.append(f"| {kind} | {composer_bytes.get(kind, 0):,} | {guide.get(kind, 0):,} |")
    lines.append(f"| **total** | {sum(composer_bytes.values()):,} | {sum(guide.values()):,} |")
    lines += [
        "",
        "| Lighthouse | performance | accessibility | best practices | SEO | TBT (ms) |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    for name, s in results["scores"].items():
        lines.append(f"| {name} | {s['performance']} | {s['accessibility']} | {s['best-practices']} | {s['seo']} | {s['tbt_ms']} |")
    return "\n".join(lines)
