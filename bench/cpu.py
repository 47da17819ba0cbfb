"""A slow phone's CPU for the whole browser: page, workers and network process alike.

DevTools CPU throttling slows only the page's main thread, and the composer's Python runs
in a worker, so it flatters us. Instead, every Chromium process of one browser goes into a
Linux cgroup (v1 ``cpu`` or v2) whose quota is a share of one core: a 0.25 share lets the
whole browser run 2.5 ms in every 10 ms. The period is short on purpose: with the kernel's
default 100 ms, a burst of work runs at full speed for 25 ms and then freezes for 75, which is
not how a slow core behaves (it is slow all the time) and turns every 30 ms task into a 100 ms
one. Processes Chromium starts later (each page's renderer) are forked from ones already
inside, so they inherit it.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

__all__ = ["browser_pids", "cpu_limited", "move_into"]

_PERIOD_US = 10_000
_V1 = Path("/sys/fs/cgroup/cpu")
_V2 = Path("/sys/fs/cgroup/unified")


def _parents() -> dict[int, int]:
    parents = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
                parents[int(entry.name)] = int(fields[1])
            except (OSError, IndexError, ValueError):
                continue
    return parents


def browser_pids() -> list[int]:
    """This process's descendants that are Chromium (not Playwright's Node driver)."""
    parents = _parents()
    mine, found = {os.getpid()}, []
    changed = True
    while changed:
        changed = False
        for pid, parent in parents.items():
            if parent in mine and pid not in mine:
                mine.add(pid)
                changed = True
    for pid in mine - {os.getpid()}:
        try:
            name = Path(f"/proc/{pid}/comm").read_text().strip()
        except OSError:
            continue
        if name.startswith(("chrom", "chrome")):
            found.append(pid)
    return sorted(found)


@contextmanager
def cpu_limited(share: float) -> Iterator[Path | None]:
    """A cgroup limited to ``share`` of one core; yields its ``cgroup.procs`` file (write a pid
    there to move that process in), or ``None`` where cgroups can't be written here."""
    for root, quota_file in ((_V1, "cpu.cfs_quota_us"), (_V2, "cpu.max")):
        group = root / f"after-the-interview-bench-{os.getpid()}"
        try:
            group.mkdir(exist_ok=True)
            quota = int(share * _PERIOD_US)
            text = f"{quota} {_PERIOD_US}" if quota_file == "cpu.max" else str(quota)
            if quota_file == "cpu.cfs_quota_us":
                (group / "cpu.cfs_period_us").write_text(str(_PERIOD_US))
            (group / quota_file).write_text(text)
        except OSError:
            continue
        try:
            yield group / "cgroup.procs"
        finally:
            _release(group)
        return
    yield None


def move_into(procs: Path, pids: list[int]) -> int:
    """Move each of ``pids`` into the cgroup; the number moved."""
    moved = 0
    for pid in pids:
        try:
            procs.write_text(str(pid))
            moved += 1
        except OSError:
            continue  # it exited meanwhile
    return moved


def _release(group: Path) -> None:
    """Move anything left back to the root group, then remove the group."""
    root = group.parent / "cgroup.procs"
    try:
        for pid in (group / "cgroup.procs").read_text().split():
            with suppress(OSError):
                root.write_text(pid)
        group.rmdir()
    except OSError:
        pass
