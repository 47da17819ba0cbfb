"""Generate the composer's calendar data: public holidays and time-zone rules.

Runs on CPython at build time with the pinned ``holidays`` and ``tzdata``
packages (requirements-dev.in, locked in requirements-dev.txt); neither ships to
the browser. It writes two small files beside the composer:

- ``composer/holidays.json``: every public holiday of each supported country
  and its subdivisions, from last year to three years ahead.
- ``composer/zones.json``: the IANA zone rules for every zone name a browser
  can report, trimmed to the transitions from ``ZONE_CUTOFF`` on (the rule
  string at each file's end covers the years after its last transition), and
  de-duplicated, since most zones share their recent rules with a neighbour.

    make calendar-data           # regenerate both files
    python scripts/calendar_data.py --check   # exit 1 if they are out of date

tests/test_calendar_data.py runs ``--check``'s comparison, so a new pin of
either package fails the tests until the data is regenerated.
"""

from __future__ import annotations

import argparse
import base64
import datetime as dt
import io
import json
import re
import struct
import sys
from importlib import resources
from pathlib import Path
from typing import Any

import holidays
import tzdata

ROOT = Path(__file__).resolve().parent.parent
HOLIDAYS_FILE = ROOT / "composer" / "holidays.json"
ZONES_FILE = ROOT / "composer" / "zones.json"

FIRST_YEAR, LAST_YEAR = 2025, 2029  # last year to three years ahead, as of December 2026
ZONE_CUTOFF = dt.datetime(2024, 1, 1, tzinfo=dt.UTC)

# The countries the composer knows, with the name the form shows. Subdivisions
# come from the holidays package itself, except where its codes are not ISO 3166-2
# (the Netherlands' are school-holiday regions, with the same public holidays).
COUNTRIES: dict[str, str] = {
    "US": "United States",
    "CA": "Canada",
    "GB": "United Kingdom",
    "IE": "Ireland",
    "AU": "Australia",
    "NZ": "New Zealand",
    "IN": "India",
    "SG": "Singapore",
    "ZA": "South Africa",
    "DE": "Germany",
    "FR": "France",
    "NL": "Netherlands",
    "JP": "Japan",
    "IL": "Israel",
}
NO_SUBDIVISIONS = frozenset({"NL"})


# ---- holidays ---------------------------------------------------------------


def _days(calendar: holidays.HolidayBase) -> dict[str, str]:
    return {day.isoformat(): name for day, name in sorted(calendar.items())}


def _subdivision_names(cls: type[holidays.HolidayBase]) -> dict[str, str]:
    aliases = getattr(cls, "subdivisions_aliases", {}) or {}
    names: dict[str, str] = {}
    for alias, code in aliases.items():
        # The first alias that is a name, not a code ("British Columbia", not "BC"),
        # in the package's order, which lists the English name first.
        if code not in names and not alias.isupper():
            names[code] = alias
    return names


def holiday_data() -> dict[str, Any]:
    """Every holiday, by country; a subdivision lists only how it differs from its country."""
    years = range(FIRST_YEAR, LAST_YEAR + 1)
    names: list[str] = []

    def index(name: str) -> int:
        if name not in names:
            names.append(name)
        return names.index(name)

    countries: dict[str, Any] = {}
    for code, title in COUNTRIES.items():
        cls = holidays.country_holidays(code).__class__
        national = _days(holidays.country_holidays(code, years=years))
        entry: dict[str, Any] = {
            "name": title,
            "days": {day: index(name) for day, name in national.items()},
            "subdivisions": {},
        }
        labels = _subdivision_names(cls)
        for sub in () if code in NO_SUBDIVISIONS else cls.subdivisions:
            local = _days(holidays.country_holidays(code, subdiv=sub, years=years))
            entry["subdivisions"][sub] = {
                "name": labels.get(sub, sub),
                "add": {d: index(n) for d, n in local.items() if national.get(d) != n},
                "drop": sorted(set(national) - set(local)),
            }
        countries[code] = entry
    return {
        "source": f"holidays {holidays.__version__}",
        "years": [FIRST_YEAR, LAST_YEAR],
        "names": names,
        "countries": countries,
    }


