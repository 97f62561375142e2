"""The staff's missing-materials notice (补正告知) and reprint (补打), as a signed-in clerk uses them.

The console is built by the composition root for a staff session (S02 李晓梅, window W1) on the
demo hall; prints go to a real folder printer that also notes how many copies were asked for.
PDFs are read back with pypdf. Every step is rendered at both orientations and in elder mode into
``screenshots/print-flow/`` for a person to look at.
"""

from __future__ import annotations

import datetime as dt
import io
import threading
from pathlib import Path
from types import SimpleNamespace

import pypdf
import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QPushButton

from kiosk.app import Translator, _console_sections, install_font
from kiosk.data.repository import ContentRepository
from kiosk.screens.admin.console import AdminConsole
from kiosk.screens.admin.reprint import ReprintPage
from kiosk.screens.admin.staff_notice import MissingNoticePage
from kiosk.screens.base import Look
from kiosk.services.auth import AuthSession
from kiosk.services.notice_archive import NoticeService
from kiosk.services.notices import SERIAL, qr_text
from kiosk.services.pdf import render_notice
from kiosk.services.printing import FolderBackend, PrintOutcome, Progress, ignore_progress
from kiosk.widgets.notice_print import wait_for_print_jobs
from kiosk.widgets.theme import ELDER, NORMAL, STANDARD, style_sheet
from kiosk.widgets.touch_list import SUBTITLE
from tests.screens.admin.helpers import type_text
from tests.screens.conftest import tap
from tests.screens.test_guide_flow import tap_row
from tests.screens.test_layout import cut_labels, missing_glyphs, small_targets
from tests.screens.test_print_flow import clipped_buttons

PAYMENT = "4399231050000-JF-00102-001"  # 城乡居民基本养老保险待遇领取: 8 materials when an agent applies
PHONE = "13812345678"
MASKED = "138****5678"
SHOTS = Path(__file__).resolve().parents[3] / "screenshots" / "print-flow"


def squeeze(text: str) -> str:
    return "".join(text.split())


def pdf_text(data: bytes) -> str:
    return squeeze("".join(page.extract_text() for page in pypdf.PdfReader(io.BytesIO(data)).pages))


class CountingFolder(FolderBackend):
    """The folder printer, noting the copies asked for (a folder keeps one file whatever the count)."""

    def __init__(self, folder: Path) -> None:
        super().__init__(folder)
        self.copies: list[int] = []

    def print_pdf(
        self,
        pdf: bytes,
        *,
        title: str,
        copies: int = 1,
        progress: Progress = ignore_progress,
        cancel: threading.Event | None = None,
    ) -> PrintOutcome:
        self.copies.append(copies)
        return super().print_pdf(pdf, title=title, copies=copies, progress=progress, cancel=cancel)


def make_console(qtbot, database, printer: SimpleNamespace, elder: bool = False) -> AdminConsole:  # type: ignore[no-untyped-def]
    metrics = ELDER if elder else NORMAL
    QApplication.instance().setStyleSheet(style_sheet(STANDARD, metrics))
    session = AuthSession("staff", "S02", "李晓梅", dt.datetime.now(dt.UTC))
    sections = _console_sections(
        ContentRepository(database), database, session, look=Look(STANDARD, metrics), printer=printer
    )
    console = AdminConsole(sections, "李晓梅", "staff")
    qtbot.addWidget(console)
    console.resize(1920, 1080)
    console.show()
    qtbot.waitExposed(console)
    return console


@pytest.fixture
def desk(qtbot, sqlite_demo, tmp_path):  # type: ignore[no-untyped-def]
    """The staff console of S02 on the demo hall, printing into ``tmp_path/printed``."""
    assert install_font() is None
    folder = CountingFolder(tmp_path / "printed")
    printer = SimpleNamespace(current=folder, available=True)  # the printer a test may swap
    printer.backend = lambda: printer.current
    console = make_console(qtbot, sqlite_demo, printer)
    yield SimpleNamespace(
        console=console, folder=folder, printer=printer, notices=NoticeService(sqlite_demo), db=sqlite_demo
    )
    assert wait_for_print_jobs()
    QApplication.instance().setStyleSheet("")


@pytest.fixture
def chinese():  # type: ignore[no-untyped-def]
    """The console in the kiosk's language (zh_CN) for the length of a test."""
    translator = Translator()
    translator.set_language("zh_CN")
    yield translator
    translator.set_language("en")


