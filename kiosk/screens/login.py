"""Staff sign-in (工作人员登录): choose who you are, type your PIN, get a plain answer.

Opened by the hidden gesture on the kiosk (it then covers the kiosk, header included, until it
is cancelled, a PIN is accepted or the idle reset), or as the first page of ``kiosk admin``. The
PIN is checked on a worker thread (scrypt takes about a second) while the screen says
"Checking…". The screen knows no SQL and no hashing: it gets the people who may sign in and a
``verify`` function from the composition root. A check that comes back after the screen was
reset (idle, cancel) is thrown away, so a late "OK" can never open the console for nobody.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QStackedWidget, QVBoxLayout, QWidget

from kiosk.screens.base import Look, Screen
from kiosk.services.auth import ADMIN, AuthResult, Outcome
from kiosk.services.background import BackgroundCall
from kiosk.widgets.basics import ResponsiveGrid, button, clear_layout, label
from kiosk.widgets.pin_pad import PinPad
from kiosk.widgets.rows import TapRow


@dataclass(frozen=True)
class Person:
    """Someone who may sign in: the admin, or a staff member with a PIN."""

    role: str
    staff_code: str = ""
    name: str = ""
    window: str = ""


Verify = Callable[[str, str, str], AuthResult]  # role, pin, staff code


def local_time(moment: dt.datetime) -> str:
    """HH:MM of an aware datetime in the kiosk's local time."""
    return moment.astimezone().strftime("%H:%M")


