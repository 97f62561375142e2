"""The usage counts are written off the GUI thread, once a minute, for months: nothing may pile up."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from sqlalchemy import func, select

from kiosk.data import models as m
from kiosk.data.usage import VIEW, UsageRecorder
from kiosk.services.usage_flush import UsageFlusher


def test_a_thousand_flushes_write_everything_and_leave_no_object_behind(qtbot, sqlite_demo) -> None:  # type: ignore[no-untyped-def]
    recorder = UsageRecorder(sqlite_demo, kiosk_id="k1")
    flusher = UsageFlusher(recorder, seconds=3600)
    before = len(flusher.findChildren(QObject))
    for n in range(1000):
        recorder.viewed("M001")
        flusher.flush_soon()
        qtbot.waitUntil(lambda: not recorder.pending() and bool(flusher.call and flusher.call.done), timeout=10_000)
        if n % 100 == 0:
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    after = len(flusher.findChildren(QObject))
    with sqlite_demo.session() as session:
        written = session.scalar(select(func.count()).select_from(m.UsageEvent).where(m.UsageEvent.kind == VIEW))
    print(f"\nusage flush: 1,000 flushes, {written} views written, child QObjects before {before}, after {after}")
    assert written == 1000, "every count reaches the database"
    assert after == before, f"{after - before} objects left behind by 1,000 flushes (the kiosk flushes every minute)"
