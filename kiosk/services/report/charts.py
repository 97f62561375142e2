"""The printed report's charts, drawn with ReportLab graphics (vector, in the PDF itself). No Qt.

Drawn here rather than grabbed from the screen's Qt Charts: a chart made of PDF lines and text
stays sharp at any zoom, its labels are real text in the hall's embedded font (extractable, as
the tests read them back), and the report can be made from the command line on a server with no
display. Colours are the kiosk theme's (``widgets.theme`` is plain data), the five rating levels
the same fills as on the statistics page.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.shapes import Drawing, Rect, String
from reportlab.lib import colors

from kiosk.widgets.theme import STANDARD

LEVEL_FILLS = {  # 非常满意 … 非常不满意, as the page's chart
    5: STANDARD.accent,
    4: "#D2A0A2",
    3: STANDARD.deferred,
    2: STANDARD.border,
    1: STANDARD.optional,
}
BAR = colors.HexColor(STANDARD.accent)
GRID = colors.HexColor("#CCCCCC")
TEXT = colors.HexColor(STANDARD.text)


def clip(text: str, limit: int) -> str:
    """A label short enough to sit beside its bar (the table under the chart has it whole)."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _axis_fonts(chart: HorizontalBarChart | VerticalBarChart, font: str, size: float) -> None:
    for axis in (chart.categoryAxis, chart.valueAxis):
        axis.labels.fontName = font
        axis.labels.fontSize = size
        axis.labels.fillColor = TEXT
        axis.strokeColor = GRID
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = GRID
    chart.valueAxis.gridStrokeWidth = 0.5


def _value_step(top: float) -> float:
    """A round step for about five grid lines up to ``top``."""
    for step in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 2500, 5000, 10_000, 20_000, 50_000):
        if top / step <= 6:
            return step
    return 100_000


def _empty(width: float, height: float, font: str, text: str) -> Drawing:
    drawing = Drawing(width, height)
    drawing.add(Rect(0, 0, width, height, strokeColor=GRID, fillColor=None))
    drawing.add(String(width / 2, height / 2, text, fontName=font, fontSize=11, fillColor=TEXT, textAnchor="middle"))
    return drawing


def horizontal_bars(
    labels: Sequence[str], values: Sequence[float], *, width: float, font: str, label_width: float = 150,
    percent: bool = False, empty: str = "本期间没有数据",
) -> Drawing:  # fmt: skip
    """One bar per label, the first at the top, the value written at the bar's end."""
    if not values or not any(values):
        return _empty(width, 60, font, empty)
    row = 15
    height = row * len(values) + 26
    drawing = Drawing(width, height)
    chart = HorizontalBarChart()
    chart.x, chart.y = label_width, 20
    chart.width, chart.height = width - label_width - 50, row * len(values)
    chart.data = [list(reversed(values))]  # ReportLab draws categories bottom-up
    chart.categoryAxis.categoryNames = list(reversed(labels))
    chart.bars[0].fillColor = BAR
    chart.bars[0].strokeColor = None
    chart.barWidth = row * 0.6
    top = 100.0 if percent else max(values)
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = top if percent else top * 1.1
    chart.valueAxis.valueStep = 20 if percent else _value_step(top * 1.1)
    chart.valueAxis.labelTextFormat = "%d%%" if percent else "%d"
    _axis_fonts(chart, font, 9)
    chart.barLabelFormat = "%.1f%%" if percent else "%d"
    chart.barLabels.fontName = font
    chart.barLabels.fontSize = 8
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 3
    drawing.add(chart)
    return drawing


def vertical_bars(
    labels: Sequence[str], values: Sequence[float], *, width: float, height: float, font: str,
    percent: bool = False, label_every: int = 1, empty: str = "本期间没有数据",
) -> Drawing:  # fmt: skip
    """Columns left to right (hours of the day, months, windows)."""
    if not values or not any(values):
        return _empty(width, height, font, empty)
    drawing = Drawing(width, height)
    chart = VerticalBarChart()
    chart.x, chart.y = 40, 30
    chart.width, chart.height = width - 50, height - 45
    chart.data = [list(values)]
    chart.categoryAxis.categoryNames = [label if i % label_every == 0 else "" for i, label in enumerate(labels)]
    chart.bars[0].fillColor = BAR
    chart.bars[0].strokeColor = None
    top = 100.0 if percent else max(values)
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = top if percent else top * 1.1
    chart.valueAxis.valueStep = 20 if percent else _value_step(top * 1.1)
    chart.valueAxis.labelTextFormat = "%d%%" if percent else "%d"
    _axis_fonts(chart, font, 8)
    drawing.add(chart)
    return drawing


def level_bars(
    dimensions: Sequence[str], shares: Sequence[Sequence[float]], level_names: dict[int, str], *,
    width: float, font: str,
) -> Drawing:  # fmt: skip
    """One bar per indicator split into the five levels (shares in %, each row 5 values, 非常满意 first),
    with a legend beneath; a segment wide enough shows its share."""
    if not shares or not any(any(row) for row in shares):
        return _empty(width, 60, font, "本期间没有评价")
    label_width, row = 80, 26
    plot = width - label_width - 10
    height = row * len(shares) + 40
    drawing = Drawing(width, height)
    for i, (name, values) in enumerate(zip(dimensions, shares, strict=True)):
        y = height - (i + 1) * row
        drawing.add(String(0, y + 8, name, fontName=font, fontSize=10, fillColor=TEXT))
        x = float(label_width)
        for level, share in zip((5, 4, 3, 2, 1), values, strict=True):
            span = plot * share / 100
            fill = colors.HexColor(LEVEL_FILLS[level])
            drawing.add(Rect(x, y, span, row - 6, fillColor=fill, strokeColor=colors.white, strokeWidth=0.5))
            if span >= 26:
                ink = colors.white if level in (5, 1) else TEXT
                label = f"{share:.0f}%"
                drawing.add(
                    String(x + span / 2, y + 7, label, fontName=font, fontSize=8, fillColor=ink, textAnchor="middle")
                )
            x += span
    x = float(label_width)
    for level in (5, 4, 3, 2, 1):
        drawing.add(
            Rect(x, 4, 10, 10, fillColor=colors.HexColor(LEVEL_FILLS[level]), strokeColor=TEXT, strokeWidth=0.3)
        )
        drawing.add(String(x + 14, 5, level_names[level], fontName=font, fontSize=9, fillColor=TEXT))
        x += 14 + 10 * len(level_names[level]) + 14
    return drawing
