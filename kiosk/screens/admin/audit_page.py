"""The audit log viewer (审计日志): who did what, when — newest first, filtered, a page at a time.

Read-only by design: nobody, not even an admin, can change or delete a line from the screen.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kiosk.data.editing import ContentEditor
from kiosk.screens.admin.history import action_text, local_time
from kiosk.screens.admin.style import admin_style
from kiosk.widgets.form_fields import form_button

PAGE_SIZE = 50


class AuditLogPage(QWidget):
    """A table of audit rows with action and content-kind filters and previous/next paging."""

    def __init__(self, editor: ContentEditor, entity_names: dict[str, str]) -> None:
        super().__init__()
        self.setProperty("role", "admin-page")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(admin_style())
        self.editor = editor
        self.entity_names = entity_names
        self.offset = 0
        self.total = 0
        title = QLabel(self.tr("Audit log (审计日志)"))
        title.setProperty("role", "page-title")
        self.action = QComboBox()
        self.entity = QComboBox()
        for combo in (self.action, self.entity):
            combo.setView(QListView())
            combo.setMinimumWidth(320)
            combo.activated.connect(self._filters_changed)
        filters = QHBoxLayout()
        filters.setSpacing(16)
        filters.addWidget(QLabel(self.tr("Action")))
        filters.addWidget(self.action)
        filters.addWidget(QLabel(self.tr("Content")))
        filters.addWidget(self.entity)
        filters.addStretch(1)
        filters.addWidget(form_button(self.tr("Refresh"), self.refresh))
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels(
            [self.tr("When"), self.tr("Who"), self.tr("Action"), self.tr("What"), self.tr("Detail")]
        )
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(64)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setWordWrap(True)
        self.position = QLabel()
        self.previous = form_button(self.tr("Newer"), lambda: self.turn(-1))
        self.next = form_button(self.tr("Older"), lambda: self.turn(1))
        paging = QHBoxLayout()
        paging.addWidget(self.position, 1)
        paging.addWidget(self.previous)
        paging.addWidget(self.next)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.setSpacing(16)
        layout.addWidget(title)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(paging)
        self.refresh()

    def _fill_filters(self) -> None:
        actions, entities = self.editor.audit_filters()
        self._fill(self.action, [(a, action_text(a)) for a in actions])
        self._fill(self.entity, [(e, self.entity_names.get(e, e)) for e in entities])

    def _fill(self, combo: QComboBox, choices: list[tuple[str, str]]) -> None:
        current = combo.currentData() or ""
        combo.clear()
        combo.addItem(self.tr("All"), "")
        for value, text in choices:
            combo.addItem(text, value)
        combo.setCurrentIndex(max(0, combo.findData(current)))

    def _filters_changed(self) -> None:
        self.offset = 0
        self.load()

    def refresh(self) -> None:
        self._fill_filters()
        self.load()

    def set_filters(self, action: str = "", entity: str = "") -> None:
        self.action.setCurrentIndex(max(0, self.action.findData(action)))
        self.entity.setCurrentIndex(max(0, self.entity.findData(entity)))
        self._filters_changed()

    def turn(self, step: int) -> None:
        self.offset = max(0, self.offset + step * PAGE_SIZE)
        self.load()

    def load(self) -> None:
        page = self.editor.audit(
            action=self.action.currentData() or "", entity=self.entity.currentData() or "", offset=self.offset,
            limit=PAGE_SIZE,
        )  # fmt: skip
        self.total = page.total
        self.table.setRowCount(len(page.rows))
        for row, entry in enumerate(page.rows):
            what = self.entity_names.get(entry.entity, entry.entity)
            values = [
                local_time(entry.at) if isinstance(entry.at, dt.datetime) else "",
                entry.actor,
                action_text(entry.action),
                f"{what} {entry.key}".strip(),
                entry.detail,
            ]
            for column, text in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(text))
        pages = max(1, -(-page.total // PAGE_SIZE))
        current = self.offset // PAGE_SIZE + 1
        self.position.setText(
            self.tr("Page %1 of %2 · %3 entries").replace("%1", str(current)).replace("%2", str(pages))
            .replace("%3", str(page.total))
        )  # fmt: skip
        self.previous.setEnabled(self.offset > 0)
        self.next.setEnabled(self.offset + PAGE_SIZE < page.total)

    def rows(self) -> list[list[str]]:
        """The table's text (for tests)."""
        rows = []
        for r in range(self.table.rowCount()):
            items = [self.table.item(r, c) for c in range(self.table.columnCount())]
            rows.append([item.text() if item is not None else "" for item in items])
        return rows
