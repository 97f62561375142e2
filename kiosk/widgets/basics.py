"""Small touch building blocks: labels with a role, tiles, buttons, cards, a responsive grid.

Sizes and colours come from the style sheet through the ``role`` property (see theme.py); these
helpers only set roles, word wrap and size policies, so every screen looks and scales alike.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from kiosk.widgets import icons


def clear_layout(layout: QLayout) -> None:
    """Remove and delete every widget in ``layout`` (hidden at once, deleted by the event loop)."""
    while layout.count():
        item = layout.takeAt(0)
        if item is None:
            continue
        widget, inner = item.widget(), item.layout()
        if widget is not None:
            widget.hide()
            widget.deleteLater()
        elif inner is not None:
            clear_layout(inner)
            inner.deleteLater()


def set_role(widget: QWidget, role: str) -> None:
    widget.setProperty("role", role)
    widget.style().unpolish(widget)
    widget.style().polish(widget)


def label(text: str = "", role: str = "body", *, wrap: bool = True, selectable: bool = False) -> QLabel:
    """A label that wraps (Chinese has no spaces: wrap anywhere) and never gets cut."""
    widget = QLabel(text)
    widget.setProperty("role", role)
    widget.setWordWrap(wrap)
    widget.setTextFormat(Qt.TextFormat.PlainText)
    if wrap:
        widget.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
    if selectable:
        widget.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
    return widget


def button(text: str, on_tap: Callable[[], object] | None = None, role: str = "") -> QPushButton:
    widget = QPushButton(text)
    if role:
        widget.setProperty("role", role)
    widget.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    widget.setCursor(Qt.CursorShape.BlankCursor)
    if on_tap is not None:
        widget.clicked.connect(lambda: on_tap())
    return widget


class Tile(QPushButton):
    """A large tile: an icon above a label, the whole area tappable."""

    def __init__(self, text: str, icon_name: str, icon_size: int, colour: str) -> None:
        super().__init__()
        self.setProperty("role", "tile")
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        layout = QVBoxLayout(self)
        self.box = layout
        layout.setContentsMargins(12, 16, 12, 16)
        layout.setSpacing(8)
        self.icon_label = QLabel()
        self.icon_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.icon_label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.icon_label.setPixmap(icons.pixmap(icon_name, icon_size, colour))
        self.text_label = QLabel(text)
        self.text_label.setProperty("role", "tile-text")
        self.text_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.text_label.setWordWrap(True)
        self.text_label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        layout.addStretch(1)
        layout.addWidget(self.icon_label)
        layout.addWidget(self.text_label)
        layout.addStretch(1)

    def set_text(self, text: str) -> None:
        self.text_label.setText(text)
        self._fit_text()

    def resizeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().resizeEvent(event)
        self._fit_text()

    def _fit_text(self) -> None:
        """A long label in a cramped tile (elder mode, many tiles) gets a smaller font, down to 3/5 of
        the theme's, rather than lines or a long word cut off at the tile's edge."""
        label = self.text_label
        if not label.styleSheet():  # the theme's size, measured once (a new look builds new tiles)
            label.ensurePolished()
            self._theme_px = label.font().pixelSize()
        base = getattr(self, "_theme_px", 0)
        margins = self.box.contentsMargins()
        width = self.width() - margins.left() - margins.right()
        room = self.height() - margins.top() - margins.bottom() - self.box.spacing()
        room -= self.icon_label.sizeHint().height()
        if base <= 0 or width <= 0 or room <= 0:
            return
        size = base
        while size > base * 3 // 5:
            font = QFont(label.font())
            font.setPixelSize(size)
            area = QRect(0, 0, width, 100_000)
            wrapped = QFontMetrics(font).boundingRect(area, Qt.TextFlag.TextWordWrap, label.text())
            if wrapped.height() <= room and wrapped.width() <= width:  # a long word is not cut either
                break
            size -= 2
        wanted = f"font-size: {size}px;" if size != base else ""
        if label.styleSheet() != wanted:
            label.setStyleSheet(wanted)

    def sizeHint(self) -> QSize:
        inner = self.box.sizeHint()
        return QSize(max(inner.width(), 200), max(inner.height(), 160))

    def minimumSizeHint(self) -> QSize:
        return self.box.minimumSize()


class Card(QFrame):
    """A bordered white panel holding a vertical stack of widgets."""

    def __init__(self, spacing: int = 12) -> None:
        super().__init__()
        self.setProperty("role", "card")
        self.box = QVBoxLayout(self)
        self.box.setContentsMargins(24, 20, 24, 20)
        self.box.setSpacing(spacing)

    def add(self, widget: QWidget) -> QWidget:
        self.box.addWidget(widget)
        return widget


def row(*widgets: QWidget, spacing: int = 16, stretch_last: bool = False) -> QWidget:
    holder = QWidget()
    layout = QHBoxLayout(holder)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(spacing)
    for w in widgets:
        layout.addWidget(w)
    if not stretch_last:
        layout.addStretch(1)
    return holder


class ResponsiveGrid(QWidget):
    """Lays out its children in as many columns as fit ``min_width`` each (at most ``max_columns``)."""

    def __init__(self, min_width: int, max_columns: int = 4, spacing: int = 20) -> None:
        super().__init__()
        self.min_width = min_width
        self.max_columns = max_columns
        self.items: list[QWidget] = []
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setSpacing(spacing)
        self.columns = 0

    def add(self, widget: QWidget) -> None:
        self.items.append(widget)
        self._relayout(force=True)

    def clear(self) -> None:
        for widget in self.items:
            self.grid.removeWidget(widget)
            widget.hide()
            widget.deleteLater()
        self.items.clear()

    def column_count(self, width: int) -> int:
        return max(1, min(self.max_columns, width // self.min_width))

    def _relayout(self, force: bool = False) -> None:
        columns = self.column_count(self.width() or self.min_width * self.max_columns)
        if columns == self.columns and not force:
            return
        self.columns = columns
        for widget in self.items:
            self.grid.removeWidget(widget)
        for i, widget in enumerate(self.items):
            self.grid.addWidget(widget, i // columns, i % columns)
        for c in range(self.grid.columnCount()):
            self.grid.setColumnStretch(c, 1 if c < columns else 0)

    def resizeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().resizeEvent(event)
        self._relayout()


def fit_height_to_width(page: QWidget) -> QWidget:
    """Make a scroll area's page exactly as tall as its wrapped text, with no empty screen after it.

    Word-wrapped labels report a minimum height measured at a narrow width (several times their
    real height), and ``QScrollArea`` never makes its widget smaller than the sum of those
    minimums. With an ignored vertical policy the scroll area sizes the page by its
    ``heightForWidth`` alone (and still at least as tall as the viewport).
    """
    page.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Ignored)
    return page
