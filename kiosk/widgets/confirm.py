"""A yes/no question with big buttons, for actions that cannot be undone from the screen.

Not ``QMessageBox``: its buttons are small, its layout differs per platform and it is awkward to
size for touch. The dialog is modal, opened with ``open()`` (never a nested ``exec()`` loop), and
the idle reset rejects it like every other dialog, so walking away always means "no".
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QHBoxLayout, QVBoxLayout, QWidget

from kiosk.widgets.basics import button, label


class ConfirmDialog(QDialog):
    """``question`` and ``detail`` above a "no" button and a "yes" button; ``accepted`` means yes."""

    def __init__(self, parent: QWidget, question: str, detail: str, yes: str, no: str) -> None:
        super().__init__(parent, Qt.WindowType.Dialog | Qt.WindowType.FramelessWindowHint)
        self.setObjectName("ConfirmDialog")
        self.setModal(True)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setProperty("role", "page")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 40, 48, 40)
        layout.setSpacing(28)
        layout.addWidget(label(question, "title"))
        if detail:
            layout.addWidget(label(detail, "body"))
        buttons = QHBoxLayout()
        buttons.setSpacing(24)
        self.no_button = button(no, self.reject)
        self.yes_button = button(yes, self.accept, "primary")
        for b in (self.no_button, self.yes_button):
            b.setCursor(Qt.CursorShape.ArrowCursor)
        buttons.addStretch(1)
        buttons.addWidget(self.no_button)
        buttons.addWidget(self.yes_button)
        layout.addLayout(buttons)
        self.setMinimumWidth(min(900, max(600, parent.window().width() // 2)))
