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
        # Each question is its own object, deleted once answered: a kiosk asks 2,880 times a day.
        call = BackgroundCall(self.version, self)
        call.finished.connect(self._answered)
        call.failed.connect(self._unanswered)
        self.call = call
        call.start()

    def _done(self) -> None:
        call, self.call = self.call, None
        if call is not None:
            call.deleteLater()

    def _unanswered(self, _message: str) -> None:
        self._done()
        self.reachable.emit(False)

    def _answered(self, version: object) -> None:
        self._done()
        self.reachable.emit(True)
        version = str(version)
        if self.known is not None and version != self.known:
            self.changed.emit()
        self.known = version