# ---- zones --------------------------------------------------------------------


def _read_tzif(
    data: bytes,
) -> tuple[list[int], list[int], list[tuple[int, int, int]], bytes, bytes]:
    """The 64-bit block of a TZif file (RFC 8536): transitions, their types, types, abbreviations, footer."""
    if data[:4] != b"TZif" or data[4:5] < b"2":
        raise ValueError("not a TZif file of version 2 or later")
    counts = struct.unpack(">6l", data[20:44])
    isut, isstd, leap, times, types, chars = counts
    offset = 44 + times * 5 + types * 6 + chars + leap * 8 + isstd + isut
    isut, isstd, leap, times, types, chars = struct.unpack(">6l", data[offset + 20 : offset + 44])
    pos = offset + 44
    transitions = list(struct.unpack(f">{times}q", data[pos : pos + 8 * times]))
    pos += 8 * times
    indices = list(data[pos : pos + times])
    pos += times
    ttinfos = [struct.unpack(">lBB", data[pos + 6 * i : pos + 6 * i + 6]) for i in range(types)]
    pos += 6 * types
    abbrs = data[pos : pos + chars]
    pos += chars + leap * 12 + isstd + isut
    footer = data[pos:].strip(b"\n")
    return transitions, indices, ttinfos, abbrs, footer


def _abbr(abbrs: bytes, start: int) -> bytes:
    return abbrs[start : abbrs.index(b"\0", start)]


def _footer_type(ttinfos: list[tuple[int, int, int]], abbrs: bytes, footer: bytes) -> int:
    """The type named first in the rule string (its standard time), for a file with no transitions."""
    std = (
        footer.lstrip(b"<").split(b">")[0]
        if footer.startswith(b"<")
        else re.match(rb"[A-Za-z]+", footer)
    )
    name = std if isinstance(std, bytes) else (std.group() if std else b"")
    for index, (_, isdst, at) in enumerate(ttinfos):
        if not isdst and _abbr(abbrs, at) == name:
            return index
    return len(ttinfos) - 1


def trim_tzif(data: bytes, cutoff: dt.datetime = ZONE_CUTOFF) -> bytes:
    """A TZif file that agrees with ``data`` from ``cutoff`` on, holding only what that needs."""
    transitions, indices, ttinfos, abbrs, footer = _read_tzif(data)
    start = int(cutoff.timestamp())
    later = [(t, i) for t, i in zip(transitions, indices, strict=True) if t >= start]
    if later:
        # Explicit transitions still to come: open with the type in force at the cutoff.
        before = [i for t, i in zip(transitions, indices, strict=True) if t < start]
        kept = [(start, before[-1] if before else 0), *later]
    else:
        kept = []  # the rule string at the end governs every moment from the cutoff on
    used = sorted({i for _, i in kept}) or [_footer_type(ttinfos, abbrs, footer)]
    names: list[bytes] = []
    new_types = []
    for i in used:
        utoff, isdst, abbr_at = ttinfos[i]
        name = _abbr(abbrs, abbr_at)
        if name not in names:
            names.append(name)
        new_types.append((utoff, isdst, sum(len(n) + 1 for n in names[: names.index(name)])))
    chars = b"".join(n + b"\0" for n in names)
    remap = {old: new for new, old in enumerate(used)}
    # A version-1 block with one type, as RFC 8536 asks; readers of version 2 skip it.
    v1 = (
        b"TZif2"
        + b"\0" * 15
        + struct.pack(">6l", 0, 0, 0, 0, 1, 1)
        + struct.pack(">lBB", 0, 0, 0)
        + b"\0"
    )
    header = (
        b"TZif2" + b"\0" * 15 + struct.pack(">6l", 0, 0, 0, len(kept), len(new_types), len(chars))
    )
    body = struct.pack(f">{len(kept)}q", *(t for t, _ in kept))
    body += bytes(remap[i] for _, i in kept)
    body += b"".join(struct.pack(">lBB", *t) for t in new_types) + chars
    return v1 + header + body + b"\n" + footer + b"\n"


