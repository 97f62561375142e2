"""How much memory a process takes: PSS where Linux reports it, RSS otherwise. No Qt.

PSS (proportional set size) shares the pages of libraries used by several processes among them,
so a kiosk is not charged for all of Qt when another Qt program runs too; it is what
``/proc/PID/smaps_rollup`` reports (Linux ≥ 4.14). Elsewhere the resident set size stands in.
"""

from __future__ import annotations

import resource
import sys
from pathlib import Path

MIB = 1024 * 1024
# names the file a first-paint report is written to (``paint_probe``); here so that the benchmark's
# own process never loads Qt: it would share Qt's pages with the kiosk and lower the kiosk's PSS
PAINT_VARIABLE = "KIOSK_BENCH_PAINT"


def _status_kib(pid: int | str, field: str) -> int | None:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith(field + ":"):
                return int(line.split()[1])
    except (OSError, ValueError, IndexError):
        return None
    return None


def rss_mib(pid: int | str = "self") -> float:
    """The resident set size now, in MiB."""
    kib = _status_kib(pid, "VmRSS")
    if kib is not None:
        return kib / 1024
    usage = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # the peak: the best there is here
    return usage / (MIB if sys.platform == "darwin" else 1024)


def pss_mib(pid: int | str = "self") -> tuple[float, str]:
    """The proportional set size in MiB and where it came from (``pss`` or ``rss``)."""
    try:
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            if line.startswith("Pss:"):
                return int(line.split()[1]) / 1024, "pss"
    except (OSError, ValueError, IndexError):
        pass
    return rss_mib(pid), "rss"


def peak_rss_mib(pid: int | str = "self") -> float:
    """The highest resident set size the process reached, in MiB."""
    kib = _status_kib(pid, "VmHWM")
    if kib is not None:
        return kib / 1024
    return rss_mib(pid)
