"""Noticing content published elsewhere: another kiosk or the admin console on the shared database.

Polls a small fingerprint of the database (``ContentRepository.content_version``) off the GUI
thread and emits ``changed`` when it moves. A database that does not answer is simply asked
again at the next tick; the kiosk keeps showing what it has.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from kiosk.services.background import BackgroundCall


class ContentWatcher(QObject):
    changed = Signal()
    reachable = Signal(bool)  # whether the database answered the last question

    def __init__(self, version: Callable[[], str], seconds: float = 30, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.version = version
        self.known: str | None = None
        self.call: BackgroundCall | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(int(seconds * 1000))
        self.timer.timeout.connect(self.check)

    def start(self) -> None:
        self.check()
        self.timer.start()

    def check(self) -> None:
        if self.call is not None and not self.call.done:
            # The previous question is still out after a whole period: whatever the connection
            # says, the database does not answer in time (the kiosk shows that it is offline).
            self.reachable.emit(False)
            return
        self.call = BackgroundCall(self.version, self)
        self.call.finished.connect(self._answered)
        self.call.failed.connect(lambda _message: self.reachable.emit(False))
        self.call.start()

    def _answered(self, version: object) -> None:
        self.reachable.emit(True)
        version = str(version)
        if self.known is not None and version != self.known:
            self.changed.emit()
        self.known = version
