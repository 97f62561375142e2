"""Notices when nobody has touched the kiosk for a while."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal

INPUT_EVENTS = {
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseButtonRelease,
    QEvent.Type.MouseMove,
    QEvent.Type.TouchBegin,
    QEvent.Type.TouchUpdate,
    QEvent.Type.KeyPress,
    QEvent.Type.Wheel,
    QEvent.Type.InputMethod,
}


class IdleWatcher(QObject):
    """Emits ``idle`` after ``seconds`` without input; any touch, click or key restarts the wait.

    Installed as an application event filter, so it sees input to every window, dialogs and the
    virtual keyboard included. It never consumes an event.
    """

    idle = Signal()

    def __init__(self, seconds: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self._fire)
        self.set_seconds(seconds)

    def set_seconds(self, seconds: int) -> None:
        self.timer.setInterval(max(5, int(seconds)) * 1000)
        self.timer.start()

    def poke(self) -> None:
        self.timer.start()

    def _fire(self) -> None:
        self.idle.emit()
        self.timer.start()  # keep counting: the next idle period starts the attract loop

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in INPUT_EVENTS:
            self.timer.start()
        return False
