"""The admin console (管理后台): a list of sections on the left, the open section on the right.

Opened from the kiosk after an admin PIN (then it covers the kiosk and ends at the idle reset),
or windowed on an office PC with ``kiosk admin``. It is comfortable with touch and with mouse and
keyboard alike: big rows, ordinary text fields, keyboard shortcuts where Qt gives them for free.
Sections are pages supplied by the composition root; the console only switches between them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QScroller,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.widgets.basics import button


@dataclass(frozen=True)
class Section:
    """One entry of the console's menu: a key, its title, and the factory of its page."""

    key: str
    title: str
    build: Callable[[], QWidget]
    admin_only: bool = True


class AdminConsole(QWidget):
    """Menu + pages; emits ``closed`` when the admin leaves (back to the kiosk)."""

    closed = Signal()

    def __init__(
        self,
        sections: list[Section],
        who: str,
        role: str = "admin",
        warning: str | None = None,
        banner: QWidget | None = None,
    ) -> None:
        """``banner``: shown above the menu and pages (the 呼叫帮办 alerts), kept alive with the console."""
        super().__init__()
        self.setObjectName("AdminConsole")
        self.role = role
        self.sections = [s for s in sections if role == "admin" or not s.admin_only]
        self.pages: dict[str, QWidget] = {}
        self.menu = QListWidget()
        self.menu.setObjectName("ConsoleMenu")  # rows sized as touch targets by the theme
        self.menu.setMinimumWidth(340)
        self.menu.setMaximumWidth(460)
        self.menu.setWordWrap(True)
        self.menu.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.menu.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        QScroller.grabGesture(self.menu.viewport(), QScroller.ScrollerGestureType.LeftMouseButtonGesture)
        self.stack = QStackedWidget()
        left = QVBoxLayout()
        self.who = QLabel(who)
        self.who.setProperty("role", "heading")
        left.addWidget(self.who)
        # A problem staff must know about while they work, e.g. fonts missing for rare characters.
        self.warning = QLabel(warning or "")
        self.warning.setObjectName("console-warning")
        self.warning.setProperty("role", "warning")
        self.warning.setWordWrap(True)
        self.warning.setMaximumWidth(460)
        self.warning.setVisible(bool(warning))
        left.addWidget(self.warning)
        left.addWidget(self.menu, 1)
        self.leave = button(self.tr("Back to the kiosk"), self.closed.emit, "primary")
        left.addWidget(self.leave)
        column = QVBoxLayout(self)
        self.banner = banner
        if banner is not None:
            column.addWidget(banner)
        layout = QHBoxLayout()
        column.addLayout(layout, 1)
        layout.addLayout(left)
        layout.addWidget(self.stack, 1)
        for section in self.sections:
            self.menu.addItem(QListWidgetItem(section.title))
        self.menu.currentRowChanged.connect(self.open_row)
        if self.sections:
            self.menu.setCurrentRow(0)

    def open_row(self, row: int) -> None:
        if 0 <= row < len(self.sections):
            self.open_section(self.sections[row].key)

    def open_section(self, key: str) -> QWidget:
        """Show the section ``key`` (built on first use) and return its page."""
        section = next(s for s in self.sections if s.key == key)
        if key not in self.pages:
            page = section.build()
            self.pages[key] = page
            self.stack.addWidget(page)
        self.stack.setCurrentWidget(self.pages[key])
        row = self.sections.index(section)
        if self.menu.currentRow() != row:
            self.menu.setCurrentRow(row)
        return self.pages[key]
