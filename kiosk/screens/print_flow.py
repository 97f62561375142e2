"""The resident's "Print checklist" (打印一次性告知单): preview → printing → done, or failed with the QR code.

Opened from the guide screen with the checklist for the matter and the 情形 answers on screen. It
covers the whole window, so the resident sees the paper before it is printed. Nothing here waits
on the GUI thread: the PDF is made on a pool thread, the printer is found and driven on worker
threads (``widgets.notice_print``). Walking away is "cancel": the idle reset rejects the dialog,
which cancels a print in progress (CUPS drops the job, so it never comes out for the next person).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QVBoxLayout, QWidget

from kiosk.screens.base import Look
from kiosk.screens.help_call import help_button
from kiosk.services.background import BackgroundCall
from kiosk.services.notices import OneTimeNotice
from kiosk.widgets.basics import button, label
from kiosk.widgets.notice_print import (
    NoticeSheet,
    PreparedNotice,
    PrinterLookup,
    PrintStatus,
    notice_qr,
    prepare_in_background,
)
from kiosk.widgets.qr import QrView


class PrintChecklistDialog(QDialog):
    """Full-window: the checklist's pages beside (or above) what the resident can do with them."""

    def __init__(
        self,
        parent: QWidget,
        look: Look,
        notice: OneTimeNotice,
        printer: PrinterLookup,
        printed: Callable[[str], None] | None = None,
        call_help: Callable[[], None] | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.FramelessWindowHint | Qt.WindowType.Dialog)
        self.printed = printed  # counts a checklist that came out (statistics), by its matter code
        self.setObjectName("PrintChecklistDialog")
        self.setModal(True)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setProperty("role", "page")
        self.notice = notice
        self.printer = printer
        self.prepared: PreparedNotice | None = None
        m = look.metrics
        top = parent.window()
        self.setGeometry(top.geometry())
        outer = QVBoxLayout(self)
        outer.setContentsMargins(m.margin, m.margin, m.margin, m.margin)
        outer.setSpacing(m.px(16))
        self.sheet = NoticeSheet(m, m.px(600), wide_from=1400)
        outer.addWidget(self.sheet, 1)
        column = self.sheet.column
        self.heading = label(self.tr("Print the checklist"), "title")
        self.matter_label = label(notice.matter_name, "heading")
        self.hint = label(self.tr("Check the list on the paper, then tap Print."), "body")
        column.addWidget(self.heading)
        column.addWidget(self.matter_label)
        column.addWidget(self.hint)
        self.status = PrintStatus(m, m.px(420), code_host=self._show_code)
        self.status.succeeded.connect(self._done)
        self.status.failed.connect(self._failed)
        column.addWidget(self.status)
        column.addStretch(1)
        if call_help is not None:  # 呼叫帮办: help is one tap away here too
            column.addWidget(help_button(call_help))
        buttons = self.sheet.action_row
        self.cancel_button = button(self.tr("Cancel"), self.reject)
        self.print_button = button(self.tr("Print"), self.print_now, "primary")
        self.retry_button = button(self.tr("Try again"), self.print_now)
        self.close_button = button(self.tr("Close"), self.accept, "primary")
        for b in (self.cancel_button, self.retry_button, self.print_button, self.close_button):
            buttons.addWidget(b, 1)
        self._show_buttons(self.cancel_button)
        self.sheet.preview.show_message(self.tr("Preparing the checklist…"))
        self._preparing: BackgroundCall | None = prepare_in_background(notice)
        self._preparing.finished.connect(self._prepared)
        self._preparing.failed.connect(self._not_prepared)
        self.finished.connect(self._closed)

    def _closed(self) -> None:
        self.sheet.recycle()  # its scroll areas serve the next print (a new touch scroller each time leaks)
        if self._preparing is not None:  # closed before the pages came: they must not fill the spare preview
            self._preparing.finished.disconnect(self._prepared)
            self._preparing.failed.disconnect(self._not_prepared)
            self._preparing = None
        # The PDF and its page pictures go now, with the dialog, not whenever the cycle collector
        # gets to it: the memory is then free when home is painted and given back (app.py).
        self.prepared = None
        self.status.let_go()
        self.deleteLater()

    def _show_buttons(self, *shown: QWidget) -> None:
        for b in (self.cancel_button, self.retry_button, self.print_button, self.close_button):
            b.setVisible(b in shown)

    def _prepared(self, prepared: PreparedNotice) -> None:
        self._preparing = None
        self.prepared = prepared
        self.sheet.preview.show_pages(prepared.pages)
        self._show_buttons(self.cancel_button, self.print_button)

    def _not_prepared(self, _message: str) -> None:
        self._preparing = None
        self.hint.setText(self.tr("The checklist cannot be printed now. Please ask at the window."))
        self.sheet.preview.show_message(self.tr("The checklist could not be prepared."))
        self._show_buttons(self.close_button)

    def print_now(self) -> None:
        if self.prepared is None:
            return
        self.hint.setVisible(False)
        if self.sheet.preview.code is not None:  # trying again: the pages come back
            self.sheet.preview.show_pages(self.prepared.pages)
        self._show_buttons(self.cancel_button)
        self.cancel_button.setText(self.tr("Cancel printing"))
        self.status.start(self.prepared, self.printer, copies=1)

    def _done(self, _outcome: Any) -> None:
        self._show_buttons(self.close_button)
        if self.printed is not None:
            self.printed(self.notice.matter_code)

    def _failed(self, _message: str) -> None:
        self.cancel_button.setText(self.tr("Cancel"))
        self._show_buttons(self.retry_button, self.close_button)

    def _show_code(self, notice: OneTimeNotice, caption: str) -> QrView:
        """No paper: the checklist's QR code takes the place of the pages, as large as it fits."""
        return self.sheet.preview.show_code(notice_qr(notice), caption)

    def reject(self) -> None:
        """Cancel (or the idle reset): a print in progress is cancelled too."""
        self.status.cancel()
        super().reject()


def open_print_dialog(
    parent: QWidget,
    look: Look,
    notice: OneTimeNotice,
    printer: PrinterLookup,
    printed: Callable[[str], None] | None = None,
    call_help: Callable[[], None] | None = None,
) -> PrintChecklistDialog:
    """Show the print dialog for ``notice`` over ``parent``'s window (``open()``: no nested event loop)."""
    dialog = PrintChecklistDialog(parent, look, notice, printer, printed, call_help)
    dialog.open()
    return dialog
