"""A plain bar chart for the statistics page (Qt Charts): counts or shares per category.

One series in the theme's accent red, labels at the admin pages' size (24 px), values written on
the bars when they fit. Horizontal for named things (matters, search words: long labels read
left to right), vertical for ordered ones (hours of the day, months). ``set_data`` replaces the
bars; the chart keeps its axes, so a refresh does not rebuild the view.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QCategoryAxis,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QFrame, QVBoxLayout

from kiosk.screens.admin.rating_chart import chart_font
from kiosk.widgets.theme import STANDARD, Palette

LABEL_PX = 22


def nice_axis(value: float) -> tuple[float, int]:
    """A round axis end a little above ``value`` (10, 20, 50, 100, 200, …) and its number of ticks,
    so every grid line falls on a round number (0, 100, 200 … 500)."""
    top = max(5.0, value * 1.1)
    power = 1.0
    while power * 10 < top:
        power *= 10
    for factor, ticks in ((1, 6), (2, 5), (5, 6), (10, 6)):
        if power * factor >= top:
            return power * factor, ticks
    return power * 10, 6


class BarChart(QFrame):
    """Bars per category; ``horizontal`` lists the first category at the top."""

    def __init__(
        self,
        *,
        horizontal: bool,
        height: int,
        percent: bool = False,
        numbered: bool = False,
        palette: Palette = STANDARD,
    ) -> None:
        """``numbered``: vertical columns named by numbers under them (hours of the day), where an
        empty name leaves its column unnamed; Qt's category axis would cut every name to "…" once
        the columns are narrower than a name."""
        super().__init__()
        self.setObjectName("BarChart")
        self.setStyleSheet(
            f"QFrame#BarChart {{ background: {palette.surface}; border: 2px solid {palette.border};"
            " border-radius: 8px; }"
        )
        self.horizontal = horizontal
        self.percent = percent
        self.chart = QChart()
        self.chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        self.chart.setBackgroundBrush(QColor(palette.surface))
        self.chart.setBackgroundRoundness(0)
        self.chart.setMargins(QMargins(0, 0, 8, 0))
        self.chart.legend().hide()
        self.view = QChartView(self.chart)
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.view.setStyleSheet(f"background: {palette.surface}; border: none;")
        self.view.setFixedHeight(height)
        self.series = QHorizontalBarSeries() if horizontal else QBarSeries()
        self.series.setBarWidth(0.7)
        self.set = QBarSet("")
        self.set.setColor(QColor(palette.accent))
        self.set.setBorderColor(QColor(palette.accent))
        self.set.setLabelColor(QColor(palette.text))
        self.set.setLabelFont(chart_font(self, LABEL_PX - 2))
        self.series.append(self.set)
        self.series.setLabelsVisible(True)
        self.series.setLabelsPosition(QBarSeries.LabelsPosition.LabelsOutsideEnd)
        self.series.setLabelsFormat("@value%" if percent else "@value")
        self.series.setLabelsPrecision(3)
        self.chart.addSeries(self.series)
        self.numbered = numbered and not horizontal
        self.labels: list[str] = []
        self.categories: QBarCategoryAxis | QCategoryAxis = QBarCategoryAxis()
        if self.numbered:
            self.categories = QCategoryAxis()
            self.categories.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
        self.values = QValueAxis()
        self.values.setLabelFormat("%d%%" if percent else "%d")
        for axis in (self.categories, self.values):
            axis.setLabelsFont(chart_font(self, LABEL_PX))
            axis.setLabelsColor(QColor(palette.text))
            axis.setLinePen(QPen(QColor(palette.border), 2))
            axis.setGridLinePen(QPen(QColor(palette.border), 1))
        self.categories.setGridLineVisible(False)
        category_side, value_side = (
            (Qt.AlignmentFlag.AlignLeft, Qt.AlignmentFlag.AlignBottom)
            if horizontal
            else (Qt.AlignmentFlag.AlignBottom, Qt.AlignmentFlag.AlignLeft)
        )
        self.chart.addAxis(self.categories, category_side)
        self.chart.addAxis(self.values, value_side)
        self.series.attachAxis(self.categories)
        self.series.attachAxis(self.values)
        box = QVBoxLayout(self)
        box.setContentsMargins(12, 12, 12, 12)
        box.addWidget(self.view)

    def set_data(self, labels: Sequence[str], values: Sequence[float]) -> None:
        labels, values = list(labels), [float(v) for v in values]
        if self.horizontal:  # Qt lists horizontal categories bottom-up
            labels, values = labels[::-1], values[::-1]
        self.labels = labels
        if self.set.count():
            self.set.remove(0, self.set.count())
        self.set.append(values)
        axis = self.categories
        if isinstance(axis, QCategoryAxis):
            for name in axis.categoriesLabels():
                axis.remove(name)
            for i, name in enumerate(labels):
                if name:
                    axis.append(name, i)
            axis.setRange(-0.5, len(labels) - 0.5)
        else:
            axis.clear()
            axis.append(labels)
        top, ticks = (100.0, 6) if self.percent else nice_axis(max(values, default=0))
        self.values.setRange(0, top)
        self.values.setTickCount(ticks)

    def shown(self) -> list[tuple[str, float]]:
        """(category, value) from the first bar (the top one when horizontal), for tests."""
        pairs = [(self.labels[i], self.set.at(i)) for i in range(self.set.count())]
        return pairs[::-1] if self.horizontal else pairs
