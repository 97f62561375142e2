"""Reference cycles are collected by a timer on the GUI thread, never by a pool thread that allocates."""

from __future__ import annotations

import gc
import weakref

from kiosk.services.gui_gc import GuiThreadCollector


class Node:
    """Something that holds itself, as a form's lambdas hold the form."""

    def __init__(self) -> None:
        self.me = self


def test_the_timer_collects_cycles_once_enough_was_allocated(qtbot) -> None:
    collector = GuiThreadCollector(interval_ms=10).start()
    try:
        assert not gc.isenabled()
        gc.collect()  # start counting from nothing
        cycle = weakref.ref(Node())
        qtbot.wait(50)
        assert cycle() is not None  # nothing due yet: as automatic collection would wait too
        allocated = [[] for _ in range(gc.get_threshold()[0] * 2)]
        qtbot.waitUntil(lambda: cycle() is None, timeout=2000)
        assert allocated
    finally:
        collector.stop()
        gc.disable()  # the suite collects after each test instead (tests/conftest.py)
