"""Soak: random navigations through every public screen inside ``app.exec()``, offscreen.

Run in a process of its own (``python -m kiosk.soak``), so that its memory is the kiosk's alone and
not that of a test runner that has already run hundreds of tests. No exception, no Qt warning on
its output, and after a 500-navigation warm-up the C heap in use (glibc's mallinfo2: Qt's objects
and Python's) grows by at most 5 MiB and the Python heap (tracemalloc) by at most 1 MiB. Resident
memory is bounded at 5 MiB in the 10,000 form and at 48 MiB in the short one: it also counts
freed memory the allocator keeps, which swung −9 … +27 MiB between runs of the same seed before
the kiosk kept one malloc arena (all of it anonymous memory; the heap in use by 0.3 MiB). The
warm-up is that long because Qt's glyph, font and style caches fill for a few hundred navigations
(measured: +14 MiB from 300 to 500, then +3 MiB over the next 1,500). The normal suite runs 800
navigations; ``make soak`` the issue's 10,000. Each prints its curve (RSS at 0 / 1k / 5k / 10k).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest


def _soak(sqlite_demo, navigations: int) -> dict:  # type: ignore[no-untyped-def,type-arg]
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    env.pop("QT_IM_MODULE", None)
    result = subprocess.run(
        [sys.executable, "-m", "kiosk.soak", sqlite_demo.url, str(navigations)],
        capture_output=True, text=True, timeout=14_400, env=env, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr[-3000:]
    found = json.loads(result.stdout.strip().splitlines()[-1])
    print(f"\nsoak: {found['describe']}")
    warnings = [
        line for line in result.stderr.splitlines()
        if line.strip() and not any(k in line for k in ("pipewire", "propagateSizeHints", "does not support"))
    ]  # fmt: skip
    assert warnings == [], warnings[:10]
    assert found["errors"] == []
    assert found["actions"].get("preview") and found["actions"].get("search") and found["actions"].get("answer")
    if sys.platform.startswith("linux"):
        assert found["native_mib"] > 0, "glibc's mallinfo2 says what the heap holds"
    assert found["native_growth_mib"] <= 5.0, "the heap in use grows: something is kept per navigation"
    assert found["heap_growth_mib"] <= 1.0, "the Python heap grows"
    assert found["rss_growth_mib"] <= 48.0, "RSS grows far beyond what the allocator keeps"
    return found  # type: ignore[no-any-return]


def test_800_random_navigations_leak_nothing(sqlite_demo) -> None:  # type: ignore[no-untyped-def]
    _soak(sqlite_demo, 800)


@pytest.mark.soak
def test_10000_random_navigations_leak_nothing(sqlite_demo) -> None:  # type: ignore[no-untyped-def]
    """The issue's bound on RSS too: since the kiosk keeps one malloc arena and gives memory back
    once home's fade has ended, RSS stayed flat after the warm-up in one run (+4.25 MiB over 9,500
    navigations); another run of the same seed (2026-12-08) grew +45.75 MiB, 39.6 of it file-backed
    (the 生僻字 fallback fonts met late, see README), with the heap in use +5.69 MiB: this form fails
    on such a run, as it should until that is fixed. The 800-navigation form keeps the loose bound:
    over a short span the allocator's swings are larger than a leak."""
    found = _soak(sqlite_demo, 10_000)
    assert {"0", "1000", "5000", "10000"} <= set(found["curve"])
    assert found["rss_growth_mib"] <= 5.0, "RSS grows after the warm-up"
