"""The two page layouts of a one-time notice: platypus stories for A4 and for 80 mm receipts.

Both print every element SPEC.md lists (title, serial, QR codes, matter and code, applicant,
window and staff, received and to-supply tables, 补正期限 with its legal basis, 承诺时限, phones,
signatures, 「一式两份」); the receipt stacks them in one narrow column. Material tables repeat
their header row on every page (``repeatRows=1``). Every text goes through ``pdf_text.markup``:
it escapes what platypus would read as markup (matter names are admin input) and draws each
character with the first face of the font chain that has it, so 生僻字 in names never vanish.
"""

from __future__ import annotations

import io
from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.platypus import Flowable, Image, KeepTogether, Paragraph, Spacer, Table, TableStyle

from kiosk.services.notice_progress import spaced
from kiosk.services.notices import COPIES_NOTE, NoticeMaterial, OneTimeNotice, needs_nothing, phone_lines, qr_text
from kiosk.services.pdf_text import markup
from kiosk.services.qr_codes import Matrix, qr_matrix

HEADER_GREY = colors.Color(0.9, 0.9, 0.9)
DASH = "—"


class QrCode(Flowable):
    """A QR code of ``text`` (UTF-8, level M) drawn ``size`` wide, quiet zone included.

    Vector squares from the ``qrcode`` matrix rather than an image: sharp at any printer
    resolution, and no image encoder in the way of byte-identical reprints.
    """

    def __init__(self, text: str, size: float) -> None:
        super().__init__()
        self.matrix = qr_matrix(text, "M")  # made once per text (the guide makes it ahead of a print)
        self.text = text
        self.size = size

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.size, self.size

    def draw(self) -> None:
        canvas = self.canv
        count = len(self.matrix)
        module = self.size / count
        canvas.saveState()
        canvas.setFillColorRGB(0, 0, 0)
        canvas.scale(module, module)  # one unit per module: every rectangle is in whole numbers
        canvas.addLiteral(_qr_path(self.matrix, 0.05 / module))
        canvas.restoreState()


def _qr_path(matrix: Matrix, seam: float) -> str:
    """The dark modules as one filled path of whole-number rectangles (runs of a row merged), written
    as PDF operators at once: a checklist's dense code is some 1,600 rectangles, and drawing each
    through the canvas (number formatting, state) was a quarter of the PDF's time. ``seam``: a hair
    of overlap so no white seams appear between rows at printer resolution."""
    count = len(matrix)
    height = f"{1 + seam:.4f}"
    parts: list[str] = []
    for row, cells in enumerate(matrix):
        y = f"{count - row - 1 - seam:.4f}"
        col = 0
        while col < count:
            if not cells[col]:
                col += 1
                continue
            start = col
            while col < count and cells[col]:
                col += 1
            parts.append(f"{start} {y} {col - start} {height} re")
    parts.append("f")
    return "\n".join(parts)


@dataclass(frozen=True)
class Styles:
    title: ParagraphStyle
    centre: ParagraphStyle
    body: ParagraphStyle
    small: ParagraphStyle
    section: ParagraphStyle
    cell: ParagraphStyle
    cell_small: ParagraphStyle
    head: ParagraphStyle
    caption: ParagraphStyle


def _styles(font: str, body: float, title: float) -> Styles:
    def style(name: str, size: float, **extra: object) -> ParagraphStyle:
        return ParagraphStyle(name, fontName=font, fontSize=size, leading=size * 1.4, wordWrap="CJK", **extra)

    return Styles(
        title=style("title", title, alignment=TA_CENTER, spaceAfter=title * 0.3),
        centre=style("centre", body, alignment=TA_CENTER),
        body=style("body", body, spaceAfter=body * 0.25),
        small=style("small", body * 0.85),
        section=style("section", body * 1.15, spaceBefore=body * 0.8, spaceAfter=body * 0.4),
        cell=style("cell", body * 0.92),
        cell_small=style("cell_small", body * 0.78, textColor=colors.Color(0.2, 0.2, 0.2)),
        head=style("head", body * 0.92, alignment=TA_CENTER),
        caption=style("caption", body * 0.8, alignment=TA_CENTER),
    )


