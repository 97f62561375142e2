"""``python -m kiosk.bench.peak REPORT ARGS…``: the kiosk's command line with ARGS, and as it ends
its own peak resident memory written to REPORT (MiB, as text). No Qt.

Measured from the inside because the resource usage a parent gets for a child (``wait4``,
``RUSAGE_CHILDREN``) counts the parent's own memory: Linux keeps an address space's high-water
mark across ``exec``, and a child started with ``vfork`` shares the parent's until then — the
benchmark, holding a 5,000-matter catalogue, reported its own ~1 GB as the import's peak.
``VmHWM`` belongs to the address space the import runs in, made fresh by ``exec``.
"""

from __future__ import annotations

import atexit
import sys
from pathlib import Path

from kiosk.bench.memory import peak_rss_mib


def main(argv: list[str] | None = None) -> int:
    report, *args = argv if argv is not None else sys.argv[1:]
    atexit.register(lambda: Path(report).write_text(f"{peak_rss_mib():.1f}\n", encoding="utf-8"))
    from kiosk.cli import main as kiosk

    return kiosk(args)


if __name__ == "__main__":
    sys.exit(main())
