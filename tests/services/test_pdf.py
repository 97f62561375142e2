"""Notice PDFs in both layouts, read back the way a machine would: pypdf and poppler's pdftotext."""

from __future__ import annotations

import gc
import io
import re

import pypdf
import pytest

from kiosk.services import pdf_layout
from kiosk.services.fonts import register_pdf_font
from kiosk.services.notices import SERIAL, OneTimeNotice, build_checklist, build_missing_notice, format_serial, qr_text
from kiosk.services.pdf import A4_MARGIN, PAGE_FORMATS, render_notice
from tests import factories
from tests.services.conftest import EXTRACTORS, ISSUE_TIME, pdftotext_pages


def _flat(text: str) -> str:
    """Extracted text without the line breaks and spaces that wrapping puts inside names."""
    return re.sub(r"\s+", "", text)


def _checklist(answers: dict[str, str], matter_index: int = 0) -> OneTimeNotice:
    content = factories.notice_bundle()
    assert content.hall is not None
    return build_checklist(
        content.matters[matter_index], answers, hall=content.hall, window=content.windows[0], at=ISSUE_TIME
    )


def _staff_notice(matter_index: int = 0, received: tuple[int, ...] = (1,)) -> OneTimeNotice:
    content = factories.notice_bundle()
    assert content.hall is not None
    draft = build_missing_notice(
        content.matters[matter_index],
        {"agent": "是"} if matter_index == 0 else {},
        hall=content.hall,
        received=received,
        reasons={2: "需原件"} if matter_index == 0 else {},
        staff=content.staff[0],
        window=content.windows[0],
        department_name="镇人力资源和社会保障服务站",
        applicant_name="张三",
        applicant_phone="13812345678",
        at=ISSUE_TIME,
    )
    return draft.model_copy(update={"serial": format_serial("测试镇", 2026, 7)})


@pytest.mark.parametrize("extractor", EXTRACTORS)
@pytest.mark.parametrize("page_format", PAGE_FORMATS)
def test_checklist_lists_exactly_the_materials_for_the_answers(page_format, extractor) -> None:
    text = _flat("".join(EXTRACTORS[extractor](render_notice(_checklist({"agent": "否"}), page_format))))
    for name in ("居民身份证", "户口簿", "城乡居民基本养老保险参保登记", "M001", "0739-5550101", "0739-5550199"):
        assert name in text
    assert "授权委托书" not in text and "代办人身份证" not in text
    assert "是否委托他人代办?否" in text and "办事材料一次性告知单" in text and "2026年3月4日" in text
    assert "告〔" not in text  # a resident's checklist carries no serial
    with_agent = _flat("".join(EXTRACTORS[extractor](render_notice(_checklist({"agent": "是"}), page_format))))
    assert "授权委托书" in with_agent and "代办人身份证" in with_agent


@pytest.mark.parametrize("extractor", EXTRACTORS)
@pytest.mark.parametrize("page_format", PAGE_FORMATS)
def test_staff_notice_prints_every_element_of_the_layout(page_format, extractor) -> None:
    text = _flat("".join(EXTRACTORS[extractor](render_notice(_staff_notice(), page_format))))
    assert text.count("测试镇告〔2026〕0007号") >= 2  # under the title and in the footer
    assert len(re.findall(r"告〔\d{4}〕\d{4,}号", text)) == text.count("告〔")
    assert SERIAL.match("测试镇告〔2026〕0007号")
    expected = [
        "补正材料一次性告知单",
        "已收到的材料（共1项）",
        "居民身份证",
        "需要补正的材料（共3项）",
        "户口簿",
        "需原件",
        "授权委托书",
        "代办人身份证",
        "缺失",
        "张三",
        "13812345678",
        "王丽",
        "1号窗口社会保障",
        "0739-5550111",
        "0739-5550101",
        "0739-5550199",
        "《中华人民共和国行政许可法》第三十二条",
        "5个工作日内",
        "承诺办结时限即办",
        "告知人（签字）",
        "申请人签收",
        "一式两份",
        "第1页/共1页",
    ]
    missing = [item for item in expected if item not in text]
    assert not missing


