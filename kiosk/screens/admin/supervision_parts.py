"""Pieces shared by the console's service-loop pages (差评整改, 投诉登记, 工作日历, 预公开意见).

A list of rows on one side (or above, on a narrow window) with the chosen row drawn pressed and
an alarm row (overdue) drawn in the error red with a bar at its edge; a message line that says
what was done or why not; plain text boxes sized for a finger. The pages know no SQL.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import (
    QBoxLayout,
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from kiosk.screens.admin.files_result import TOOLS_STYLE
from kiosk.screens.admin.style import admin_style
from kiosk.widgets.flow import FlowLayout
from kiosk.widgets.form_fields import form_button
from kiosk.widgets.list_editor import ERROR_COLOUR
from kiosk.widgets.theme import STANDARD, Metrics
from kiosk.widgets.touch_list import KEY, Index, RowDelegate, TouchList

ADMIN_METRICS = Metrics(26 / 28)  # rows of 26 px text (titles 32 px), as on the other admin pages
ALERT = Qt.ItemDataRole.UserRole + 3
ALERT_PALETTE = replace(STANDARD, text=ERROR_COLOUR, muted_text=ERROR_COLOUR)
PAGE_STYLE = f"""
QFrame[role="opinion"], QFrame[role="case-card"] {{
    background: {STANDARD.surface}; border: 2px solid {STANDARD.border}; border-radius: 10px;
}}
QLabel[role="opinion-text"] {{ font-size: 26px; }}
QLabel[role="alert"] {{ color: {ERROR_COLOUR}; font-weight: bold; }}
QLabel[role="badge"] {{
    background: {STANDARD.window}; border: 2px solid {STANDARD.border}; border-radius: 8px; padding: 2px 10px;
}}
QLabel[role="badge-alert"] {{
    color: {ERROR_COLOUR}; border: 2px solid {ERROR_COLOUR}; border-radius: 8px; padding: 2px 10px; font-weight: bold;
}}
"""


def page_style() -> str:
    return admin_style() + TOOLS_STYLE + PAGE_STYLE


class ChosenRowDelegate(RowDelegate):
    """``TouchList``'s rows, with the chosen one drawn as pressed and alarm rows in red with a bar."""

    chosen = ""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        if index.data(KEY) == self.chosen:
            option = QStyleOptionViewItem(option)
            option.state |= QStyle.StateFlag.State_Sunken
        alert = bool(index.data(ALERT)) and not option.state & QStyle.StateFlag.State_Sunken
        if not alert:
            super().paint(painter, option, index)
            return
        normal, self.palette_ = self.palette_, ALERT_PALETTE
        try:
            super().paint(painter, option, index)
        finally:
            self.palette_ = normal
        rect: QRect = option.rect
        painter.fillRect(QRect(rect.x(), rect.y(), 8, rect.height() - 2), QColor(ERROR_COLOUR))


def chosen_list() -> tuple[TouchList, ChosenRowDelegate]:
    rows = TouchList(STANDARD, ADMIN_METRICS)
    delegate = ChosenRowDelegate(STANDARD, ADMIN_METRICS)
    rows.delegate = delegate
    rows.setItemDelegate(delegate)
    return rows, delegate


def set_rows(rows: TouchList, items: list[tuple[str, str, str, bool]]) -> None:
    """(key, title, subtitle, alert) rows."""
    rows.set_rows([(key, title, subtitle) for key, title, subtitle, _alert in items])
    for i, (*_rest, alert) in enumerate(items):
        rows.model_.item(i).setData(alert, ALERT)


def combo_box(min_chars: int = 12) -> QComboBox:
    """A choice list as wide as its column allows: long matter names are elided, never widen the page."""
    combo = QComboBox()
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(min_chars)
    return combo


def text_box(lines: int = 3, placeholder: str = "") -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setPlaceholderText(placeholder)
    edit.setTabChangesFocus(True)
    edit.setMinimumHeight(lines * 36 + 24)
    edit.setMaximumHeight(max(lines, 4) * 36 + 24)
    return edit


def stretched(*widgets: QWidget) -> QWidget:
    """Widgets in a row, the first taking the room that is left."""
    holder = QWidget()
    line = QHBoxLayout(holder)
    line.setContentsMargins(0, 0, 0, 0)
    line.setSpacing(16)
    for n, widget in enumerate(widgets):
        line.addWidget(widget, 1 if n == 0 else 0)
    return holder


def caption(text: str, role: str = "field-label") -> QLabel:
    widget = QLabel(text)
    widget.setProperty("role", role)
    widget.setWordWrap(True)
    return widget


def say(message: QLabel, text: str, *, error: bool) -> None:
    """Show ``text`` in ``message``: green for done, red for refused."""
    message.setText(text)
    message.setProperty("role", "message-error" if error else "message-ok")
    message.style().unpolish(message)
    message.style().polish(message)
    message.setVisible(bool(text))


def chips(
    choices: list[tuple[str, str]], parent: QWidget, *, wrap: bool = False
) -> tuple[QButtonGroup, dict[str, QPushButton], QWidget]:
    """Exclusive chip buttons (value, text) in a row; with ``wrap`` in as many rows as the width needs."""
    group = QButtonGroup(parent)
    buttons: dict[str, QPushButton] = {}
    holder = QWidget()
    line: QHBoxLayout | FlowLayout = FlowLayout(holder, 12) if wrap else QHBoxLayout(holder)
    line.setContentsMargins(0, 0, 0, 0)
    if isinstance(line, QHBoxLayout):
        line.setSpacing(12)
    for value, text in choices:
        chip = form_button(text, None, "chip")
        chip.setCheckable(True)
        chip.setObjectName(f"chip:{value}")
        group.addButton(chip)
        buttons[value] = chip
        line.addWidget(chip)
    if isinstance(line, QHBoxLayout):
        line.addStretch(1)
    return group, buttons, holder


class SplitPage(QWidget):
    """A page with a title, a list side and a detail side, side by side when wide, stacked when not."""

    def __init__(self, object_name: str, title: str) -> None:
        super().__init__()
        self.setObjectName(object_name)
        self.setProperty("role", "admin-page")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(page_style())
        self.title_label = caption(title, "page-title")
        self.left = QVBoxLayout()
        self.left.setSpacing(8)
        self.right = QVBoxLayout()
        self.right.setSpacing(8)
        self.split = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.split.setSpacing(24)
        self.split.addLayout(self.left, 2)
        self.split.addLayout(self.right, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.setSpacing(12)
        layout.addWidget(self.title_label)
        self.top = QVBoxLayout()
        layout.addLayout(self.top)
        layout.addLayout(self.split, 1)

    def resizeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().resizeEvent(event)
        wide = self.width() >= 1200
        direction = QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom
        if self.split.direction() != direction:
            self.split.setDirection(direction)
