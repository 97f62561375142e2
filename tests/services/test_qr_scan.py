"""Reading a notice's 查询码 from a picture of its printed QR code (办件进度 at a kiosk camera)."""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QTransform

from kiosk.services.notice_archive import NoticeService
from kiosk.services.pdf import render_notice
from kiosk.services.qr_scan import code_in_text, lookup_code_in
from kiosk.widgets.file_viewer import pdf_page_images


def printed_page(notice, width: int = 2400) -> QImage:  # type: ignore[no-untyped-def]
    """The A4 paper at about 290 dpi (its QR code, holding the whole list, is dense: at the kiosk's
    1100-px preview it has under two pixels a module and no reader gets it)."""
    return pdf_page_images(render_notice(notice, "a4"), width)[0]


def held_up(page: QImage) -> QImage:
    """A 1280×720 camera frame of the paper held up as the screen asks, its top-right QR code
    towards the camera: turned a little, slightly smaller, on a grey background."""
    photo = QImage(1280, 720, QImage.Format.Format_RGB32)
    photo.fill(QColor("#6E6A64"))
    painter = QPainter(photo)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    qr_area = QPointF(page.width() * 0.85, page.width() * 0.15)  # the code's place on A4, top right
    turn = QTransform().translate(640, 360).rotate(7).scale(0.9, 0.9).translate(-qr_area.x(), -qr_area.y())
    painter.setTransform(turn)
    painter.drawImage(QPointF(0, 0), page)
    painter.end()
    return photo


def test_the_code_is_read_from_a_printed_notice_held_to_the_camera(sqlite_demo) -> None:  # type: ignore[no-untyped-def]
    notices = NoticeService(sqlite_demo)
    matter = notices.content.matter_summaries()[0].code
    notice = notices.issue(notices.draft_missing(matter, received=[1], staff_code="S01"))
    assert len(notice.lookup_code) == 10
    page = printed_page(notice)
    assert lookup_code_in(page) == notice.lookup_code
    assert lookup_code_in(held_up(page)) == notice.lookup_code


def test_a_residents_checklist_or_a_blank_picture_gives_no_code(sqlite_demo) -> None:  # type: ignore[no-untyped-def]
    notices = NoticeService(sqlite_demo)
    matter = notices.content.matter_summaries()[0].code
    checklist = notices.draft_missing(matter, received=[1], staff_code="S01")  # a draft: no code yet
    assert lookup_code_in(printed_page(checklist)) is None
    blank = QImage(640, 480, QImage.Format.Format_RGB32)
    blank.fill(Qt.GlobalColor.white)
    assert lookup_code_in(blank) is None and lookup_code_in(QImage()) is None


def test_only_a_whole_code_counts() -> None:
    assert code_in_text("补正告知单\n进度查询码：4820193756\n事项：…") == "4820193756"
    assert code_in_text(" 4820193756 ") == "4820193756"
    assert code_in_text("进度查询码：4820 1937 56\n") == "4820193756"  # grouped as printed
    assert code_in_text("进度查询码：48201937561") is None  # eleven digits: not a code
    assert code_in_text("https://zwfw.example.gov.cn/4820193756") is None
    assert code_in_text("办事材料一次性告知单\n事项：最低生活保障申请") is None
