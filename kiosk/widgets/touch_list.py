"""A long list for touch: a model and a painted delegate instead of thousands of widgets.

Each row shows a title and an optional subtitle, wraps long Chinese titles, and is at least one
touch target tall. Scrolling is kinetic (the scroller is grabbed once, when the list is made); a
tap on a row emits ``tapped`` with the row's key, a drag never does.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QListView, QScroller, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from kiosk.widgets.theme import Metrics, Palette

KEY = Qt.ItemDataRole.UserRole + 1
SUBTITLE = Qt.ItemDataRole.UserRole + 2
Index = QModelIndex | QPersistentModelIndex


class RowDelegate(QStyledItemDelegate):
    """Paints a title line (bold, heading size) and a muted subtitle, wrapping both."""

    def __init__(self, palette: Palette, metrics: Metrics) -> None:
        super().__init__()
        self.palette_ = palette
        self.metrics = metrics

    def fonts(self, base: QFont) -> tuple[QFont, QFont]:
        title = QFont(base)
        title.setPixelSize(self.metrics.heading)
        title.setBold(True)
        sub = QFont(base)
        sub.setPixelSize(self.metrics.body)
        return title, sub

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
        title, sub, _t, _s = self._text_rects(option, index)
        pad = self.metrics.px(20)
        gap = self.metrics.px(6) if sub.height() else 0
        height = max(self.metrics.target, title.height() + gap + sub.height() + 2 * pad)
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
        self.model_ = QStandardItemModel(self)
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
        self.model_.clear()
        for key, title, subtitle in rows:
            item = QStandardItem(title)
            item.setData(key, KEY)
            item.setData(subtitle, SUBTITLE)
            self.model_.appendRow(item)
        QScroller.scroller(self.viewport()).stop()
        self.scrollToTop()

    def keys(self) -> list[str]:
        return [self.model_.item(i).data(KEY) for i in range(self.model_.rowCount())]

    def row_rect(self, key: str) -> QRect:
        """Where the row with ``key`` is drawn (for tests that tap it)."""
        for i in range(self.model_.rowCount()):
            if self.model_.item(i).data(KEY) == key:
                return self.visualRect(self.model_.index(i, 0))
        return QRect()
