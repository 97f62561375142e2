"""A few lines of free text a resident types with the pinyin virtual keyboard, with a visible limit.

Used for a rating's comment and an opinion on a plan. Qt's text edits have no maximum length, so
the box cuts what goes past it (a pinyin phrase committed at the end, a paste) and shows how many
characters are left; the repository keeps to the same limit whatever it is sent.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QPlainTextEdit, QVBoxLayout, QWidget

from kiosk.widgets.basics import label
from kiosk.widgets.theme import Metrics


class TextBox(QWidget):
    """A plain text field of ``lines`` lines that takes at most ``limit`` characters; ``changed(text)``."""

    changed = Signal(str)

    def __init__(self, metrics: Metrics, limit: int, placeholder: str = "", lines: int = 4) -> None:
        super().__init__()
        self.limit = limit
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(metrics.px(6))
        self.edit = QPlainTextEdit()
        self.edit.setPlaceholderText(placeholder)
        self.edit.setTabChangesFocus(True)
        self.edit.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # focus (and the keyboard) on a tap
        self.edit.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.edit.setFixedHeight(round(metrics.body * 1.5 * lines) + metrics.px(28))  # padding and border
        self.counter = label("", "muted")
        self.counter.setAlignment(Qt.AlignmentFlag.AlignRight)
        box.addWidget(self.edit)
        box.addWidget(self.counter)
        self.edit.textChanged.connect(self._on_change)
        self._show_count()

    def text(self) -> str:
        return self.edit.toPlainText()

    def set_text(self, text: str) -> None:
        self.edit.setPlainText(text[: self.limit])
        self.edit.moveCursor(QTextCursor.MoveOperation.End)

    def clear(self) -> None:
        self.edit.clear()

    def _on_change(self) -> None:
        text = self.edit.toPlainText()
        if len(text) > self.limit:
            cursor = self.edit.textCursor()
            position = min(cursor.position(), self.limit)
            self.edit.blockSignals(True)
            self.edit.setPlainText(text[: self.limit])
            self.edit.blockSignals(False)
            cursor = self.edit.textCursor()
            cursor.setPosition(position)
            self.edit.setTextCursor(cursor)
            text = text[: self.limit]
        self._show_count()
        self.changed.emit(text)

    def _show_count(self) -> None:
        used = len(self.edit.toPlainText())
        text = QCoreApplication.translate("TextBox", "%1 of %2 characters")
        self.counter.setText(text.replace("%1", str(used)).replace("%2", str(self.limit)))
