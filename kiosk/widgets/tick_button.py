"""A check box a finger can hit: a whole option button that toggles, with a drawn box and tick.

For 情形 questions that allow several answers (「有下列哪些情况」). ``QCheckBox`` draws a 13 px
indicator beside its text; here the whole button (≥ 80 px, ≥ 100 px in elder mode) is the
target, and the box is painted into the button's icon (on and off states) in the theme's colours,
so it shows on every font and in high contrast, and reads as "tick any" beside the single-answer
buttons of the other questions.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap
from PySide6.QtWidgets import QPushButton

from kiosk.widgets.basics import button
from kiosk.widgets.theme import Metrics, Palette


def _box(size: int, colour: str, ticked: bool) -> QPixmap:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    line = max(3.0, size / 11)
    pen = QPen(QColor(colour), line)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    painter.setPen(pen)
    inset = line / 2 + 1
    painter.drawRoundedRect(QRectF(inset, inset, size - 2 * inset, size - 2 * inset), size / 8, size / 8)
    if ticked:
        tick = QPainterPath(QPointF(size * 0.24, size * 0.52))
        tick.lineTo(QPointF(size * 0.43, size * 0.71))
        tick.lineTo(QPointF(size * 0.77, size * 0.30))
        pen.setWidthF(line * 1.4)
        painter.setPen(pen)
        painter.drawPath(tick)
    painter.end()
    return pixmap


def tick_icon(palette: Palette, size: int) -> QIcon:
    """An empty box (off) in the text colour, a ticked one (on) in the pressed-button text colour."""
    icon = QIcon()
    icon.addPixmap(_box(size, palette.text, False), QIcon.Mode.Normal, QIcon.State.Off)
    icon.addPixmap(_box(size, palette.focus_text, True), QIcon.Mode.Normal, QIcon.State.On)
    return icon


def tick_button(
    text: str, on_tap: Callable[[], object], palette: Palette, metrics: Metrics, *, ticked: bool = False
) -> QPushButton:
    """A checkable option button showing a box that is ticked while the option is chosen."""
    widget = button(text, on_tap)
    widget.setCheckable(True)
    widget.setChecked(ticked)
    size = metrics.px(34)
    widget.setIcon(tick_icon(palette, size))
    widget.setIconSize(QSize(size, size))
    return widget