def _p(text: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(markup(text) or DASH, style)


def _grid(font: str, header: bool = True) -> TableStyle:
    commands: list[tuple[object, ...]] = [
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("FONTNAME", (0, 0), (-1, -1), font),
        ("LEFTPADDING", (0, 0), (-1, -1), 2.5),
        ("RIGHTPADDING", (0, 0), (-1, -1), 2.5),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
    ]
    if header:
        commands.append(("BACKGROUND", (0, 0), (-1, 0), HEADER_GREY))
    return TableStyle(commands)


def _qr_cell(text: str, caption: str, size: float, s: Styles) -> list[Flowable]:
    code = QrCode(text, size)
    code.hAlign = "CENTER"
    return [code, _p(caption, s.caption)]


def _qr_codes(notice: OneTimeNotice, size: float, s: Styles) -> list[list[Flowable]]:
    label = "扫码保存补正清单" if notice.is_staff_notice else "扫码保存材料清单"
    cells = [_qr_cell(qr_text(notice), label, size, s)]
    if notice.online_url:
        cells.append(_qr_cell(notice.online_url, "扫码网上办理", size, s))
    return cells


def _facts(notice: OneTimeNotice) -> list[tuple[str, str, bool]]:
    """(label, value, needs a whole row) in print order."""
    window = notice.window_name + (f"（电话 {notice.window_phone}）" if notice.window_phone else "")
    facts = [
        ("事项名称", notice.matter_name, True),
        ("事项编码", notice.matter_code, False),
        ("实施主体", notice.department_name, False),
        ("办理窗口", window, True),
    ]
    if notice.is_staff_notice:
        staff = notice.staff_name + (f"（工号 {notice.staff_code}）" if notice.staff_code else "")
        facts += [
            ("告知人", staff, False),
            ("告知日期", notice.date_text, False),
            ("申请人", notice.applicant_name, False),
            ("联系电话", notice.applicant_phone, False),
        ]
    else:
        facts.append(("打印日期", notice.date_text, True))
    if notice.answers:
        facts.append(("办理情形", "；".join(f"{a.question}{a.answer}" for a in notice.answers), True))
    return facts


def _notes(notice: OneTimeNotice) -> list[str]:
    lines = []
    if notice.correction_deadline:
        lines.append(f"补正期限：{notice.correction_deadline}")
    if not needs_nothing(notice):  # else the basis (本事项无需提交材料) stands under the heading already
        lines.append(notice.legal_basis)
    lines.append(f"办理时限：法定办结时限{notice.legal_limit}；承诺办结时限{notice.promised_limit}。")
    if notice.location:
        lines.append(f"办理地点：{notice.location}" + (f"（办理时间：{notice.hours}）" if notice.hours else ""))
    lines += [f"办理窗口：{window}" for window in notice.windows]
    lines += phone_lines(notice)
    if notice.online_url:
        lines.append(f"网上办理：{notice.online_url}")
    return lines


def _supply_heading(notice: OneTimeNotice) -> str:
    if needs_nothing(notice):
        return "需要提交的材料"
    if notice.is_staff_notice:
        return f"需要补正的材料（共{len(notice.to_supply)}项）"
    return f"需要提交的材料（共{len(notice.to_supply)}项）"


def _requirement(m: NoticeMaterial) -> str:
    return f"{m.reason}：{m.requirement}" if m.reason else m.requirement


# -- A4 ------------------------------------------------------------------------------------------


def a4_story(notice: OneTimeNotice, font: str, width: float) -> list[Flowable]:
    s = _styles(font, body=10.5, title=20)
    qr_size = 34 * mm
    codes = _qr_codes(notice, qr_size, s)
    qr_width = len(codes) * (qr_size + 4 * mm)
    heading: list[Flowable] = [_p(notice.hall_name, s.centre), _p(notice.title, s.title)]
    if notice.serial_text:
        heading.append(_p(f"编号：{notice.serial_text}", s.centre))
    if notice.lookup_code:
        heading.append(_p(f"进度查询码：{spaced(notice.lookup_code)}", s.centre))
    header = Table([[heading, *codes]], colWidths=[width - qr_width] + [qr_size + 4 * mm] * len(codes))
    # FONTNAME on every table, even one holding only Paragraphs: else the cell's default
    # Helvetica is set on the page and the PDF references a font it never uses.
    header.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("FONTNAME", (0, 0), (-1, -1), font),
            ]
        )
    )
    story: list[Flowable] = [header, Spacer(1, 3 * mm), _a4_facts(notice, width, s, font)]
    if notice.is_staff_notice:
        story.append(_p(f"已收到的材料（共{len(notice.received)}项）", s.section))
        story.append(_a4_received(notice, width, s, font))
    story.append(_p(_supply_heading(notice), s.section))
    if needs_nothing(notice):
        story.append(_p(notice.legal_basis, s.body))
    else:
        story.append(_a4_supply(notice, width, s, font))
    story.append(_p("告知事项", s.section))
    story += [_p(line, s.body) for line in _notes(notice)]
    if notice.plan_png:
        story.append(_plan(notice, s))
    if notice.is_staff_notice:
        story.append(Spacer(1, 6 * mm))
        story.append(KeepTogether([_signatures(width, s, font), Spacer(1, 3 * mm), _p(COPIES_NOTE, s.small)]))
    return story


