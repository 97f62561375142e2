"""First start (首次使用): create the administrator PIN before the kiosk shows anything else.

There is no default PIN anywhere. When the database holds no admin credential, ``kiosk`` opens
this screen first: type a PIN, type it again, and it is stored (scrypt, on a worker thread). Only
then does the resident kiosk appear. If another kiosk sharing the database created the admin PIN
a moment earlier, that one stands and this screen simply finishes.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QVBoxLayout

from kiosk.screens.base import Look, Screen
from kiosk.services.auth import check_pin
from kiosk.services.background import BackgroundCall
from kiosk.widgets.basics import label
from kiosk.widgets.pin_pad import PinPad


class AdminSetupScreen(Screen):
    """Enter the new admin PIN twice; emits ``done`` once an admin PIN exists."""

    name = "first_run"
    done = Signal()

    def __init__(self, look: Look, save: Callable[[str], None], has_admin: Callable[[], bool]) -> None:
        super().__init__(look)
        self.setObjectName("AdminSetupScreen")
        self.save = save
        self.has_admin = has_admin
        self._first = ""  # the first entry, until the second one is compared with it
        self.saving: BackgroundCall | None = None
        self.heading = label("", "title")
        self.explain = label("", "body")
        self.step = label("", "heading")
        self.status = label("", "big")
        self.status.setObjectName("SetupStatus")
        self.pad = PinPad(look.metrics)
        self.pad.submitted.connect(self.entered)
        self.grid = QGridLayout()
        outer = QVBoxLayout(self)
        outer.addLayout(self.grid)
        self.outer = outer
        self.wide: bool | None = None

    def title(self) -> str:
        return self.tr("Set up the administrator PIN")

    def refresh(self) -> None:
        m = self.look.metrics
        self.outer.setContentsMargins(m.margin * 2, m.margin, m.margin * 2, m.margin)
        self.grid.setHorizontalSpacing(m.margin * 3)
        self.grid.setVerticalSpacing(m.margin)
        self.wide = None  # re-arranged below, with key sizes for the current metrics
        self.pad.retranslate()
        self.heading.setText(self.tr("Welcome. First, set up the administrator PIN"))
        self.explain.setText(
            self.tr(
                "This kiosk has no administrator PIN yet, and there is no default one. Choose 4 to 6 digits "
                "that are not easy to guess (not 1234, not 0000). The administrator opens the hidden staff "
                "screen by tapping the hall emblem five times and entering this PIN. A forgotten PIN cannot "
                "be recovered; it can only be replaced on this computer with the command kiosk set-pin."
            )
        )
        self._show_step()
        self._arrange()

    def reset(self) -> None:
        super().reset()
        self._first = ""
        self.pad.clear()

    def _show_step(self) -> None:
        if self._first:
            self.step.setText(self.tr("Step 2 of 2: type the same PIN again"))
        else:
            self.step.setText(self.tr("Step 1 of 2: choose a PIN of 4 to 6 digits"))
        self.pad.setFocus()

    def entered(self, pin: str) -> None:
        if not self._first:
            problem = check_pin(pin)
            if problem:
                self.status.setText(self.problem_text(problem))
                return
            self._first = pin
            self.status.setText("")
            self._show_step()
            return
        first, self._first = self._first, ""
        if pin != first:
            self.status.setText(self.tr("The two PINs were different. Please start again."))
            self._show_step()
            return
        self.pad.set_busy(True)
        self.status.setText(self.tr("Saving…"))
        call = BackgroundCall(partial(self.save, pin))
        call.finished.connect(self._saved)
        call.failed.connect(self._failed)
        self.saving = call.start()

    def problem_text(self, problem: str) -> str:
        return {
            "format": self.tr("A PIN is 4 to 6 digits."),
            "repeated": self.tr("That PIN is too easy to guess (repeated digits). Please choose another."),
            "sequence": self.tr("That PIN is too easy to guess (digits in a row). Please choose another."),
        }.get(problem, problem)

    def _saved(self, _result: object) -> None:
        self.saving = None
        self.pad.set_busy(False)
        self.status.setText(self.tr("The administrator PIN is set."))
        self.done.emit()

    def _failed(self, message: str) -> None:
        self.saving = None
        self.pad.set_busy(False)
        if self.has_admin():  # another kiosk was quicker: its PIN stands
            self.done.emit()
            return
        self.status.setText(message)
        self._show_step()

    def _arrange(self) -> None:
        wide = self.width() >= self.height() if self.width() and self.height() else True
        if wide == self.wide:
            return
        self.wide = wide
        self.pad.set_metrics(self.look.metrics, roomy=not wide)
        grid = self.grid
        for widget in (self.heading, self.explain, self.step, self.status, self.pad):
            grid.removeWidget(widget)
        top = Qt.AlignmentFlag.AlignTop
        if wide:
            grid.addWidget(self.heading, 0, 0, 1, 2)
            grid.addWidget(self.explain, 1, 0, top)
            grid.addWidget(self.step, 2, 0, top)
            grid.addWidget(self.status, 3, 0, top)
            grid.addWidget(self.pad, 1, 1, 4, 1, top | Qt.AlignmentFlag.AlignHCenter)
            grid.setRowStretch(4, 1)
            grid.setRowStretch(5, 0)
            grid.setColumnStretch(0, 1)
            grid.setColumnStretch(1, 1)
        else:
            grid.addWidget(self.heading, 0, 0)
            grid.addWidget(self.explain, 1, 0)
            grid.addWidget(self.step, 2, 0)
            grid.addWidget(self.pad, 3, 0, Qt.AlignmentFlag.AlignHCenter)
            grid.addWidget(self.status, 4, 0, top)
            grid.setRowStretch(4, 0)
            grid.setRowStretch(5, 1)
            grid.setColumnStretch(0, 1)
            grid.setColumnStretch(1, 0)

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self._arrange()
