"""工作日历: the hall's public holidays and the weekend days worked in exchange, year by year.

The State Council publishes next year's holidays each November; the admin enters them here (or
imports a CSV) and 差评 deadlines count working days with them. A year without entries is pointed
out. Each change saves at once (one audited transaction), so there is no unsaved state to lose.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QLineEdit, QWidget

from kiosk.errors import InvalidImport, UserError
from kiosk.screens.admin.style import admin_style
from kiosk.screens.admin.supervision_parts import SplitPage, caption, chips, chosen_list, say, set_rows
from kiosk.services.supervision.calendar import NAME_LIMIT, CalendarDay, CalendarStore, DayKind
from kiosk.services.supervision.calendar_file import export_csv, read_csv
from kiosk.widgets.basics import row
from kiosk.widgets.file_picker import FILE, FOLDER, FilePickerDialog
from kiosk.widgets.form_fields import form_button


class CalendarPage(SplitPage):
    """A year's entries on the left; the entry form, import and export on the right."""

    def __init__(
        self, store: CalendarStore, actor: Callable[[], str], today: Callable[[], dt.date] = dt.date.today
    ) -> None:
        super().__init__("CalendarPage", self.tr("Working-day calendar (工作日历)"))
        self.store = store
        self.actor = actor
        self.today = today
        self.year = today().year
        self.days: list[CalendarDay] = []
        self.dialog: QWidget | None = None
        explain = caption(
            self.tr("Monday to Friday are working days. Enter the public holidays (法定节假日) and the weekend "
                    "days worked in exchange (调休上班) from the State Council's notice for each year: the 15 "
                    "working days of a poor rating's deadline count with them."), "muted"
        )  # fmt: skip
        self.top.addWidget(explain)
        self.warning = caption("", "alert")
        self.top.addWidget(self.warning)
        self.year_group, self.year_buttons, self.year_holder = chips([], self)
        self.top.addWidget(self.year_holder)
        self.rows, self.delegate = chosen_list()
        self.rows.setObjectName("CalendarList")
        self.rows.tapped.connect(self.choose)
        self.left.addWidget(self.rows, 1)

        self.date = QDateEdit(QDate.currentDate())
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.date.setCalendarPopup(True)
        self.date.setMinimumWidth(300)
        self.kind_group, self.kinds, kind_holder = chips(
            [("holiday", self.tr("Holiday (休)")), ("workday", self.tr("Worked weekend (班)"))], self
        )
        self.kinds["holiday"].setChecked(True)
        self.name = QLineEdit()
        self.name.setMaxLength(NAME_LIMIT)
        self.name.setPlaceholderText(self.tr("e.g. 国庆节"))
        self.save_button = form_button(self.tr("Add or change this day"), self.save_day, "primary")
        self.remove_button = form_button(self.tr("Remove this day"), self.remove_day, "danger")
        self.message = caption("")
        self.message.hide()
        self.right.addWidget(caption(self.tr("Day"), "form-heading"))
        self.right.addWidget(caption(self.tr("Date")))
        self.right.addWidget(self.date)
        self.right.addWidget(caption(self.tr("Kind")))
        self.right.addWidget(kind_holder)
        self.right.addWidget(caption(self.tr("Name")))
        self.right.addWidget(self.name)
        self.right.addWidget(row(self.save_button, self.remove_button))
        self.right.addWidget(self.message)
        self.right.addWidget(caption(self.tr("File (CSV: 日期, 类型 休/班, 名称)"), "form-heading"))
        self.import_button = form_button(self.tr("Import a CSV file…"), self.choose_file)
        self.export_button = form_button(self.tr("Export as CSV…"), self.choose_folder)
        self.right.addWidget(row(self.import_button, self.export_button))
        self.right.addStretch(1)
        self.refresh()

    # --- showing --------------------------------------------------------------------------------

    def weekday(self, day: dt.date) -> str:
        names = (self.tr("Mon"), self.tr("Tue"), self.tr("Wed"), self.tr("Thu"), self.tr("Fri"), self.tr("Sat"),
                 self.tr("Sun"))  # fmt: skip
        return names[day.weekday()]

    def kind_text(self, kind: str) -> str:
        return self.tr("holiday (休)") if kind == "holiday" else self.tr("worked weekend (班)")

    def refresh(self) -> None:
        calendar = self.store.calendar()
        this_year = self.today().year
        years = sorted({*calendar.years(), this_year, this_year + 1})
        self.year = self.year if self.year in years else this_year
        for chip in list(self.year_buttons.values()):
            self.year_group.removeButton(chip)
            chip.deleteLater()
        self.year_buttons = {}
        line = self.year_holder.layout()
        for year in years:
            chip = form_button(str(year), None, "chip")
            chip.setCheckable(True)
            chip.setChecked(year == self.year)
            chip.setObjectName(f"year:{year}")
            chip.clicked.connect(lambda _=False, year=year: self.show_year(year))
            self.year_group.addButton(chip)
            self.year_buttons[str(year)] = chip
            line.insertWidget(line.count() - 1, chip)  # type: ignore[union-attr]
        missing = [y for y in (this_year, this_year + 1) if y not in calendar.years()]
        self.warning.setText(
            self.tr("No holidays entered for %1: deadlines there count every weekday as a working day.").replace(
                "%1", "、".join(map(str, missing)))
            if missing else ""
        )  # fmt: skip
        self.warning.setVisible(bool(missing))
        self.days = [d for d in calendar.sorted_days() if d.day.year == self.year]
        items = []
        for d in self.days:
            title = f"{d.day:%Y-%m-%d} {self.weekday(d.day)} · {self.kind_text(d.kind)}"
            items.append((d.day.isoformat(), title, d.name, False))
        set_rows(self.rows, items)
        if not items:
            set_rows(self.rows, [("", self.tr("No days entered for %1").replace("%1", str(self.year)), "", False)])

    def show_year(self, year: int) -> None:
        self.year = year
        self.refresh()

    def choose(self, key: str) -> None:
        day = next((d for d in self.days if d.day.isoformat() == key), None)
        self.delegate.chosen = key
        self.rows.viewport().update()
        if day is None:
            return
        self.date.setDate(QDate(day.day.year, day.day.month, day.day.day))
        self.kinds[day.kind].setChecked(True)
        self.name.setText(day.name)

    # --- changing -------------------------------------------------------------------------------

    def chosen_day(self) -> CalendarDay:
        q = self.date.date()
        kind: DayKind = "workday" if self.kinds["workday"].isChecked() else "holiday"
        return CalendarDay(dt.date(q.year(), q.month(), q.day()), kind, self.name.text().strip())

    def save_day(self) -> None:
        day = self.chosen_day()
        if day.kind == "workday" and day.day.weekday() < 5:
            say(self.message, self.tr("%1 is a weekday: only a Saturday or Sunday can be a worked weekend day.")
                .replace("%1", f"{day.day:%Y-%m-%d}"), error=True)  # fmt: skip
            return
        self._save_year(day.day.year, [d for d in self._year_days(day.day.year) if d.day != day.day] + [day])
        say(self.message, self.tr("Saved %1.").replace("%1", f"{day.day:%Y-%m-%d}"), error=False)

    def remove_day(self) -> None:
        day = self.chosen_day()
        kept = [d for d in self._year_days(day.day.year) if d.day != day.day]
        if len(kept) == len(self._year_days(day.day.year)):
            say(self.message, self.tr("%1 is not in the calendar.").replace("%1", f"{day.day:%Y-%m-%d}"), error=True)
            return
        self._save_year(day.day.year, kept)
        say(self.message, self.tr("Removed %1.").replace("%1", f"{day.day:%Y-%m-%d}"), error=False)

    def _year_days(self, year: int) -> list[CalendarDay]:
        return [d for d in self.store.calendar().sorted_days() if d.day.year == year]

    def _save_year(self, year: int, days: list[CalendarDay]) -> None:
        self.store.replace_year(year, days, self.actor())
        self.year = year
        self.refresh()

    # --- files ----------------------------------------------------------------------------------

    def choose_file(self) -> None:
        dialog = FilePickerDialog(
            self, self.tr("Choose a calendar CSV file"), self.tr("The years in the file replace those years here."),
            style=admin_style(), role="admin-page", mode=FILE, suffixes=(".csv",),
        )  # fmt: skip
        dialog.chosen.connect(self.import_from)
        self.dialog = dialog
        dialog.open()

    def import_from(self, path: Path) -> None:
        try:
            days = read_csv(path)
            count = self.store.replace_all(days, self.actor())
        except (InvalidImport, UserError) as exc:
            say(self.message, exc.message, error=True)
            return
        years = sorted({d.day.year for d in days})
        if years:
            self.year = years[0]
        self.refresh()
        say(self.message, self.tr("Imported %1 days for %2.").replace("%1", str(count))
            .replace("%2", "、".join(map(str, years))), error=False)  # fmt: skip

    def choose_folder(self) -> None:
        dialog = FilePickerDialog(
            self, self.tr("Choose a folder for the CSV file"), self.tr("Open the folder, then tap Use this folder."),
            style=admin_style(), role="admin-page", mode=FOLDER,
        )  # fmt: skip
        dialog.chosen.connect(self.export_to)
        self.dialog = dialog
        dialog.open()

    def export_to(self, folder: Path) -> None:
        try:
            path = export_csv(folder, self.store.calendar().sorted_days())
        except UserError as exc:
            say(self.message, exc.message, error=True)
            return
        say(self.message, self.tr("Written: %1").replace("%1", str(path)), error=False)
