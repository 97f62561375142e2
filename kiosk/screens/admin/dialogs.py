"""Dialogs of the content editors: publish at a date, and a preview frame around a kiosk screen.

Both open with ``open()`` (no nested event loop, so the idle reset can close them like any other
dialog) and are parented to the top-level window, not to an editor page, so the editor's denser
style sheet never leaks into a preview that must look exactly like the kiosk.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtWidgets import QDateEdit, QDateTimeEdit, QDialog, QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from kiosk.screens.admin.style import admin_style
from kiosk.widgets.form_fields import form_button
from kiosk.widgets.theme import NORMAL, STANDARD, style_sheet


class PublishAtDialog(QDialog):
    """Choose when an item goes live: a date and time for notices, a date for a matter (生效日期)."""

    def __init__(self, parent: QWidget, explanation: str, with_time: bool, on_chosen: Callable[[dt.datetime], None]):
        super().__init__(parent, Qt.WindowType.Dialog)
        self.setObjectName("PublishAtDialog")
        self.setProperty("role", "admin-page")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(admin_style())
        self.setModal(True)
        self.setWindowTitle(self.tr("Publish at a date"))
        self.on_chosen = on_chosen
        tomorrow = QDate.currentDate().addDays(1)
        self.edit: QDateEdit | QDateTimeEdit
        if with_time:
            self.edit = QDateTimeEdit(QDateTime(tomorrow, QTime(8, 0)))
            self.edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        else:
            self.edit = QDateEdit(tomorrow)
            self.edit.setDisplayFormat("yyyy-MM-dd")
        self.edit.setCalendarPopup(True)
        self.edit.setMinimumWidth(360)
        title = QLabel(self.tr("Publish at a date"))
        title.setProperty("role", "page-title")
        text = QLabel(explanation)
        text.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(form_button(self.tr("Cancel"), self.reject))
        self.ok = form_button(self.tr("Publish then"), self.accept, "primary")
        buttons.addWidget(self.ok)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 32, 40, 32)
        layout.setSpacing(24)
        layout.addWidget(title)
        layout.addWidget(text)
        layout.addWidget(self.edit, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addLayout(buttons)
        self.setMinimumWidth(760)
        self.accepted.connect(lambda: self.on_chosen(self.chosen()))

    def chosen(self) -> dt.datetime:
        moment = self.edit.dateTime()
        day, time = moment.date(), moment.time()
        return dt.datetime(day.year(), day.month(), day.day(), time.hour(), time.minute())

    def set_chosen(self, moment: dt.datetime) -> None:
        day = QDate(moment.year, moment.month, moment.day)
        self.edit.setDateTime(QDateTime(day, QTime(moment.hour, moment.minute)))


class PreviewDialog(QDialog):
    """A kiosk screen at the kiosk's size and style, under a strip that says it is only a preview."""

    def __init__(self, parent: QWidget, screen: QWidget, note: str) -> None:
        super().__init__(parent, Qt.WindowType.Dialog)
        self.setObjectName("PreviewDialog")
        self.setModal(True)
        self.setWindowTitle(self.tr("Preview"))
        self.setStyleSheet(style_sheet(STANDARD, NORMAL))
        self.kiosk_screen = screen
        strip = QFrame()
        strip.setObjectName("Header")
        strip.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        bar = QHBoxLayout(strip)
        bar.setContentsMargins(24, 8, 24, 8)
        caption = QLabel(note)
        caption.setWordWrap(True)
        bar.addWidget(caption, 1)
        self.close_button = form_button(self.tr("Close preview"), self.accept)
        bar.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(strip)
        layout.addWidget(screen, 1)
        window = parent.window()
        self.resize(max(1280, window.width()), max(800, window.height()))
