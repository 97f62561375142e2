"""The clock that drives the daily backup in a running kiosk (QtCore only, no widgets).

A minute after start, and then every hour, ``DailyBackup.run_if_due()`` runs on a pool thread
(``BackgroundCall``): a large SQLite copy must not freeze the screen. Whether a backup is due is
the scheduler's business (once a day); this object only asks, and never runs two at once.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from kiosk.services.background import BackgroundCall
from kiosk.services.backup_schedule import DailyBackup

FIRST_CHECK_MS = 60_000  # let the kiosk show its home screen first
CHECK_EVERY_MS = 3_600_000


class BackupTimer(QObject):
    """Asks ``daily`` every hour whether a backup is due; ``ran(result)`` after each backup made or failed."""

    ran = Signal(object)  # DailyResult

    def __init__(self, daily: DailyBackup, parent: QObject | None = None, *, first_ms: int = FIRST_CHECK_MS) -> None:
        super().__init__(parent)
        self.daily = daily
        self.running: BackgroundCall | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_EVERY_MS)
        self.timer.timeout.connect(self.check)
        self.timer.start()
        QTimer.singleShot(first_ms, self, self.check)

    def check(self) -> None:
        if self.running is not None:
            return
        call = BackgroundCall(self.daily.run_if_due)  # no parent: it must outlive us if we go first
        call.finished.connect(self._done)
        call.failed.connect(self._failed)
        self.running = call.start()

    def _done(self, result: object) -> None:
        self.running = None
        if result is not None:
            self.ran.emit(result)

    def _failed(self, _message: str) -> None:
        self.running = None
