"""Run something just after a widget has painted: the rest of a long page, a slow picture.

A screen opened by a tap should show its first screenful as soon as it can and build the rest
after that frame is on the glass. A zero-time timer does not promise that (Qt may run it before
the paint it was meant to follow); the widget's own paint event does. Should the widget not paint
(hidden, or grabbed without being shown), ``fallback_ms`` later it runs all the same.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QWidget


class _AfterPaint(QObject):
    def __init__(self, widget: QWidget, callback: Callable[[], None], fallback_ms: int) -> None:
        super().__init__(widget)
        self.widget = widget
        self.callback: Callable[[], None] | None = callback
        widget.installEventFilter(self)
        QTimer.singleShot(fallback_ms, self, self._run)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(event, QPaintEvent) and self.callback is not None:
            QTimer.singleShot(0, self, self._run)  # once the whole frame is done
        return False

    def _run(self) -> None:
        callback, self.callback = self.callback, None
        if callback is None:
            return
        self.widget.removeEventFilter(self)
        self.deleteLater()
        callback()


def after_paint(widget: QWidget, callback: Callable[[], None], fallback_ms: int = 200) -> None:
    """Call ``callback`` once, on the turn of the event loop after ``widget``'s next paint."""
    _AfterPaint(widget, callback, fallback_ms)
