"""Sections of the statistics page beyond the ratings: the most used matters, the content gap list,
ratings by month, the 差评 cases and the use by hour of day — each a card with a chart and/or a
table, filled from a ``HallReport`` by ``show``. Plus the small table helpers the page shares.

Views lay out only: every figure comes computed in the report (``data.statistics``).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kiosk.data.feedback import DIMENSIONS
from kiosk.data.statistics import HallReport
from kiosk.screens.admin.bar_chart import BarChart
from kiosk.widgets.flow import FlowLayout

ROW_HEIGHT = 56
TOP_CHARTED = 10


def share_text(share: float | None) -> str:
    """A satisfied share as people write it (92.5%), or a dash when nobody rated."""
    return "—" if share is None else f"{share * 100:.1f}%"


def read_only_table(columns: int, name: str = "") -> QTableWidget:
    table = QTableWidget(0, columns)
    table.setObjectName(name)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
    table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    return table


NAME_MIN_WIDTH = 200  # a stretched name column may be this narrow on a portrait screen (Qt elides the rest)


def fit_rows(table: QTableWidget) -> None:
    """The table as tall as its rows and at least as wide as its columns: the page scrolls, never the table.

    A column set to stretch (a matter's name, a search) does not count with its whole text: on a
    narrow screen it gives way first, its texts ending in "…".
    """
    header = table.horizontalHeader()
    height = header.sizeHint().height() + table.rowCount() * ROW_HEIGHT
    table.setFixedHeight(height + 2 * table.frameWidth() + 2)
    widths = [
        NAME_MIN_WIDTH
        if header.sectionResizeMode(c) == QHeaderView.ResizeMode.Stretch
        else max(header.sectionSizeHint(c), table.sizeHintForColumn(c))
        for c in range(table.columnCount())
    ]
    table.setMinimumWidth(sum(widths) + 2 * table.frameWidth() + 4)


def fill(table: QTableWidget, rows: Sequence[Sequence[str]], numeric_from: int = 1) -> None:
    table.setRowCount(len(rows))
    for r, values in enumerate(rows):
        for c, text in enumerate(values):
            item = QTableWidgetItem(text)
            if c >= numeric_from:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            table.setItem(r, c, item)
    fit_rows(table)


def table_rows(table: QTableWidget) -> list[list[str]]:
    """The table's texts (for tests)."""
    return [
        [(item.text() if (item := table.item(r, c)) is not None else "") for c in range(table.columnCount())]
        for r in range(table.rowCount())
    ]


def clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


class Figure(QFrame):
    """One big number with what it counts beneath it."""

    def __init__(self, caption: str) -> None:
        super().__init__()
        self.setProperty("role", "figure")
        self.number = QLabel("0")
        self.number.setProperty("role", "figure-number")
        self.caption = QLabel(caption)
        box = QVBoxLayout(self)
        box.setContentsMargins(24, 12, 24, 16)
        box.setSpacing(4)
        box.addWidget(self.number)
        box.addWidget(self.caption)

    def set_value(self, value: int | str) -> None:
        self.number.setText(str(value))


class Section(QFrame):
    """A titled card of the page; ``note`` is a sentence under the title (or the "nothing yet" text)."""

    def __init__(self, title: str) -> None:
        super().__init__()
        self.setProperty("role", "stat-section")
        self.box = QVBoxLayout(self)
        self.box.setContentsMargins(12, 12, 12, 16)
        self.box.setSpacing(12)
        heading = QLabel(title)
        heading.setProperty("role", "form-heading")
        self.note = QLabel()
        self.note.setProperty("role", "muted")
        self.note.setWordWrap(True)
        self.box.addWidget(heading)
        self.box.addWidget(self.note)

    def say(self, text: str) -> None:
        self.note.setText(text)
        self.note.setVisible(bool(text))


class MattersSection(Section):
    """Views and prints per matter: a chart of the ten most viewed, a table of the top twenty."""

    def __init__(self) -> None:
        super().__init__(self.tr("Most used service guides"))
        self.chart = BarChart(horizontal=True, height=TOP_CHARTED * 44 + 60)
        self.table = read_only_table(4, "MatterTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Matter"), self.tr("Opened"), self.tr("Printed"), self.tr("Notices")]
        )
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setStretchLastSection(False)
        self.box.addWidget(self.chart)
        self.box.addWidget(self.table)

    def show_report(self, report: HallReport) -> None:
        matters = report.matters
        self.chart.setVisible(any(u.views for u in matters))
        self.table.setVisible(bool(matters))
        self.say(
            ""
            if matters
            else self.tr("No guide was opened or printed in this period. Each guide a resident opens is counted here.")
        )
        top = [u for u in matters if u.views][:TOP_CHARTED]
        self.chart.set_data([clip(u.name, 16) for u in top], [u.views for u in top])
        rows = [[f"{i}. {u.name}", str(u.views), str(u.prints), str(u.notices)] for i, u in enumerate(matters, 1)]
        fill(self.table, rows)


