"""办件进度 at the kiosk: the number pad finds a notice by its 查询码; wrong codes show nothing and are rate-limited."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtGui import QImage

from kiosk.services.notice_archive import NoticeService
from kiosk.services.notice_progress import ProgressBook
from kiosk.widgets.camera_scan import EVERY_MS
from tests.screens.conftest import tap

OUT = Path(__file__).resolve().parents[2] / "screenshots" / "progress"


def _issue(database):  # type: ignore[no-untyped-def]
    notices = NoticeService(database)
    matter = notices.content.matter_summaries()[0].code
    draft = notices.draft_missing(matter, received=[1], staff_code="S01", applicant_name="王秀英",
                                  applicant_phone="13812345678")  # fmt: skip
    return notices.issue(draft)


def _type(qtbot, screen, digits: str) -> None:  # type: ignore[no-untyped-def]
    tap(qtbot, screen.pad.keys["clear"])
    for digit in digits:
        tap(qtbot, screen.pad.keys[digit])


def test_resident_types_the_code_and_sees_status_and_missing(qtbot, shell, sqlite_demo) -> None:
    notice = _issue(sqlite_demo)
    ProgressBook(sqlite_demo).set_status(notice.serial, "已补齐", "staff:S01")
    ProgressBook(sqlite_demo).set_status(notice.serial, "待补正", "staff:S01")  # staff corrected themselves
    tap(qtbot, shell.screen_named("home").tiles["progress"])
    screen = shell.current_screen()
    assert screen.name == "progress"
    assert not screen.find_button.isEnabled()
    _type(qtbot, screen, notice.lookup_code)
    tap(qtbot, screen.find_button)
    text = " ".join(w.text() for w in screen.area.widget().findChildren(type(screen.pad.shown)))
    assert "待补正" in text and notice.serial in text
    assert all(m.name in text for m in notice.to_supply)
    assert "王秀英" not in text and "1381" not in text
    OUT.mkdir(parents=True, exist_ok=True)
    for size in ((1920, 1080), (1080, 1920)):
        shell.resize(*size)
        qtbot.wait(60)
        shell.grab().save(str(OUT / f"progress-found-{size[0]}x{size[1]}.png"))


def test_wrong_codes_show_nothing_then_the_kiosk_asks_to_wait(qtbot, shell, sqlite_demo) -> None:
    notice = _issue(sqlite_demo)
    shell.go("progress")
    screen = shell.current_screen()
    for attempt in range(5):
        _type(qtbot, screen, f"{1234567890 + attempt}")
        tap(qtbot, screen.find_button)
        assert screen.found is None
    answer = screen.area.widget().findChild(type(screen.pad.shown), "ProgressAnswer")
    assert "60" in answer.text()
    _type(qtbot, screen, notice.lookup_code)
    tap(qtbot, screen.find_button)
    assert screen.found is None  # the sixth try is refused, however right
    answer = screen.area.widget().findChild(type(screen.pad.shown), "ProgressAnswer")
    assert "秒" in answer.text() or "seconds" in answer.text()


def test_staff_set_the_status_in_the_console_and_the_resident_sees_it(qtbot, shell, sqlite_demo) -> None:
    from PySide6.QtWidgets import QPushButton

    from kiosk.app import _console_sections
    from kiosk.screens.admin.console import AdminConsole
    from kiosk.services.auth import STAFF, AuthSession

    notice = _issue(sqlite_demo)
    session = AuthSession(STAFF, "S01", "李娜", dt.datetime.now())
    console = AdminConsole(_console_sections(shell.content, sqlite_demo, session), "李娜", STAFF)
    qtbot.addWidget(console)
    page = console.open_section("notice.progress")
    page.serial_field.setText(notice.serial[-8:])
    page.find_notices()
    assert page.selected == notice.serial and "待补正" in page.list.item(0).text()
    accepted = page.status_buttons["已受理"]
    assert isinstance(accepted, QPushButton)
    accepted.click()
    assert "已受理" in page.list.item(0).text()
    found = ProgressBook(sqlite_demo).lookup(notice.lookup_code)
    assert found is not None and found.status == "已受理" and found.missing == ()


def test_a_kiosk_with_a_camera_reads_the_code_from_the_notice(qtbot, shell, sqlite_demo) -> None:
    """「扫描告知单二维码」: the camera's picture with one instruction; the printed notice held up is
    read, looked up and the camera goes off. Here the frames are pictures of the printed notice
    (CI has no camera): everything after the camera — decoding on a pool thread, the lookup, the
    screen — is the kiosk's own."""
    from PySide6.QtGui import QPainter
    from PySide6.QtWidgets import QLabel, QPushButton

    from kiosk.screens.progress import ProgressScreen
    from kiosk.services.notice_progress import LookupLimiter
    from kiosk.widgets.camera_scan import CameraScan
    from kiosk.widgets.qr import qr_image
    from tests.services.test_qr_scan import held_up, printed_page

    notice = _issue(sqlite_demo)
    assert shell.screen_named("home") is not None
    without = ProgressScreen(shell.look, ProgressBook(sqlite_demo).lookup, LookupLimiter())
    qtbot.addWidget(without)
    without.refresh()
    assert without.findChild(QPushButton, "ProgressScan") is None, "no camera: no scan button"
    screen = ProgressScreen(
        shell.look, ProgressBook(sqlite_demo).lookup, LookupLimiter(), lambda: CameraScan(camera=False)
    )
    qtbot.addWidget(screen)
    photo = held_up(printed_page(notice))
    OUT.mkdir(parents=True, exist_ok=True)
    for size in ((1920, 1080), (1080, 1920)):
        screen.resize(*size)
        screen.show()
        screen.refresh()  # laid out for this shape (the earlier buttons are deleted on the way)
        qtbot.wait(20)  # and the new ones shown
        tap(qtbot, next(b for b in screen.findChildren(QPushButton, "ProgressScan") if b.isVisible()))
        scan = screen.scan
        assert scan is not None and scan.running
        nothing = QImage(photo.size(), QImage.Format.Format_RGB32)
        nothing.fill(0x6E6A64)  # (a QImage's pixels are not cleared: an earlier frame's could be read)
        scan.take(nothing)  # a frame of nothing first: still looking
        qtbot.wait(EVERY_MS + 100)
        assert screen.scan is scan and screen.found is None
        hint = screen.findChild(QLabel, "ProgressScanHint")
        assert "扫码保存补正清单" in hint.text()  # the caption printed under the code to show
        web = QImage(photo.size(), QImage.Format.Format_RGB32)
        web.fill(0x6E6A64)
        painter = QPainter(web)
        painter.drawImage(400, 120, qr_image("https://zwfw.example.gov.cn/bszn?itemCode=1", 480))
        painter.end()
        scan.take(web)  # the notice's other code (扫码网上办理): no 查询码 in it
        qtbot.waitUntil(lambda h=hint: "不是" in h.text() or "not the code" in h.text(), timeout=10_000)
        assert screen.scan is scan and scan.running and screen.found is None, "still looking for the right one"
        qtbot.wait(EVERY_MS + 20)
        screen.grab().save(str(OUT / f"progress-scanning-{size[0]}x{size[1]}.png"))
        qtbot.wait(EVERY_MS + 20)
        scan.take(photo)
        qtbot.waitUntil(lambda: screen.found is not None, timeout=10_000)
        assert not scan.running and screen.scan is None, "the camera goes off once the code is read"
        assert screen.pad.digits == notice.lookup_code and screen.found.serial == notice.serial
        qtbot.wait(60)
        screen.grab().save(str(OUT / f"progress-scanned-{size[0]}x{size[1]}.png"))
        screen.reset()


