"""The printable statistics report (统计报表), A4: each section on a page of its own with its chart. No Qt.

ReportLab with the kiosk's TrueType CJK font embedded (``fonts.register_pdf_font``), so the text
stays extractable and prints the same everywhere. The sections are those of ``tables``: the
overview with the levels of overall satisfaction, the most used matters, the content gap list,
the ratings by indicator, window and month, the 差评 cases and the use by hour of day. A long
table continues on the next page; the gap list is cut to ``GAP_ROWS_PRINTED`` (the spreadsheet
has them all).
"""

from __future__ import annotations

import datetime as dt
import io
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    TableStyle,
)
from reportlab.platypus import Table as PdfTable

from kiosk.data.feedback import DIMENSIONS, LEVELS
from kiosk.data.statistics import HallReport
from kiosk.services.fonts import register_pdf_font
from kiosk.services.pdf_text import one_pdf_at_a_time
from kiosk.services.report import charts
from kiosk.services.report.tables import DIMENSION_NAMES, LEVEL_NAMES, Table, period_text

MARGIN = 16 * mm
GAP_ROWS_PRINTED = 25
WIDTH = A4[0] - 2 * MARGIN


class _Styles:
    def __init__(self, font: str) -> None:
        self.font = font
        self.title = ParagraphStyle("title", fontName=font, fontSize=20, leading=26, alignment=TA_CENTER)
        self.subtitle = ParagraphStyle("subtitle", fontName=font, fontSize=11, leading=16, alignment=TA_CENTER)
        self.heading = ParagraphStyle(
            "heading", fontName=font, fontSize=16, leading=22, textColor=colors.HexColor(charts.STANDARD.accent)
        )
        self.body = ParagraphStyle("body", fontName=font, fontSize=10, leading=15)
        self.cell = ParagraphStyle("cell", fontName=font, fontSize=8.5, leading=11, wordWrap="CJK")
        self.number = ParagraphStyle("number", parent=self.cell, alignment=TA_RIGHT)
        self.note = ParagraphStyle("note", fontName=font, fontSize=9, leading=13, textColor=colors.HexColor("#3B3B3B"))


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _table(table: Table, s: _Styles, widths: list[float] | None = None, limit: int | None = None) -> Flowable:
    rows = table.rows[:limit] if limit is not None else table.rows
    if not rows:
        return Paragraph("本期间没有数据。", s.body)
    numeric = {i for i, v in enumerate(rows[0]) if isinstance(v, int) or str(v).endswith("%")}
    data = [[Paragraph(_escape(h), s.cell) for h in table.headers]]
    data += [
        [Paragraph(_escape(str(v)), s.number if c in numeric else s.cell) for c, v in enumerate(row)] for row in rows
    ]
    pdf_table = PdfTable(data, colWidths=widths, repeatRows=1, hAlign="LEFT")
    style = [
        ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#B9B1A3")),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#F3EFE6")),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    pdf_table.setStyle(TableStyle(style))
    return pdf_table


def _section(title: str, s: _Styles, *parts: Flowable | None, note: str = "") -> list[Flowable]:
    story: list[Flowable] = [Paragraph(_escape(title), s.heading), Spacer(1, 2 * mm)]
    if note:  # what the section counts, before the figures
        story += [Paragraph(_escape(note), s.note), Spacer(1, 2 * mm)]
    story.append(Spacer(1, 2 * mm))
    for part in parts:
        if part is not None:
            story += [part, Spacer(1, 4 * mm)]
    story.append(PageBreak())
    return story


def _overview(report: HallReport, table: Table, s: _Styles, made: dt.datetime) -> list[Flowable]:
    title = f"{report.hall_name}统计报表" if report.hall_name else "统计报表"
    overall = report.ratings
    shares = [overall.counts["overall"][level] * 100 / overall.total if overall.total else 0 for level in LEVELS]
    chart = charts.horizontal_bars(
        [LEVEL_NAMES[level] for level in LEVELS], shares, width=WIDTH, font=s.font, label_width=80, percent=True,
        empty="本期间没有评价",
    )  # fmt: skip
    return [
        Paragraph(_escape(title), s.title),
        Paragraph(_escape(f"统计期间：{period_text(report.period)}　生成时间：{made:%Y-%m-%d %H:%M}"), s.subtitle),
        Spacer(1, 8 * mm),
        *_section(
            table.title,
            s,
            _table(table, s, [WIDTH * 0.45, WIDTH * 0.55]),
            KeepTogether([Paragraph("整体满意度各等级占比", s.body), Spacer(1, 2 * mm), chart]),
        ),
    ]


def _story(report: HallReport, tables: list[Table], font: str, made: dt.datetime) -> list[Flowable]:
    s = _Styles(font)
    by_key = {t.key: t for t in tables}
    story = _overview(report, by_key["summary"], s, made)

    top = report.matters[:10]
    matters = charts.horizontal_bars(
        [charts.clip(u.name, 14) for u in top], [u.views for u in top], width=WIDTH, font=font, label_width=170
    )
    t = by_key["matters"]
    widths = [WIDTH * w for w in (0.06, 0.29, 0.38, 0.09, 0.09, 0.09)]  # a national code on one line
    story += _section(t.title, s, matters, _table(t, s, widths), note=t.note)

    gaps = report.searches.gaps[:10]
    gap_chart = charts.horizontal_bars(
        [charts.clip(g.words, 12) for g in gaps], [g.searches for g in gaps], width=WIDTH, font=font,
        label_width=150, empty="本期间没有无结果的搜索",
    )  # fmt: skip
    t = by_key["search_gaps"]
    more = f"(共 {len(t.rows)} 个搜索词,此处列出前 {GAP_ROWS_PRINTED} 个,完整列表见 Excel 或 CSV 导出)"
    note = t.note + (more if len(t.rows) > GAP_ROWS_PRINTED else "")
    gap_table = _table(t, s, [WIDTH * 0.5, WIDTH * 0.2, WIDTH * 0.3], GAP_ROWS_PRINTED)
    story += _section(t.title, s, gap_chart, gap_table, note=note)

    total = report.ratings.total
    shares = [[report.ratings.counts[d][level] * 100 / total if total else 0 for level in LEVELS] for d in DIMENSIONS]
    levels = charts.level_bars([DIMENSION_NAMES[d] for d in DIMENSIONS], shares, LEVEL_NAMES, width=WIDTH, font=font)
    t = by_key["ratings"]
    story += _section(t.title, s, levels, _table(t, s), note=t.note)

    windows = sorted((c for c in report.by_window if c), key=str)
    window_chart = charts.vertical_bars(
        [c if len(windows) > 5 else charts.clip(report.window_names.get(c, c), 8) for c in windows],  # codes when many
        [(report.by_window[c].satisfied_share("overall") or 0) * 100 for c in windows],
        width=WIDTH, height=170, font=font, percent=True, empty="本期间没有指明窗口的评价",
    )  # fmt: skip
    t = by_key["ratings_by_window"]
    widths = [WIDTH * w for w in (0.08, 0.28, 0.1, 0.135, 0.135, 0.135, 0.135)]
    story += _section(
        t.title, s, Paragraph("各窗口整体满意率", s.body), window_chart, _table(t, s, widths), note=t.note
    )

    months = report.by_month
    month_chart = charts.vertical_bars(
        [r.month for r in months], [(r.share("overall") or 0) * 100 for r in months],
        width=WIDTH, height=170, font=font, percent=True, label_every=max(1, len(months) // 12),
    )  # fmt: skip
    t = by_key["ratings_by_month"]
    story += _section(t.title, s, Paragraph("各月整体满意率", s.body), month_chart, _table(t, s), note=t.note)

    t = by_key["cases"]
    case_chart = (
        charts.vertical_bars(
            [str(r[0]) for r in t.rows[:3]],
            [float(r[1]) for r in t.rows[:3]],
            width=WIDTH * 0.6,
            height=150,
            font=font,
            empty="本期间没有差评工单",
        )
        if t.rows
        else None
    )
    story += _section(t.title, s, case_chart, _table(t, s, [WIDTH * 0.4, WIDTH * 0.2]), note=t.note)

    hour_chart = charts.vertical_bars(
        [f"{h}" for h in range(24)], list(report.hours), width=WIDTH, height=170, font=font
    )
    t = by_key["use_by_hour"]
    hours = _table(t, s, [WIDTH * 0.3, WIDTH * 0.2])
    story += _section(t.title, s, Paragraph("各时段(时)使用次数", s.body), hour_chart, hours, note=t.note)
    return story[:-1]  # no empty page after the last section


def _footer(text: str, font: str) -> Any:
    def draw(canvas: Any, document: Any) -> None:
        canvas.saveState()
        canvas.setFont(font, 8)
        canvas.setFillColorRGB(0.25, 0.25, 0.25)
        canvas.drawString(MARGIN, 8 * mm, text)
        canvas.drawRightString(A4[0] - MARGIN, 8 * mm, f"第{document.page}页")
        canvas.restoreState()

    return draw


@one_pdf_at_a_time
def write_pdf(report: HallReport, tables: list[Table], made: dt.datetime) -> bytes:
    """The report as PDF bytes."""
    font = register_pdf_font()
    buffer = io.BytesIO()
    title = f"{report.hall_name}统计报表 {period_text(report.period)}"
    document = SimpleDocTemplate(
        buffer, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN, bottomMargin=MARGIN + 4 * mm,
        title=title, author=report.hall_name or "hall-kiosk", invariant=True,
    )  # fmt: skip
    footer = _footer(title, font)
    document.build(_story(report, tables, font, made), onFirstPage=footer, onLaterPages=footer)
    return buffer.getvalue()
