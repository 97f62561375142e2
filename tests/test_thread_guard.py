"""The suite's guard against Qt objects used from the wrong thread (tests/conftest.py) really fails tests."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest_plugins = ["pytester"]


def test_a_timer_started_from_a_worker_thread_fails_the_test(pytester: pytest.Pytester) -> None:
    pytester.makeconftest((Path(__file__).parent / "conftest.py").read_text(encoding="utf-8"))
    pytester.makepyfile(
        """
        import threading
        from PySide6.QtCore import QTimer

        def test_bad(qtbot):
            timer = QTimer()  # belongs to the main thread
            worker = threading.Thread(target=lambda: timer.start(10))
            worker.start()
            worker.join()

        def test_good(qtbot):
            timer = QTimer()
            timer.start(10)
            timer.stop()
        """
    )
    result = pytester.runpytest_subprocess("-p", "no:cacheprovider", "-o", "qt_api=pyside6")
    result.assert_outcomes(passed=1, failed=1)
    result.stdout.fnmatch_lines(
        ["*Qt objects used from the wrong thread*", "*Timers cannot be started from another thread*"]
    )
