"""The hidden gesture that opens staff sign-in: five taps on the hall emblem within three seconds.

Residents tap the emblem by chance, once or twice, and tap everything else far more often; so
the taps must come in a quick run, on the emblem only. Any press anywhere else breaks the run.
The counter knows nothing about the header or the sign-in screen: it counts and emits.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtWidgets import QWidget

PRESS_EVENTS = {QEvent.Type.MouseButtonPress, QEvent.Type.TouchBegin}


class TapSequence(QObject):
    """Emits ``triggered`` on the ``taps``-th call of ``tap()`` within ``seconds``.

    ``clock`` returns seconds (monotonic); tests pass their own. ``watch(target)`` makes a press on
    any other widget start the count again (install the object as an application event filter).
    """

    triggered = Signal()

    def __init__(
        self,
        taps: int = 5,
        seconds: float = 3.0,
        clock: Callable[[], float] = time.monotonic,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.taps = taps
        self.seconds = seconds
        self.clock = clock
        self.times: list[float] = []
        self.target: QWidget | None = None

    def tap(self) -> None:
        now = self.clock()
        self.times = [t for t in self.times if now - t <= self.seconds]
        self.times.append(now)
        if len(self.times) >= self.taps:
            self.times.clear()
            self.triggered.emit()

    def reset(self) -> None:
        self.times.clear()

    def watch(self, target: QWidget) -> None:
        """Presses on anything but ``target`` (or its children) reset the count."""
        self.target = target

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        target = self.target
        if (
            self.times
            and target is not None
            and event.type() in PRESS_EVENTS
            and isinstance(watched, QWidget)
            and watched is not target
            and not target.isAncestorOf(watched)
        ):
            self.times.clear()
        return False
