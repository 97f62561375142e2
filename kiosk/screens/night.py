"""The night screen (夜间息屏): outside opening hours, black with a small clock and the hall's name that drift.

A lobby screen left on all night burns the picture it shows into the panel; a dark one with a
little moving text does not, and still tells a passer-by that the kiosk is alive. The clock and
name move to a new place every ``drift_seconds`` (so no pixel stays lit), and a touch anywhere
shows the kiosk (home): the shell dims it again after the idle time. Like the attract loop it
takes the press and the release itself, so the finger never lands on what lies beneath.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

from kiosk.screens.base import Look, Screen
from kiosk.widgets.basics import label

DRIFT_SECONDS = 20
NIGHT_TEXT = "#8C8C8C"  # dim on black: readable up close, no bright block to burn in


class NightScreen(Screen):
    """Black, with a small drifting block: the time, the hall's name and "touch to use"."""

    name = "night"

    def __init__(self, look: Look, hall_name: Callable[[], str], drift_seconds: float = DRIFT_SECONDS) -> None:
        super().__init__(look)
        self.hall_name = hall_name
        self._pressed = False
        self.random = random.Random()
        self.setObjectName("NightScreen")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.block = QWidget(self)
        self.block.setObjectName("NightBlock")
        self.clock = label("", "night-clock", wrap=False)
        self.hall = label("", "night-hall", wrap=False)
        self.hint = label("", "night-hint", wrap=False)
        box = QVBoxLayout(self.block)
        box.setContentsMargins(0, 0, 0, 0)
        for widget in (self.clock, self.hall, self.hint):
            widget.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            widget.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            box.addWidget(widget)
        self.block.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.clock_timer = QTimer(self)
        self.clock_timer.setInterval(1000)
        self.clock_timer.timeout.connect(self.tick)
        self.drift_timer = QTimer(self)
        self.drift_timer.setInterval(round(drift_seconds * 1000))
        self.drift_timer.timeout.connect(self.drift)

    def refresh(self) -> None:
        m = self.look.metrics
        self.setStyleSheet(f"""
NightScreen {{ background: #000000; }}
QLabel {{ color: {NIGHT_TEXT}; background: transparent; }}
QLabel[role="night-clock"] {{ font-size: {m.px(72)}px; }}
QLabel[role="night-hall"] {{ font-size: {m.px(30)}px; }}
QLabel[role="night-hint"] {{ font-size: {m.px(24)}px; }}
""")  # fmt: skip
        self.hall.setText(self.hall_name())
        self.hint.setText(self.tr("Touch the screen to use the kiosk"))
        self.tick()
        self.drift()

    def tick(self) -> None:
        self.clock.setText(f"{dt.datetime.now():%H:%M}")

    def drift(self) -> None:
        """Move the block to another place on the screen."""
        self.block.adjustSize()
        room_x = max(0, self.width() - self.block.width())
        room_y = max(0, self.height() - self.block.height())
        self.block.move(QPoint(self.random.randint(0, room_x), self.random.randint(0, room_y)))

    def open(self, **params: Any) -> None:
        super().open(**params)
        self._pressed = False
        self.clock_timer.start()
        self.drift_timer.start()

    def hideEvent(self, event: Any) -> None:
        super().hideEvent(event)
        self.clock_timer.stop()
        self.drift_timer.stop()

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self.drift()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        event.accept()
        self._pressed = True

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        event.accept()
        if self._pressed:
            self._pressed = False
            self.navigate("home")

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        event.accept()