def button_named(root, name: str) -> QPushButton:  # type: ignore[no-untyped-def]
    """The button called ``name`` on screen (rows rebuilt after an answer leave hidden ones behind)."""
    found = [b for b in root.findChildren(QPushButton, name) if b.isVisibleTo(root)]
    assert len(found) == 1, name
    return found[0]


def tap_in_form(qtbot, page: MissingNoticePage, name: str) -> None:  # type: ignore[no-untyped-def]
    qtbot.wait(20)  # rows added after an answer show on the next turn of the event loop
    widget = button_named(page, name)
    page.form_area.ensureWidgetVisible(widget)
    tap(qtbot, widget)


def fill_in(qtbot, page: MissingNoticePage, *, other_reason: str = "照片背景不是白色") -> None:  # type: ignore[no-untyped-def]
    """What the clerk does: find the matter, answer, mark received and missing, note the applicant."""
    page.search_field.setFocus()
    type_text(qtbot, page.search_field, "养老保险待遇")
    tap_row(qtbot, page.matter_list, PAYMENT)
    assert page.steps.currentIndex() == 1 and page.matter is not None and page.matter.code == PAYMENT
    tap_in_form(qtbot, page, "answer:agent:是")
    assert sorted(page.ticks) == list(range(1, 9))
    for number in (1, 2):
        tap_in_form(qtbot, page, f"material:{number}:received")
    tap_in_form(qtbot, page, "reason:3:不符合法定形式")
    tap_in_form(qtbot, page, "reason:5:other")
    if other_reason:
        page.ticks[5].other.setFocus()
        type_text(qtbot, page.ticks[5].other, other_reason)
    page.name_field.setFocus()
    type_text(qtbot, page.name_field, "张三")
    page.phone_field.setFocus()
    type_text(qtbot, page.phone_field, PHONE)


def preview(qtbot, page: MissingNoticePage) -> None:  # type: ignore[no-untyped-def]
    tap(qtbot, page.preview_button)
    assert page.steps.currentIndex() == 2, page.error.text()
    qtbot.waitUntil(lambda: bool(page.sheet.preview.pages), timeout=20_000)


def issue(qtbot, page: MissingNoticePage, state: str = "done") -> None:  # type: ignore[no-untyped-def]
    tap(qtbot, page.issue_button)
    qtbot.waitUntil(lambda: page.status.state == state, timeout=20_000)
    assert wait_for_print_jobs()
    qtbot.wait(20)


def test_staff_issue_a_notice_with_the_next_serial_archive_it_and_print_two_copies(qtbot, desk) -> None:
    earlier = desk.notices.issue(desk.notices.draft_missing(PAYMENT, {"agent": "否"}, received=[1]))
    page = desk.console.open_section("notice.missing")
    assert isinstance(page, MissingNoticePage)
    fill_in(qtbot, page)
    preview(qtbot, page)
    assert desk.notices.search() == [s for s in desk.notices.search() if s.serial == earlier.serial]
    assert not (desk.folder.folder.exists() and list(desk.folder.folder.iterdir())), "a preview prints nothing"
    issue(qtbot, page)

    serial = page.serial_label.text()
    match, before = SERIAL.match(serial), SERIAL.match(earlier.serial)
    assert match and before and int(match["number"]) == int(before["number"]) + 1
    found = desk.notices.search(serial=serial)
    assert len(found) == 1
    assert (found[0].staff_code, found[0].applicant_name, found[0].applicant_phone) == ("S02", "张三", MASKED)
    assert found[0].missing_count == 6
    assert desk.folder.copies == [2]
    files = list(desk.folder.folder.glob("*.pdf"))
    assert len(files) == 1
    text = pdf_text(files[0].read_bytes())
    for expected in (serial, "李晓梅", "张三", PHONE, "不符合法定形式", "照片背景不是白色", "授权委托书", "一式两份"):
        assert squeeze(expected) in text, expected
    assert page.new_button.isVisible() and not page.issue_button.isVisible()
    tap(qtbot, page.new_button)
    assert page.steps.currentIndex() == 0 and page.matter is None and page.search_field.text() == ""


