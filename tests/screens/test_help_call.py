"""呼叫帮办: a kiosk process calls, console(s) on the same PostgreSQL see it within 5 s, an
acknowledgement clears it everywhere and tells the kiosk who is coming, unanswered calls escalate."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFrame, QLabel, QPushButton

from kiosk.data.help_calls import HelpDesk
from kiosk.data.settings import Settings
from kiosk.screens.admin.help_alerts import ESCALATED, NEW, HelpAlerts
from tests.screens.conftest import tap

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def pg_demo(postgres, demo_bundle_doc):  # type: ignore[no-untyped-def]
    from kiosk.data.db import open_database
    from kiosk.data.store import save_bundle

    db = open_database(postgres.create_database())
    with db.session() as session:
        save_bundle(session, demo_bundle_doc, action="demo", actor="test")
        session.commit()
    yield db
    db.dispose()


@pytest.mark.postgres
def test_call_from_a_kiosk_process_reaches_the_console_and_the_answer_comes_back(qtbot, pg_demo) -> None:
    from kiosk.app import install_font

    install_font()
    rings: list[str] = []
    here = HelpAlerts(HelpDesk(pg_demo), "李娜", poll_ms=250, ring=rings.append)
    elsewhere = HelpAlerts(HelpDesk(pg_demo), "王强", poll_ms=250, ring=lambda kind: None)  # a second staff window
    for widget in (here, elsewhere):
        qtbot.addWidget(widget)
        widget.resize(1400, 200)
        widget.show()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(REPO)}
    kiosk = subprocess.Popen(
        [sys.executable, "-m", "tests.screens.help_kiosk", pg_demo.url],
        cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
    )  # fmt: skip
    try:
        assert kiosk.stdout is not None
        called = float(kiosk.stdout.readline().split()[1])
        qtbot.waitUntil(lambda: bool(here.calls) and bool(elsewhere.calls), timeout=15_000)
        seen = time.time() - called
        print(f"\n呼叫帮办: kiosk process → console process on PostgreSQL in {seen:.2f} s")
        assert seen < 5.0
        call = here.calls[0]
        assert call.kiosk_name == "大厅一体机" and call.matter_name  # the guide the resident had open
        assert rings == [NEW] and here.isVisible()
        text = here.findChild(QLabel, "HelpCall").text()
        assert "大厅一体机" in text and call.matter_name in text
        tap(qtbot, here.findChild(QPushButton, "HelpAcknowledge"))
        qtbot.waitUntil(lambda: not here.calls and not here.isVisible(), timeout=5_000)
        qtbot.waitUntil(lambda: not elsewhere.calls and not elsewhere.isVisible(), timeout=5_000)
        answered = kiosk.stdout.readline()
        assert answered.startswith("ANSWERED 李娜"), answered
        assert "李娜" in answered.split("|", 1)[1]
    finally:
        kiosk.kill()
        kiosk.wait()
        if kiosk.stdout is not None:
            kiosk.stdout.close()
        _quiet(qtbot, here, elsewhere)
    figures = HelpDesk(pg_demo).figures(None, None)
    assert (figures.calls, figures.answered) == (1, 1) and figures.median_seconds is not None


def test_an_unanswered_call_escalates_red_with_a_second_sound(qtbot, sqlite_demo) -> None:
    Settings(sqlite_demo).set("help_escalate_seconds", 1)
    rings: list[str] = []
    alerts = HelpAlerts(HelpDesk(sqlite_demo), "李娜", poll_ms=200, ring=rings.append)
    qtbot.addWidget(alerts)
    alerts.show()
    HelpDesk(sqlite_demo).call("k1", "二楼自助机", "M1", "城乡居民基本养老保险参保登记")
    qtbot.waitUntil(lambda: rings == [NEW], timeout=5_000)
    assert alerts.findChild(QLabel, "HelpCall") is not None
    qtbot.waitUntil(lambda: rings == [NEW, ESCALATED], timeout=5_000)
    assert alerts.findChild(QLabel, "HelpCallRed") is not None
    rows = [row for row in alerts.findChildren(QFrame, "HelpCallRow") if row.isVisibleTo(alerts)]  # not the old row
    assert len(rows) == 1 and "#B3261E" in rows[0].styleSheet()
    qtbot.wait(600)
    assert rings == [NEW, ESCALATED]  # rung once per step, not at every poll
    _quiet(qtbot, alerts)


def _quiet(qtbot, *alerts: HelpAlerts) -> None:  # type: ignore[no-untyped-def]
    """Stop polling and let the last poll finish before the database is closed."""
    for widget in alerts:
        widget.timer.stop()
    qtbot.waitUntil(lambda: all(w._work is None or w._work.done for w in alerts), timeout=5_000)


def test_the_guide_and_the_print_screen_carry_the_call_button(qtbot, shell) -> None:
    from PySide6.QtWidgets import QApplication, QPushButton

    from kiosk.screens.help_call import HelpCallDialog
    from kiosk.screens.print_flow import PrintChecklistDialog

    shell.go("guide", code=shell.content.matter_summaries()[0].code)
    guide = shell.current_screen()
    assert guide.findChild(QPushButton, "CallStaff") is not None
    guide.print_checklist.emit(guide.checklist())
    qtbot.waitUntil(lambda: any(isinstance(w, PrintChecklistDialog) for w in QApplication.topLevelWidgets()))
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, PrintChecklistDialog))
    tap(qtbot, dialog.findChild(QPushButton, "CallStaff"))
    qtbot.waitUntil(lambda: any(isinstance(w, HelpCallDialog) for w in QApplication.topLevelWidgets()))
    called = next(w for w in QApplication.topLevelWidgets() if isinstance(w, HelpCallDialog))
    qtbot.waitUntil(lambda: bool(called.uid), timeout=5_000)
    assert "大厅一体机" in called.where.text()
    out = REPO / "screenshots" / "help"
    out.mkdir(parents=True, exist_ok=True)
    for size in ((1920, 1080), (1080, 1920)):
        shell.resize(*size)
        called.setGeometry(shell.geometry())
        qtbot.wait(60)
        called.grab().save(str(out / f"help-called-{size[0]}x{size[1]}.png"))
    open_calls = HelpDesk(shell.content.database).open_calls()
    assert [c.matter_name for c in open_calls] == [guide.matter.name]
    called.reject()
    dialog.reject()
