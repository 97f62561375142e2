"""Tells the benchmark when a window first painted, then ends the process at once.

Used by the real kiosk (``app.run_kiosk`` installs it on the home screen when the environment
variable ``KIOSK_BENCH_PAINT`` names a file) and by the reference window, so both are timed by
the same code: the moment after the watched widget's first paint has been handled (the frame is
on its way to the screen), on the system-wide monotonic clock the benchmark started its timer on.
QtCore only; nothing here runs unless the variable is set.
"""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer

from kiosk.bench.memory import PAINT_VARIABLE as VARIABLE


class FirstPaint(QObject):
    """Watches ``widget`` for its first paint event; then writes the report and exits."""

    def __init__(self, widget: QObject, report: Path) -> None:
        super().__init__(widget)
        self.report = report
        self.painted: float | None = None
        self.memory = (0.0, "")
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self.painted is None and event.type() == QEvent.Type.Paint:
            from kiosk.bench.memory import pss_mib

            self.painted = time.monotonic()  # the frame this paint belongs to is being drawn now
            self.memory = pss_mib()  # before anything the kiosk leaves for after its first frame
            QTimer.singleShot(0, self._done)
        return False

    def _done(self) -> None:
        painted = self.painted
        pss, source = self.memory
        self.report.write_text(json.dumps({"painted": painted, "pss_mib": pss, "memory": source}), encoding="utf-8")
        os._exit(0)  # nothing after the first frame is measured; skip the teardown


def watch_first_paint(widget: QObject) -> FirstPaint | None:
    """Report ``widget``'s first paint to the file in ``KIOSK_BENCH_PAINT`` (no-op without it)."""
    target = os.environ.get(VARIABLE)
    return FirstPaint(widget, Path(target)) if target else None