def test_a_notice_needs_every_answer_and_words_for_other_before_it_can_be_issued(qtbot, desk) -> None:
    page = desk.console.open_section("notice.missing")
    page.search_field.setFocus()
    type_text(qtbot, page.search_field, "养老保险待遇")
    tap_row(qtbot, page.matter_list, PAYMENT)
    tap(qtbot, page.preview_button)
    assert page.steps.currentIndex() == 1 and page.error.isVisible()
    assert page.error.text() == QCoreApplication.translate(
        "MissingNoticePage", "Answer every question about the applicant's situation first."
    )
    tap_in_form(qtbot, page, "answer:agent:否")
    tap_in_form(qtbot, page, "reason:4:other")
    tap(qtbot, page.preview_button)
    assert page.steps.currentIndex() == 1 and "4" in page.error.text()
    page.ticks[4].other.setFocus()
    type_text(qtbot, page.ticks[4].other, "账户已销户")
    page.phone_field.setFocus()
    type_text(qtbot, page.phone_field, "call me")
    tap(qtbot, page.preview_button)
    assert page.steps.currentIndex() == 1 and "申请人电话" in page.error.text()
    page.phone_field.clear()
    preview(qtbot, page)
    assert desk.notices.search() == []  # nothing is issued until the clerk says so


def test_a_failed_print_shows_why_with_the_qr_and_prints_again_under_the_same_serial(qtbot, desk, tmp_path) -> None:
    blocked = tmp_path / "blocked"
    blocked.write_text("")
    desk.printer.current = FolderBackend(blocked)
    page = desk.console.open_section("notice.missing")
    fill_in(qtbot, page)
    preview(qtbot, page)
    issue(qtbot, page, "failed")
    serial = page.serial_label.text()
    assert SERIAL.match(serial)
    assert page.status.detail.text().startswith("无法把告知单保存到文件夹")
    assert page.status.qr is not None and page.status.qr.isVisible()
    assert page.status.qr.payload == qr_text(desk.notices.reprint(serial).model_copy(update={"applicant_phone": PHONE}))
    assert page.again_button.isVisible()
    desk.printer.current = desk.folder  # the clerk clears the fault
    tap(qtbot, page.again_button)
    qtbot.waitUntil(lambda: page.status.state == "done", timeout=20_000)
    assert [s.serial for s in desk.notices.search()] == [serial]  # printing again issued nothing new
    assert desk.folder.copies == [2]
    assert squeeze(serial) in pdf_text(next(desk.folder.folder.glob("*.pdf")).read_bytes())


def test_a_reprint_from_the_archive_prints_the_same_notice_with_the_phone_masked(qtbot, desk) -> None:
    draft = desk.notices.draft_missing(
        PAYMENT,
        {"agent": "是"},
        received=[1, 2],
        reasons={3: "需原件"},
        staff_code="S02",
        applicant_name="王五",
        applicant_phone=PHONE,
    )
    issued = desk.notices.issue(draft)
    desk.notices.mark_printed(issued.serial)  # it came out when it was issued: this is a reprint (one copy)
    desk.notices.issue(desk.notices.draft_missing(PAYMENT, {"agent": "否"}, received=[1]))  # another one
    page = desk.console.open_section("notice.reprint")
    assert isinstance(page, ReprintPage)
    assert len(page.results) == 2  # the last 30 days, newest first
    number = SERIAL.match(issued.serial)["number"]  # type: ignore[index]
    page.serial_field.setFocus()
    type_text(qtbot, page.serial_field, number)
    tap(qtbot, page.find_button)
    assert [r.serial for r in page.results] == [issued.serial]
    assert MASKED in page.list.model_.item(0).data(SUBTITLE)  # the list never shows the whole phone number
    tap_row(qtbot, page.list, issued.serial)
    qtbot.waitUntil(lambda: page.prepared is not None, timeout=20_000)
    tap(qtbot, page.print_button)
    qtbot.waitUntil(lambda: page.status.state == "done", timeout=20_000)
    assert wait_for_print_jobs()
    assert desk.folder.copies == [1]
    text = pdf_text(next(desk.folder.folder.glob("*.pdf")).read_bytes())
    assert MASKED in text and PHONE not in text
    assert text.replace(MASKED, PHONE) == pdf_text(render_notice(issued))  # the same notice, word for word
    tap(qtbot, page.back_button)
    assert page.steps.currentIndex() == 0


