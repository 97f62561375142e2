"""Statistics (统计): how residents rated the service, and how much the hall issued and heard, in a period.

The admin picks a period with one of four chips (this month, the last 30 days, this year, all);
the page shows the number of ratings, of missing-materials notices issued and of opinions on
plans, then the ratings as a chart (one bar per dimension, split into the five levels) beside a
table of the same counts with the satisfied share (满意率: 非常满意 + 满意 + 基本满意 over all
ratings), and a table per window when residents named one. With no ratings in the period the
page says so in a sentence instead of drawing an empty chart. Read-only; it knows no SQL:
``HallStatistics`` counts, in a few short queries each time the page is shown or a chip tapped.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QBoxLayout,
    QButtonGroup,
    QFrame,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kiosk.data.feedback import DIMENSIONS, LEVELS, RatingSummary
from kiosk.data.statistics import ALL, LAST_30_DAYS, MONTH, YEAR, HallFigures, HallStatistics
from kiosk.screens.admin.rating_chart import RatingChart, level_colours
from kiosk.screens.admin.style import admin_style
from kiosk.widgets.flow import FlowLayout
from kiosk.widgets.form_fields import form_button
from kiosk.widgets.scroll import KineticScrollArea
from kiosk.widgets.theme import STANDARD

ROW_HEIGHT = 56
STATS_STYLE = f"""
QFrame[role="figure"] {{ background: {STANDARD.surface}; border: 2px solid {STANDARD.border}; border-radius: 12px; }}
QPushButton[role="chip"]:checked {{
    background: {STANDARD.focus}; color: {STANDARD.focus_text}; border-color: {STANDARD.focus}; font-weight: bold;
}}
QTableWidget#LevelTable::item, QTableWidget#WindowTable::item {{ padding: 0 8px; }}
QLabel[role="figure-number"] {{ font-size: 40px; font-weight: bold; color: {STANDARD.accent}; }}
QLabel[role="empty"] {{
    font-size: 28px; background: {STANDARD.surface}; border: 2px solid {STANDARD.border}; border-radius: 12px;
    padding: 32px;
}}
"""


def share_text(share: float | None) -> str:
    """A satisfied share as people write it (92.5%), or a dash when nobody rated."""
    return "—" if share is None else f"{share * 100:.1f}%"


def read_only_table(columns: int) -> QTableWidget:
    table = QTableWidget(0, columns)
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


def fit_rows(table: QTableWidget) -> None:
    """The table as tall as its rows and at least as wide as its columns: the page scrolls, never the table."""
    header = table.horizontalHeader()
    height = header.sizeHint().height() + table.rowCount() * ROW_HEIGHT
    table.setFixedHeight(height + 2 * table.frameWidth() + 2)
    widths = [max(header.sectionSizeHint(c), table.sizeHintForColumn(c)) for c in range(table.columnCount())]
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


def swatch(colour: str) -> QIcon:
    pixmap = QPixmap(24, 24)
    pixmap.fill(QColor(colour))
    return QIcon(pixmap)


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

    def set_value(self, value: int) -> None:
        self.number.setText(str(value))


class StatisticsPage(QWidget):
    """Period chips, three figures, and the ratings as a chart and tables (or a sentence when there are none)."""

    def __init__(self, statistics: HallStatistics, window_names: Callable[[], dict[str, str]]) -> None:
        super().__init__()
        self.setObjectName("StatisticsPage")
        self.setProperty("role", "admin-page")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(admin_style() + STATS_STYLE)
        self.statistics = statistics
        self.window_names = window_names
        self.figures: HallFigures | None = None
        self.stale = False
        self.level_names = {
            5: self.tr("Very satisfied"),
            4: self.tr("Satisfied"),
            3: self.tr("Fairly satisfied"),
            2: self.tr("Dissatisfied"),
            1: self.tr("Very dissatisfied"),
        }
        self.dimension_names = [  # short in English, where the full names would crowd the table
            ("overall", self.tr("Overall")),
            ("efficiency", self.tr("Efficiency")),
            ("competence", self.tr("Quality")),
            ("attitude", self.tr("Attitude")),
        ]

        title = QLabel(self.tr("Statistics (统计)"))
        title.setProperty("role", "page-title")
        self.chips: dict[str, QPushButton] = {}
        self.period_group = QButtonGroup(self)
        chip_row = QWidget()
        chips = FlowLayout(chip_row, spacing=16)
        for name, text in (
            (MONTH, self.tr("This month")),
            (LAST_30_DAYS, self.tr("Last 30 days")),
            (YEAR, self.tr("This year")),
            (ALL, self.tr("All")),
        ):
            chip = form_button(text, None, "chip")
            chip.setCheckable(True)
            chip.setObjectName(f"period:{name}")
            chip.setMinimumWidth(160)
            chip.clicked.connect(self.refresh)
            self.period_group.addButton(chip)
            self.chips[name] = chip
            chips.addWidget(chip)
        self.chips[MONTH].setChecked(True)
        chips.addWidget(form_button(self.tr("Refresh"), self.refresh))
        self.period_text = QLabel()
        self.period_text.setProperty("role", "muted")

        self.ratings_figure = Figure(self.tr("Ratings"))
        self.notices_figure = Figure(self.tr("Missing-materials notices issued"))
        self.opinions_figure = Figure(self.tr("Opinions on plans"))
        self.help_figure = Figure(self.tr("Calls for staff (answered)"))
        self.help_wait_figure = Figure(self.tr("Median wait for staff (seconds)"))
        figures = QWidget()
        figure_row = FlowLayout(figures, spacing=16)
        for figure in (
            self.ratings_figure,
            self.notices_figure,
            self.opinions_figure,
            self.help_figure,
            self.help_wait_figure,
        ):
            figure_row.addWidget(figure)

        self.empty = QLabel()
        self.empty.setProperty("role", "empty")
        self.empty.setWordWrap(True)
        self.chart = RatingChart(self.level_names, self.dimension_names)
        self.table = read_only_table(1 + len(DIMENSIONS))
        self.table.setObjectName("LevelTable")
        self.table.setHorizontalHeaderLabels([self.tr("Level"), *(name for _key, name in self.dimension_names)])
        self.window_table = read_only_table(3)
        self.window_table.setObjectName("WindowTable")
        self.window_table.setMaximumWidth(1000)
        self.window_table.horizontalHeader().setStretchLastSection(False)
        self.window_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.window_table.setHorizontalHeaderLabels([self.tr("Window"), self.tr("Ratings"), self.tr("Satisfied share")])
        self.window_heading = QLabel(self.tr("By window (overall satisfaction)"))
        self.window_heading.setProperty("role", "form-heading")
        self.share_note = QLabel(
            self.tr("Satisfied share: very satisfied, satisfied or fairly satisfied, over all ratings.")
        )
        self.share_note.setProperty("role", "muted")
        self.share_note.setWordWrap(True)
        self.tables = QWidget()
        tables = QVBoxLayout(self.tables)
        tables.setContentsMargins(0, 0, 0, 0)
        tables.setSpacing(8)
        tables.addWidget(self.table)
        tables.addWidget(self.share_note)
        tables.addStretch(1)
        self.split = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.split.setContentsMargins(0, 0, 0, 0)
        self.split.setSpacing(24)
        self.split.addWidget(self.chart, 1, Qt.AlignmentFlag.AlignTop)
        self.split.addWidget(self.tables, 0)
        self.results = QWidget()
        results = QVBoxLayout(self.results)
        results.setContentsMargins(0, 0, 0, 0)
        results.setSpacing(8)
        results.addLayout(self.split)
        results.addWidget(self.window_heading)
        results.addWidget(self.window_table)

        content = QWidget()
        content.setProperty("role", "admin-page")
        column = QVBoxLayout(content)
        column.setContentsMargins(0, 0, 16, 0)  # clear of the scroll bar
        column.setSpacing(16)
        column.addWidget(figures)
        column.addWidget(self.empty)
        column.addWidget(self.results)
        column.addStretch(1)
        self.area = KineticScrollArea()
        self.area.set_content(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.setSpacing(16)
        layout.addWidget(title)
        layout.addWidget(chip_row)
        layout.addWidget(self.period_text)
        layout.addWidget(self.area, 1)
        self.refresh()

    def period_name(self) -> str:
        return next((name for name, chip in self.chips.items() if chip.isChecked()), MONTH)

    def choose_period(self, name: str) -> None:
        self.chips[name].setChecked(True)
        self.refresh()

    def refresh(self) -> None:
        self.stale = False
        name = self.period_name()
        figures = self.statistics.figures(name)
        self.figures = figures
        self.period_text.setText(self._period_text(figures))
        self.ratings_figure.set_value(figures.ratings.total)
        self.notices_figure.set_value(figures.notices_issued)
        self.opinions_figure.set_value(figures.opinions)
        calls = figures.help_calls
        self.help_figure.number.setText(f"{calls.calls} ({calls.answered})" if calls else "0")
        median = calls.median_seconds if calls else None
        self.help_wait_figure.number.setText("—" if median is None else str(round(median)))
        if not figures.ratings.total:
            self.empty.setText(
                self.tr("No resident has rated the service yet. Ratings made on the kiosk's 服务评价 screen "
                        "are counted here.")
                if name == ALL
                else self.tr("No ratings in this period. Tap All to count every rating.")
            )  # fmt: skip
            self.results.hide()
            self.empty.show()
            return
        self.empty.hide()
        self.results.show()
        self.chart.show_summary(figures.ratings)
        self._fill_levels(figures.ratings)
        self._fill_windows(figures.by_window)

    def _period_text(self, figures: HallFigures) -> str:
        since = figures.period.since
        if since is None:
            return self.tr("Everything the database holds.")
        return self.tr("From %1 to today.").replace("%1", f"{since:%Y-%m-%d}")

    def _fill_levels(self, summary: RatingSummary) -> None:
        rows = [[self.level_names[level], *(str(summary.counts[key][level]) for key in DIMENSIONS)] for level in LEVELS]
        rows.append([self.tr("Satisfied share"), *(share_text(summary.satisfied_share(key)) for key in DIMENSIONS)])
        fill(self.table, rows)
        colours = level_colours()
        for r, level in enumerate(LEVELS):
            item = self.table.item(r, 0)
            if item is not None:
                item.setIcon(swatch(colours[level][0]))
        bold = QFont(self.table.font())
        bold.setBold(True)
        for c in range(self.table.columnCount()):
            item = self.table.item(len(LEVELS), c)
            if item is not None:
                item.setFont(bold)

    def _fill_windows(self, by_window: dict[str, RatingSummary]) -> None:
        named = {code: summary for code, summary in by_window.items() if code}
        self.window_heading.setVisible(bool(named))
        self.window_table.setVisible(bool(named))
        if not named:
            return
        names = self.window_names()
        rows = [
            [names.get(code, code), str(s.total), share_text(s.satisfied_share("overall"))] for code, s in named.items()
        ]
        if "" in by_window:
            unnamed = by_window[""]
            rows.append(
                [self.tr("No window named"), str(unnamed.total), share_text(unnamed.satisfied_share("overall"))]
            )
        fill(self.window_table, rows)

    # --- for tests ----------------------------------------------------------------------------

    def table_rows(self, table: QTableWidget | None = None) -> list[list[str]]:
        table = table or self.table
        return [
            [(item.text() if (item := table.item(r, c)) is not None else "") for c in range(table.columnCount())]
            for r in range(table.rowCount())
        ]

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
