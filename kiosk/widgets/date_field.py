"""A date chosen by touch: a big button showing the date; a tap opens a large calendar.

``QDateEdit`` has spin arrows a finger cannot hit and a popup calendar the size of a stamp. Here
the calendar fills a dialog (opened with ``open()``, so the idle reset closes it like any other)
and its month arrows and day cells are sized for a finger by the dialog's own style sheet.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtWidgets import QCalendarWidget, QDialog, QHBoxLayout, QVBoxLayout, QWidget

from kiosk.widgets.basics import button, label
from kiosk.widgets.theme import STANDARD, Metrics


def to_qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(day: QDate) -> dt.date:
    return dt.date(day.year(), day.month(), day.day())


class CalendarDialog(QDialog):
    """A month calendar filling most of the window, with Cancel and OK."""

    def __init__(self, parent: QWidget, title: str, day: dt.date, metrics: Metrics) -> None:
        super().__init__(parent, Qt.WindowType.Dialog | Qt.WindowType.FramelessWindowHint)
        self.setObjectName("CalendarDialog")
        self.setModal(True)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setProperty("role", "page")
        m, p = metrics, STANDARD
        self.setStyleSheet(
            f"""
QCalendarWidget QWidget#qt_calendar_navigationbar {{ background: {p.surface}; border-bottom: 2px solid {p.border}; }}
QCalendarWidget QToolButton {{ min-height: {m.target}px; min-width: {m.target}px; font-size: {m.heading}px;
    font-weight: bold; padding: 0 {m.px(16)}px; color: {p.text}; background: transparent; border: none; }}
QCalendarWidget QToolButton:pressed {{ background: {p.focus}; color: {p.focus_text}; }}
QCalendarWidget QAbstractItemView {{ font-size: {m.body}px; selection-background-color: {p.focus};
    selection-color: {p.focus_text}; }}
QCalendarWidget QSpinBox {{ min-height: {m.target}px; font-size: {m.body}px; }}
"""
        )
        self.calendar = QCalendarWidget()
        # The calendar's month and weekday names follow the screen's language (Qt defaults to English).
        self.calendar.setLocale(QLocale(self.tr("en_GB", "locale of the calendar's month and day names")))
        self.calendar.setGridVisible(True)
        self.calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.calendar.setSelectedDate(to_qdate(day))
        self.calendar.setMaximumDate(to_qdate(dt.date.today()))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(m.margin, m.margin, m.margin, m.margin)
        layout.setSpacing(m.px(16))
        layout.addWidget(label(title, "title"))
        layout.addWidget(self.calendar, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(button(self.tr("Cancel"), self.reject))
        self.ok_button = button(self.tr("OK"), self.accept, "primary")
        buttons.addWidget(self.ok_button)
        layout.addLayout(buttons)
        top = parent.window().geometry()
        width, height = min(top.width() - 80, m.px(900)), min(top.height() - 80, m.px(860))
        self.setGeometry(top.x() + (top.width() - width) // 2, top.y() + (top.height() - height) // 2, width, height)

    def chosen(self) -> dt.date:
        return from_qdate(self.calendar.selectedDate())


class DateField(QWidget):
    """A caption and a button with the date; ``changed(date)`` after a day is picked."""

    changed = Signal(object)  # datetime.date

    def __init__(self, caption: str, day: dt.date, metrics: Metrics, name: str = "") -> None:
        super().__init__()
        self.caption = caption
        self.metrics = metrics
        self.day = day
        self.dialog: CalendarDialog | None = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(metrics.px(12))
        layout.addWidget(label(caption, "body", wrap=False))
        self.button = button("", self.pick)
        self.button.setObjectName(name)
        layout.addWidget(self.button)
        self.set_date(day)

    def set_date(self, day: dt.date) -> None:
        self.day = day
        self.button.setText(day.isoformat())

    def date(self) -> dt.date:
        return self.day

    def pick(self) -> None:
        self.dialog = CalendarDialog(self, self.caption, self.day, self.metrics)
        self.dialog.accepted.connect(self._picked)
        self.dialog.finished.connect(self.dialog.deleteLater)
        self.dialog.open()

    def _picked(self) -> None:
        if self.dialog is not None:
            self.set_date(self.dialog.chosen())
            self.changed.emit(self.day)
