"""Python's cycle collector, run on the GUI thread only (QtCore only, no widgets).

Python collects reference cycles in whichever thread happens to allocate when a threshold is
crossed. When that is a pool thread (a ``BackgroundCall``: a PIN check, an import, preparing a
print) and the garbage holds Qt widgets from a cycle (a form whose lambdas hold the form), the
widgets are destroyed outside the GUI thread and the process crashes: seen as a segfault in a
``BackgroundCall`` validating an import in ``tests/screens/admin``, with "Garbage-collecting" on
top of its stack. The usual remedy with Qt bindings (pyqtgraph's ``GarbageCollector``, after Erik
Janssens' "Should Python garbage collector be disabled with PyQt?", 2014): switch automatic
collection off and collect from a timer on the GUI thread, one generation at a time as Python
would. The test suite does the same after every test (tests/conftest.py).
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 500


def collect_due() -> int:
    """Collect the generations whose thresholds are crossed (what automatic collection would do);
    returns the number of unreachable objects found. Call it on the GUI thread."""
    first, second, third = gc.get_threshold()
    young, middle, old = gc.get_count()
    if young <= first:
        return 0
    generation = 2 if old > third else 1 if middle > second else 0
    return gc.collect(generation)


class GuiThreadCollector(QObject):
    """Switches automatic collection off while it runs, and collects on its timer instead."""

    def __init__(self, parent: QObject | None = None, interval_ms: int = INTERVAL_MS) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(collect_due)

    def start(self) -> GuiThreadCollector:
        gc.disable()
        self.timer.start()
        return self

    def stop(self) -> None:
        self.timer.stop()
        gc.enable()