def test_the_archive_is_searched_by_matter_and_by_day(qtbot, desk) -> None:
    desk.notices.issue(desk.notices.draft_missing(PAYMENT, {"agent": "否"}, received=[1]))
    page = desk.console.open_section("notice.reprint")
    page.matter_field.setFocus()
    type_text(qtbot, page.matter_field, "待遇领取")
    tap(qtbot, page.find_button)
    assert len(page.results) == 1
    page.matter_field.clear()
    type_text(qtbot, page.matter_field, "宅基地")
    tap(qtbot, page.find_button)
    assert page.results == []
    page.matter_field.clear()
    tap(qtbot, button_named(page, "range:custom"))
    assert page.custom.isVisible()
    yesterday = dt.date.today() - dt.timedelta(days=1)
    page.date_from.set_date(yesterday - dt.timedelta(days=10))
    page.date_to.set_date(yesterday)
    tap(qtbot, page.find_button)
    assert page.results == []
    tap(qtbot, button_named(page, "range:today"))
    assert len(page.results) == 1


@pytest.mark.parametrize("elder", [False, True], ids=["normal", "elder"])
@pytest.mark.parametrize("size", [(1920, 1080), (1080, 1920)], ids=["landscape", "portrait"])
def test_every_step_fits_and_is_saved_for_review(qtbot, desk, chinese, size, elder) -> None:
    console = make_console(qtbot, desk.db, desk.printer, elder)
    console.resize(*size)
    qtbot.wait(20)
    minimum = (ELDER if elder else NORMAL).target
    folder = SHOTS / f"{'elder' if elder else 'zh'}-{size[0]}x{size[1]}"
    folder.mkdir(parents=True, exist_ok=True)

    def check(page, name: str) -> None:  # type: ignore[no-untyped-def]
        qtbot.wait(50)
        assert (console.width(), console.height()) == size, f"{name} forces the console to another size"
        assert cut_labels(page) + small_targets(page, minimum) + missing_glyphs(page) + clipped_buttons(page) == [], (
            name
        )
        console.grab().save(str(folder / f"staff-{name}.png"))

    page = console.open_section("notice.missing")
    check(page, "1-matter")
    fill_in(qtbot, page)
    page.form_area.ensureWidgetVisible(page.ticks[3])
    check(page, "2-materials")
    preview(qtbot, page)
    check(page, "3-preview")
    issue(qtbot, page)
    check(page, "4-issued")
    reprint = console.open_section("notice.reprint")
    check(reprint, "5-archive")
    tap_row(qtbot, reprint.list, reprint.results[0].serial)
    qtbot.waitUntil(lambda: reprint.prepared is not None, timeout=20_000)
    check(reprint, "6-reprint")
    tap(qtbot, reprint.back_button)
    tap(qtbot, button_named(reprint, "range:custom"))
    check(reprint, "7-days")
    tap(qtbot, reprint.date_from.button)
    dialog = reprint.date_from.dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.wait(50)
    assert small_targets(dialog, minimum) + clipped_buttons(dialog) == []
    dialog.grab().save(str(folder / "staff-8-calendar.png"))
    dialog.reject()


def test_a_question_with_several_answers_is_ticked_and_the_notice_names_every_answer(qtbot, desk) -> None:
    """就业困难人员认定 asks 「申请人属于下列哪些情形?」 with tick boxes: the materials follow every tick."""
    employment = "4399231050000-QR-00308-001"
    page = desk.console.open_section("notice.missing")
    page.search_field.setFocus()
    type_text(qtbot, page.search_field, "就业困难")
    tap_row(qtbot, page.matter_list, employment)
    names = lambda: [t.material.name for t in page.ticks.values()]  # noqa: E731
    assert "《中华人民共和国残疾人证》" not in names(), "nothing ticked yet: none of these"
    tap_in_form(qtbot, page, "answer:category:残疾人")
    tap_in_form(qtbot, page, "answer:category:低保家庭成员")
    assert {"《中华人民共和国残疾人证》", "《最低生活保障证》"} <= set(names())
    assert page.answers == {"category": ["残疾人", "低保家庭成员"]}
    preview(qtbot, page)
    assert page.draft is not None
    assert [(a.question, a.answer) for a in page.draft.answers] == [("申请人属于下列哪些情形?", "残疾人、低保家庭成员")]
    assert "申请人属于下列哪些情形?残疾人、低保家庭成员" in qr_text(page.draft)


