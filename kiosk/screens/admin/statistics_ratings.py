"""The ratings (好差评) on the statistics page: per indicator as a chart split into the five levels
beside the counts and the satisfied share, and per window; a sentence instead when nobody rated.

Its texts keep the page's translation context ("StatisticsPage"): they were the page's own.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPixmap
from PySide6.QtWidgets import QBoxLayout, QHeaderView, QLabel, QVBoxLayout, QWidget

from kiosk.data.feedback import DIMENSIONS, LEVELS, RatingSummary
from kiosk.data.statistics import HallReport
from kiosk.screens.admin.rating_chart import RatingChart, level_colours
from kiosk.screens.admin.statistics_sections import fill, read_only_table, share_text


def swatch(colour: str) -> QIcon:
    pixmap = QPixmap(24, 24)
    pixmap.fill(QColor(colour))
    return QIcon(pixmap)


class RatingsBlock(QWidget):
    """Heading, the "nobody rated" sentence or the chart with the tables; ``show_report`` fills it."""

    def __init__(self, window_names: Callable[[], dict[str, str]]) -> None:
        super().__init__()
        self.window_names = window_names
        self.level_names = {
            5: QCoreApplication.translate("StatisticsPage", "Very satisfied"),
            4: QCoreApplication.translate("StatisticsPage", "Satisfied"),
            3: QCoreApplication.translate("StatisticsPage", "Fairly satisfied"),
            2: QCoreApplication.translate("StatisticsPage", "Dissatisfied"),
            1: QCoreApplication.translate("StatisticsPage", "Very dissatisfied"),
        }
        self.dimension_names = [  # short in English, where the full names would crowd the table
            ("overall", QCoreApplication.translate("StatisticsPage", "Overall")),
            ("efficiency", QCoreApplication.translate("StatisticsPage", "Efficiency")),
            ("competence", QCoreApplication.translate("StatisticsPage", "Quality")),
            ("attitude", QCoreApplication.translate("StatisticsPage", "Attitude")),
        ]
        heading = QLabel(QCoreApplication.translate("StatisticsPage", "Ratings (好差评)"))
        heading.setProperty("role", "form-heading")
        self.empty = QLabel()
        self.empty.setProperty("role", "empty")
        self.empty.setWordWrap(True)
        self.chart = RatingChart(self.level_names, self.dimension_names)
        self.table = read_only_table(1 + len(DIMENSIONS), "LevelTable")
        self.table.setHorizontalHeaderLabels(
            [QCoreApplication.translate("StatisticsPage", "Level"), *(name for _key, name in self.dimension_names)]
        )
        self.window_table = read_only_table(3, "WindowTable")
        self.window_table.setMaximumWidth(1000)
        self.window_table.horizontalHeader().setStretchLastSection(False)
        self.window_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.window_table.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("StatisticsPage", "Window"),
                QCoreApplication.translate("StatisticsPage", "Ratings"),
                QCoreApplication.translate("StatisticsPage", "Satisfied share"),
            ]
        )
        self.window_heading = QLabel(QCoreApplication.translate("StatisticsPage", "By window (overall satisfaction)"))
        self.window_heading.setProperty("role", "form-heading")
        share_note = QLabel(
            QCoreApplication.translate(
                "StatisticsPage", "Satisfied share: very satisfied, satisfied or fairly satisfied, over all ratings."
            )
        )
        share_note.setProperty("role", "muted")
        share_note.setWordWrap(True)
        tables = QWidget()
        column = QVBoxLayout(tables)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(8)
        column.addWidget(self.table)
        column.addWidget(share_note)
        column.addStretch(1)
        self.split = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.split.setContentsMargins(0, 0, 0, 0)
        self.split.setSpacing(24)
        self.split.addWidget(self.chart, 1, Qt.AlignmentFlag.AlignTop)
        self.split.addWidget(tables, 0)
        self.results = QWidget()
        results = QVBoxLayout(self.results)
        results.setContentsMargins(0, 0, 0, 0)
        results.setSpacing(8)
        results.addLayout(self.split)
        results.addWidget(self.window_heading)
        results.addWidget(self.window_table)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(8)
        box.addWidget(heading)
        box.addWidget(self.empty)
        box.addWidget(self.results)

    def show_report(self, report: HallReport, *, everything: bool) -> None:
        """``everything``: the period is "all", so "nobody rated" means nobody ever did."""
        if not report.ratings.total:
            never = QCoreApplication.translate(
                "StatisticsPage",
                "No resident has rated the service yet. Ratings made on the kiosk's 服务评价 screen are counted here.",
            )
            none = QCoreApplication.translate(
                "StatisticsPage", "No ratings in this period. Tap All to count every rating."
            )
            self.empty.setText(never if everything else none)
            self.results.hide()
            self.empty.show()
            return
        self.empty.hide()
        self.results.show()
        self.chart.show_summary(report.ratings)
        self._fill_levels(report.ratings)
        self._fill_windows(report.by_window)

    def _fill_levels(self, summary: RatingSummary) -> None:
        rows = [[self.level_names[level], *(str(summary.counts[key][level]) for key in DIMENSIONS)] for level in LEVELS]
        rows.append(
            [
                QCoreApplication.translate("StatisticsPage", "Satisfied share"),
                *(share_text(summary.satisfied_share(key)) for key in DIMENSIONS),
            ]
        )
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
                [
                    QCoreApplication.translate("StatisticsPage", "No window named"),
                    str(unnamed.total),
                    share_text(unnamed.satisfied_share("overall")),
                ]
            )
        fill(self.window_table, rows)
