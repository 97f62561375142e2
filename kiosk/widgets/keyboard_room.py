"""Room above Qt's virtual keyboard for a text field inside a scrolling screen.

The virtual keyboard covers the lower part of the window. While it is up, the screen's layout
gets a bottom margin as tall as the keyboard (so its scroll area ends above the keyboard) and the
focused field is scrolled into view; when it goes down the margin goes too.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QLayout, QScrollArea, QWidget


class KeyboardRoom(QObject):
    """Keeps the focused field of ``area`` (inside ``owner``, laid out by ``layout``) above the keyboard."""

    def __init__(self, owner: QWidget, layout: QLayout, area: QScrollArea) -> None:
        super().__init__(owner)
        self.owner = owner
        self.layout = layout
        self.area = area
        method = QGuiApplication.inputMethod()
        method.visibleChanged.connect(self.update)
        method.keyboardRectangleChanged.connect(self.update)

    def update(self) -> None:
        method = QGuiApplication.inputMethod()
        shown = method.isVisible() and self.owner.isVisible()
        cover = int(method.keyboardRectangle().height()) if shown else 0
        margins = self.layout.contentsMargins()
        if margins.bottom() != cover:
            margins.setBottom(cover)
            self.layout.setContentsMargins(margins)
        if shown:
            QTimer.singleShot(0, self.show_focused)

    def show_focused(self) -> None:
        focused = QApplication.focusWidget()
        page = self.area.widget()
        if focused is not None and page is not None and page.isAncestorOf(focused):
            self.area.ensureWidgetVisible(focused, 0, 24)

    @staticmethod
    def close_keyboard(owner: QWidget) -> None:
        """Take the focus from a field of ``owner`` and put the keyboard away (after a submit, on leaving)."""
        focused = QApplication.focusWidget()
        if focused is not None and owner.isAncestorOf(focused):
            focused.clearFocus()
            QGuiApplication.inputMethod().hide()