def test_a_rare_character_name_typed_with_the_picker_prints_whole(qtbot, desk) -> None:
    """The clerk enters 「王𪚥」 with the 生僻字 picker (by its code); the issued notice prints it."""
    from kiosk.widgets.rare_char_picker import RareCharDialog

    page = desk.console.open_section("notice.missing")
    fill_in(qtbot, page)
    page.name_field.clear()
    page.name_field.setFocus()
    type_text(qtbot, page.name_field, "王")
    tap_in_form(qtbot, page, "rare-char-button")
    qtbot.wait(50)
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, RareCharDialog) and w.isVisible())
    dialog.query.setFocus()
    type_text(qtbot, dialog.query, "zhe")
    qtbot.waitUntil(lambda: len(dialog.buttons) > 20, timeout=5_000)
    qtbot.wait(50)
    assert all(b.height() >= 100 for b in dialog.buttons[:6])
    SHOTS.mkdir(parents=True, exist_ok=True)
    dialog.grab().save(str(SHOTS / "rare-character-picker.png"))
    assert cut_labels(dialog) == [] and missing_glyphs(dialog) == []
    dialog.query.clear()
    type_text(qtbot, dialog.query, "2A6A5")
    qtbot.waitUntil(lambda: len(dialog.buttons) == 1, timeout=5_000)
    tap(qtbot, dialog.buttons[0])
    assert page.name_field.text() == "王𪚥"
    preview(qtbot, page)
    assert not page.font_warning.isVisible()
    issue(qtbot, page)
    assert "王𪚥" in pdf_text(next(desk.folder.folder.glob("*.pdf")).read_bytes())


def test_a_character_no_font_has_is_named_before_the_notice_is_issued(qtbot, desk) -> None:
    from kiosk.services import cjk_blocks
    from kiosk.services.fonts import resolve_chain

    chain = resolve_chain()
    lacking = next(c for c in cjk_blocks.sample(cjk_blocks.BY_KEY["G"], 500) if chain.missing(c))
    page = desk.console.open_section("notice.missing")
    fill_in(qtbot, page)
    page.name_field.setText(f"王{lacking}")
    preview(qtbot, page)
    assert page.font_warning.isVisible() and f"U+{ord(lacking):X}" in page.font_warning.text()
    assert page.issue_button.isVisible()  # the clerk may still issue it and write the character in by hand
    assert cut_labels(page) == []


def test_a_clerk_issues_one_notice_for_a_whole_life_event(qtbot, desk) -> None:
    """一件事 in the console: the bundle's shared questions, its merged list (a paper needed by both
    matters once), one numbered notice for the whole life event, printed in two copies."""
    page = desk.console.open_section("notice.missing")
    page.search_field.setFocus()
    type_text(qtbot, page.search_field, "身后")
    tap_row(qtbot, page.matter_list, "bundle:after_death")
    assert page.steps.currentIndex() == 1 and page.bundle is not None and page.matter is None
    assert page.matter_title.text() == "身后一件事"
    tap(qtbot, page.preview_button)
    assert page.steps.currentIndex() == 1 and page.error.isVisible()  # the shared questions come first
    tap_in_form(qtbot, page, "answer:needy:是")
    tap_in_form(qtbot, page, "answer:heirs:否")
    assert page.bundle_checklist is not None
    lines = page.bundle_checklist.materials
    shared = next(line for line in lines if len(line.serves) > 1)  # e.g. the death certificate, once
    assert [line.name for line in lines].count(shared.name) == 1 and sorted(page.ticks) == [x.number for x in lines]
    tap_in_form(qtbot, page, f"material:{lines[0].number}:received")
    SHOTS.mkdir(parents=True, exist_ok=True)
    for size in ((1920, 1080), (1080, 1920)):
        desk.console.resize(*size)
        qtbot.wait(60)
        desk.console.grab().save(str(SHOTS / f"bundle-notice-{size[0]}x{size[1]}.png"))
    desk.console.resize(1920, 1080)
    preview(qtbot, page)
    issue(qtbot, page)

    serial = page.serial_label.text()
    found = desk.notices.search(serial=serial)
    assert len(found) == 1 and found[0].missing_count == len(lines) - 1 and found[0].staff_code == "S02"
    assert desk.folder.copies == [2]
    text = pdf_text(next(desk.folder.folder.glob("*.pdf")).read_bytes())
    assert squeeze(serial) in text and squeeze("身后一件事") in text
    assert text.count(squeeze(shared.name)) == 1  # the shared paper is asked for once
