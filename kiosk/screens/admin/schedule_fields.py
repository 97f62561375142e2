"""The screen schedule on the settings page: on or off, opening hours per weekday, holidays, 调休 days.

Plain text where the hall writes it plainly: a weekday's hours as ``08:00-12:00, 14:00-18:00``
(empty: closed that day), dates as ``2026-10-01`` separated by spaces, commas or lines. What a
value means and whether it can be read is ``kiosk.services.schedule``'s business; this widget only
shows the fields and names the ones that cannot be read.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget

from kiosk.services.schedule import WEEKDAYS, parse_dates, parse_hours
from kiosk.widgets.form_fields import form_button


class ScheduleFields(QWidget):
    """On/off, seven lines of hours, and the two date lists."""

    def __init__(self) -> None:
        super().__init__()
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(8)
        self.enabled = form_button(self.tr("Dim outside opening hours"), None, "chip")
        self.enabled.setObjectName("schedule-on")
        self.enabled.setCheckable(True)
        box.addWidget(self.enabled, 0, Qt.AlignmentFlag.AlignLeft)
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(8)
        self.hours: dict[str, QLineEdit] = {}
        for row, (key, name) in enumerate(zip(WEEKDAYS, self.weekday_names(), strict=True)):
            title = QLabel(name)
            field = QLineEdit()
            field.setObjectName(f"hours-{key}")
            field.setPlaceholderText(self.tr("closed"))
            self.hours[key] = field
            grid.addWidget(title, row, 0)
            grid.addWidget(field, row, 1)
        grid.setColumnStretch(1, 1)
        box.addLayout(grid)
        self.holidays = self._dates(box, self.tr("Holidays: the hall is closed (法定节假日)"), "holidays")
        self.workdays = self._dates(box, self.tr("Weekend days the hall works (调休), with Monday's hours"), "workdays")

    def weekday_names(self) -> list[str]:
        return [self.tr("Monday"), self.tr("Tuesday"), self.tr("Wednesday"), self.tr("Thursday"),
                self.tr("Friday"), self.tr("Saturday"), self.tr("Sunday")]  # fmt: skip

    def _dates(self, box: QVBoxLayout, title: str, name: str) -> QPlainTextEdit:
        heading = QLabel(title)
        heading.setWordWrap(True)
        box.addWidget(heading)
        edit = QPlainTextEdit()
        edit.setObjectName(name)
        edit.setPlaceholderText(self.tr("e.g. 2026-10-01 2026-10-02"))
        edit.setFixedHeight(120)
        box.addWidget(edit)
        return edit

    def set_values(self, enabled: bool, hours: dict[str, str], holidays: list[str], workdays: list[str]) -> None:
        self.enabled.setChecked(enabled)
        for key, field in self.hours.items():
            field.setText(str(hours.get(key, "")))
        self.holidays.setPlainText(" ".join(holidays))
        self.workdays.setPlainText(" ".join(workdays))

    def values(self) -> tuple[bool, dict[str, str], list[str], list[str]]:
        """(on, hours per weekday, holidays, workdays) as typed; dates that read are normalised."""
        return (
            self.enabled.isChecked(),
            {key: " ".join(field.text().split()) for key, field in self.hours.items()},
            _dates_of(self.holidays.toPlainText()),
            _dates_of(self.workdays.toPlainText()),
        )

    def problem_text(self) -> str:
        """Every entry that cannot be read, named (empty: all fine)."""
        lines = []
        for key, name in zip(WEEKDAYS, self.weekday_names(), strict=True):
            try:
                parse_hours(self.hours[key].text())
            except ValueError as exc:
                lines.append(self.tr('%1: "%2" is not like 08:00-12:00.').replace("%1", name).replace("%2", str(exc)))
        for edit in (self.holidays, self.workdays):
            try:
                parse_dates(edit.toPlainText())
            except ValueError as exc:
                lines.append(self.tr('"%1" is not a date like 2026-10-01.').replace("%1", str(exc)))
        return "\n".join(lines)


def _dates_of(text: str) -> list[str]:
    try:
        return [d.isoformat() for d in parse_dates(text)]
    except ValueError:
        return text.split()  # kept as typed: the page says which one cannot be read
