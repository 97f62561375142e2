"""Notices when nobody has touched the kiosk for a while, and warns before that moment."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal

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

    With ``warning_seconds`` it also emits ``warn(seconds_left)`` that long before ``idle`` (when
    the idle time is longer than the warning), then ``active(receiver)`` for each input until the
    owner calls ``poke`` — naming the object it went to (a widget, or first the window), so the
    owner can tell a touch on its warning from one elsewhere (the virtual keyboard, a dialog).

    Installed as an application event filter, so it sees input to every window, dialogs and the
    virtual keyboard included. It never consumes an event.
    """

    idle = Signal()
    warn = Signal(int)
    active = Signal(object)  # the object an input after a warning went to (a QWidget or a window)

    def __init__(self, seconds: int, parent: QObject | None = None, warning_seconds: int = 0) -> None:
        super().__init__(parent)
        self.warned = False
        self.warning_seconds = max(0, int(warning_seconds))
        self.timer = QTimer(self)
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)  # a coarse timer may be 5 % late: 4 s at 90 s
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self._fire)
        self.warn_timer = QTimer(self)
        self.warn_timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.warn_timer.setSingleShot(True)
        self.warn_timer.timeout.connect(self._warn)
        self.set_seconds(seconds)

    @property
    def seconds(self) -> int:
        return self.timer.interval() // 1000

    def set_seconds(self, seconds: int) -> None:
        self.timer.setInterval(max(5, int(seconds)) * 1000)
        self.poke()

    def set_warning(self, seconds: int) -> None:
        self.warning_seconds = max(0, int(seconds))
        self.poke()

    def poke(self) -> None:
        """Start waiting again, as after a touch; a warning given is over."""
        self.warned = False
        self._restart()

    def _restart(self) -> None:
        self.timer.start()
        lead = self.timer.interval() - self.warning_seconds * 1000
        if self.warning_seconds and lead > 0:
            self.warn_timer.start(lead)
        else:
            self.warn_timer.stop()

    def _warn(self) -> None:
        self.warned = True
        self.warn.emit(max(1, round(self.timer.remainingTime() / 1000)))

    def _fire(self) -> None:
        self.warned = False
        self.idle.emit()
        self.poke()  # keep counting: the next idle period starts the attract loop

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in INPUT_EVENTS:
            self._restart()
            if self.warned:
                self.active.emit(watched)
        return False
