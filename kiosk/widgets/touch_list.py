"""A long list for touch: a model and a painted delegate instead of thousands of widgets.

Each row shows a title and an optional subtitle, wraps long Chinese titles, and is at least one
touch target tall. Scrolling is kinetic (the scroller is grabbed once, when the list is made); a
tap on a row emits ``tapped`` with the row's key, a drag never does.

A county's theme can list 700 matters: the rows live in a plain Python list behind the model (not
one item object each), and a row's height is measured once per text, width and size (the list
asks for every row's height before it paints). Laying the rows out in batches would paint sooner
the first time, but a tap while the batches run is lost: not for a kiosk.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QAbstractItemView, QListView, QScroller, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from kiosk.widgets.theme import Metrics, Palette

KEY = Qt.ItemDataRole.UserRole + 1
SUBTITLE = Qt.ItemDataRole.UserRole + 2
Index = QModelIndex | QPersistentModelIndex
_DISPLAY = int(Qt.ItemDataRole.DisplayRole.value)
_KEY = int(KEY)
_SUBTITLE = int(SUBTITLE)
Row = tuple[str, str, str]  # key, title, subtitle


class _RowItem:
    """One row as ``QStandardItem`` shows it (``text()``, ``data(role)``, ``setData(value, role)``),
    for callers of ``item(i)``; a role beyond the three of a row (a console's alert mark) is kept
    by the model beside the rows until they are replaced."""

    def __init__(self, model: RowModel, row: int) -> None:
        self.model = model
        self.row = row

    def text(self) -> str:
        return self.model.rows[self.row][1]

    def data(self, role: int = _DISPLAY) -> Any:
        return self.model.value(self.row, int(role))

    def setData(self, value: Any, role: int) -> None:
        self.model.set_extra(self.row, int(role), value)


def _value(row: Row, role: int) -> str | None:
    if role == _DISPLAY:
        return row[1]
    if role == _KEY:
        return row[0]
    if role == _SUBTITLE:
        return row[2]
    return None


class RowModel(QAbstractListModel):
    """(key, title, subtitle) rows in a list, replaced all at once."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[Row] = []
        self.extra: dict[tuple[int, int], Any] = {}  # (row, role) → value, for roles beyond a row's three

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self.rows)

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        return self.value(index.row(), int(role))

    def value(self, row: int, role: int) -> Any:
        if role in (_DISPLAY, _KEY, _SUBTITLE):
            return _value(self.rows[row], role)
        return self.extra.get((row, role))

    def set_extra(self, row: int, role: int, value: Any) -> None:
        self.extra[(row, role)] = value
        index = self.index(row, 0)
        self.dataChanged.emit(index, index, [role])

    def set_rows(self, rows: list[Row]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.extra = {}
        self.endResetModel()

    def item(self, row: int) -> _RowItem:
        return _RowItem(self, row)


class RowDelegate(QStyledItemDelegate):
    """Paints a title line (bold, heading size) and a muted subtitle, wrapping both."""

    def __init__(self, palette: Palette, metrics: Metrics) -> None:
        super().__init__()
        self.palette_ = palette
        self.metrics = metrics
        self._heights: dict[tuple[str, str, int, float, str], int] = {}
        self._fonts: tuple[tuple[str, int, int], QFont, QFont] | None = None

    def fonts(self, base: QFont) -> tuple[QFont, QFont]:
        key = (base.key(), self.metrics.heading, self.metrics.body)
        if self._fonts is None or self._fonts[0] != key:
            title = QFont(base)
            title.setPixelSize(self.metrics.heading)
            title.setBold(True)
            sub = QFont(base)
            sub.setPixelSize(self.metrics.body)
            self._fonts = (key, title, sub)
        return self._fonts[1], self._fonts[2]

    def _text_rects(self, option: QStyleOptionViewItem, index: Index) -> tuple[QRect, QRect, QFont, QFont]:
        pad = self.metrics.px(20)
        title_font, sub_font = self.fonts(option.font)
        width = max(100, option.rect.width() - 2 * pad)
        flags = int(Qt.TextFlag.TextWordWrap)
        title = QFontMetrics(title_font).boundingRect(QRect(0, 0, width, 10_000), flags, index.data() or "")
        subtitle_text = index.data(SUBTITLE) or ""
        sub = (
            QFontMetrics(sub_font).boundingRect(QRect(0, 0, width, 10_000), flags, subtitle_text)
            if subtitle_text
            else QRect(0, 0, 0, 0)
        )
        return title, sub, title_font, sub_font

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        key = (index.data() or "", index.data(SUBTITLE) or "", option.rect.width(), self.metrics.scale,
               option.font.family())  # fmt: skip
        height = self._heights.get(key)
        if height is None:
            title, sub, _t, _s = self._text_rects(option, index)
            pad = self.metrics.px(20)
            gap = self.metrics.px(6) if sub.height() else 0
            height = max(self.metrics.target, title.height() + gap + sub.height() + 2 * pad)
            # room for the longest list in a few looks (5,000 matters A–Z), and no more: a kiosk
            # running for months meets ever new (text, width, look) keys
            if len(self._heights) > max(4_000, 3 * index.model().rowCount()):
                self._heights.clear()
            self._heights[key] = height
        return QSize(option.rect.width(), height)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        p = self.palette_
        rect: QRect = option.rect
        pressed = bool(option.state & QStyle.StateFlag.State_Sunken)
        painter.save()
        painter.fillRect(rect, QColor(p.focus if pressed else p.surface))
        painter.setPen(QPen(QColor(p.border), 2))
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())
        title, sub, title_font, sub_font = self._text_rects(option, index)
        pad = self.metrics.px(20)
        x, y = rect.x() + pad, rect.y() + pad
        width = rect.width() - 2 * pad
        painter.setFont(title_font)
        painter.setPen(QColor(p.focus_text if pressed else p.text))
        painter.drawText(QRect(x, y, width, title.height()), int(Qt.TextFlag.TextWordWrap), index.data() or "")
        if sub.height():
            painter.setFont(sub_font)
            painter.setPen(QColor(p.focus_text if pressed else p.muted_text))
            y += title.height() + self.metrics.px(6)
            painter.drawText(QRect(x, y, width, sub.height()), int(Qt.TextFlag.TextWordWrap), index.data(SUBTITLE))
        painter.restore()


