"""PDF of an 一件事 checklist (A4): the merged list, where to go in which order, limits, fees, one QR.

Same parts as a matter's notice (``kiosk.services.pdf``): the embedded TrueType CJK font,
extractable text, 第N页/共M页, byte-identical output for the same checklist. No Qt here.
"""

from __future__ import annotations

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from kiosk.services import pdf, pdf_layout
from kiosk.services.fonts import register_pdf_font
from kiosk.services.guidance.bundle_notice import BundleChecklist, qr_text
from kiosk.services.pdf_layout import QrCode, Styles, _grid, _p, _styles
from kiosk.services.pdf_text import one_pdf_at_a_time

QR_SIZE = 50 * mm


@one_pdf_at_a_time
def render_bundle_checklist(checklist: BundleChecklist) -> bytes:
    """The checklist as A4 PDF bytes."""
    font = register_pdf_font()
    width = A4[0] - 2 * pdf.A4_MARGIN
    story = bundle_story(checklist, font, width)
    canvas = pdf._numbered_canvas(checklist.bundle_name, font, 8.5, "a4")
    title = f"{checklist.title} {checklist.bundle_name}"
    return pdf._build(font, story, A4, pdf.A4_MARGIN, canvas, title, checklist.hall_name)


def bundle_story(checklist: BundleChecklist, font: str, width: float) -> list[Flowable]:
    s = _styles(font, body=10.5, title=20)
    code = QrCode(qr_text(checklist), QR_SIZE)
    code.hAlign = "CENTER"
    heading: list[Flowable] = [
        _p(checklist.hall_name, s.centre),
        _p(checklist.title, s.title),
        _p(checklist.bundle_name, s.section),
        _p(f"打印日期：{checklist.date_text}", s.centre),
    ]
    header = Table(
        [[heading, [code, _p("扫码保存材料清单", s.caption)]]], colWidths=[width - QR_SIZE - 4 * mm, QR_SIZE + 4 * mm]
    )
    header.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("FONTNAME", (0, 0), (-1, -1), font)]))
    story: list[Flowable] = [header, Spacer(1, 2 * mm)]
    if checklist.summary:
        story.append(_p(checklist.summary, s.body))
    if checklist.answers:
        story.append(_p("办理情形：" + "；".join(f"{a.question}{a.answer}" for a in checklist.answers), s.body))
    if checklist.unanswered:
        story.append(
            _p("以下问题未回答，清单已列出各种情况可能需要的材料：" + "；".join(checklist.unanswered), s.small)
        )
    story.append(_p(f"包含的事项（共{len(checklist.matters)}项，按办理顺序）", s.section))
    story.append(_matters(checklist, width, s, font))
    story.append(_p(f"需要提交的材料（共{len(checklist.materials)}项，多个事项共用的材料只需准备一份）", s.section))
    story.append(_materials(checklist, width, s, font))
    if checklist.waived:
        story.append(_p("无需提交的材料", s.section))
        story += [_p(f"{w.name}（事项{w.matter}）：{w.reason}", s.body) for w in checklist.waived]
    story.append(_p("办理顺序", s.section))
    for stop in checklist.stops:
        numbers = "、".join(f"事项{n}" for n in stop.matters)
        place = f"（{stop.location}）" if stop.location else ""
        story.append(_p(f"第{stop.number}步：请到{stop.window_name}{place}办理{numbers}", s.body))
    story.append(_p("告知事项", s.section))
    limit = f"办理时限：各事项承诺时限相加共{checklist.total_limit}（最长用时）"
    if checklist.promised_limit:
        limit += f"；一件事承诺时限{checklist.promised_limit}"
    story.append(_p(limit + "。", s.body))
    story.append(_p(f"收费：{checklist.fee_text}。", s.body))
    story.append(_p("以上为办理本一件事需要提交的全部材料（一次性告知）。", s.body))
    phones = f"咨询电话：{checklist.consult_phone or pdf_layout.DASH}\u3000\u3000"
    story.append(_p(phones + f"监督投诉电话：{checklist.complaint_phone or pdf_layout.DASH}", s.body))
    return story


def _matters(checklist: BundleChecklist, width: float, s: Styles, font: str) -> Table:
    widths = [12 * mm, width - 12 * mm - 50 * mm - 36 * mm, 50 * mm, 36 * mm]
    rows: list[list[object]] = [[_p(h, s.head) for h in ("序号", "事项名称", "办理窗口", "承诺时限")]]
    for matter in checklist.matters:
        rows.append(
            [
                _p(str(matter.number), s.head),
                [_p(matter.name, s.cell), _p(matter.code, s.cell_small)],
                _p(matter.window_name, s.cell),
                _p(matter.promised_limit, s.cell_small),
            ]
        )
    table = Table(rows, colWidths=widths, repeatRows=1)
    table.setStyle(_grid(font))
    return table


def _materials(checklist: BundleChecklist, width: float, s: Styles, font: str) -> Table:
    widths = [11 * mm, width - 11 * mm - 24 * mm - 12 * mm - 30 * mm, 24 * mm, 12 * mm, 30 * mm]
    rows: list[list[object]] = [[_p(h, s.head) for h in ("序号", "材料名称", "原件/复印件", "份数", "用于事项")]]
    for line in checklist.materials:
        name: list[Flowable] = [_p(line.name, s.cell)]
        detail = line.necessity + (f"；获取途径：{line.source}" if line.source else "")
        name.append(_p(detail, s.cell_small))
        serves = "、".join(str(n) for n in line.serves)
        rows.append(
            [
                _p(str(line.number), s.head),
                name,
                _p(line.original_or_copy, s.cell),
                _p(str(line.copies), s.head),
                _p(f"事项{serves}", s.cell),
            ]
        )
    if not checklist.materials:
        rows.append([_p("", s.head), _p("（无）", s.cell), "", "", ""])
    table = Table(rows, colWidths=widths, repeatRows=1)
    table.setStyle(_grid(font))
    return table
