"""The kiosk after something went wrong: an uncaught error takes it home with one calm sentence;
one bad row hides one item and every section and the idle loop keep working (screenshots in
``screenshots/bad-rows/``, to be looked at)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer

from kiosk.screenshot import screen_params
from kiosk.services.crash_guard import CrashGuard, ErrorBudget

SHOTS = Path(__file__).resolve().parents[2] / "screenshots" / "bad-rows"


def _boom() -> None:
    raise RuntimeError("a bad row slipped through")


@pytest.fixture
def guard(tmp_path: Path):  # type: ignore[no-untyped-def]
    exits: list[int] = []
    guard = CrashGuard(tmp_path, budget=ErrorBudget(), exit_process=exits.append).install()
    guard.exits = exits  # type: ignore[attr-defined]
    yield guard
    guard.uninstall()


def test_the_kiosk_goes_home_with_one_calm_sentence(qtbot, shell, guard) -> None:
    from kiosk import unattended

    guard.caught.connect(lambda _s: unattended.calm_home(shell))
    shell.go("services")
    shell.screens["services"].reset = _boom  # even a screen that cannot reset must not keep it away from home
    with qtbot.waitSignal(guard.caught, timeout=3000):
        QTimer.singleShot(0, _boom)
    qtbot.waitUntil(lambda: shell.current == ("home", {}), timeout=3000)
    assert "出了点问题，已回到首页" in shell.header.clock.text()
    assert guard.exits == []  # type: ignore[attr-defined]


