"""Feeding systemd's watchdog from the GUI thread, and READY=1 once home is painted (QtCore only).

The heartbeat is a QTimer of the GUI thread: a GUI that freezes (a deadlock, an endless loop, a
driver that hangs) stops the heartbeat, and the service manager kills and restarts the kiosk. A
thread of its own would keep beating over a frozen screen, which is exactly what must not happen.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer

from kiosk.services.sd_notify import Notifier


class ServiceHeartbeat(QObject):
    """``WATCHDOG=1`` every half watchdog period; ``READY=1`` after the first paint of a window."""

    def __init__(self, notifier: Notifier, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.notifier = notifier
        self.ready_sent = False
        self.timer = QTimer(self)
        if notifier.watchdog:
            self.timer.setInterval(max(100, int(notifier.watchdog * 1000 / 2)))
        self.timer.timeout.connect(notifier.heartbeat)

    def start(self) -> ServiceHeartbeat:
        if self.notifier.enabled and self.notifier.watchdog:
            self.timer.start()
        return self

    def ready_when_painted(self, window: QObject) -> None:
        """Send READY=1 right after ``window`` (the kiosk with its home screen) has been painted."""
        if not self.ready_sent:
            window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self.ready_sent:
            self.ready_sent = True
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self, self._ready)  # once this paint has been shown
        return False

    def _ready(self) -> None:
        self.notifier.ready("home painted")
        self.notifier.heartbeat()