class GapsSection(Section):
    """Searches that found nothing, by the words typed (the content gap list)."""

    def __init__(self) -> None:
        super().__init__(self.tr("Searches that found nothing"))
        self.table = read_only_table(3, "GapTable")
        self.table.setHorizontalHeaderLabels([self.tr("Words searched"), self.tr("Times"), self.tr("Last time")])
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setStretchLastSection(False)
        self.box.addWidget(self.table)

    def show_report(self, report: HallReport) -> None:
        searches = report.searches
        text = (
            self.tr("%1 searches, %2 of them found nothing.")
            .replace("%1", str(searches.total))
            .replace("%2", str(searches.found_nothing))
        )
        if searches.words_not_kept:
            text += " " + self.tr("The words of %1 looked personal (a phone or ID number) and were not kept.").replace(
                "%1", str(searches.words_not_kept)
            )
        if not searches.gaps:
            text += " " + self.tr("No words to list.")
        self.say(text)
        self.table.setVisible(bool(searches.gaps))
        fill(self.table, [[g.words, str(g.searches), f"{g.last:%Y-%m-%d %H:%M}"] for g in searches.gaps])


class MonthsSection(Section):
    """Ratings per month: how many, and the satisfied share per indicator."""

    def __init__(self) -> None:
        super().__init__(self.tr("Ratings by month"))
        self.chart = BarChart(horizontal=False, height=360, percent=True)
        self.table = read_only_table(1 + len(DIMENSIONS), "MonthTable")
        # Headers of their own (translated shorter than the level table's): the page must fit a portrait screen.
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Month (ratings)"),
                self.tr("Overall"),
                self.tr("Efficiency"),
                self.tr("Quality"),
                self.tr("Attitude"),
            ]
        )
        self.table.horizontalHeader().setStretchLastSection(False)
        self.box.addWidget(self.chart)
        self.box.addWidget(self.table)

    def show_report(self, report: HallReport) -> None:
        months = report.by_month
        self.say(
            self.tr("The chart shows the satisfied share of overall satisfaction.")
            if months
            else self.tr("No ratings in this period.")
        )
        self.chart.setVisible(bool(months))
        self.table.setVisible(bool(months))
        self.chart.set_data([r.month for r in months], [(r.share("overall") or 0) * 100 for r in months])
        fill(
            self.table,
            [[f"{r.month} ({r.total})", *(share_text(r.share(d)) for d in DIMENSIONS)] for r in months],
        )


def hour_labels(step: int) -> list[str]:
    """0 … 23, or only every ``step``-th hour named."""
    return [str(h) if h % step == 0 else "" for h in range(24)]


class HoursSection(Section):
    """Kiosk use by hour of the day: guides opened, checklists printed and searches together."""

    def __init__(self) -> None:
        super().__init__(self.tr("Kiosk use by hour of day"))
        self.chart = BarChart(horizontal=False, height=380, numbered=True)
        self.chart.series.setLabelsVisible(False)  # 24 columns: the axis is enough
        self.box.addWidget(self.chart)
        self.label_step = 1
        self.used_by_hour = [0] * 24

    def show_report(self, report: HallReport) -> None:
        self.used_by_hour = list(report.hours)
        used = sum(report.hours)
        self.say(
            self.tr("Guides opened, checklists printed and searches, by the hour they happened: %1 in all.").replace(
                "%1", str(used)
            )
            if used
            else self.tr("Nobody used the kiosk in this period.")
        )
        self.chart.setVisible(bool(used))
        self.chart.set_data(hour_labels(self.label_step), self.used_by_hour)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        # 24 columns side by side: on a narrow (portrait) page every third hour is named, so none is cut
        step = 1 if self.width() >= 1000 else 3
        if step != self.label_step:
            self.label_step = step
            self.chart.set_data(hour_labels(step), self.used_by_hour)


class CasesSection(Section):
    """差评 cases of the period: still open, overdue, closed."""

    def __init__(self) -> None:
        super().__init__(self.tr("Cases from poor ratings (差评)"))
        row = QWidget()
        flow = FlowLayout(row, spacing=16)
        self.open_figure = Figure(self.tr("Open"))
        self.overdue_figure = Figure(self.tr("Overdue"))
        self.closed_figure = Figure(self.tr("Closed"))
        self.on_time_figure = Figure(self.tr("Rectified in time"))
        for figure in (self.open_figure, self.overdue_figure, self.closed_figure, self.on_time_figure):
            flow.addWidget(figure)
        self.figures = row
        self.box.addWidget(row)

    def show_report(self, report: HallReport) -> None:
        cases = report.cases
        self.figures.setVisible(cases is not None)
        if cases is None:
            self.say(self.tr("Cases are not available in this version."))
            return
        self.say(self.tr("Open: opened in this period and not closed. Overdue: past their deadline now."))
        self.open_figure.set_value(cases.open)
        self.overdue_figure.set_value(cases.overdue)
        self.closed_figure.set_value(cases.closed)
        self.on_time_figure.set_value(share_text(cases.on_time_share))
