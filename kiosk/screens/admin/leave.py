"""Leave kiosk mode (退出信息亭模式): the admin closes the kiosk program to reach the desktop.

Admin only, behind a confirmation; the audit log records who did it before the program quits.
Residents can never get here: the page lives in the console, which needs the admin PIN.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QVBoxLayout, QWidget

from kiosk.screens.base import Look
from kiosk.widgets.basics import button, label, row
from kiosk.widgets.confirm import ConfirmDialog


class LeaveKioskPage(QWidget):
    """One button; after "yes", ``record()`` writes the audit row and ``quit_app()`` ends the program."""

    def __init__(self, look: Look, record: Callable[[], None], quit_app: Callable[[], None]) -> None:
        super().__init__()
        self.setObjectName("LeaveKiosk")
        self.setProperty("role", "page")
        self.record = record
        self.quit_app = quit_app
        self.dialog: ConfirmDialog | None = None
        m = look.metrics
        box = QVBoxLayout(self)
        box.setContentsMargins(m.margin, m.margin, m.margin, m.margin)
        box.setSpacing(m.px(18))
        box.addWidget(label(self.tr("Leave kiosk mode"), "title"))
        box.addWidget(
            label(
                self.tr(
                    "Closes the kiosk program and shows the computer's desktop, for maintenance. "
                    "Residents cannot use the kiosk until it is started again (or the computer restarts)."
                ),
                "body",
            )
        )
        self.leave_button = button(self.tr("Leave kiosk mode…"), self.ask, "primary")
        box.addWidget(row(self.leave_button))
        box.addStretch(1)

    def ask(self) -> None:
        self.dialog = ConfirmDialog(
            self,
            self.tr("Close the kiosk program now?"),
            self.tr("The screen will show the desktop until the kiosk is started again."),
            self.tr("Yes, leave kiosk mode"),
            self.tr("No, stay"),
        )
        self.dialog.accepted.connect(self.leave)
        self.dialog.open()

    def leave(self) -> None:
        self.record()
        self.quit_app()
