"""补打: find an issued notice in the archive and print it again, exactly as it was issued.

The archive keeps each staff notice as issued (``NoticeService.reprint``), so a reprint shows the
same materials, reasons and serial even after the matter's guide changed; only the applicant's
phone is masked, because a reprint may be asked for by someone else. Search by serial, by matter
(code or part of the name) and by the day it was issued.

A notice that never came out (未打印: the kiosk crashed or was switched off, the printer failed) is
marked so in the list and can be listed alone; printing it prints the two copies the first print
owed (一式两份) and marks it printed. At sign-in the console opens here when notices of this kiosk
or this clerk are waiting (``offer_unprinted``).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtWidgets import QBoxLayout, QHBoxLayout, QLineEdit, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from kiosk.errors import UserError
from kiosk.screens.admin.notice_parts import ChoiceRow
from kiosk.screens.base import Look
from kiosk.services.background import BackgroundCall
from kiosk.services.notice_archive import IssuedSummary, NoticeService
from kiosk.services.printing import PrintOutcome
from kiosk.widgets.basics import button, label
from kiosk.widgets.date_field import DateField
from kiosk.widgets.flow import FlowLayout
from kiosk.widgets.notice_print import NoticeSheet, PreparedNotice, PrinterLookup, PrintStatus, prepare_in_background
from kiosk.widgets.touch_list import TouchList

RANGES = ("today", "week", "month", "year", "any", "custom")


def date_range(key: str, today: dt.date) -> tuple[dt.date | None, dt.date | None]:
    """The inclusive days a preset range covers (``any``: no limit)."""
    if key == "today":
        return today, today
    if key == "week":
        return today - dt.timedelta(days=6), today
    if key == "month":
        return today - dt.timedelta(days=29), today
    if key == "year":
        return dt.date(today.year, 1, 1), today
    return None, None


class ReprintPage(QWidget):
    """Search the archive → the list → one notice's pages → print it again."""

    def __init__(self, look: Look, notices: NoticeService, printer: PrinterLookup) -> None:
        super().__init__()
        self.setObjectName("ReprintPage")
        self.setProperty("role", "page")
        self.look = look
        self.metrics = m = look.metrics
        self.notices = notices
        self.printer = printer
        self.results: list[IssuedSummary] = []
        self.prepared: PreparedNotice | None = None
        self.unprinted_serial = ""  # the notice on the sheet, when it never came out
        self.offering = False  # opened at sign-in on the notices that never came out
        self._work: BackgroundCall | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(m.margin, m.margin, m.margin, m.margin)
        self.steps = QStackedWidget()
        outer.addWidget(self.steps)
        self.steps.addWidget(self._search_step())
        self.steps.addWidget(self._sheet_step())
        self.search_archive()

    # -- search ------------------------------------------------------------------------------

    def _search_step(self) -> QWidget:
        m = self.metrics
        page = QWidget()
        box = QVBoxLayout(page)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(m.px(12))
        box.addWidget(label(self.tr("Reprint a notice"), "title"))
        self.offer = label("", "heading")
        self.offer.setObjectName("unprinted-offer")
        self.offer.setVisible(False)
        box.addWidget(self.offer)
        self.fields = fields = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        fields.setSpacing(m.px(16))
        self.serial_field = QLineEdit()
        self.serial_field.setObjectName("serial-search")
        self.serial_field.setPlaceholderText(self.tr("Serial number, e.g. 0012"))
        self.matter_field = QLineEdit()
        self.matter_field.setObjectName("matter-search")
        self.matter_field.setPlaceholderText(self.tr("Matter name or code"))
        for field in (self.serial_field, self.matter_field):
            field.returnPressed.connect(self.search_archive)
            fields.addWidget(field, 1)
        box.addLayout(fields)
        labels = {
            "today": self.tr("Today"),
            "week": self.tr("Last 7 days"),
            "month": self.tr("Last 30 days"),
            "year": self.tr("This year"),
            "any": self.tr("Any date"),
            "custom": self.tr("Choose days…"),
        }
        self.ranges = ChoiceRow([(key, labels[key]) for key in RANGES], "month", "range")
        self.ranges.chosen.connect(self._range_chosen)
        box.addWidget(self.ranges)
        self.custom = QWidget()
        days = FlowLayout(self.custom, m.px(24))
        today = dt.date.today()
        self.date_from = DateField(self.tr("From"), today - dt.timedelta(days=29), m, "date-from")
        self.date_to = DateField(self.tr("To"), today, m, "date-to")
        for day_field in (self.date_from, self.date_to):
            day_field.changed.connect(lambda _day: self.search_archive())
            days.addWidget(day_field)
        self.custom.setVisible(False)
        box.addWidget(self.custom)
        bar = QHBoxLayout()
        self.count = label("", "muted")
        bar.addWidget(self.count, 1)
        self.unprinted_only = button(self.tr("Not printed only"), self.search_archive)
        self.unprinted_only.setObjectName("unprinted-only")
        self.unprinted_only.setCheckable(True)
        bar.addWidget(self.unprinted_only)
        self.find_button = button(self.tr("Search"), self.search_archive, "primary")
        bar.addWidget(self.find_button)
        box.addLayout(bar)
        self.list = TouchList(self.look.palette, m)
        self.list.tapped.connect(self.open_notice)
        box.addWidget(self.list, 1)
        return page

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        wide = self.width() >= 1100  # two search fields side by side, or one above the other
        self.fields.setDirection(QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom)

    def _range_chosen(self, key: str) -> None:
        self.custom.setVisible(key == "custom")
        self.search_archive()

    def days(self) -> tuple[dt.date | None, dt.date | None]:
        key = self.ranges.current() or "any"
        if key == "custom":
            first, last = self.date_from.date(), self.date_to.date()
            return min(first, last), max(first, last)
        return date_range(key, dt.date.today())

    def search_archive(self) -> None:
        first, last = self.days()
        try:
            self.results = self.notices.search(
                serial=self.serial_field.text(),
                matter=self.matter_field.text(),
                date_from=first,
                date_to=last,
                unprinted=self.unprinted_only.isChecked(),
            )
        except UserError as exc:
            self.results = []
            self.count.setText(exc.message)
        else:
            self.count.setText(self.tr("Found: %1").replace("%1", str(len(self.results))))
        self.list.set_rows([(r.serial, f"{r.serial}  {r.matter_name}", self._subtitle(r)) for r in self.results])
        self.offering = self.offering and self.unprinted_only.isChecked() and bool(self.results)
        self.offer.setText(
            self.tr("%1 notices were issued but never printed. Tap one to print it now.").replace(
                "%1", str(len(self.results))
            )
        )
        self.offer.setVisible(self.offering)

    def _subtitle(self, r: IssuedSummary) -> str:
        parts = [r.issued_at.strftime("%Y-%m-%d %H:%M")]
        if r.applicant_name:
            parts.append(f"{r.applicant_name} {r.applicant_phone}".strip())
        parts.append(r.staff_name or r.staff_code or r.window)
        parts.append(self.tr("%1 to supply").replace("%1", str(r.missing_count)))
        if r.waiting:
            parts.append(self.tr("issued offline, not sent yet"))
        if not r.printed:
            parts.insert(0, self.tr("NOT PRINTED"))
        return " · ".join(p for p in parts if p)

    def offer_unprinted(self) -> None:
        """Open on the notices that never came out (at sign-in), saying how many there are."""
        self.ranges.buttons["any"].setChecked(True)
        self.custom.setVisible(False)
        self.unprinted_only.setChecked(True)
        self.steps.setCurrentIndex(0)
        self.offering = True
        self.search_archive()

    # -- one notice --------------------------------------------------------------------------------

    def _sheet_step(self) -> QWidget:
        m = self.metrics
        self.sheet = NoticeSheet(m, m.px(560), stacked_buttons=True)
        column = self.sheet.column
        self.serial_label = label("", "title")
        self.serial_label.setObjectName("serial")
        self.detail = label("", "body")
        self.note = label(self.tr("Printed exactly as issued; the applicant's phone is masked."), "muted")
        self.status = PrintStatus(m, m.px(300), show_where=True)
        self.status.succeeded.connect(self._printed)
        self.status.failed.connect(self._print_failed)
        for widget in (self.serial_label, self.detail, self.note, self.status):
            column.addWidget(widget)
        column.addStretch(1)
        self.print_button = button(self.tr("Print"), self.print_now, "primary")
        self.back_button = button(self.tr("Back to the list"), self.back)
        self.sheet.action_row.addWidget(self.print_button)
        self.sheet.action_row.addWidget(self.back_button)
        self._buttons()
        return self.sheet

    def _buttons(self, *shown: QPushButton) -> None:
        for b in (self.print_button, self.back_button):
            b.setVisible(b in shown)

    def _printed(self, outcome: PrintOutcome) -> None:
        self._buttons(self.back_button, self.print_button)
        if self.unprinted_serial:
            serial, notices, self.unprinted_serial = self.unprinted_serial, self.notices, ""
            BackgroundCall(lambda: notices.mark_printed(serial, saved=outcome.path is not None)).start()
            self.note.setText(self.tr("Printed. Please take the paper."))
            self.print_button.setText(self.tr("Print"))

    def _print_failed(self, message: str) -> None:
        self._buttons(self.back_button, self.print_button)
        if self.unprinted_serial:
            serial, notices = self.unprinted_serial, self.notices
            BackgroundCall(lambda: notices.mark_failed(serial, message)).start()

    def open_notice(self, serial: str) -> None:
        try:
            notice = self.notices.reprint(serial)
        except UserError as exc:
            self.count.setText(exc.message)
            return
        found = next((r for r in self.results if r.serial == serial), None)
        self.unprinted_serial = serial if found is not None and not found.printed else ""
        self.prepared = None
        self.status.clear()
        self.serial_label.setText(notice.serial_text)
        self.detail.setText(f"{notice.matter_name}\n{notice.date_text}")
        if self.unprinted_serial:
            self.note.setText(
                self.tr("This notice was issued but never printed. Print the two copies now: one for the applicant, "
                        "one for the file.")
                + (f"\n{found.print_error}" if found is not None and found.print_error else "")
            )  # fmt: skip
            self.print_button.setText(self.tr("Print 2 copies"))
        else:
            self.note.setText(self.tr("Printed exactly as issued; the applicant's phone is masked."))
            self.print_button.setText(self.tr("Print"))
        self.sheet.preview.show_message(self.tr("Preparing the notice…"))
        self._buttons(self.back_button)
        self.steps.setCurrentIndex(1)
        self._work = prepare_in_background(notice)
        self._work.finished.connect(self._prepared)
        self._work.failed.connect(self._not_prepared)

    def _prepared(self, prepared: PreparedNotice) -> None:
        if self.sender() is not self._work:  # an answer nobody waits for any more
            return
        self._work = None
        self.prepared = prepared
        self.sheet.preview.show_pages(prepared.pages)
        self._buttons(self.back_button, self.print_button)

    def _not_prepared(self, message: str) -> None:
        if self.sender() is not self._work:  # an answer nobody waits for any more
            return
        self._work = None
        self.sheet.preview.show_message(self.tr("The notice could not be prepared."))
        self.detail.setText(message)

    def print_now(self) -> None:
        if self.prepared is None:
            return
        self._buttons()
        copies = 2 if self.unprinted_serial else 1  # 一式两份, as the first print would have been
        self.status.start(
            self.prepared, self.printer, copies=copies, done_text=self.tr("Printed. Please take the paper.")
        )

    def back(self) -> None:
        if self.status.running:
            return
        self.steps.setCurrentIndex(0)
        self.search_archive()
