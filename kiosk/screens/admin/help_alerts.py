"""呼叫帮办 in the console: open calls from every kiosk on this database, above whatever page is open.

Polls the database every ``poll_ms`` on a worker thread (see ``services/help_calls``). A new call
rings once and shows the kiosk's name, the matter the resident was viewing and the time; 「我来处理」
acknowledges it for everyone (it disappears from every console; the kiosk says who is coming).
Left longer than the ``help_escalate_seconds`` setting, the call turns red and rings a second time.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QFrame, QHBoxLayout, QVBoxLayout

from kiosk.data.help_calls import HelpCallView, HelpDesk, utc_now
from kiosk.services.background import BackgroundCall
from kiosk.widgets.basics import button, clear_layout, label

NEW, ESCALATED = "new", "escalated"


def _ring(kind: str) -> None:
    """The system bell (twice for an escalation): heard where the machine has a speaker or bell."""
    for _ in range(1 if kind == NEW else 2):
        QApplication.beep()


class HelpAlerts(QFrame):
    """A band of open calls at the top of the console; hidden while there are none."""

    def __init__(
        self,
        desk: HelpDesk,
        actor: str,
        poll_ms: int = 2000,
        ring: Callable[[str], None] = _ring,
        clock: Callable[[], dt.datetime] = utc_now,
    ) -> None:
        super().__init__()
        self.setObjectName("HelpAlerts")
        self.desk, self.actor, self.ring, self.clock = desk, actor, ring, clock
        self.calls: list[HelpCallView] = []
        self.escalate_after = 180.0
        self.rung: dict[str, str] = {}  # uid → the last sound rung for it
        self.rows = QVBoxLayout(self)
        self.rows.setContentsMargins(12, 8, 12, 8)
        self._work: BackgroundCall | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(poll_ms)
        self.timer.timeout.connect(self.poll)
        self.timer.start()
        self.setVisible(False)
        QTimer.singleShot(0, self.poll)

    def poll(self) -> None:
        if self._work is not None and not self._work.done:
            return
        desk = self.desk
        self._work = BackgroundCall(lambda: (desk.open_calls(), desk.escalate_after()))  # no parent: see help_call
        self._work.finished.connect(self._show)
        self._work.start()

    def escalated(self, call: HelpCallView) -> bool:
        return call.waited(self.clock()) >= self.escalate_after

    def _show(self, answer: tuple[list[HelpCallView], float]) -> None:
        self.calls, self.escalate_after = answer
        for call in self.calls:
            kind = ESCALATED if self.escalated(call) else NEW
            if self.rung.get(call.uid) != kind:
                self.rung[call.uid] = kind
                self.ring(kind)
        clear_layout(self.rows)
        for call in self.calls:
            row = self._row(call)
            self.rows.addWidget(row)
            row.show()  # at once: a layout shows a new child of a visible band only at the next event loop turn
        self.setVisible(bool(self.calls))

    def _row(self, call: HelpCallView) -> QFrame:
        """One call: amber while fresh, red with white text once escalated."""
        red = self.escalated(call)
        local = call.created_at.replace(tzinfo=dt.UTC).astimezone().strftime("%H:%M")
        minutes, seconds = divmod(int(call.waited(self.clock())), 60)
        text = self.tr("%1 calls for help at %2 — %3 — waiting %4").replace("%1", call.kiosk_name)
        text = text.replace("%2", local).replace("%3", call.matter_name or self.tr("no matter open"))
        text = text.replace("%4", f"{minutes}:{seconds:02d}")
        line = label(text, "heading")
        line.setObjectName("HelpCallRed" if red else "HelpCall")
        line.setStyleSheet("color: %s;" % ("#FFFFFF" if red else "#3D2B00"))
        frame = QFrame()
        frame.setObjectName("HelpCallRow")
        frame.setStyleSheet(
            "QFrame#HelpCallRow { background: %s; border-radius: 12px; }" % ("#B3261E" if red else "#FFE08A")
        )
        row = QHBoxLayout(frame)
        row.addWidget(line, 1)
        uid = call.uid
        answer = button(self.tr("I'll go"), lambda: self.acknowledge(uid), "primary")
        answer.setObjectName("HelpAcknowledge")
        answer.setCursor(Qt.CursorShape.ArrowCursor)
        row.addWidget(answer)
        return frame

    def acknowledge(self, uid: str) -> None:
        desk, actor = self.desk, self.actor
        work = BackgroundCall(lambda: desk.acknowledge(uid, actor))
        work.finished.connect(lambda _ok: self.poll())
        work.start()
        self.calls = [c for c in self.calls if c.uid != uid]  # gone here at once; the poll confirms
        self._show((self.calls, self.escalate_after))
