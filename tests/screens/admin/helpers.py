"""What an admin does with the editors, as test steps: tap, confirm, type (keys or the 拼音 input method)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent, QTextCursor
from PySide6.QtWidgets import QApplication

from kiosk.widgets.confirm import ConfirmDialog

PENSION = "4399231050000-GG-00101-001"  # 城乡居民基本养老保险参保登记: 不收费, one 情形 question
ADDITION = "(2024年修订)"


def click(qtbot, widget) -> None:  # type: ignore[no-untyped-def]
    qtbot.wait(10)
    assert widget.isEnabled() and widget.isVisible(), widget.text()
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def answer_yes(qtbot, page) -> None:  # type: ignore[no-untyped-def]
    assert isinstance(page.dialog, ConfirmDialog)
    click(qtbot, page.dialog.yes_button)


def type_text(qtbot, widget, text: str) -> None:  # type: ignore[no-untyped-def]
    """Type as a person would: keys for ASCII, the input method's commit for Chinese (拼音 keyboard)."""
    if text.isascii():
        qtbot.keyClicks(widget, text)
        return
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def type_at_end(qtbot, edit, text: str) -> None:  # type: ignore[no-untyped-def]
    edit.setFocus()
    cursor = edit.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    edit.setTextCursor(cursor)
    type_text(qtbot, edit, text)


def replace_text(qtbot, line_edit, text: str) -> None:  # type: ignore[no-untyped-def]
    line_edit.setFocus()
    line_edit.selectAll()
    qtbot.keyClick(line_edit, Qt.Key.Key_Delete)
    if text:
        type_text(qtbot, line_edit, text)


def open_matter(console, code: str = PENSION):  # type: ignore[no-untyped-def]
    page = console.open_section("content.matters")
    page.open_item(code)
    return page
