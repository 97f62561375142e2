"""Editing a list of sub-documents in place (办理流程, 收费项目, 常见问题, 情形, 申请材料).

The list shows one row per item; add, remove, move up and move down work on the selected row,
and the selected item is edited in a form right below it. Items are kept as plain dicts, even
half-filled ones, so nothing typed is lost while a required field is still empty; validation
marks the rows that have problems and shows each message next to its field in the item's form.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any, Protocol

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from kiosk.data.field_errors import FieldError
from kiosk.widgets.form_fields import FieldEditor, form_button
from kiosk.widgets.theme import STANDARD, Metrics
from kiosk.widgets.touch_list import Index, RowDelegate

ERROR_COLOUR = "#A1000E"
ERROR_ROLE = Qt.ItemDataRole.UserRole + 10


class ItemDelegate(RowDelegate):
    """The kiosk's wrapping rows (title, optional second line), a little smaller, the current row marked.

    Rows whose ``ERROR_ROLE`` is set are written in the error colour.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(STANDARD, Metrics(0.75))
        self.setParent(parent)
        self.normal = STANDARD
        self.error = replace(STANDARD, text=ERROR_COLOUR, muted_text=ERROR_COLOUR)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        if option.state & QStyle.StateFlag.State_Selected:
            option.state |= QStyle.StateFlag.State_Sunken  # painted like a pressed row: the open item
        self.palette_ = self.error if index.data(ERROR_ROLE) else self.normal
        super().paint(painter, option, index)


class ItemForm(Protocol):
    """What the list needs of the item form (a ``DocForm``; a protocol to avoid an import cycle)."""

    def set_value(self, value: dict[str, Any]) -> None: ...
    def value(self) -> dict[str, Any]: ...
    def show_errors(self, errors: list[FieldError]) -> None: ...
    def label_of(self, name: str) -> str: ...


class ListField(FieldEditor):
    """Items as a list with add / remove / up / down and an inline form for the selected one."""

    def __init__(self, make_form: Callable[[], QWidget], title_of: Callable[[dict[str, Any]], str]) -> None:
        super().__init__()
        self.items: list[dict[str, Any]] = []
        self.errors: dict[int, list[FieldError]] = {}
        self.title_of = title_of
        self.rows = QListWidget()
        self.rows.setProperty("role", "item-list")
        self.rows.setItemDelegate(ItemDelegate(self.rows))
        self.rows.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.rows.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.rows.setResizeMode(QListView.ResizeMode.Adjust)
        self.rows.setMaximumHeight(6 * 72 + 8)
        self.rows.currentRowChanged.connect(self._select)
        self.add_button = form_button(self.tr("Add"), self.add, "primary")
        self.remove_button = form_button(self.tr("Remove"), self.remove)
        self.up_button = form_button(self.tr("Move up"), lambda: self.move_by(-1))
        self.down_button = form_button(self.tr("Move down"), lambda: self.move_by(1))
        buttons = QVBoxLayout()
        for b in (self.add_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        top = QHBoxLayout()
        top.addWidget(self.rows, 1)
        top.addLayout(buttons)
        self.frame = QFrame()
        self.frame.setProperty("role", "item-form")
        self.heading = QLabel()
        self.heading.setProperty("role", "item-heading")
        self.form = make_form()
        inner = QVBoxLayout(self.frame)
        inner.setContentsMargins(20, 12, 20, 16)
        inner.addWidget(self.heading)
        inner.addWidget(self.form)
        self.form.changed.connect(self._item_edited)  # type: ignore[attr-defined]
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        layout.addLayout(top)
        layout.addWidget(self.frame)
        self._refresh_rows(-1)

    @property
    def item_form(self) -> ItemForm:
        return self.form  # type: ignore[return-value]

    def get(self) -> list[dict[str, Any]]:
        return [dict(item) for item in self.items]

    def set(self, value: Any) -> None:
        with self.filling():
            self.items = [dict(v) for v in value or []]
            self.errors = {}
            self._refresh_rows(0 if self.items else -1)

    def current(self) -> int:
        return self.rows.currentRow()

    def add(self) -> None:
        self.items.append({})
        with self.filling():
            self._refresh_rows(len(self.items) - 1)
        self.items[-1] = self.item_form.value()  # the new item starts with the documents' defaults
        self.edited()

    def remove(self) -> None:
        index = self.current()
        if 0 <= index < len(self.items):
            del self.items[index]
            self.errors = {}
            with self.filling():
                self._refresh_rows(min(index, len(self.items) - 1))
            self.edited()

    def move_by(self, step: int) -> None:
        index, target = self.current(), self.current() + step
        if 0 <= index < len(self.items) and 0 <= target < len(self.items):
            self.items[index], self.items[target] = self.items[target], self.items[index]
            self.errors = {}
            with self.filling():
                self._refresh_rows(target)
            self.edited()

    def _refresh_rows(self, select: int) -> None:
        self.rows.blockSignals(True)
        self.rows.clear()
        for i, item in enumerate(self.items):
            self.rows.addItem(QListWidgetItem(self._row_text(i, item)))
        self._mark_errors()
        self.rows.blockSignals(False)
        self.rows.setCurrentRow(select)
        self._select(select)

    def _row_text(self, index: int, item: dict[str, Any]) -> str:
        title = self.title_of(item) or self.tr("(new)")
        return f"{index + 1}. {title}" + ("  ⚠" if index in self.errors else "")

    def _select(self, index: int) -> None:
        has = 0 <= index < len(self.items)
        self.frame.setVisible(has)
        self.remove_button.setEnabled(has)
        self.up_button.setEnabled(has and index > 0)
        self.down_button.setEnabled(has and index < len(self.items) - 1)
        if has:
            with self.filling():
                self.heading.setText(self.tr("Item %1").replace("%1", str(index + 1)))
                self._loading = True
                self.item_form.set_value(self.items[index])
                self._loading = False
                self.item_form.show_errors(self.errors.get(index, []))

    _loading = False

    def _item_edited(self) -> None:
        index = self.current()
        if self._loading or not 0 <= index < len(self.items):
            return
        self.items[index] = self.item_form.value()
        row = self.rows.item(index)
        if row is not None:
            row.setText(self._row_text(index, self.items[index]))
        self.edited()

    def show_errors(self, errors: list[FieldError]) -> None:
        """``errors`` are relative to the list: ``loc`` starts with the item's index."""
        self.errors = {}
        for e in errors:
            if e.loc and isinstance(e.loc[0], int):
                self.errors.setdefault(e.loc[0], []).append(FieldError(e.loc[1:], e.message))
        self._mark_errors()
        index = self.current()
        if 0 <= index < len(self.items):
            self.item_form.show_errors(self.errors.get(index, []))

    def _mark_errors(self) -> None:
        for i in range(self.rows.count()):
            row = self.rows.item(i)
            if row is None or i >= len(self.items):
                continue
            row.setText(self._row_text(i, self.items[i]))
            row.setData(ERROR_ROLE, i in self.errors)
            row.setData(Qt.ItemDataRole.ToolTipRole, "\n".join(e.message for e in self.errors.get(i, [])))

    def describe(self, loc: tuple[str | int, ...], message: str) -> str:
        """A message about an item, for the line under the whole list: 「第2项 材料名称:不能为空」."""
        if loc and isinstance(loc[0], int):
            where = self.tr("Item %1").replace("%1", str(loc[0] + 1))
            name = self.item_form.label_of(str(loc[1])) if len(loc) > 1 else ""
            return f"{where} {name}:{message}" if name else f"{where}:{message}"
        return message