def minutes_until(moment: dt.datetime) -> int:
    """Whole minutes (at least 1) until ``moment``: "try again in 3 minutes" reads better than a time."""
    seconds = (moment - dt.datetime.now(dt.UTC)).total_seconds()
    return max(1, -(-int(seconds) // 60))


class LoginScreen(Screen):
    """Who → PIN pad → result. Emits ``signed_in(AuthSession)`` or ``cancelled``."""

    name = "login"
    signed_in = Signal(object)
    cancelled = Signal()

    def __init__(
        self, look: Look, people: Callable[[], list[Person]], verify: Verify, *, admin_only: bool = False
    ) -> None:
        super().__init__(look)
        self.setObjectName("LoginScreen")
        self.people = people
        self.verify = verify
        self.admin_only = admin_only
        self.person: Person | None = None
        self.choices: list[Person] = []
        self.generation = 0  # bumped by every reset: late answers from the worker are dropped
        self.check: BackgroundCall | None = None
        self.rows: dict[str, TapRow] = {}

        outer = QVBoxLayout(self)
        self.outer = outer
        top = QHBoxLayout()
        self.heading = label("", "title")
        self.cancel_button = button("", self.cancel)
        top.addWidget(self.heading, 1)
        top.addWidget(self.cancel_button, 0, Qt.AlignmentFlag.AlignTop)
        outer.addLayout(top)
        self.pages = QStackedWidget()
        outer.addWidget(self.pages, 1)

        self.who_page = QWidget()
        who = QVBoxLayout(self.who_page)
        who.setContentsMargins(0, 0, 0, 0)
        self.who_hint = label("", "muted")
        self.grid_holder = QVBoxLayout()
        who.addWidget(self.who_hint)
        who.addLayout(self.grid_holder)
        who.addStretch(1)
        self.pages.addWidget(self.who_page)

        self.pin_page = QWidget()
        self.pin_grid = QGridLayout(self.pin_page)
        self.pin_grid.setContentsMargins(0, 0, 0, 0)
        self.pin_title = label("", "heading")
        self.status = label("", "big")
        self.status.setObjectName("LoginStatus")
        self.other_button = button("", self.choose_again)
        self.pad = PinPad(look.metrics, touch=not admin_only)
        self.pad.submitted.connect(self.submit)
        self.pad.changed.connect(self._typing)
        self.wide: bool | None = None
        self.pages.addWidget(self.pin_page)

    # --- Screen ----------------------------------------------------------------------------

    def title(self) -> str:
        return self.tr("Staff sign-in")

    def refresh(self) -> None:
        m = self.look.metrics
        self.outer.setContentsMargins(m.margin * 2, m.margin, m.margin * 2, m.margin)
        self.outer.setSpacing(m.margin)
        self.pin_grid.setHorizontalSpacing(m.margin * 3)
        self.pin_grid.setVerticalSpacing(m.margin)
        self.wide = None  # re-arranged below, with key sizes for the current metrics
        self.pad.retranslate()
        self.heading.setText(self.tr("Administrator sign-in") if self.admin_only else self.tr("Staff sign-in"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setVisible(not self.admin_only)
        self.other_button.setText(self.tr("Someone else"))
        self.who_hint.setText(self.tr("For hall staff only. Residents: please tap Cancel to return."))
        self.choices = self.people()
        if self.admin_only:
            self.choices = [p for p in self.choices if p.role == ADMIN]
        self._build_choices()
        self.other_button.setVisible(len(self.choices) > 1)
        if self.person is None and len(self.choices) == 1:
            self.person = self.choices[0]
        if self.person is None:
            self.pages.setCurrentWidget(self.who_page)
        else:
            self._show_pin_page()
        self._arrange()

    def reset(self) -> None:
        """Forget who was chosen, the digits typed and any check still running."""
        super().reset()
        self.generation += 1
        self.check = None
        self.person = None
        self.pad.set_busy(False)
        self.pad.clear()
        self.status.setText("")

    # --- steps -----------------------------------------------------------------------------

    def _build_choices(self) -> None:
        clear_layout(self.grid_holder)
        self.rows = {}
        if not self.choices:
            self.grid_holder.addWidget(
                label(
                    self.tr(
                        "No PIN has been set up on this kiosk yet. The administrator sets PINs with "
                        "the command: kiosk set-pin"
                    ),
                    "heading",
                )
            )
            return
        grid = ResponsiveGrid(min_width=self.look.metrics.px(420), max_columns=3, spacing=self.look.metrics.px(18))
        for person in self.choices:
            row = TapRow(self.display_name(person), person.window, padding=self.look.metrics.px(20))
            row.setMinimumHeight(round(self.look.metrics.target * 1.25))
            row.clicked.connect(lambda _=False, p=person: self.choose(p))
            self.rows[self.key(person)] = row
            grid.add(row)
        self.grid_holder.addWidget(grid)

    @staticmethod
    def key(person: Person) -> str:
        return person.role if person.role == ADMIN else f"staff:{person.staff_code}"

    def display_name(self, person: Person) -> str:
        return self.tr("Administrator") if person.role == ADMIN else person.name or person.staff_code

    def choose(self, person: Person) -> None:
        self.person = person
        self.status.setText("")
        self._show_pin_page()

    def choose_again(self) -> None:
        self.generation += 1
        self.person = None
        self.pad.set_busy(False)
        self.pad.clear()
        self.pages.setCurrentWidget(self.who_page)

    def cancel(self) -> None:
        self.reset()
        self.cancelled.emit()

    def _show_pin_page(self) -> None:
        assert self.person is not None
        self.pin_title.setText(self.tr("%1: enter your PIN").replace("%1", self.display_name(self.person)))
        self.pages.setCurrentWidget(self.pin_page)
        self.pad.setFocus()

    def _typing(self, count: int) -> None:
        if count and not self.pad.busy:
            self.status.setText("")

    def submit(self, pin: str) -> None:
        """Check ``pin`` for the chosen person on a worker thread."""
        person = self.person
        if person is None:
            return
        generation = self.generation
        self.pad.set_busy(True)
        self.status.setText(self.tr("Checking…"))
        call = BackgroundCall(partial(self.verify, person.role, pin, person.staff_code))
        call.finished.connect(lambda result: self._answered(generation, result))
        call.failed.connect(lambda message: self._failed(generation, message))
        self.check = call.start()

    def _answered(self, generation: int, result: AuthResult) -> None:
        if generation != self.generation:
            return
        self.check = None
        self.pad.set_busy(False)
        self.pad.setFocus()
        if result.ok and result.session is not None:
            self.status.setText(self.tr("Signed in."))
            self.signed_in.emit(result.session)
            return
        self.status.setText(self.message(result))

    def _failed(self, generation: int, message: str) -> None:
        if generation != self.generation:
            return
        self.check = None
        self.pad.set_busy(False)
        self.status.setText(self.tr("The PIN could not be checked: %1").replace("%1", message))

    def message(self, result: AuthResult) -> str:
        """The answer in plain words."""
        if result.outcome is Outcome.WRONG:
            if result.locked_until is not None:
                return (
                    self.tr("Wrong PIN. Too many wrong PINs: try again in %1 min (at %2).")
                    .replace("%1", str(minutes_until(result.locked_until)))
                    .replace("%2", local_time(result.locked_until))
                )
            return self.tr("Wrong PIN. %1 tries left.").replace("%1", str(result.tries_left))
        if result.outcome is Outcome.LOCKED and result.locked_until is not None:
            return (
                self.tr("Sign-in is locked after too many wrong PINs. Try again in %1 min (at %2).")
                .replace("%1", str(minutes_until(result.locked_until)))
                .replace("%2", local_time(result.locked_until))
            )
        if result.outcome is Outcome.DAILY_LIMIT:
            return self.tr(
                "Too many wrong PINs today: sign-in is closed until tomorrow. The administrator can reset the PIN."
            )
        return self.tr("This person has no PIN. Please ask the administrator.")

    # --- layout ----------------------------------------------------------------------------

    def _arrange(self) -> None:
        """Landscape: the words beside the pad; portrait: the pad between the title and the answer."""
        wide = self.width() >= self.height() if self.width() and self.height() else True
        if wide == self.wide:
            return
        self.wide = wide
        self.pad.set_metrics(self.look.metrics, roomy=not wide)
        grid = self.pin_grid
        for widget in (self.pin_title, self.status, self.other_button, self.pad):
            grid.removeWidget(widget)
        for i in range(6):
            grid.setRowStretch(i, 0)
        left, top, centre = Qt.AlignmentFlag.AlignLeft, Qt.AlignmentFlag.AlignTop, Qt.AlignmentFlag.AlignHCenter
        if wide:
            grid.addWidget(self.pin_title, 0, 0, top)
            grid.addWidget(self.status, 1, 0, top)
            grid.addWidget(self.other_button, 3, 0, left)
            grid.addWidget(self.pad, 0, 1, 4, 1, top | centre)
            grid.setRowStretch(2, 1)
            grid.setColumnStretch(1, 1)
        else:  # the pad in the middle of the screen's height, within reach from a wheelchair
            grid.addWidget(self.pin_title, 1, 0)
            grid.addWidget(self.pad, 2, 0, centre)
            grid.addWidget(self.status, 3, 0, top)
            grid.addWidget(self.other_button, 4, 0, left)
            grid.setRowStretch(0, 1)
            grid.setRowStretch(5, 2)
            grid.setColumnStretch(1, 0)
        grid.setColumnStretch(0, 1)

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self._arrange()
