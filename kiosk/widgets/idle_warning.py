"""The countdown before the idle reset (WCAG 2.2.1): "still there?", with 继续使用 and 返回首页.

A resident who stepped back to read the guide again, or to find an ID card in a bag, must not lose
what they entered without warning. The warning lies over the whole kiosk window (a child of the
window raised above everything, dimming it, never a separate top-level that a window manager
could hide), counts down the seconds left in big type, and answers any touch: on the card's
「继续使用」 or anywhere on the dimmed screen the session is kept (``kept``); 「返回首页」 asks for
the reset now (``home``). The countdown only shows time: the reset itself comes from the shell's
``IdleWatcher`` at the same moment, so the two cannot disagree.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter
from PySide6.QtWidgets import QBoxLayout, QFrame, QVBoxLayout, QWidget

from kiosk.screens.base import Look
from kiosk.widgets.basics import button, label


class IdleWarning(QWidget):
    """A dimmed layer over ``parent`` with the countdown card; ``start(seconds)`` shows it."""

    kept = Signal()
    home = Signal()

    def __init__(self, look: Look, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("IdleWarning")
        self.look = look
        self.left = 0
        self._pressed = False
        self.timer = QTimer(self)
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(1000)
        self.timer.timeout.connect(self._tick)
        self.card = QFrame(self)
        self.card.setProperty("role", "card")
        self.card.setObjectName("IdleWarningCard")
        self.title = label("", "title")
        self.count = label("", "idle-count", wrap=False)
        self.text = label("", "body")
        for widget in (self.title, self.count, self.text):
            widget.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.keep_button = button("", self.kept.emit, "primary")
        self.keep_button.setObjectName("idle:keep")
        self.home_button = button("", self.home.emit)
        self.home_button.setObjectName("idle:home")
        self.buttons = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.buttons.addWidget(self.home_button, 1)
        self.buttons.addWidget(self.keep_button, 1)
        self.box = QVBoxLayout(self.card)
        for widget in (self.title, self.count, self.text):
            self.box.addWidget(widget)
        self.box.addLayout(self.buttons)
        parent.installEventFilter(self)
        self.hide()

    def start(self, seconds: int) -> None:
        """Show the warning over the whole window with ``seconds`` left."""
        self.left = max(1, int(seconds))
        self._pressed = False
        self.restyle()
        self.retranslate()
        self._cover()
        self.show()
        self.raise_()
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()
        self.hide()

    @property
    def showing(self) -> bool:
        return self.isVisible()

    def restyle(self) -> None:
        m, p = self.look.metrics, self.look.palette
        colour = p.accent if p.name == "standard" else p.text
        self.setStyleSheet(f"""
QLabel[role="idle-count"] {{ font-size: {m.px(120)}px; font-weight: bold; color: {colour}; }}
QFrame#IdleWarningCard {{ border: {m.px(4)}px solid {p.accent}; }}
""")  # fmt: skip
        self.box.setContentsMargins(m.px(48), m.px(40), m.px(48), m.px(40))
        self.box.setSpacing(m.px(24))
        self.buttons.setSpacing(m.px(24))
        for b in (self.keep_button, self.home_button):
            b.setMinimumHeight(max(m.target, m.px(100)))

    def retranslate(self) -> None:
        self.title.setText(self.tr("Are you still there?"))
        self.keep_button.setText(self.tr("Keep using"))
        self.home_button.setText(self.tr("Back to home"))
        self._show_count()

    def _show_count(self) -> None:
        self.count.setText(str(self.left))
        self.text.setText(
            self.tr("In %1 seconds the kiosk goes back to the home screen and clears what you entered.").replace(
                "%1", str(self.left)
            )
        )

    def _tick(self) -> None:
        self.left = max(0, self.left - 1)
        self._show_count()
        if self.left == 0:
            self.timer.stop()

    def _cover(self) -> None:
        parent = self.parentWidget()
        if parent is None:
            return
        self.setGeometry(parent.rect())
        m = self.look.metrics
        width = min(self.width() - 2 * m.margin, m.px(1100))
        self.card.setFixedWidth(max(200, width))
        portrait = self.width() < m.px(900)
        self.buttons.setDirection(QBoxLayout.Direction.TopToBottom if portrait else QBoxLayout.Direction.LeftToRight)
        self.card.adjustSize()
        layout = self.card.layout()
        height = layout.totalHeightForWidth(self.card.width()) if layout is not None else 0
        self.card.resize(self.card.width(), max(height, self.card.sizeHint().height()))
        self.card.move((self.width() - self.card.width()) // 2, (self.height() - self.card.height()) // 2)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.parentWidget() and event.type() == QEvent.Type.Resize and self.isVisible():
            self._cover()
        return False

    def paintEvent(self, event: Any) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor(0, 0, 0, 150))  # the kiosk dimmed behind the card
        painter.end()

    # A touch anywhere on the dimmed kiosk keeps the session (and reaches nothing beneath).
    def mousePressEvent(self, event: QMouseEvent) -> None:
        event.accept()
        self._pressed = True

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        event.accept()
        if self._pressed:
            self._pressed = False
            self.kept.emit()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        event.accept()
