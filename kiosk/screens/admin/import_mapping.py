"""Confirming an office spreadsheet's columns (确认列的对应关系) before anything is read into the hall.

Offices name their columns their own way; the importer guesses which column is 事项名称, 材料名称,
份数 … and this dialog shows each column with its guess, changeable with a tap, before the check
runs. "Check with this mapping" hands the mapping to the files page; cancelling imports nothing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QGridLayout, QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from kiosk.screens.admin.style import admin_style
from kiosk.widgets.form_fields import ChoiceField, form_button

if TYPE_CHECKING:
    from kiosk.data.exchange.office_sheet import Layout

IGNORE = "-"


class MappingDialog(QDialog):
    """One row per column: its header, and the field it is read as (or 「不导入」)."""

    confirmed = Signal(dict)  # header → field key, or "-" for a column not imported

    def __init__(self, parent: QWidget, layout: Layout, file_name: str) -> None:
        super().__init__(parent, Qt.WindowType.Dialog)
        from kiosk.data.exchange.office_sheet import FIELDS

        self.setObjectName("MappingDialog")
        self.setModal(True)
        self.setWindowTitle(self.tr("Which column is which"))
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setProperty("role", "admin-page")
        self.setStyleSheet(admin_style())
        self.layout_ = layout
        heading = QLabel(self.tr("Which column is which (%1)").replace("%1", file_name))
        heading.setProperty("role", "form-heading")
        heading.setWordWrap(True)
        explanation = QLabel(
            self.tr(
                "The table starts at row %1 of sheet %2. Each column below shows what it will be read as; "
                "change any that is wrong. Nothing is written until you have checked the result and tapped Import."
            )
            .replace("%1", str(layout.header_row))
            .replace("%2", layout.sheet)
        )
        explanation.setWordWrap(True)
        choices = [(IGNORE, self.tr("(not imported)")), *((f.key, f.label) for f in FIELDS)]
        grid_holder = QWidget()
        grid = QGridLayout(grid_holder)
        grid.setHorizontalSpacing(20)
        grid.setVerticalSpacing(8)
        self.fields: dict[str, ChoiceField] = {}
        for row, (index, header) in enumerate((i, h) for i, h in enumerate(layout.headers) if h):
            name = QLabel(header)
            name.setWordWrap(True)
            name.setProperty("role", "field-label")
            field = ChoiceField(lambda: choices)
            field.set(layout.mapping.get(index, IGNORE))
            grid.addWidget(name, row, 0)
            grid.addWidget(field, row, 1)
            self.fields[header] = field
        grid.setColumnStretch(1, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(grid_holder)
        self.cancel_button = form_button(self.tr("Cancel"), self.reject)
        self.confirm_button = form_button(self.tr("Check with this mapping"), self._confirm, "primary")
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.confirm_button)
        box = QVBoxLayout(self)
        box.setContentsMargins(32, 24, 32, 24)
        box.setSpacing(16)
        box.addWidget(heading)
        box.addWidget(explanation)
        box.addWidget(scroll, 1)
        box.addLayout(buttons)
        window = parent.window()
        self.resize(min(1100, window.width() - 80), min(1000, window.height() - 80))

    def mapping(self) -> dict[str, str]:
        """Header → field key ("-": not imported), as chosen now."""
        return {header: str(field.get() or IGNORE) for header, field in self.fields.items()}

    def choose(self, header: str, key: str) -> None:
        """Set one column's field (what a tap on the list does; for tests)."""
        self.fields[header].set(key)

    def _confirm(self) -> None:
        self.confirmed.emit(self.mapping())
        self.accept()
