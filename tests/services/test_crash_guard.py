"""Uncaught errors: written down with their traceback, the kiosk goes home with one calm sentence and
keeps running; five within ten minutes end the process with status 70 so that systemd restarts it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer

from kiosk.services import health_log
from kiosk.services.crash_guard import EXIT_TOO_MANY_ERRORS, CrashGuard, ErrorBudget, configure_logging


@pytest.fixture
def guard(tmp_path: Path):  # type: ignore[no-untyped-def]
    import logging

    handler = configure_logging(tmp_path)
    exits: list[int] = []
    guard = CrashGuard(tmp_path, budget=ErrorBudget(limit=5, window=600), exit_process=exits.append).install()
    guard.exits = exits  # type: ignore[attr-defined]
    yield guard
    guard.uninstall()
    logging.getLogger().removeHandler(handler)
    handler.close()


def _boom() -> None:
    raise RuntimeError("a bad row slipped through")


def test_an_error_in_a_slot_is_logged_and_announced_and_the_loop_goes_on(qtbot, guard, tmp_path: Path) -> None:
    with qtbot.waitSignal(guard.caught, timeout=3000) as caught:
        QTimer.singleShot(0, _boom)
    assert caught.args[0] == "RuntimeError: a bad row slipped through"
    log_text = (tmp_path / "kiosk.log").read_text(encoding="utf-8")
    assert "Traceback" in log_text and "_boom" in log_text
    errors = health_log.last_errors(folder=tmp_path)
    assert [e.summary for e in errors] == ["RuntimeError: a bad row slipped through"]
    assert errors[0].where == "MainThread"
    qtbot.wait(50)  # the event loop still runs
    assert guard.exits == []  # type: ignore[attr-defined]


def test_an_error_in_a_thread_arrives_on_the_gui_thread(qtbot, guard, tmp_path: Path) -> None:
    received: list[bool] = []
    guard.caught.connect(lambda _s: received.append(threading.current_thread() is threading.main_thread()))
    worker = threading.Thread(target=_boom, name="printer-lookup")
    with qtbot.waitSignal(guard.caught, timeout=3000):
        worker.start()
        worker.join()
    assert received == [True]
    assert health_log.last_errors(folder=tmp_path)[0].where == "printer-lookup"


def test_five_errors_within_ten_minutes_exit_with_status_70(qtbot, guard, tmp_path: Path) -> None:
    for _ in range(4):
        with qtbot.waitSignal(guard.caught, timeout=3000):
            QTimer.singleShot(0, _boom)
    assert guard.exits == []  # type: ignore[attr-defined]
    QTimer.singleShot(0, _boom)
    qtbot.waitUntil(lambda: guard.exits == [EXIT_TOO_MANY_ERRORS], timeout=3000)  # type: ignore[attr-defined]
    assert len(health_log.last_errors(folder=tmp_path)) == 5


def test_errors_spread_over_more_than_ten_minutes_do_not_exit() -> None:
    budget = ErrorBudget(limit=5, window=600)
    assert not any(budget.spend(now=minute * 200.0) for minute in range(20))  # one every 3 min 20 s
    assert [budget.spend(now=5000.0 + s) for s in range(5)] == [False, False, False, False, True]


def test_the_error_list_survives_a_torn_file(tmp_path: Path) -> None:
    (tmp_path / health_log.ERRORS_FILE).write_text("[{", encoding="utf-8")
    health_log.record_error("ValueError: x" + "y" * 5000, "MainThread", tmp_path)
    saved = json.loads((tmp_path / health_log.ERRORS_FILE).read_text(encoding="utf-8"))
    assert len(saved) == 1 and len(saved[0]["summary"]) <= health_log.SUMMARY_CHARS + 1


def test_a_real_kiosk_process_keeps_running_then_exits_70_and_leaves_traces(tmp_path: Path, sqlite_demo) -> None:
    """The real program (``kiosk`` on a set-up database, offscreen): four errors in slots are survived,
    the fifth ends it with status 70; the log, the error list and faults.log are in the log folder."""
    from kiosk.services.auth import ADMIN, AuthService

    AuthService(sqlite_demo).set_pin(ADMIN, "482604", actor="test")
    db = sqlite_demo.url
    script = textwrap.dedent(
        """
        import sys
        from PySide6.QtCore import QTimer
        from kiosk import unattended

        original = unattended.keep_window
        survived = []

        def boom():
            raise RuntimeError("bad row %d" % (len(survived) + 1))

        def keep_window(parts, *args, **kwargs):
            keeper = original(parts, *args, **kwargs)
            parts.guard.caught.connect(lambda s: survived.append(s) or print("survived", s, flush=True))
            for n in range(5):
                QTimer.singleShot(1500 + 400 * n, boom)
            return keeper

        unattended.keep_window = keep_window
        from kiosk.cli import main
        sys.exit(main(["--db", sys.argv[1]]))
        """
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "KIOSK_LOG_DIR": str(tmp_path / "logs"),
           "KIOSK_LOCAL_DIR": str(tmp_path / "local")}  # fmt: skip
    result = subprocess.run(
        [sys.executable, "-c", script, db], capture_output=True, text=True, timeout=120, env=env, check=False
    )
    assert result.returncode == EXIT_TOO_MANY_ERRORS, result.stderr[-2000:]
    assert result.stdout.count("survived") == 4
    logs = tmp_path / "logs"
    errors = health_log.last_errors(folder=logs)
    assert [e.summary for e in errors] == [f"RuntimeError: bad row {n}" for n in (5, 4, 3, 2, 1)]
    text = (logs / "kiosk.log").read_text(encoding="utf-8")
    assert text.count("Traceback") == 5 and "exiting with status 70" in text
    assert "kiosk started, pid" in (logs / "faults.log").read_text(encoding="utf-8")
    print(f"\ncrash guard: 4 errors survived, the 5th exited with status {result.returncode}")


def test_a_fatal_qt_message_is_recorded_before_qt_aborts(tmp_path: Path) -> None:
    """Qt's fatal messages end the process (abort); the error list and faults.log say why."""
    script = textwrap.dedent(
        """
        import sys
        from pathlib import Path
        from PySide6.QtCore import QCoreApplication, qFatal
        from kiosk.services.crash_guard import CrashGuard, enable_faulthandler
        app = QCoreApplication([])
        folder = Path(sys.argv[1])
        keep = enable_faulthandler(folder)
        CrashGuard(folder).install()
        qFatal("the GPU driver went away")
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", script, str(tmp_path)], capture_output=True, text=True, timeout=60, check=False
    )
    assert result.returncode != 0
    # (PySide passes a qFatal made from Python on with a text of its own)
    errors = health_log.last_errors(folder=tmp_path)
    assert len(errors) == 1 and errors[0].summary.startswith("Qt fatal: ") and errors[0].where == "qt"
    assert "Fatal Python error: Aborted" in (tmp_path / "faults.log").read_text(encoding="utf-8")