@pytest.mark.parametrize("page_format", PAGE_FORMATS)
def test_forty_materials_break_across_pages_with_the_header_on_every_page(page_format) -> None:
    data = render_notice(_staff_notice(matter_index=2, received=(1, 2)), page_format)
    for extractor in EXTRACTORS.values():
        pages = extractor(data)
        with_rows = [page for page in pages if "项测试材料" in page]
        assert len(with_rows) >= 2, "the 40-row table should continue on a second page"
        for number, page in enumerate(pages, start=1):
            assert f"第{number}页/共{len(pages)}页" in _flat(page)
        for page in with_rows:
            assert all(h in page for h in ("序号", "材料名称", "份数")), "a page with material rows lacks the header"
        text = _flat("".join(pages))
        assert all(f"第{i}项测试材料" in text for i in range(1, 41))


def test_the_cjk_font_is_embedded_truetype_and_never_stsong() -> None:
    reader = pypdf.PdfReader(io.BytesIO(render_notice(_staff_notice())))
    fonts = []
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            fonts.append((str(font["/BaseFont"]), "/FontFile2" in font["/FontDescriptor"]))
    assert fonts and all(embedded for _name, embedded in fonts)
    assert not any("STSong" in name for name, _embedded in fonts)


@pytest.mark.parametrize("page_format", PAGE_FORMATS)
def test_a_notice_leaves_its_document_and_fonts_to_reference_counting_not_to_the_cycle_collector(page_format) -> None:
    """A notice's document holds the parsed fonts (~20 MB for WenQuanYi). In a cycle it waited for the
    cycle collector, which an idle kiosk runs rarely and never before home gives memory back: three
    cycles did it (the numbered pages' saved states, reportlab's link from the canvas to the document
    that those states restored, and the document's own namespace). The suite collects no cycles
    during a test (conftest), so what the collector finds here was left by this notice."""
    from reportlab.pdfbase.pdfdoc import PDFDocument
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import BaseDocTemplate
    from reportlab.platypus.paragraph import Paragraph

    from kiosk.services.pdf_text import forget_fonts

    notice = _staff_notice(matter_index=2, received=(1, 2))  # two pages or more
    gc.collect()
    render_notice(notice, page_format)
    forget_fonts()
    gc.set_debug(gc.DEBUG_SAVEALL)
    try:
        gc.collect()
        kept = BaseDocTemplate | PDFDocument | TTFont | Paragraph
        left = [type(o).__name__ for o in gc.garbage if isinstance(o, kept)]
    finally:
        gc.set_debug(0)
        gc.garbage.clear()
    assert left == []


def test_the_same_notice_gives_the_same_bytes() -> None:
    notice = _staff_notice()
    for page_format in PAGE_FORMATS:
        assert render_notice(notice, page_format) == render_notice(notice.model_copy(), page_format)


def test_online_matters_get_a_second_qr_code_with_their_address() -> None:
    font = register_pdf_font()

    def codes(notice: OneTimeNotice) -> list[str]:
        story = pdf_layout.a4_story(notice, font, 500)
        header = story[0]
        return [cell.text for row in header._cellvalues for cell in row[1:] for cell in cell[:1]]

    offline = _checklist({"agent": "否"})
    assert codes(offline) == [qr_text(offline)]
    online = _checklist({}, matter_index=1)
    assert codes(online) == [qr_text(online), "https://zwfw.example.gov.cn/m002"]
    receipt = [f.text for f in pdf_layout.receipt_story(online, font, 200) if isinstance(f, pdf_layout.QrCode)]
    assert receipt == [qr_text(online), "https://zwfw.example.gov.cn/m002"]


def test_markup_characters_in_content_print_literally() -> None:
    content = factories.notice_bundle()
    assert content.hall is not None
    content.matters[0].materials[0].name = "A&B <证明> 材料"
    notice = build_checklist(content.matters[0], {}, hall=content.hall, at=ISSUE_TIME)
    assert "A&B<证明>材料" in _flat("".join(pdftotext_pages(render_notice(notice))))


def test_a4_margins_leave_room_for_the_footer() -> None:
    reader = pypdf.PdfReader(io.BytesIO(render_notice(_staff_notice(matter_index=2))))
    assert all(float(page.mediabox.width) > 2 * A4_MARGIN for page in reader.pages)


def test_the_checklist_qr_stays_coarse_enough_for_a_thermal_printer() -> None:
    """≤ version 22 (105 modules + quiet zone): ≥ 3 dots per module at 48 mm on 203 dpi."""
    for notice in (_staff_notice(matter_index=2), _checklist({}, matter_index=2)):
        modules = len(pdf_layout.QrCode(qr_text(notice), 48).matrix)
        assert modules <= 105 + 8
        assert (48 / modules) / 25.4 * 203 >= 3