class TouchList(QListView):
    """A kinetic list of (key, title, subtitle) rows."""

    tapped = Signal(str)

    def __init__(self, palette: Palette, metrics: Metrics) -> None:
        super().__init__()
        self.model_ = RowModel(self)
        self.setModel(self.model_)
        self.delegate = RowDelegate(palette, metrics)
        self.setItemDelegate(self.delegate)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setUniformItemSizes(False)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setWordWrap(True)
        QScroller.grabGesture(self.viewport(), QScroller.ScrollerGestureType.LeftMouseButtonGesture)
        self.clicked.connect(lambda index: self.tapped.emit(index.data(KEY)))

    def set_look(self, palette: Palette, metrics: Metrics) -> None:
        self.delegate.palette_ = palette
        self.delegate.metrics = metrics
        self.scheduleDelayedItemsLayout()

    def set_rows(self, rows: list[tuple[str, str, str]]) -> None:
        """Replace the rows: (key, title, subtitle)."""
        self.model_.set_rows(list(rows))
        QScroller.scroller(self.viewport()).stop()
        self.scrollToTop()

    def keys(self) -> list[str]:
        return [row[0] for row in self.model_.rows]

    def row_rect(self, key: str) -> QRect:
        """Where the row with ``key`` is drawn (for tests that tap it)."""
        for i, row in enumerate(self.model_.rows):
            if row[0] == key:
                return self.visualRect(self.model_.index(i, 0))
        return QRect()
