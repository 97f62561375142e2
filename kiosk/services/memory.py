"""The C heap of a kiosk that runs for months (glibc; nothing happens elsewhere). No Qt.

- ``limit_arenas``: glibc gives each thread that allocates an arena of its own, up to eight per
  core, and memory freed in one arena is not reused by another. The kiosk's pool threads make
  PDFs and page pictures there. Two arenas: the soak's RSS after its warm-up fell from 268–286 to
  255–267 MiB (three runs each); the pool's threads mostly wait on the database or on
  ``PDF_LOCK``, so sharing costs nothing measurable. One arena: ``malloc_trim`` gives back the
  free top of the main arena only, and glibc raises its trim threshold to twice the largest
  mapped block freed (a full-screen grab, 8 MB: 16 MB), so a print preview's memory freed at the
  top of the pool's arena stayed resident for good (~10 MB). The bench's PSS after a resident
  visit, median of six runs at 35 matters: 130.8 MB with two arenas, 120.8 with one.
- ``trim``: freed memory back to the system.
- ``give_back``: what the kiosk lets go of each time home is painted: Python's cache of compiled
  regular expressions (search compiles a one-typo pattern per query, ~1 KB each, and ``re`` keeps
  the last 512: half a megabyte that filled over thousands of searches and stayed — the soak's
  Python heap growth), then ``trim``.
- ``heap_in_use_bytes``: what the heap has handed out and not freed (``mallinfo2``), the figure a
  leak moves — unlike RSS, which also counts what the allocator keeps.
"""

from __future__ import annotations

import ctypes
import re
import sys
from functools import cache
from typing import Any

ARENAS = 1
M_ARENA_MAX = -8  # mallopt's parameter number (malloc.h)


@cache
def _libc() -> Any | None:
    if not sys.platform.startswith("linux"):
        return None
    try:
        libc = ctypes.CDLL("libc.so.6")
        libc.malloc_trim, libc.mallopt  # noqa: B018 — glibc's, not another C library's
    except (OSError, AttributeError):
        return None
    return libc


def limit_arenas(arenas: int = ARENAS) -> bool:
    """At most ``arenas`` malloc arenas from now on (call it before threads start); False where not glibc."""
    libc = _libc()
    return bool(libc is not None and libc.mallopt(M_ARENA_MAX, arenas) == 1)


def trim() -> None:
    """Freed heap memory back to the system."""
    libc = _libc()
    if libc is not None:
        libc.malloc_trim(0)


def give_back() -> None:
    """Caches that only serve the visit that filled them emptied, then freed memory returned (at home)."""
    re.purge()  # patterns compiled at import time are held by their modules, not by this cache
    trim()


class _MallInfo2(ctypes.Structure):
    _fields_ = [(name, ctypes.c_size_t) for name in (
        "arena", "ordblks", "smblks", "hblks", "hblkhd", "usmblks", "fsmblks", "uordblks", "fordblks", "keepcost",
    )]  # fmt: skip


def heap_in_use_bytes() -> int:
    """Bytes the C heap has handed out and not freed (every arena, mmapped blocks included) — Qt's
    and Python's objects alike; 0 where unavailable (not glibc, or older than 2.33)."""
    libc = _libc()
    mallinfo2 = getattr(libc, "mallinfo2", None) if libc is not None else None
    if mallinfo2 is None:
        return 0
    mallinfo2.restype = _MallInfo2
    info = mallinfo2()
    return int(info.uordblks + info.hblkhd)