def _plan(notice: OneTimeNotice, s: Styles) -> Flowable:
    """The plan crop (at most 80 × 60 mm, its shape kept) with its caption, kept on one page."""
    picture = ImageReader(io.BytesIO(notice.plan_png))
    pixels_w, pixels_h = picture.getSize()
    scale = min(80 * mm / pixels_w, 60 * mm / pixels_h)
    image = Image(io.BytesIO(notice.plan_png), width=pixels_w * scale, height=pixels_h * scale, hAlign="LEFT")
    return KeepTogether([Spacer(1, 3 * mm), _p(notice.plan_caption or "窗口位置", s.body), image])


def _a4_facts(notice: OneTimeNotice, width: float, s: Styles, font: str) -> Table:
    """Label/value pairs two to a row; long values take the whole row."""
    label_w = 20 * mm
    value_w = width / 2 - label_w
    rows: list[list[Flowable | str]] = []
    style = _grid(font, header=False)
    pending: list[Flowable | str] = []

    def flush(whole: bool) -> None:
        row = len(rows)
        style.add("BACKGROUND", (0, row), (0, row), HEADER_GREY)
        if whole:
            rows.append([*pending, "", ""])
            style.add("SPAN", (1, row), (3, row))
        else:
            rows.append(list(pending))
            style.add("BACKGROUND", (2, row), (2, row), HEADER_GREY)
        pending.clear()

    for label, value, whole in _facts(notice):
        if whole and pending:
            flush(whole=True)
        pending += [_p(label, s.cell), _p(value, s.cell)]
        if whole or len(pending) == 4:
            flush(whole=whole)
    if pending:
        flush(whole=True)
    table = Table(rows, colWidths=[label_w, value_w, label_w, value_w])
    table.setStyle(style)
    return table


def _a4_received(notice: OneTimeNotice, width: float, s: Styles, font: str) -> Table:
    widths = [10 * mm, width - 58 * mm, 30 * mm, 18 * mm]
    rows: list[list[Flowable | str]] = [[_p(h, s.head) for h in ("序号", "材料名称", "原件/复印件", "份数")]]
    rows += [
        [_p(str(m.number), s.head), _p(m.name, s.cell), _p(m.original_or_copy, s.head), _p(str(m.copies), s.head)]
        for m in notice.received
    ]
    if not notice.received:
        rows.append([_p("", s.head), _p("（无）", s.cell), "", ""])
    table = Table(rows, colWidths=widths, repeatRows=1)
    table.setStyle(_grid(font))
    return table