def _agrees(trimmed: bytes, original: bytes, since: dt.datetime) -> bool:
    """Whether the trimmed rules give the original's offset, DST and name from ``since`` to 2037.

    Compared weekly, and either side of each of the original's transitions.
    """
    from zoneinfo import ZoneInfo, _zoneinfo

    try:
        # The pure-Python reader first: a file it can't read raises, where C could crash.
        _zoneinfo.ZoneInfo.from_file(io.BytesIO(trimmed)).utcoffset(since)
    except (IndexError, ValueError):
        return False
    ours, ref = ZoneInfo.from_file(io.BytesIO(trimmed)), ZoneInfo.from_file(io.BytesIO(original))
    start, end = int(since.timestamp()), int(dt.datetime(2037, 1, 1, tzinfo=dt.UTC).timestamp())
    edges = [t + d for t in _read_tzif(original)[0] if start <= t < end for d in (-1, 0)]
    for stamp in [*range(start, end, 7 * 86400), *edges]:
        moment = dt.datetime.fromtimestamp(stamp, dt.UTC)
        a, b = moment.astimezone(ours), moment.astimezone(ref)
        if (a.utcoffset(), a.dst(), a.tzname()) != (b.utcoffset(), b.dst(), b.tzname()):
            return False
    return True


def trim_checked(original: bytes) -> bytes:
    """The shortest trim that agrees with the original from ``ZONE_CUTOFF`` on.

    Dropping old transitions can leave a reader unable to tell a daylight-saving
    type's offset (it looks at the neighbours), so a cut that fails is moved a
    year earlier until it agrees; the whole file is the last resort.
    """
    for year in range(ZONE_CUTOFF.year, 1999, -1):
        trimmed = trim_tzif(original, dt.datetime(year, 1, 1, tzinfo=dt.UTC))
        if _agrees(trimmed, original, ZONE_CUTOFF):
            return trimmed
    return original


def zone_names() -> list[str]:
    """Every zone file in the pinned tzdata, links included (browsers report old names too)."""
    root = resources.files(tzdata).joinpath("zoneinfo")
    found: list[str] = []

    def walk(node: Any, prefix: str) -> None:
        for child in node.iterdir():
            name = f"{prefix}{child.name}"
            if child.is_dir():
                walk(child, f"{name}/")
            elif (
                child.name[0].isupper()
                and "." not in child.name
                and child.read_bytes()[:4] == b"TZif"
            ):
                found.append(name)

    walk(root, "")
    return sorted(found)


def zone_data() -> dict[str, Any]:
    """Each zone's trimmed rules, stored once per distinct content."""
    root = resources.files(tzdata).joinpath("zoneinfo")
    blobs: list[str] = []
    zones: dict[str, int] = {}
    for name in zone_names():
        blob = base64.b64encode(trim_checked(root.joinpath(name).read_bytes())).decode()
        if blob not in blobs:
            blobs.append(blob)
        zones[name] = blobs.index(blob)
    countries: dict[str, str] = {}
    for line in root.joinpath("zone.tab").read_text("utf-8").splitlines():
        if line and not line.startswith("#"):
            code, _, zone, *_ = line.split("\t")
            countries[zone] = code
    return {
        "source": f"tzdata {tzdata.IANA_VERSION}",
        "from": ZONE_CUTOFF.date().isoformat(),
        "zones": zones,
        "rules": blobs,
        "countries": countries,
    }


def render(data: dict[str, Any]) -> str:
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"), sort_keys=False) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare, don't write")
    args = parser.parse_args(argv)
    stale = []
    for path, data in ((HOLIDAYS_FILE, holiday_data()), (ZONES_FILE, zone_data())):
        text = render(data)
        if args.check:
            if not path.exists() or path.read_text("utf-8") != text:
                stale.append(path.name)
        else:
            path.write_text(text, "utf-8")
            print(f"wrote {path.relative_to(ROOT)}: {len(text.encode()):,} bytes")
    if stale:
        print(f"out of date: {', '.join(stale)}; run make calendar-data", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