def test_the_camera_gives_up_after_a_minute_and_goes_off_when_the_screen_is_left(qtbot, shell) -> None:
    from PySide6.QtWidgets import QPushButton

    from kiosk.screens.progress import ProgressScreen
    from kiosk.services.notice_progress import LookupLimiter
    from kiosk.widgets.camera_scan import CameraScan

    made: list[CameraScan] = []

    def camera() -> CameraScan:
        made.append(CameraScan(camera=False))
        made[-1].timer.setInterval(300)  # a minute in the kiosk
        return made[-1]

    screen = ProgressScreen(shell.look, lambda _code: None, LookupLimiter(), camera)
    qtbot.addWidget(screen)
    screen.resize(1920, 1080)
    screen.show()
    screen.refresh()
    tap(qtbot, screen.findChild(QPushButton, "ProgressScan"))
    qtbot.waitUntil(lambda: screen.scan is None, timeout=5_000)
    assert not made[0].running
    answer = screen.area.widget().findChild(type(screen.pad.shown), "ProgressAnswer")
    assert answer is not None and ("type" in answer.text() or "输入" in answer.text())
    tap(qtbot, screen.findChild(QPushButton, "ProgressScan"))
    assert made[1].running
    screen.reset()  # the idle reset, or home
    assert not made[1].running and screen.scan is None


def test_the_notices_window_is_one_tap_from_the_floor_plan(qtbot, shell, sqlite_demo) -> None:
    """The answer names the window to bring the materials to, with 「在地图上看」 when it is on the plan;
    back from the plan, the answer is still there."""
    from PySide6.QtWidgets import QPushButton

    from kiosk.data.floor_plans import WINDOW, FloorPlans, load_demo_plan
    from kiosk.widgets.plan_view import TARGET

    notice = _issue(sqlite_demo)
    shell.go("progress")
    screen = shell.current_screen()
    _type(qtbot, screen, notice.lookup_code)
    tap(qtbot, screen.find_button)
    assert screen.found is not None and screen.found.window_name
    assert screen.area.widget().findChild(QPushButton, "ShowOnMap") is None, "no plan yet: no button"
    load_demo_plan(sqlite_demo)
    shell.content.invalidate()  # as the end of the console session that drew the plan does
    tap(qtbot, screen.find_button)
    show = screen.area.widget().findChild(QPushButton, "ShowOnMap")
    qtbot.waitUntil(show.isVisible, timeout=2_000)  # the new answer is shown at the next turn of the event loop
    screen.area.ensureWidgetVisible(show)  # a finger scrolls to it
    tap(qtbot, show)
    plan = shell.current_screen()
    window = next(w for w in shell.content.windows() if w.name == screen.found.window_name)
    spot = FloorPlans(sqlite_demo).place_of(WINDOW, window.code)
    assert plan.name == "floorplan" and spot is not None
    assert {mk.kind: (mk.x, mk.y) for mk in plan.view.markers}[TARGET] == (spot.x, spot.y)
    shell.back()
    assert shell.current_screen() is screen and screen.found is not None
    assert screen.area.widget().findChild(QPushButton, "ShowOnMap") is not None
    OUT.mkdir(parents=True, exist_ok=True)
    for size in ((1920, 1080), (1080, 1920)):
        shell.resize(*size)
        qtbot.wait(60)
        screen.area.ensureWidgetVisible(screen.area.widget().findChild(QPushButton, "ShowOnMap"))
        qtbot.wait(30)
        shell.grab().save(str(OUT / f"progress-window-on-map-{size[0]}x{size[1]}.png"))
