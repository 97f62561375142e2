"""Writing the kiosk's heartbeat every minute without ever making a tap wait.

``HeartbeatWorker`` lives on the GUI thread: a QTimer reads the screen shown (a widget question,
so it is asked here) and hands ``HealthProbe.beat`` to a pool thread through ``BackgroundCall``.
One beat at a time: while a beat waits for a database that does not answer, the next tick is
skipped. A failed beat is logged at INFO only (an outage must not fill the error list that
turns the kiosk red) and reported through ``reachable(False)``, so the header can say offline.
QtCore only; no widgets.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from kiosk.services.background import BackgroundCall
from kiosk.services.health import HealthProbe, Sample

log = logging.getLogger(__name__)


class HeartbeatWorker(QObject):
    """Beats at start and every ``seconds``; ``beaten(Sample)`` after each written beat."""

    beaten = Signal(object)
    reachable = Signal(bool)

    def __init__(
        self, probe: HealthProbe, screen: Callable[[], str], seconds: float = 60, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.probe = probe
        self.screen = screen
        self.call: BackgroundCall | None = None
        self.last: Sample | None = None
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.beat)
        self.set_seconds(seconds)

    def set_seconds(self, seconds: float) -> None:
        self.timer.setInterval(max(1000, int(float(seconds) * 1000)))

    def start(self) -> None:
        self.beat()
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def beat(self) -> None:
        if self.call is not None and not self.call.done:
            return  # the last beat still waits for the database
        screen = self.screen()
        probe = self.probe
        call = BackgroundCall(lambda: probe.beat(screen))  # no parent: nothing piles up under this object
        call.finished.connect(self._written)
        call.failed.connect(self._failed)
        self.call = call.start()

    def _written(self, sample: Sample) -> None:
        self.last = sample
        self.beaten.emit(sample)
        self.reachable.emit(True)

    def _failed(self, message: str) -> None:
        log.info("the heartbeat could not be written: %s", message)
        self.reachable.emit(False)
