"""设备状态 (device health): every kiosk on this database, and which of them need someone to look.

One card per kiosk, red ones first: a red badge with the reason in words (not heard from for
N minutes, the printer cannot print, errors keep coming, the disk is nearly full) or a green one;
then when it was last heard from, its version and uptime, the screen it shows, its printer, free
disk, how long the database took to answer, the items waiting in its outbox (issue 10: what a
village station still has to send) and its last errors. The list refreshes itself every 15
seconds off the GUI thread. A kiosk can be given a name people know it by, and a retired one
taken off the list (after a confirmation). The page knows no SQL: ``health.fleet`` reads,
``rename``/``forget`` write (audited).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget
from shiboken6 import isValid

from kiosk.screens.admin.style import admin_style
from kiosk.services.background import BackgroundCall
from kiosk.services.health import RED, KioskStatus
from kiosk.widgets.basics import clear_layout, set_role
from kiosk.widgets.form_fields import form_button
from kiosk.widgets.list_editor import ERROR_COLOUR
from kiosk.widgets.scroll import KineticScrollArea
from kiosk.widgets.theme import STANDARD

REFRESH_MS = 15_000
FACT_WIDTH = 280
OK_COLOUR = "#1B5E20"
HEALTH_STYLE = f"""
QFrame[role="kiosk-card"] {{
    background: {STANDARD.surface}; border: 2px solid {STANDARD.border}; border-radius: 12px;
}}
QFrame[role="kiosk-card-red"] {{ background: #FFF4F4; border: 4px solid {ERROR_COLOUR}; border-radius: 12px; }}
QLabel[role="badge-red"] {{
    background: {ERROR_COLOUR}; color: #FFFFFF; font-weight: bold; border-radius: 8px; padding: 6px 16px;
}}
QLabel[role="badge-ok"] {{
    background: {OK_COLOUR}; color: #FFFFFF; font-weight: bold; border-radius: 8px; padding: 6px 16px;
}}
QLabel[role="kiosk-name"] {{ font-size: 30px; font-weight: bold; }}
QLabel[role="reason"] {{ color: {ERROR_COLOUR}; font-weight: bold; }}
QLabel[role="fact-name"] {{ color: {STANDARD.muted_text}; font-size: 20px; }}
QLabel[role="fact"] {{ font-size: 24px; }}
QLabel[role="fact-red"] {{ font-size: 24px; color: {ERROR_COLOUR}; font-weight: bold; }}
"""

Fleet = Callable[[], list[KioskStatus]]


def local_clock(utc: dt.datetime | None) -> str:
    if utc is None:
        return "—"
    return utc.replace(tzinfo=dt.UTC).astimezone().strftime("%m-%d %H:%M:%S")


def fact_columns(page_width: int) -> int:
    """How many facts stand side by side on a card: four on a landscape console, two in portrait."""
    return max(1, min(4, (page_width - 80) // FACT_WIDTH))


def printer_name(setting: str, default: str) -> str:
    """The printer a person knows: the queue's name or the folder, without the setting's ``cups:`` prefix."""
    kind, _, target = setting.partition(":")
    if kind in ("cups", "folder") and target:
        return target
    if kind == "qt":
        return target or default
    return setting


def gigabytes(value: int | None) -> str:
    return "—" if value is None else f"{value / 1024**3:.1f} GB"


class KioskCard(QFrame):
    """One kiosk: state, name, facts, last errors, and rename / remove."""

    def __init__(self, page: HealthPage, kiosk: KioskStatus) -> None:
        super().__init__()
        self.page = page
        self.kiosk = kiosk
        red = kiosk.state == RED
        self.setObjectName(f"kiosk:{kiosk.kiosk_id}")
        self.setProperty("role", "kiosk-card-red" if red else "kiosk-card")
        box = QVBoxLayout(self)
        box.setContentsMargins(24, 16, 24, 20)
        box.setSpacing(10)
        top = QHBoxLayout()
        badge = QLabel(self.tr("Needs a look") if red else self.tr("OK"))
        badge.setObjectName("state")
        badge.setProperty("role", "badge-red" if red else "badge-ok")
        top.addWidget(badge, 0, Qt.AlignmentFlag.AlignVCenter)
        name = QLabel(kiosk.name)
        name.setProperty("role", "kiosk-name")
        name.setWordWrap(True)
        top.addWidget(name, 1)
        box.addLayout(top)
        ident = QLabel(
            self.tr("Host %1 · id %2").replace("%1", kiosk.host_name or "—").replace("%2", kiosk.kiosk_id[:8])
        )
        ident.setProperty("role", "muted")
        box.addWidget(ident)
        for reason in self.reasons():
            line = QLabel(reason)
            line.setProperty("role", "reason")
            line.setWordWrap(True)
            box.addWidget(line)
        facts = QGridLayout()
        facts.setHorizontalSpacing(24)
        facts.setVerticalSpacing(12)
        columns = fact_columns(page.width())
        for i, (title, value, bad) in enumerate(self.facts()):
            facts.addWidget(self._fact(title, value, bad), i // columns, i % columns, Qt.AlignmentFlag.AlignTop)
        for column in range(columns):
            facts.setColumnStretch(column, 1)
        box.addLayout(facts)
        if kiosk.recent_errors or kiosk.last_error:
            box.addWidget(self._errors())
        for note in kiosk.notes:
            line = QLabel(note)
            line.setWordWrap(True)
            box.addWidget(line)
        self.action_row = QHBoxLayout()
        box.addLayout(self.action_row)
        self.show_actions()

    def reasons(self) -> list[str]:
        k = self.kiosk
        words = {
            "silent": self.tr("Not heard from for %1 minutes.").replace("%1", str(k.seconds_since_seen // 60)),
            "printer": self.tr("The printer cannot print: %1").replace("%1", k.printer_message or k.printer_state),
            "errors": self.tr("%1 errors in the last ten minutes.").replace("%1", str(k.errors_recent)),
            "disk": self.tr("The disk is nearly full (%1 free).").replace("%1", gigabytes(k.disk_free_bytes)),
        }
        return [words[r] for r in k.reasons if r in words]

    def facts(self) -> list[tuple[str, str, bool]]:
        k = self.kiosk
        ago = self.tr("%1 s ago").replace("%1", str(k.seconds_since_seen))
        if k.seconds_since_seen >= 120:
            ago = self.tr("%1 min ago").replace("%1", str(k.seconds_since_seen // 60))
        hours, rest = divmod(k.uptime_seconds, 3600)
        printer = printer_name(k.printer, self.tr("the system's default printer")) or "—"
        state = {"ok": self.tr("ready"), "folder": self.tr("saves to a folder"), "unknown": self.tr("state unknown")}
        printer_text = f"{printer}\n{state.get(k.printer_state, k.printer_message or k.printer_state)}"
        latency = "—" if k.db_latency_ms is None else f"{k.db_latency_ms} ms"
        return [
            (self.tr("Last heard from"), f"{local_clock(k.last_seen)}\n{ago}", "silent" in k.reasons),
            (self.tr("Version"), k.version or "—", False),
            (
                self.tr("Running for"),
                self.tr("%1 h %2 min").replace("%1", str(hours)).replace("%2", str(rest // 60)),
                False,
            ),
            (self.tr("Screen shown"), k.screen or "—", False),
            (self.tr("Printer"), printer_text, "printer" in k.reasons),
            (self.tr("Free disk"), gigabytes(k.disk_free_bytes), "disk" in k.reasons),
            (self.tr("Database answered in"), latency, False),
            (self.tr("Waiting to be sent (outbox)"), str(k.outbox_pending), k.outbox_pending > 0),
        ]

    def _fact(self, title: str, value: str, bad: bool) -> QWidget:
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        name = QLabel(title)
        name.setProperty("role", "fact-name")
        name.setWordWrap(True)
        text = QLabel(value)
        text.setProperty("role", "fact-red" if bad else "fact")
        text.setWordWrap(True)
        column.addWidget(name)
        column.addWidget(text)
        return holder

    def _errors(self) -> QWidget:
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 4, 0, 0)
        column.setSpacing(2)
        heading = QLabel(self.tr("Last errors"))
        heading.setProperty("role", "item-heading")
        column.addWidget(heading)
        entries = list(reversed(self.kiosk.recent_errors)) or [{"at": "", "message": self.kiosk.last_error}]
        for entry in entries[:5]:
            at = entry.get("at", "")
            when = (
                local_clock(dt.datetime.fromisoformat(at.rstrip("Z"))) if at else local_clock(self.kiosk.last_error_at)
            )
            line = QLabel(f"{when}  {entry.get('message', '')}")
            line.setWordWrap(True)
            line.setTextFormat(Qt.TextFormat.PlainText)
            column.addWidget(line)
        return holder

    # -- rename and remove -----------------------------------------------------------------

    def show_actions(self) -> None:
        clear_layout(self.action_row)
        self.action_row.addWidget(form_button(self.tr("Rename…"), self.ask_name))
        if self.kiosk.state == RED and "silent" in self.kiosk.reasons:
            self.action_row.addWidget(form_button(self.tr("Remove from the list…"), self.ask_remove, "danger"))
        self.action_row.addStretch(1)

    def ask_name(self) -> None:
        clear_layout(self.action_row)
        self.name_field = QLineEdit(self.kiosk.name if self.kiosk.name != self.kiosk.host_name else "")
        self.name_field.setObjectName("kiosk-name")
        self.name_field.setMaxLength(60)
        self.name_field.setPlaceholderText(self.kiosk.host_name)
        self.action_row.addWidget(self.name_field, 1)
        self.action_row.addWidget(
            form_button(self.tr("Save name"), lambda: self.page.rename(self.kiosk, self.name_field.text()), "primary")
        )
        self.action_row.addWidget(form_button(self.tr("Cancel"), self.show_actions))

    def ask_remove(self) -> None:
        clear_layout(self.action_row)
        question = QLabel(
            self.tr("Remove %1 from the list? It comes back if it reports again.").replace("%1", self.kiosk.name)
        )
        question.setWordWrap(True)
        self.action_row.addWidget(question, 1)
        self.action_row.addWidget(form_button(self.tr("Remove"), lambda: self.page.forget(self.kiosk), "danger"))
        self.action_row.addWidget(form_button(self.tr("Cancel"), self.show_actions))


class HealthPage(QWidget):
    """The kiosks of this database as cards; ``fleet`` reads them (called on a pool thread)."""

    def __init__(
        self,
        fleet: Fleet,
        rename: Callable[[str, str], None],
        forget: Callable[[str], None],
        *,
        refresh_ms: int = REFRESH_MS,
    ) -> None:
        super().__init__()
        self.setObjectName("HealthPage")
        self.setProperty("role", "admin-page")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(admin_style() + HEALTH_STYLE)
        self.fleet = fleet
        self.rename_kiosk = rename
        self.forget_kiosk = forget
        self.kiosks: list[KioskStatus] = []
        self.cards: dict[str, KioskCard] = {}
        self.call: BackgroundCall | None = None
        self._columns = 0
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 8, 24, 16)
        layout.setSpacing(12)
        title = QLabel(self.tr("Device health (设备状态)"))
        title.setProperty("role", "page-title")
        layout.addWidget(title)
        bar = QHBoxLayout()
        self.summary = QLabel(self.tr("Reading the kiosks…"))
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        bar.addWidget(self.summary, 1)
        bar.addWidget(form_button(self.tr("Refresh"), self.refresh))
        layout.addLayout(bar)
        self.area = KineticScrollArea()
        self.list = QWidget()
        self.list.setProperty("role", "admin-page")
        self.column = QVBoxLayout(self.list)
        self.column.setContentsMargins(0, 0, 8, 0)
        self.column.setSpacing(16)
        self.area.set_content(self.list)
        layout.addWidget(self.area, 1)
        self.timer = QTimer(self)
        self.timer.setInterval(refresh_ms)
        self.timer.timeout.connect(self.refresh)
        self.timer.start()
        self.refresh()

    def refresh(self) -> None:
        if self.call is not None and not self.call.done:
            return
        call = BackgroundCall(self.fleet)
        call.finished.connect(self._read)
        call.failed.connect(self._failed)
        self.call = call.start()

    def _failed(self, message: str) -> None:
        if not isValid(self):
            return
        self.summary.setText(self.tr("The kiosks cannot be read right now: %1").replace("%1", message))
        set_role(self.summary, "message-error")

    def _read(self, kiosks: list[KioskStatus]) -> None:
        if not isValid(self):  # the console closed before the database answered
            return
        self.show_kiosks(kiosks)

    def show_kiosks(self, kiosks: list[KioskStatus]) -> None:
        self.kiosks = kiosks
        clear_layout(self.column)
        self.cards = {}
        red = sum(1 for k in kiosks if k.state == RED)
        now = dt.datetime.now().strftime("%H:%M:%S")
        if not kiosks:
            text = self.tr("No kiosk has reported yet. A kiosk reports when it starts and every minute.")
        elif red:
            text = self.tr("Kiosks: %1 · needing a look: %2 (as of %3).")
        else:
            text = self.tr("Kiosks: %1 · all OK (as of %3).")
        self.summary.setText(text.replace("%1", str(len(kiosks))).replace("%2", str(red)).replace("%3", now))
        set_role(self.summary, "message-error" if red else "message-ok" if kiosks else "")
        for kiosk in kiosks:
            card = KioskCard(self, kiosk)
            self.cards[kiosk.kiosk_id] = card
            self.column.addWidget(card)
        self.column.addStretch(1)

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        columns = fact_columns(self.width())
        if columns != self._columns:  # the facts' grid follows the width: rebuild the cards
            self._columns = columns
            if self.kiosks:
                self.show_kiosks(self.kiosks)

    def rename(self, kiosk: KioskStatus, name: str) -> None:
        self.rename_kiosk(kiosk.kiosk_id, name)
        self.refresh()

    def forget(self, kiosk: KioskStatus) -> None:
        self.forget_kiosk(kiosk.kiosk_id)
        self.refresh()
