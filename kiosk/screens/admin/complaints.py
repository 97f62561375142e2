"""投诉登记: complaints from every channel, their handling, and the result published on the 监督 board.

Left, the register (open ones first, the longest waiting first); right, the chosen complaint — or
a new one — with three parts: what was received (channel, date, matter or window, who complained:
kept inside, what they said), how it was handled (closing it), and what the public board says
(title, summary, result: prefilled anonymised, editable, anonymised again when published).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QComboBox, QDateEdit, QLineEdit, QVBoxLayout, QWidget

from kiosk.errors import UserError
from kiosk.screens.admin.supervision_parts import (
    SplitPage,
    caption,
    chips,
    chosen_list,
    combo_box,
    say,
    set_rows,
    text_box,
)
from kiosk.services.supervision.complaints import CHANNELS, ComplaintRecord, ComplaintService
from kiosk.widgets.basics import fit_height_to_width, row
from kiosk.widgets.form_fields import form_button
from kiosk.widgets.scroll import KineticScrollArea

Choices = Callable[[], list[tuple[str, str]]]
NEW = "new"


class ComplaintsPage(SplitPage):
    """The register and one complaint's form."""

    def __init__(self, service: ComplaintService, actor: Callable[[], str], windows: Choices, matters: Choices) -> None:
        super().__init__("ComplaintsPage", self.tr("Complaints from every channel (投诉登记)"))
        self.service = service
        self.actor = actor
        self.windows = windows
        self.matters = matters
        self.records: list[ComplaintRecord] = []
        self.key = ""
        self.stale = False
        self.new_button = form_button(self.tr("Record a complaint"), lambda: self.choose(NEW), "primary")
        self.top.addWidget(row(self.new_button))
        self.rows, self.delegate = chosen_list()
        self.rows.setObjectName("ComplaintList")
        self.rows.tapped.connect(self.choose)
        self.left.addWidget(self.rows, 1)

        form = fit_height_to_width(QWidget())
        form.setProperty("role", "admin-page")
        box = QVBoxLayout(form)
        box.setContentsMargins(0, 0, 12, 0)
        box.setSpacing(6)
        self.heading = caption("", "form-heading")
        self.channel_group, self.channels, channel_holder = chips([(c, c) for c in CHANNELS], self, wrap=True)
        self.received = QDateEdit(QDate.currentDate())
        self.received.setDisplayFormat("yyyy-MM-dd")
        self.received.setCalendarPopup(True)
        self.received.setMaximumWidth(320)
        self.matter = combo_box()
        self.window_box = combo_box()
        self.complainant = QLineEdit()
        self.complainant.setMaxLength(200)
        self.complainant.setPlaceholderText(self.tr("Name or phone, if given (kept inside)"))
        self.summary = text_box(3, self.tr("What the complaint says"))
        self.record_button = form_button(self.tr("Save"), self.save, "primary")
        self.result = text_box(3, self.tr("How it was handled"))
        self.close_button = form_button(self.tr("Handled: close the complaint"), self.close_complaint, "primary")
        self.public_title = QLineEdit()
        self.public_title.setMaxLength(200)
        self.public_summary = text_box(2)
        self.public_result = text_box(3)
        self.publish_button = form_button(self.tr("Publish on the board"), self.publish, "primary")
        self.withdraw_button = form_button(self.tr("Take off the board"), self.withdraw, "danger")
        self.public_state = caption("", "muted")
        self.message = caption("")
        self.message.hide()
        for widget in (
            self.heading,
            caption(self.tr("Channel")),
            channel_holder,
            caption(self.tr("Received on")),
            self.received,
            caption(self.tr("Matter")),
            self.matter,
            caption(self.tr("Window")),
            self.window_box,
            caption(self.tr("Who complained (shown only here, never published)")),
            self.complainant,
            caption(self.tr("What was said")),
            self.summary,
            row(self.record_button),
        ):
            box.addWidget(widget)
        self.handling = QWidget()
        handling = QVBoxLayout(self.handling)
        handling.setContentsMargins(0, 0, 0, 0)
        for widget in (
            caption(self.tr("Handling (处理结果)"), "form-heading"),
            self.result,
            row(self.close_button),
        ):
            handling.addWidget(widget)
        box.addWidget(self.handling)
        self.publishing = QWidget()
        publishing = QVBoxLayout(self.publishing)
        publishing.setContentsMargins(0, 0, 0, 0)
        for widget in (
            caption(self.tr("On the public board (投诉处理结果, anonymised)"), "form-heading"),
            self.public_state,
            caption(self.tr("Title")),
            self.public_title,
            caption(self.tr("What was reported")),
            self.public_summary,
            caption(self.tr("How it was handled")),
            self.public_result,
            row(self.publish_button, self.withdraw_button),
        ):
            publishing.addWidget(widget)
        box.addWidget(self.publishing)
        box.addWidget(self.message)
        box.addStretch(1)
        self.area = KineticScrollArea()
        self.area.setWidget(form)
        self.right.addWidget(self.area, 1)
        self.refresh()

    # --- the register ---------------------------------------------------------------------------

    def refresh(self) -> None:
        self.stale = False
        self.records = self.service.complaints("all")
        windows = dict(self.windows())
        items = []
        for r in self.records:
            about = windows.get(r.window, r.window) or dict(self.matters()).get(r.matter_code, r.matter_code)
            where = about or self.tr("the hall")
            title = f"{r.number} · {r.channel} · {where}"
            state = self.tr("open") if r.status == "open" else self.tr("handled %1").replace(
                "%1", f"{r.handled_on or r.received_on:%Y-%m-%d}")  # fmt: skip
            published = " · " + self.tr("published") if r.result_key and self.service.is_published(r) else ""
            sample = " · " + self.tr("sample") if r.is_sample else ""
            subtitle = (
                self.tr("received %1").replace("%1", f"{r.received_on:%Y-%m-%d}") + f" · {state}{published}{sample}"
            )
            items.append((str(r.id), title, subtitle, False))
        set_rows(self.rows, items)
        keys = [str(r.id) for r in self.records]
        self.choose(self.key if self.key in keys or self.key == NEW else (keys[0] if keys else NEW))

    def _fill(self, combo: QComboBox, choices: list[tuple[str, str]], current: str) -> None:
        combo.clear()
        combo.addItem(self.tr("(none)"), "")
        for code, name in choices:
            combo.addItem(name, code)
        index = combo.findData(current)
        if index < 0 and current:
            combo.addItem(current, current)
            index = combo.count() - 1
        combo.setCurrentIndex(max(index, 0))

    def choose(self, key: str) -> None:
        self.key = key
        self.delegate.chosen = key
        self.rows.viewport().update()
        record = next((r for r in self.records if str(r.id) == key), None)
        if record is None:
            self.key = NEW
            self.heading.setText(self.tr("New complaint"))
            self.channels[CHANNELS[0]].setChecked(True)
            self.received.setDate(QDate.currentDate())
            self._fill(self.matter, self.matters(), "")
            self._fill(self.window_box, self.windows(), "")
            for widget in (self.complainant, self.summary, self.result):
                widget.clear()
            self.handling.hide()
            self.publishing.hide()
            self.record_button.setText(self.tr("Record the complaint"))
            return
        self.heading.setText(self.tr("Complaint %1").replace("%1", record.number))
        if record.channel in self.channels:
            self.channels[record.channel].setChecked(True)
        self.received.setDate(QDate(record.received_on.year, record.received_on.month, record.received_on.day))
        self._fill(self.matter, self.matters(), record.matter_code)
        self._fill(self.window_box, self.windows(), record.window)
        self.complainant.setText(record.complainant)
        self.summary.setPlainText(record.summary)
        self.result.setPlainText(record.result)
        self.record_button.setText(self.tr("Save changes"))
        self.handling.show()
        self.close_button.setText(
            self.tr("Handled: close the complaint") if record.status == "open" else self.tr("Save the handling")
        )
        self.publishing.setVisible(record.status == "closed")
        if record.status == "closed":
            subject = dict(self.windows()).get(record.window) or dict(self.matters()).get(record.matter_code, "")
            suggested = self.service.suggested_result(record.id, subject)
            self.public_title.setText(suggested.title)
            self.public_summary.setPlainText(suggested.summary)
            self.public_result.setPlainText(suggested.result)
            published = self.service.is_published(record)
            self.public_state.setText(
                self.tr("Shown on the 监督 board as %1.").replace("%1", record.result_key) if published
                else self.tr("Not on the board. Read the texts below, then publish.")
            )  # fmt: skip
            self.withdraw_button.setVisible(published)

    # --- acting ---------------------------------------------------------------------------------

    def _entered(self) -> dict[str, Any]:
        q = self.received.date()
        channel = next((c for c, b in self.channels.items() if b.isChecked()), "")
        return {
            "channel": channel,
            "received_on": dt.date(q.year(), q.month(), q.day()),
            "summary": self.summary.toPlainText(),
            "matter_code": str(self.matter.currentData() or ""),
            "window": str(self.window_box.currentData() or ""),
            "complainant": self.complainant.text(),
        }

    def _do(self, action: Callable[[], object], done: str) -> bool:
        try:
            result = action()
        except UserError as exc:
            say(self.message, exc.message, error=True)
            return False
        if isinstance(result, int):
            self.key = str(result)
        self.refresh()
        say(self.message, done, error=False)
        return True

    def save(self) -> None:
        if self.key == NEW:
            self._do(lambda: self.service.record(self.actor(), **self._entered()), self.tr("Complaint recorded."))
        else:
            cid = int(self.key)
            self._do(lambda: self.service.update(cid, self.actor(), **self._entered()), self.tr("Saved."))

    def close_complaint(self) -> None:
        cid = int(self.key)
        self._do(
            lambda: self.service.close(cid, self.actor(), result=self.result.toPlainText()),
            self.tr("Closed. Now check the texts for the public board and publish them."),
        )

    def publish(self) -> None:
        cid = int(self.key)
        self._do(
            lambda: self.service.publish_result(
                cid,
                self.actor(),
                title=self.public_title.text(),
                summary=self.public_summary.toPlainText(),
                result=self.public_result.toPlainText(),
            ),
            self.tr("Published on the 监督 board."),
        )

    def withdraw(self) -> None:
        cid = int(self.key)
        self._do(lambda: self.service.withdraw_result(cid, self.actor()), self.tr("Taken off the board (archived)."))

    # --- Qt -------------------------------------------------------------------------------------

    def hideEvent(self, event: Any) -> None:
        super().hideEvent(event)
        self.stale = True

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if self.stale:
            self.refresh()
