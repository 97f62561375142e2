"""The right-hand panel of the files page: what is happening now, and what came of it.

One panel shows, in turn, the progress of a check, an import, an export, a backup or a restore
(a bar that steps through reading → checking → writing, or runs while the length is unknown), then
the outcome: a table of problems by place (位置 / 说明), a summary of what an import would change,
or one sentence with the file written. It lays out only; the files page decides what to show.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QScroller,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from kiosk.errors import Problem
from kiosk.widgets.basics import set_role
from kiosk.widgets.theme import STANDARD

# What the files and settings pages add to ``admin_style``: a chosen chip looks chosen and unlike a red
# action button (the editors' chips are never checkable), radio rows a finger can hit, a progress bar in
# the hall's colours.
TOOLS_STYLE = f"""
QPushButton[role="chip"]:checked {{
    background: {STANDARD.surface}; color: {STANDARD.accent}; border: 4px solid {STANDARD.accent}; font-weight: bold;
}}
QRadioButton {{ font-size: 26px; min-height: 72px; spacing: 16px; }}
QRadioButton::indicator {{ width: 40px; height: 40px; }}
QProgressBar {{
    min-height: 40px; border: 2px solid {STANDARD.border}; border-radius: 8px; background: {STANDARD.surface};
}}
QProgressBar::chunk {{ background: {STANDARD.accent}; border-radius: 6px; }}
"""
MAX_ROWS = 500  # a file with thousands of problems: the first 500 are shown, and the count of all
STEP_SCALE = 100  # the bar's units per step, so a step can fill gradually
REPORT_ROWS = 1000  # an import report of 5,000 matters: the first rows here, all of them in the saved report
ROW_HEIGHT = 64


class ResultPanel(QFrame):
    """Heading, message, progress bar, a table and one action button; each shown only when in use."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("FilesResult")
        self.setProperty("role", "item-form")
        self.heading = QLabel()
        self.heading.setProperty("role", "form-heading")
        self.heading.setWordWrap(True)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.progress = QProgressBar()
        self.progress.setTextVisible(False)
        self.step_label = QLabel()
        self.step_label.setProperty("role", "muted")
        self.table = self._make_table()
        # An import's report (导入报告): what was mapped, cleaned, skipped per matter, under the counts.
        self.details_heading = QLabel()
        self.details_heading.setProperty("role", "form-heading")
        self.details = self._make_table()
        self.action = QPushButton()
        self.action.setProperty("role", "primary")
        self.action.setAutoDefault(False)
        self.action.clicked.connect(self._act)
        self.on_action: Callable[[], object] | None = None
        self.steps = 0
        self.step_index = 0
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.action)
        layout = self.box = QVBoxLayout(self)
        layout.setContentsMargins(28, 20, 28, 24)
        layout.setSpacing(14)
        layout.addWidget(self.heading)
        layout.addWidget(self.message)
        layout.addWidget(self.progress)
        layout.addWidget(self.step_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.details_heading)
        layout.addWidget(self.details, 2)
        layout.addLayout(buttons)
        layout.addStretch(0)
        self.show_message("", "")

    # --- states -------------------------------------------------------------------------------

    def show_message(self, heading: str, message: str, *, error: bool = False) -> None:
        """Only words: a finished export, backup or restore, a failure, or what to do first."""
        self._set(heading, message, error=error)

    def show_busy(self, heading: str, message: str = "", steps: int = 0) -> None:
        """A running operation: a bar of ``steps`` steps, or a busy bar when the length is unknown."""
        self._set(heading, message)
        self.steps = steps
        self.progress.setRange(0, steps)  # (0, 0) is Qt's busy indicator
        self.progress.setValue(0)
        self.progress.show()
        self.step_label.show()
        self.step_label.setText("")

    def show_step(self, index: int, text: str) -> None:
        """Step ``index`` (0-based) has begun: the bar fills up to it and the label names it."""
        self.step_index = index
        if self.steps > 0:
            self.progress.setRange(0, self.steps * STEP_SCALE)
            self.progress.setValue(index * STEP_SCALE)
        self.step_label.setText(text)

    def show_fraction(self, done: int, total: int) -> None:
        """Within the current step, how far it got (the matters checked so far)."""
        if total > 0 and self.steps > 0:
            self.progress.setRange(0, self.steps * STEP_SCALE)
            self.progress.setValue(self.step_index * STEP_SCALE + min(done, total) * STEP_SCALE // total)

    def show_problems(self, heading: str, message: str, headers: Sequence[str], problems: Sequence[Problem]) -> None:
        self._set(heading, message, error=True)
        self._fill(headers, [(p.where, p.message) for p in problems[:MAX_ROWS]], stretch=len(headers) - 1)

    def show_table(self, heading: str, message: str, headers: Sequence[str], rows: Sequence[Sequence[str]]) -> None:
        self._set(heading, message)
        self._fill(headers, rows, stretch=0)

    def show_report(self, heading: str, headers: Sequence[str], rows: Sequence[Sequence[str]]) -> None:
        """Below the counts, the import report: one row per thing done to a matter (the first ones)."""
        self.details_heading.setText(heading)
        self.details_heading.show()
        self._fill(headers, rows[:REPORT_ROWS], stretch=3, table=self.details)
        count = self.table.rowCount()  # the counts above keep only the height they need
        self.table.setMaximumHeight(self.table.horizontalHeader().height() + count * ROW_HEIGHT + 8)

    def report_rows(self) -> list[list[str]]:
        """The report table's text (for tests)."""
        return self._texts(self.details)

    def offer(self, text: str, on_tap: Callable[[], object]) -> QPushButton:
        """Show the action button with ``text`` running ``on_tap``; hidden again by the next state."""
        self.action.setText(text)
        self.on_action = on_tap
        self.action.show()
        return self.action

    def _act(self) -> None:
        if self.on_action is not None:
            self.on_action()

    def rows(self) -> list[list[str]]:
        """The table's text (for tests)."""
        return self._texts(self.table)

    @staticmethod
    def _texts(table: QTableWidget) -> list[list[str]]:
        out = []
        for r in range(table.rowCount()):
            items = [table.item(r, c) for c in range(table.columnCount())]
            out.append([item.text() if item is not None else "" for item in items])
        return out

    def _make_table(self) -> QTableWidget:
        table = QTableWidget(0, 2)
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
        table.verticalHeader().setMinimumSectionSize(ROW_HEIGHT)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        table.setWordWrap(True)
        QScroller.grabGesture(table.viewport(), QScroller.ScrollerGestureType.LeftMouseButtonGesture)
        return table

    # --- helpers ------------------------------------------------------------------------------

    def _set(self, heading: str, message: str, *, error: bool = False) -> None:
        self.heading.setText(heading)
        self.heading.setVisible(bool(heading))
        self.message.setText(message)
        self.message.setVisible(bool(message))
        set_role(self.message, "message-error" if error else "")
        self.progress.hide()
        self.step_label.hide()
        self.table.hide()
        self.table.setRowCount(0)
        self.table.setMaximumHeight(16_777_215)
        self.details_heading.hide()
        self.details.hide()
        self.details.setRowCount(0)
        self.action.hide()
        self.on_action = None
        self.box.setStretch(self.box.count() - 1, 1)  # words only: keep them at the top

    def _fill(
        self, headers: Sequence[str], rows: Sequence[Sequence[str]], *, stretch: int, table: QTableWidget | None = None
    ) -> None:
        table = self.table if table is None else table
        table.setColumnCount(len(headers))
        table.setHorizontalHeaderLabels(list(headers))
        header = table.horizontalHeader()
        for column in range(len(headers)):
            mode = QHeaderView.ResizeMode.Stretch if column == stretch else QHeaderView.ResizeMode.ResizeToContents
            header.setSectionResizeMode(column, mode)
        table.setRowCount(len(rows))
        for r, values in enumerate(rows):
            for c, text in enumerate(values):
                item = QTableWidgetItem(text)
                item.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
                table.setItem(r, c, item)
        table.show()
        self.box.setStretch(self.box.count() - 1, 0)  # the table takes the height
