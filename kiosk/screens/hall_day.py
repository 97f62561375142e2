"""The kiosk through the hall's day: dark outside opening hours, chrome that never stands still.

``HallDay`` belongs to the shell. Every 30 seconds it asks the ``ScreenSchedule`` whether the hall
is open: when it closes and nobody is using the kiosk, the night screen (black, a small drifting
clock) covers everything; when it opens, the kiosk comes back home. A touch at night shows the
kiosk; the next idle period dims it again (the shell asks ``closed`` before starting the attract
loop). Every hour the whole picture moves by a few pixels (``offset``), so the header and the
tiles, which never change, do not burn into the panel either. The same tick keeps the urgent
banner current while the kiosk rests (a notice's publish window may open at any minute).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer

from kiosk.screens.night import NightScreen
from kiosk.services.schedule import ScreenSchedule

if TYPE_CHECKING:
    from kiosk.screens.shell import Shell

TICK_MS = 30_000
SHIFT_MS = 3_600_000
# Offsets (x, y) in pixels, one per hour, walking a small loop so no edge stays put for long.
SHIFTS = ((0, 0), (2, 1), (4, 2), (3, 4), (1, 3), (0, 2))
NIGHT = "night"


class HallDay(QObject):
    """Schedule, night screen and burn-in shift of one shell."""

    def __init__(self, shell: Shell, clock: Callable[[], dt.datetime] = dt.datetime.now) -> None:
        super().__init__(shell)
        self.clock = clock
        self.schedule = ScreenSchedule()
        self.night: NightScreen | None = None
        self.step = 0
        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self.tick)
        self.timer.start()
        self.shift_timer = QTimer(self)
        self.shift_timer.setInterval(SHIFT_MS)
        self.shift_timer.timeout.connect(self.shift)
        self.shift_timer.start()

    @property
    def shell(self) -> Shell:
        return self.parent()  # type: ignore[return-value]

    # -- schedule and the night screen ------------------------------------------------------

    def set_schedule(self, schedule: ScreenSchedule) -> None:
        self.schedule = schedule
        self.tick()

    def closed(self) -> bool:
        return not self.schedule.is_open(self.clock())

    def showing_night(self) -> bool:
        return self.night is not None and self.shell.layers.currentWidget() is self.night

    def tick(self) -> None:
        shell = self.shell
        if self.showing_night():
            if not self.closed():
                shell.go_home()  # morning: the kiosk wakes by itself
            return
        if shell.at_rest():
            shell.refresh_banner()
            if self.closed():
                self.show_night()

    def show_night(self) -> NightScreen:
        shell = self.shell
        if self.night is None:
            self.night = NightScreen(shell.look, shell.header.hall.text)
            self.night.go.connect(lambda name, _params: shell.go_home())
            shell.layers.addWidget(self.night)
        self.night.open()
        shell.layers.setCurrentWidget(self.night)
        shell.navigated.emit(NIGHT)
        return self.night

    # -- burn-in ---------------------------------------------------------------------------

    @property
    def offset(self) -> tuple[int, int]:
        return SHIFTS[self.step % len(SHIFTS)]

    def shift(self) -> None:
        """Move the whole picture to the next offset (hourly)."""
        self.step += 1
        self.shell.relayout_margins()
