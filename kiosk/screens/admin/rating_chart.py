"""The ratings chart of the statistics page: one bar per dimension, split into the five levels.

A horizontal percent bar chart: every rating rates all four dimensions, so the bars would be the
same length as counts anyway; as shares they read against a 0–100 % axis. Each segment is labelled
with its share; a level whose shares do not all fit inside their segments shows none (Qt Charts
would draw them over the neighbouring segments) — the table beside the chart has every count. The colours come
from the theme: the accent red for 非常满意, a tint of it for 满意, the 容缺后补 yellow for 基本满意,
the border grey for 不满意 and the dark grey for 非常不满意 — five fills a colour-blind eye still
tells apart by lightness, each with label text of ≥ 7:1 contrast on it.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalPercentBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from kiosk.data.feedback import DIMENSIONS, LEVELS, RatingSummary
from kiosk.widgets.flow import FlowLayout
from kiosk.widgets.theme import STANDARD, Palette

LABEL_PX = 24  # every text in the chart: the admin pages' size
CHART_HEIGHT = 400


def mix(colour: str, other: str, share: float) -> str:
    """``colour`` blended with ``share`` of ``other`` (both ``#RRGGBB``)."""
    a = [int(colour[i : i + 2], 16) for i in (1, 3, 5)]
    b = [int(other[i : i + 2], 16) for i in (1, 3, 5)]
    return "#" + "".join(f"{round(x + (y - x) * share):02X}" for x, y in zip(a, b, strict=True))


def level_colours(p: Palette = STANDARD) -> dict[int, tuple[str, str]]:
    """(fill, label text) per level, 5 (非常满意) … 1 (非常不满意), from the palette."""
    return {
        5: (p.accent, p.accent_text),
        4: (mix(p.accent, p.surface, 0.6), p.text),
        3: (p.deferred, p.deferred_text),
        2: (p.border, p.text),
        1: (p.optional, p.optional_text),
    }


def chart_font(widget: QWidget, px: int = LABEL_PX, bold: bool = False) -> QFont:
    font = QFont(widget.font())
    font.setPixelSize(px)
    font.setBold(bold)
    return font


class RatingChart(QFrame):
    """The chart and its legend; ``show_summary`` replaces the data.

    The legend is a row of labels under the chart, not ``QChart``'s own: that one keeps to a
    single line and elides its entries ("非常…") when a portrait screen is too narrow for five.
    """

    def __init__(
        self, level_names: dict[int, str], dimension_names: Sequence[tuple[str, str]], palette: Palette = STANDARD
    ) -> None:
        super().__init__()
        self.setObjectName("RatingChart")
        self.setStyleSheet(
            f"QFrame#RatingChart {{ background: {palette.surface}; border: 2px solid {palette.border};"
            " border-radius: 8px; }"
        )
        self.level_names = level_names
        self.dimensions = list(dimension_names)
        self.colours = level_colours(palette)
        self.chart = QChart()
        self.view = QChartView(self.chart)
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.view.setFixedHeight(CHART_HEIGHT)
        self.view.setStyleSheet(f"background: {palette.surface}; border: none;")
        chart = self.chart
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        chart.setBackgroundBrush(QColor(palette.surface))
        chart.setBackgroundRoundness(0)
        chart.setMargins(QMargins(0, 0, 16, 0))
        chart.legend().hide()
        self.series = QHorizontalPercentBarSeries()
        self.series.setBarWidth(0.7)
        self.series.setLabelsVisible(True)
        self.series.setLabelsFormat("@value%")  # a percent series puts the segment's share in @value
        self.series.setLabelsPosition(QHorizontalPercentBarSeries.LabelsPosition.LabelsCenter)
        self.sets: dict[int, QBarSet] = {}
        for level in LEVELS:
            bar_set = QBarSet(level_names[level])
            bar_set.setColor(QColor(self.colours[level][0]))
            bar_set.setBorderColor(QColor(palette.surface))
            bar_set.setLabelFont(chart_font(self, bold=True))
            self.sets[level] = bar_set
            self.series.append(bar_set)
        chart.addSeries(self.series)
        # Qt lists horizontal categories bottom-up; reversed, the first dimension is the top bar.
        self.categories = QBarCategoryAxis()
        self.categories.append([name for _key, name in reversed(self.dimensions)])
        self.shares = QValueAxis()
        self.shares.setRange(0, 100)
        self.shares.setTickCount(5)
        self.shares.setLabelFormat("%d%%")
        for axis in (self.categories, self.shares):
            axis.setLabelsFont(chart_font(self))
            axis.setLabelsColor(QColor(palette.text))
            axis.setLinePen(QPen(QColor(palette.border), 2))
            axis.setGridLinePen(QPen(QColor(palette.border), 1))
        self.categories.setGridLineVisible(False)
        chart.addAxis(self.categories, Qt.AlignmentFlag.AlignLeft)
        chart.addAxis(self.shares, Qt.AlignmentFlag.AlignBottom)
        self.series.attachAxis(self.categories)
        self.series.attachAxis(self.shares)

        legend = QWidget()
        legend.setObjectName("ChartLegend")
        flow = FlowLayout(legend, spacing=24)
        self.legend_labels: list[QLabel] = []
        for level in LEVELS:
            flow.addWidget(self._legend_entry(level))
        box = QVBoxLayout(self)
        box.setContentsMargins(16, 16, 16, 16)
        box.setSpacing(8)
        box.addWidget(self.view)
        box.addWidget(legend)
        self.summary: RatingSummary | None = None
        chart.plotAreaChanged.connect(self._fit_labels)

    def _legend_entry(self, level: int) -> QWidget:
        entry = QWidget()
        line = QHBoxLayout(entry)
        line.setContentsMargins(0, 0, 0, 0)
        line.setSpacing(8)
        mark = QLabel()
        mark.setFixedSize(28, 28)
        mark.setStyleSheet(f"background: {self.colours[level][0]}; border: 1px solid {STANDARD.text};")
        text = QLabel(self.level_names[level])
        text.setObjectName(f"legend:{level}")
        self.legend_labels.append(text)
        line.addWidget(mark)
        line.addWidget(text)
        return entry

    def show_summary(self, summary: RatingSummary) -> None:
        self.summary = summary
        for level, bar_set in self.sets.items():
            values = [float(summary.counts[key][level]) for key, _name in reversed(self.dimensions)]
            if bar_set.count():
                bar_set.remove(0, bar_set.count())
            bar_set.append(values)
        self._fit_labels()

    def values(self) -> dict[int, list[int]]:
        """Per level, the counts of the bars from the top bar down (for tests)."""
        return {level: [round(s.at(i)) for i in reversed(range(s.count()))] for level, s in self.sets.items()}

    def legend(self) -> list[str]:
        return [label.text() for label in self.legend_labels]

    def _fit_labels(self) -> None:
        """A level's shares are shown only when every one fits inside its segment (Qt would draw a
        long label over the neighbouring segments); a 0 % segment has no label anyway."""
        summary = self.summary
        if summary is None or not summary.total:
            return
        plot = self.chart.plotArea().width()
        metrics = QFontMetrics(chart_font(self, bold=True))
        for level, bar_set in self.sets.items():
            shares = [summary.counts[key][level] / summary.total for key in DIMENSIONS]
            fits = all(
                metrics.horizontalAdvance(f"{share * 100:.0f}%") + 12 <= plot * share for share in shares if share
            )
            text = self.colours[level][1]
            bar_set.setLabelColor(QColor(text) if fits else QColor(0, 0, 0, 0))
