"""呼叫帮办 at the kiosk: 「呼叫工作人员」 sends a call to every console and says "工作人员马上就到".

The call is written and then watched on worker threads; the window says with the kiosk's name
where to wait, and who is coming once a staff member acknowledged. If the call cannot be sent
(the database does not answer) the resident is told to ask at a window instead. Walking away is
"close": the idle reset rejects the dialog like any other.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QDialog, QPushButton, QVBoxLayout, QWidget

from kiosk.data.help_calls import HelpCallView, HelpDesk
from kiosk.screens.base import Look
from kiosk.services.background import BackgroundCall
from kiosk.widgets.basics import Card, button, label


def help_button(on_tap: Callable[[], None]) -> QPushButton:
    """The large 「呼叫工作人员」 button every guide and the print screen carry."""
    widget = button(QCoreApplication.translate("HelpCall", "Call staff"), on_tap, "primary")
    widget.setObjectName("CallStaff")
    return widget


class HelpCallDialog(QDialog):
    """Full-window: "工作人员马上就到", where to wait, then who is coming."""

    def __init__(
        self,
        parent: QWidget,
        look: Look,
        desk: HelpDesk,
        kiosk: tuple[str, Callable[[], str]],
        matter: tuple[str, str] = ("", ""),
        poll_ms: int = 2000,
    ) -> None:
        super().__init__(parent, Qt.WindowType.FramelessWindowHint | Qt.WindowType.Dialog)
        self.setObjectName("HelpCallDialog")
        self.setModal(True)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setProperty("role", "page")
        self.desk = desk
        self.uid = ""
        self.answer: HelpCallView | None = None
        m = look.metrics
        self.setGeometry(parent.window().geometry())
        outer = QVBoxLayout(self)
        outer.setContentsMargins(m.margin * 2, m.margin * 2, m.margin * 2, m.margin * 2)
        outer.addStretch(1)
        card = Card(m.px(20))
        self.heading = label(self.tr("A staff member is on the way"), "title")
        self.heading.setObjectName("HelpHeading")
        self.where = label("", "heading")
        self.status = label(self.tr("Calling the staff…"), "body")
        self.status.setObjectName("HelpStatus")
        for widget in (self.heading, self.where, self.status):
            widget.setAlignment(Qt.AlignmentFlag.AlignCenter)
            card.add(widget)
        outer.addWidget(card)
        outer.addSpacing(m.margin)
        close = button(self.tr("OK"), self.accept, "primary")
        close.setStyleSheet(f"min-width: {m.px(360)}px;")  # the theme's min-width would win over setMinimumWidth
        outer.addWidget(close, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(1)
        kiosk_id, name_of = kiosk
        matter_code, matter_name = matter

        def send() -> tuple[str, str]:
            name = name_of()
            return name, desk.call(kiosk_id, name, matter_code, matter_name)

        # no parent: a call in flight must outlive the dialog if the idle reset closes it first
        self._work: BackgroundCall | None = BackgroundCall(send)
        self._work.finished.connect(self._sent)
        self._work.failed.connect(self._not_sent)
        self._work.start()
        self.timer = QTimer(self)
        self.timer.setInterval(poll_ms)
        self.timer.timeout.connect(self._poll)
        self.finished.connect(self.timer.stop)
        self.finished.connect(self.deleteLater)

    def _sent(self, result: tuple[str, str]) -> None:
        name, self.uid = result
        self.where.setText(self.tr("Please wait here, at %1.").replace("%1", name))
        self.status.setText(self.tr("The staff have been told. Someone will come to you shortly."))
        self.timer.start()

    def _not_sent(self, _message: str) -> None:
        self.heading.setText(self.tr("The call could not be sent"))
        self.status.setText(self.tr("Please ask at any window; the staff will gladly help."))

    def _poll(self) -> None:
        if not self.uid or (self._work is not None and not self._work.done):
            return
        desk, uid = self.desk, self.uid
        self._work = BackgroundCall(lambda: desk.state(uid))
        self._work.finished.connect(self._polled)
        self._work.start()

    def _polled(self, call: HelpCallView | None) -> None:
        if call is not None and call.acknowledged_at is not None:
            self.answer = call
            self.timer.stop()
            who = call.acknowledged_by or self.tr("A staff member")
            self.status.setText(self.tr("%1 has seen your call and is coming.").replace("%1", who))
