"""Statistics (统计): how the hall was used and rated in a period, with charts, and exports of every table.

The admin picks a period with a chip (this month, last month, the last 30 days, this year, all) or
two dates on a touch calendar. The page shows the period's figures, then: the most used guides
(opened and printed, top 20), the searches that found nothing (the content gap list), the
ratings per indicator (a chart split into the five levels beside a table with the satisfied share:
非常满意 + 满意 + 基本满意 over all ratings), per window and per month, the 差评 cases, and the use
of the kiosk by hour of day. Three buttons write every table into a folder (a USB stick first) as
an Excel workbook or CSV, or the printable report as PDF, off the GUI thread.

Read-only; it knows no SQL: ``HallStatistics.report`` counts in a handful of grouped queries each
time the page is shown or the period changes (well under a second for a busy year).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QBoxLayout,
    QButtonGroup,
    QLabel,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.data.db import UNREACHABLE
from kiosk.data.statistics import (
    ALL,
    LAST_30_DAYS,
    LAST_MONTH,
    MONTH,
    YEAR,
    HallFigures,
    HallReport,
    HallStatistics,
    Period,
)
from kiosk.errors import UserError
from kiosk.screens.admin.statistics_ratings import RatingsBlock
from kiosk.screens.admin.statistics_sections import (
    CasesSection,
    Figure,
    GapsSection,
    HoursSection,
    MattersSection,
    MonthsSection,
    share_text,
    table_rows,
)
from kiosk.screens.admin.style import admin_style
from kiosk.services.background import BackgroundCall
from kiosk.services.report.files import file_name, write_report
from kiosk.widgets.date_field import DateField
from kiosk.widgets.file_picker import FOLDER, FilePickerDialog
from kiosk.widgets.flow import FlowLayout
from kiosk.widgets.form_fields import form_button
from kiosk.widgets.scroll import KineticScrollArea
from kiosk.widgets.theme import NORMAL, STANDARD

__all__ = ["StatisticsPage", "share_text"]
CUSTOM = "custom"
STATS_STYLE = f"""
QFrame[role="figure"] {{ background: {STANDARD.surface}; border: 2px solid {STANDARD.border}; border-radius: 12px; }}
QFrame[role="stat-section"] {{
    background: {STANDARD.surface}; border: 2px solid {STANDARD.border}; border-radius: 12px;
}}
QPushButton[role="chip"]:checked {{
    background: {STANDARD.focus}; color: {STANDARD.focus_text}; border-color: {STANDARD.focus}; font-weight: bold;
}}
QTableWidget::item {{ padding: 0 6px; }}
QTableWidget QHeaderView::section {{ padding: 8px 6px; }}
QLabel[role="figure-number"] {{ font-size: 40px; font-weight: bold; color: {STANDARD.accent}; }}
QLabel[role="empty"] {{
    font-size: 28px; background: {STANDARD.surface}; border: 2px solid {STANDARD.border}; border-radius: 12px;
    padding: 32px;
}}
QPushButton[role="date"] {{
    font-size: 24px; min-height: 72px; padding: 0 18px; border-radius: 10px; background: {STANDARD.surface};
}}
"""


class StatisticsPage(QWidget):
    """Period chips and dates, the figures, the sections, and the exports."""

    def __init__(self, statistics: HallStatistics, window_names: Callable[[], dict[str, str]]) -> None:
        super().__init__()
        self.setObjectName("StatisticsPage")
        self.setProperty("role", "admin-page")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(admin_style() + STATS_STYLE)
        self.statistics = statistics
        self.window_names = window_names
        self.figures: HallFigures | None = None
        self.report: HallReport | None = None
        self.span = Period()
        self.stale = False
        self.dialog: FilePickerDialog | None = None
        self._writing: BackgroundCall | None = None
        title = QLabel(self.tr("Statistics (统计)"))
        title.setProperty("role", "page-title")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.setSpacing(12)
        layout.addWidget(title)
        layout.addWidget(self._period_row())
        layout.addWidget(self._export_row())
        self.period_text = QLabel()
        self.period_text.setProperty("role", "muted")
        layout.addWidget(self.period_text)
        self.area = KineticScrollArea()
        self.area.set_content(self._content())
        layout.addWidget(self.area, 1)
        self.refresh()

    # --- layout -------------------------------------------------------------------------------

    def _period_row(self) -> QWidget:
        self.chips: dict[str, QPushButton] = {}
        self.period_group = QButtonGroup(self)
        row = QWidget()
        chips = FlowLayout(row, spacing=16)
        for name, text in (
            (MONTH, self.tr("This month")),
            (LAST_MONTH, self.tr("Last month")),
            (LAST_30_DAYS, self.tr("Last 30 days")),
            (YEAR, self.tr("This year")),
            (ALL, self.tr("All")),
        ):
            chip = form_button(text, None, "chip")
            chip.setCheckable(True)
            chip.setObjectName(f"period:{name}")
            chip.setMinimumWidth(150)
            chip.clicked.connect(self.refresh)
            self.period_group.addButton(chip)
            self.chips[name] = chip
            chips.addWidget(chip)
        self.chips[MONTH].setChecked(True)
        today = self.statistics.clock().date()
        self.from_field = DateField(self.tr("From"), today.replace(day=1), NORMAL, "period:from")
        self.to_field = DateField(self.tr("to"), today, NORMAL, "period:to")
        for field in (self.from_field, self.to_field):
            field.button.setProperty("role", "date")
            field.changed.connect(self._dates_chosen)
            chips.addWidget(field)
        chips.addWidget(form_button(self.tr("Refresh"), self.refresh))
        return row

    def _export_row(self) -> QWidget:
        row = QWidget()
        flow = FlowLayout(row, spacing=16)
        self.export_buttons = {
            ".xlsx": form_button(self.tr("Excel…"), lambda: self.choose_folder(".xlsx"), "action"),
            ".csv": form_button(self.tr("CSV…"), lambda: self.choose_folder(".csv"), "action"),
            ".pdf": form_button(self.tr("Report (PDF)…"), lambda: self.choose_folder(".pdf"), "action"),
        }
        caption = QLabel(self.tr("Export every table:"))
        caption.setMinimumHeight(72)  # as tall as the buttons beside it, its text in line with theirs
        caption.setAlignment(Qt.AlignmentFlag.AlignVCenter)
        flow.addWidget(caption)
        for button in self.export_buttons.values():
            flow.addWidget(button)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.hide()
        flow.addWidget(self.message)
        return row

    def _content(self) -> QWidget:
        self.ratings_figure = Figure(self.tr("Ratings"))
        self.share_figure = Figure(self.tr("Satisfied share (overall)"))
        self.views_figure = Figure(self.tr("Guides opened"))
        self.prints_figure = Figure(self.tr("Checklists printed"))
        self.notices_figure = Figure(self.tr("Missing-materials notices issued"))
        self.opinions_figure = Figure(self.tr("Opinions on plans"))
        self.gaps_figure = Figure(self.tr("Searches that found nothing"))
        self.help_figure = Figure(self.tr("Calls for staff (answered)"))
        self.help_wait_figure = Figure(self.tr("Median wait for staff (seconds)"))
        figures = QWidget()
        figure_row = FlowLayout(figures, spacing=16)
        for figure in (
            self.ratings_figure, self.share_figure, self.views_figure, self.prints_figure, self.notices_figure,
            self.opinions_figure, self.gaps_figure, self.help_figure, self.help_wait_figure,
        ):  # fmt: skip
            figure_row.addWidget(figure)

        self.matters = MattersSection()
        self.gaps = GapsSection()
        self.months = MonthsSection()
        self.cases = CasesSection()
        self.hours = HoursSection()
        content = QWidget()
        content.setProperty("role", "admin-page")
        column = QVBoxLayout(content)
        column.setContentsMargins(0, 0, 16, 0)  # clear of the scroll bar
        column.setSpacing(16)
        column.addWidget(figures)
        column.addWidget(self.matters)
        column.addWidget(self.gaps)
        self.ratings = RatingsBlock(self.window_names)
        # the ratings' chart and tables, by the names the page has always given them
        self.level_names, self.dimension_names = self.ratings.level_names, self.ratings.dimension_names
        self.chart, self.table, self.window_table = self.ratings.chart, self.ratings.table, self.ratings.window_table
        self.empty, self.results, self.split = self.ratings.empty, self.ratings.results, self.ratings.split
        column.addWidget(self.ratings)
        column.addWidget(self.months)
        column.addWidget(self.cases)
        column.addWidget(self.hours)
        column.addStretch(1)
        return content

    # --- the period ---------------------------------------------------------------------------

    def period_name(self) -> str:
        return next((name for name, chip in self.chips.items() if chip.isChecked()), CUSTOM)

    def choose_period(self, name: str) -> None:
        self.chips[name].setChecked(True)
        self.refresh()

    def choose_days(self, first: dt.date, last: dt.date) -> None:
        """A period of whole days, as the two date fields give it (swapped when given back to front)."""
        first, last = min(first, last), max(first, last)
        self.from_field.set_date(first)
        self.to_field.set_date(last)
        self.period_group.setExclusive(False)
        for chip in self.chips.values():
            chip.setChecked(False)
        self.period_group.setExclusive(True)
        self.refresh()

    def _dates_chosen(self, _day: object) -> None:
        self.choose_days(self.from_field.date(), self.to_field.date())

    def _span(self) -> Period:
        name = self.period_name()
        if name == CUSTOM:
            return Period.days(self.from_field.date(), self.to_field.date())
        return self.statistics.period(name)

    # --- showing ------------------------------------------------------------------------------

    def refresh(self) -> None:
        self.stale = False
        self.span = span = self._span()
        try:
            report = self.statistics.report(span)
        except UNREACHABLE:  # the figures shown stay; the admin is told why they did not change
            self.stale = True
            self._say(self.tr("The database does not answer: the figures cannot be counted now."), error=True)
            return
        if self.message.property("role") == "message-error":
            self.message.hide()
        self.report = report
        self.figures = HallFigures(
            span, report.ratings, report.by_window, report.notices_issued, report.opinions, report.help_calls
        )
        if self.period_name() != CUSTOM:  # the date fields show the chip's days
            today = self.statistics.clock().date()
            self.from_field.set_date(span.first_day() or self.statistics.first_day() or today)
            self.to_field.set_date(min(span.last_day() or today, today))
        self.period_text.setText(self._period_text(span))
        self.ratings_figure.set_value(report.ratings.total)
        self.share_figure.set_value(share_text(report.ratings.satisfied_share("overall")))
        self.views_figure.set_value(report.views)
        self.prints_figure.set_value(report.prints)
        self.notices_figure.set_value(report.notices_issued)
        self.opinions_figure.set_value(report.opinions)
        self.gaps_figure.set_value(report.searches.found_nothing)
        calls = report.help_calls
        self.help_figure.number.setText(f"{calls.calls} ({calls.answered})" if calls else "0")
        median = calls.median_seconds if calls else None
        self.help_wait_figure.number.setText("—" if median is None else str(round(median)))
        for section in (self.matters, self.gaps, self.months, self.cases, self.hours):
            section.show_report(report)
        self.ratings.show_report(report, everything=self.period_name() == ALL)

    def _period_text(self, span: Period) -> str:
        if span.since is None:
            return self.tr("Everything the database holds.")
        last = span.last_day()
        if last is None or last >= self.statistics.clock().date():
            return self.tr("From %1 to today.").replace("%1", f"{span.since:%Y-%m-%d}")
        return self.tr("From %1 to %2.").replace("%1", f"{span.since:%Y-%m-%d}").replace("%2", f"{last:%Y-%m-%d}")

    # --- exports ------------------------------------------------------------------------------

    def choose_folder(self, extension: str) -> None:
        titles = {
            ".xlsx": self.tr("Choose a folder for the Excel file"),
            ".csv": self.tr("Choose a folder for the CSV file"),
            ".pdf": self.tr("Choose a folder for the report"),
        }
        dialog = FilePickerDialog(
            self, titles[extension], self.tr("Open the folder, then tap Use this folder."),
            style=admin_style(), role="admin-page", mode=FOLDER,
        )  # fmt: skip
        dialog.chosen.connect(lambda folder: self.export_to(Path(folder), extension))
        self.dialog = dialog
        dialog.open()

    def export_to(self, folder: Path, extension: str) -> BackgroundCall | None:
        """Write the period's report into ``folder`` on a pool thread; the message says where (or why not)."""
        report = self.report
        if report is None or (self._writing is not None and not self._writing.done):
            return None
        target = folder / file_name(report, extension, self.statistics.clock())

        def write() -> Path:
            if not folder.is_dir():
                raise UserError(f"找不到文件夹 {folder}（U 盘是否已拔出？）")
            return write_report(report, target)

        self._say(self.tr("Writing %1…").replace("%1", target.name), error=False)
        for button in self.export_buttons.values():
            button.setEnabled(False)
        call = self._writing = BackgroundCall(write)  # no parent: one export must not outlive its answer
        call.finished.connect(lambda path: self._written(path, None))
        call.failed.connect(lambda message: self._written(None, message))
        call.start()
        return call

    def _written(self, path: object, problem: str | None) -> None:
        for button in self.export_buttons.values():
            button.setEnabled(True)
        if problem is not None:
            self._say(self.tr("Export failed: %1").replace("%1", problem), error=True)
        else:
            self._say(self.tr("Written: %1").replace("%1", str(path)), error=False)

    def _say(self, text: str, *, error: bool) -> None:
        self.message.setText(text)
        self.message.setProperty("role", "message-error" if error else "message-ok")
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)
        self.message.show()

    # --- for tests ----------------------------------------------------------------------------

    def table_rows(self, table: QTableWidget | None = None) -> list[list[str]]:
        return table_rows(table or self.table)

    def hideEvent(self, event: Any) -> None:
        super().hideEvent(event)
        self.stale = True

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if self.stale:  # back on the page: ratings may have come in meanwhile
            self.refresh()

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        wide = self.width() >= 1200
        direction = QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom
        if self.split.direction() != direction:
            self.split.setDirection(direction)