def _a4_supply(notice: OneTimeNotice, width: float, s: Styles, font: str) -> Table:
    widths = [10 * mm, 48 * mm, width - 124 * mm, 12 * mm, 38 * mm, 16 * mm]
    reason = "补正原因及要求" if notice.is_staff_notice else "要求"
    head = ("序号", "材料名称", reason, "份数", "获取途径", "样表")
    rows: list[list[Flowable | str]] = [[_p(h, s.head) for h in head]]
    for m in notice.to_supply:
        rows.append(
            [
                _p(str(m.number), s.head),
                _p(m.name, s.cell),
                _p(_requirement(m), s.cell_small),
                _p(str(m.copies), s.head),
                _p(m.source, s.cell_small),
                _p("有" if m.has_sample else "无", s.head),
            ]
        )
    if not notice.to_supply:
        rows.append([_p("", s.head), _p("（无）", s.cell), "", "", "", ""])
    table = Table(rows, colWidths=widths, repeatRows=1)
    table.setStyle(_grid(font))
    return table


def _signatures(width: float, s: Styles, font: str) -> Table:
    cells = [
        [_p("告知人（签字）：______________", s.body), _p("申请人签收：______________", s.body)],
        [_p("日期：________年____月____日", s.body), _p("日期：________年____月____日", s.body)],
    ]
    table = Table(cells, colWidths=[width / 2, width / 2])
    table.setStyle(
        TableStyle(
            [
                ("TOPPADDING", (0, 0), (-1, -1), 6),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("FONTNAME", (0, 0), (-1, -1), font),
            ]
        )
    )
    return table


# -- 80 mm receipt -------------------------------------------------------------------------------


def receipt_story(notice: OneTimeNotice, font: str, width: float) -> list[Flowable]:
    s = _styles(font, body=8.5, title=13)
    story: list[Flowable] = [_p(notice.hall_name, s.centre), _p(notice.title, s.title)]
    if notice.serial_text:
        story.append(_p(f"编号：{notice.serial_text}", s.centre))
    if notice.lookup_code:
        story.append(_p(f"进度查询码：{spaced(notice.lookup_code)}", s.centre))
    codes = _qr_codes(notice, 48 * mm, s)
    story += codes[0]
    story.append(Spacer(1, 2 * mm))
    story += [_p(f"{label}：{value or DASH}", s.body) for label, value, _whole in _facts(notice)]
    if notice.is_staff_notice:
        story.append(_p(f"已收到的材料（共{len(notice.received)}项）", s.section))
        story.append(_receipt_table(notice.received, width, s, font, with_detail=False))
    story.append(_p(_supply_heading(notice), s.section))
    if needs_nothing(notice):
        story.append(_p(notice.legal_basis, s.body))
    else:
        story.append(_receipt_table(notice.to_supply, width, s, font, with_detail=True))
    story.append(_p("告知事项", s.section))
    story += [_p(line, s.small) for line in _notes(notice)]
    if len(codes) > 1:
        story.append(Spacer(1, 2 * mm))
        story += codes[1]
    if notice.is_staff_notice:
        story.append(Spacer(1, 4 * mm))
        lines = ["告知人（签字）：____________", "日期：______年____月____日", "申请人签收：____________"]
        lines.append("日期：______年____月____日")
        story.append(KeepTogether([_p(line, s.body) for line in lines] + [_p(COPIES_NOTE, s.small)]))
    return story


def _receipt_table(
    materials: tuple[NoticeMaterial, ...], width: float, s: Styles, font: str, *, with_detail: bool
) -> Table:
    widths = [8 * mm, width - 19 * mm, 11 * mm]
    rows: list[list[Flowable | str | list[Flowable]]] = [[_p(h, s.head) for h in ("序号", "材料名称", "份数")]]
    for m in materials:
        name: list[Flowable] = [_p(m.name, s.cell)]
        if with_detail:
            detail = f"{_requirement(m)}；获取途径：{m.source}；样表：{'有' if m.has_sample else '无'}"
            name.append(_p(detail, s.cell_small))
        else:
            name.append(_p(m.original_or_copy, s.cell_small))
        rows.append([_p(str(m.number), s.head), name, _p(str(m.copies), s.head)])
    if not materials:
        rows.append([_p("", s.head), _p("（无）", s.cell), ""])
    table = Table(rows, colWidths=widths, repeatRows=1)
    table.setStyle(_grid(font))
    return table
