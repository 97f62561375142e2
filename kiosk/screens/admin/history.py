"""History of one item (存档): its revisions, the differences between two of them, and restore.

Tap one revision to see what restoring it would change (it against the newest), or two to see
what changed between them. Restoring publishes the old content again as a new revision, so the
history itself is never rewritten.
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from kiosk.data.editing import ContentEditor
from kiosk.data.revisions import Change, RevisionInfo, diff, show
from kiosk.screens.admin.style import admin_style
from kiosk.widgets.form_fields import form_button
from kiosk.widgets.list_editor import ERROR_COLOUR

ADDED_COLOUR = "#1B5E20"


def local_time(utc: dt.datetime) -> str:
    """Revisions are stamped in UTC; people read the hall's local time."""
    return utc.replace(tzinfo=dt.UTC).astimezone().strftime("%Y-%m-%d %H:%M")


def _value_html(value: Any, colour: str, strike: bool = False) -> str:
    style = f"color:{colour};" + ("text-decoration:line-through;" if strike else "")
    return f'<span style="{style}">{html.escape(show(value))}</span>'


def change_html(change: Change, labels: dict[str, str]) -> str:
    """One change as a paragraph: where, then old → new (long texts inline, deletions struck out)."""
    where = html.escape(" › ".join(labels.get(p, p) for p in change.path))
    if change.segments:
        parts = []
        for s in change.segments:
            text = html.escape(s.text).replace("\n", "<br>")
            if s.op == "delete":
                parts.append(f'<span style="color:{ERROR_COLOUR};text-decoration:line-through;">{text}</span>')
            elif s.op == "insert":
                parts.append(f'<span style="color:{ADDED_COLOUR};font-weight:bold;">{text}</span>')
            else:
                parts.append(text)
        body = "".join(parts)
    elif change.kind == "added":
        body = "+ " + _value_html(change.new, ADDED_COLOUR)
    elif change.kind == "removed":
        body = "− " + _value_html(change.old, ERROR_COLOUR, strike=True)
    else:
        body = f"{_value_html(change.old, ERROR_COLOUR, strike=True)} → {_value_html(change.new, ADDED_COLOUR)}"
        if change.kind == "reordered":
            body += "(顺序调整)"
    return f"<p><b>{where}</b>:{body}</p>"


class HistoryDialog(QDialog):
    """Revisions of ``entity``/``key`` with a diff view and a restore button."""

    def __init__(
        self,
        parent: QWidget,
        editor: ContentEditor,
        entity: str,
        key: str,
        title: str,
        labels: dict[str, str],
        on_restore: Callable[[int], None],
    ) -> None:
        super().__init__(parent, Qt.WindowType.Dialog)
        self.setObjectName("HistoryDialog")
        self.setProperty("role", "admin-page")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(admin_style())
        self.setModal(True)
        self.setWindowTitle(self.tr("History"))
        self.editor, self.entity, self.key, self.labels = editor, entity, key, labels
        self.on_restore = on_restore
        self.revisions: list[RevisionInfo] = editor.history(entity, key)
        heading = QLabel(self.tr("History of %1").replace("%1", title))
        heading.setProperty("role", "page-title")
        heading.setWordWrap(True)
        hint = QLabel(self.tr("Tap one version to see what restoring it would change, or two to compare them."))
        hint.setProperty("role", "muted")
        hint.setWordWrap(True)
        self.table = QTableWidget(len(self.revisions), 4)
        self.table.setHorizontalHeaderLabels([self.tr("Version"), self.tr("When"), self.tr("Who"), self.tr("Action")])
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(72)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.MultiSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        for row, r in enumerate(self.revisions):
            values = [f"v{r.version}", local_time(r.created_at), r.actor, action_text(r.action)]
            for column, text in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.setMinimumWidth(620)
        self.diff_view = QTextBrowser()
        self.diff_view.setOpenLinks(False)
        self.restore_button = form_button(self.tr("Restore this version"), self._restore, "primary")
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        columns = QHBoxLayout()
        columns.addWidget(self.table, 2)
        columns.addWidget(self.diff_view, 3)
        buttons = QHBoxLayout()
        buttons.addWidget(self.summary, 1)
        buttons.addWidget(self.restore_button)
        buttons.addWidget(form_button(self.tr("Close"), self.accept))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.setSpacing(16)
        layout.addWidget(heading)
        layout.addWidget(hint)
        layout.addLayout(columns, 1)
        layout.addLayout(buttons)
        self.order: list[int] = []  # rows in the order they were tapped (at most two kept)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        window = parent.window()
        self.resize(max(1280, window.width() - 80), max(760, window.height() - 80))
        if len(self.revisions) >= 2:
            self.select_versions(self.revisions[1].version, self.revisions[0].version)
        elif self.revisions:
            self.select_versions(self.revisions[0].version)
        self._selection_changed()

    def select_versions(self, *versions: int) -> None:
        """Select these versions (as taps would)."""
        self.table.clearSelection()
        for version in versions:
            row = next(i for i, r in enumerate(self.revisions) if r.version == version)
            self.table.selectRow(row)

    def selected_versions(self) -> list[int]:
        rows = sorted({i.row() for i in self.table.selectedIndexes()})
        return sorted(self.revisions[r].version for r in rows)

    def _selection_changed(self) -> None:
        rows = sorted({i.row() for i in self.table.selectedIndexes()})
        self.order = [r for r in self.order if r in rows] + [r for r in rows if r not in self.order]
        if len(self.order) > 2:  # a third tap replaces the oldest of the two
            drop = self.order.pop(0)
            self.table.blockSignals(True)
            self.table.selectionModel().select(
                self.table.model().index(drop, 0),
                self.table.selectionModel().SelectionFlag.Deselect | self.table.selectionModel().SelectionFlag.Rows,
            )
            self.table.blockSignals(False)
        versions = self.selected_versions()
        latest = self.revisions[0].version if self.revisions else 0
        self.restore_button.setEnabled(len(versions) == 1 and versions[0] != latest)
        if len(versions) == 1 and versions[0] != latest:
            self.show_diff(versions[0], latest, self.tr("Restoring v%1 would change:").replace("%1", str(versions[0])))
        elif len(versions) == 2:
            old, new = versions
            self.show_diff(old, new, self.tr("From v%1 to v%2:").replace("%1", str(old)).replace("%2", str(new)))
        else:
            self.changes: list[Change] = []
            self.diff_view.setHtml(html.escape(self.tr("This is the current version.")) if versions else "")
            self.summary.setText("")

    def show_diff(self, old: int, new: int, caption: str) -> None:
        before = self.editor.revision(self.entity, self.key, old) or {}
        after = self.editor.revision(self.entity, self.key, new) or {}
        self.changes = diff(before, after)
        lines = [change_html(c, self.labels) for c in self.changes] or [html.escape(self.tr("No differences."))]
        self.diff_view.setHtml(f"<p><b>{html.escape(caption)}</b></p>" + "".join(lines))
        self.summary.setText(self.tr("%1 change(s)").replace("%1", str(len(self.changes))))

    def _restore(self) -> None:
        versions = self.selected_versions()
        if len(versions) == 1:
            self.on_restore(versions[0])
            self.accept()


def action_text(action: str) -> str:
    names = {
        "import": "导入",
        "demo": "示例数据",
        "publish": "发布",
        "publish_at": "定时发布",
        "publish_at_cancel": "取消定时发布",
        "publish_at_failed": "定时发布未能生效",
        "restore": "恢复",
        "archive": "存档",
        "save_draft": "保存草稿",
        "discard_draft": "删除草稿",
    }
    return f"{names[action]}({action})" if action in names else action
