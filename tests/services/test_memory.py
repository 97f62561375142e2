"""The C heap figures the soak relies on, and the arena limit the kiosk sets at start (glibc)."""

from __future__ import annotations

import subprocess
import sys

import pytest

from kiosk.services.memory import ARENAS, heap_in_use_bytes, limit_arenas

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc only")

MIB = 1024 * 1024


def test_the_heap_in_use_sees_memory_taken_and_given_back() -> None:
    before = heap_in_use_bytes()
    block = bytearray(64 * MIB)
    during = heap_in_use_bytes()
    del block
    after = heap_in_use_bytes()
    assert before > 0
    assert during - before >= 63 * MIB, "64 MiB taken"
    assert during - after >= 63 * MIB, "and given back"


ARENA_SCRIPT = """
import ctypes, sys, threading
from kiosk.services.memory import limit_arenas
if int(sys.argv[1]):
    assert limit_arenas(int(sys.argv[1]))
together = threading.Barrier(8)
def work():
    blocks = [bytearray(4096) for _ in range(2000)]
    together.wait()  # no thread ends (handing its arena on to the next) before all have allocated
threads = [threading.Thread(target=work) for _ in range(8)]
for t in threads: t.start()
for t in threads: t.join()
ctypes.CDLL("libc.so.6").malloc_stats()  # one block per arena, on stderr
"""


def arenas(limit: int) -> int:
    result = subprocess.run(
        [sys.executable, "-c", ARENA_SCRIPT, str(limit)], capture_output=True, text=True, check=True, timeout=60
    )
    return result.stderr.count("Arena ")


def test_threads_share_two_arenas_once_limited() -> None:
    """Eight threads allocating: glibc gives new threads arenas of their own (more than two here
    without the limit), and no more than two with it."""
    assert arenas(0) > 2, "the control: without the limit the threads get arenas of their own"
    assert 1 <= arenas(2) <= 2


def test_limit_arenas_says_whether_it_could() -> None:
    assert limit_arenas() is True


def test_home_lets_go_of_the_patterns_each_search_compiled() -> None:
    """Every query compiles a one-typo pattern (~1 KB) and Python's ``re`` keeps the last 512 of
    them: over a day of searches half a megabyte that no visit needs again. ``give_back`` (run
    each time home is painted) lets them go; search still finds after it."""
    import tracemalloc

    from kiosk.services.memory import give_back
    from kiosk.services.search import one_edit_pattern

    give_back()
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        for n in range(500):
            one_edit_pattern(f"{n:03d}yibao")
        during = tracemalloc.get_traced_memory()[0]
        give_back()
        after = tracemalloc.get_traced_memory()[0]
    finally:
        tracemalloc.stop()
    assert during - before > 200_000, "the control: 500 patterns kept take memory"
    assert after - before < 50_000, "and home lets them go (a tenth of it stays at most)"
    assert one_edit_pattern("yibao").search("xyibaox") is not None


TRIM_SCRIPT = """
import sys, threading
from kiosk.services.memory import limit_arenas, trim
def rss_kib():
    for line in open("/proc/self/status"):
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
assert limit_arenas(int(sys.argv[1]))
grab = bytearray(8 << 20)  # a full-screen grab, freed: glibc raises its thresholds to 8 MiB (mmap), 16 MiB (trim)
del grab
def preview():  # a pool thread's 10 MiB in blocks below the raised mmap threshold, then freed
    blocks = [bytearray(256 << 10) for _ in range(40)]
    del blocks
before = rss_kib()
thread = threading.Thread(target=preview)
thread.start()
thread.join()
trim()  # what the kiosk does at home
print((rss_kib() - before) // 1024)
"""


def kept_after_trim_mib(limit: int) -> int:
    command = [sys.executable, "-c", TRIM_SCRIPT, str(limit)]
    return int(subprocess.run(command, capture_output=True, text=True, check=True, timeout=60).stdout)


def test_what_a_pool_thread_freed_goes_back_at_the_trim() -> None:
    """malloc_trim gives back the free top of the main arena only: a print preview's memory freed
    in a pool thread's own arena stayed resident. With the kiosk's one arena it goes back."""
    assert kept_after_trim_mib(2) >= 8, "the control: a second arena keeps the pool thread's 10 MiB"
    assert kept_after_trim_mib(ARENAS) <= 1
