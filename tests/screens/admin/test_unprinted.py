"""Notices that never printed (未打印): a failed or interrupted print leaves the archive saying so, 补打
lists the state, the next sign-in offers them, and printing them (two copies) marks them printed."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QPushButton

from kiosk.data.settings import Settings
from kiosk.screens.admin.reprint import ReprintPage
from kiosk.services.auth import AuthService
from kiosk.services.printing_cups import CupsBackend
from kiosk.widgets.notice_print import wait_for_print_jobs
from kiosk.widgets.touch_list import SUBTITLE
from tests.screens.admin.test_staff_notice import PAYMENT, desk, fill_in, issue, preview  # noqa: F401
from tests.screens.conftest import tap
from tests.screens.test_guide_flow import tap_row
from tests.screens.test_login import CHEAP, PIN, sign_in
from tests.services.conftest import CupsTestbed, cups  # noqa: F401


def _state(notices, serial: str) -> str:  # type: ignore[no-untyped-def]
    [found] = notices.search(serial=serial)
    return found.print_state


def test_a_print_that_failed_leaves_the_notice_unprinted_until_it_comes_out(qtbot, desk, tmp_path) -> None:  # noqa: F811
    from kiosk.services.printing import FolderBackend

    blocked = tmp_path / "blocked"
    blocked.write_text("")
    desk.printer.current = FolderBackend(blocked)  # the "printer" cannot take it
    page = desk.console.open_section("notice.missing")
    fill_in(qtbot, page)
    preview(qtbot, page)
    issue(qtbot, page, "failed")
    serial = page.serial_label.text()
    qtbot.waitUntil(lambda: _state(desk.notices, serial) == "failed", timeout=10_000)
    [waiting] = desk.notices.unprinted()
    assert waiting.serial == serial and waiting.print_error.startswith("无法把告知单保存到文件夹")
    desk.printer.current = desk.folder
    tap(qtbot, page.again_button)
    qtbot.waitUntil(lambda: page.status.state == "done", timeout=20_000)
    qtbot.waitUntil(lambda: _state(desk.notices, serial) == "saved", timeout=10_000)  # a folder: saved, not paper
    assert desk.notices.unprinted() == []


def test_the_next_sign_in_offers_the_notices_that_never_came_out(qtbot, shell, tmp_path) -> None:  # type: ignore[no-untyped-def]
    database = shell.content.database
    AuthService(database, cost=CHEAP).set_pin("staff", PIN, "S02", actor="test")
    Settings(database).set("printer", f"folder:{tmp_path / 'printed'}")
    notices = shell.services["notices"]
    # the kiosk was switched off right after the serial was taken: archived, never printed
    lost = notices.issue(notices.draft_missing(PAYMENT, {"agent": "否"}, received=[1], staff_code="S02"))
    printed = notices.issue(notices.draft_missing(PAYMENT, {"agent": "否"}, received=[1], staff_code="S02"))
    notices.mark_printed(printed.serial)
    sign_in(qtbot, shell, "staff:S02")
    console = shell.access.console
    page = console.stack.currentWidget()
    assert isinstance(page, ReprintPage), "the console opens on the notices that never printed"
    assert page.offer.isVisible() and "1" in page.offer.text() and page.unprinted_only.isChecked()
    assert [r.serial for r in page.results] == [lost.serial]
    assert "未打印" in page.list.model_.item(0).data(SUBTITLE)
    tap_row(qtbot, page.list, lost.serial)
    qtbot.waitUntil(lambda: page.prepared is not None, timeout=20_000)
    assert page.print_button.text() == "打印一式两份"
    tap(qtbot, page.print_button)
    qtbot.waitUntil(lambda: page.status.state == "done", timeout=20_000)
    assert wait_for_print_jobs()
    qtbot.waitUntil(lambda: notices.unprinted() == [], timeout=10_000)
    assert len(list((tmp_path / "printed").glob("*.pdf"))) == 1
    tap(qtbot, page.back_button)
    assert not page.offer.isVisible()  # nothing waits any more
    unchecked = [b for b in page.findChildren(QPushButton) if b is page.unprinted_only]
    tap(qtbot, unchecked[0])
    assert {r.serial for r in page.results} == {lost.serial, printed.serial}


@pytest.mark.cups
def test_the_dead_cups_queue_leaves_the_notice_unprinted_and_the_paper_queue_prints_it(
    qtbot,
    desk,  # noqa: F811
    cups: CupsTestbed,  # noqa: F811
) -> None:
    desk.printer.current = CupsBackend(cups.dead_queue, timeout=30)
    page = desk.console.open_section("notice.missing")
    fill_in(qtbot, page)
    preview(qtbot, page)
    issue(qtbot, page, "failed")
    serial = page.serial_label.text()
    qtbot.waitUntil(lambda: _state(desk.notices, serial) == "failed", timeout=10_000)
    reason = desk.notices.unprinted()[0].print_error
    print(f"\ndead queue: {serial} stays 未打印 ({reason})")
    desk.printer.current = CupsBackend(cups.pdf_queue, timeout=60)
    tap(qtbot, page.again_button)
    qtbot.waitUntil(lambda: page.status.state == "done", timeout=60_000)
    qtbot.waitUntil(lambda: _state(desk.notices, serial) == "printed", timeout=10_000)  # on paper this time


@pytest.mark.cups
def test_the_command_line_marks_a_failed_print_and_reprints_it(tmp_path: Path, sqlite_demo, cups: CupsTestbed) -> None:  # noqa: F811
    from kiosk.services.notice_archive import NoticeService

    db = sqlite_demo.url.removeprefix("sqlite:///")
    kiosk = [sys.executable, "-m", "kiosk", "--db", db, "notice"]
    out = subprocess.run(
        [*kiosk, "--matter", PAYMENT, "--answers", "agent=否", "--received", "1", "--staff", "S02",
         "--out", str(tmp_path / "n.pdf"), "--print", f"cups:{cups.dead_queue}"],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert out.returncode == 2 and out.stderr.count("\n") == 1
    notices = NoticeService(sqlite_demo)
    [waiting] = notices.unprinted()
    assert "未打印" in out.stdout and waiting.serial in out.stdout and waiting.print_state == "failed"
    paper = f"cups:{cups.pdf_queue}"
    again = subprocess.run(
        [*kiosk, "--reprint", waiting.serial, "--out", str(tmp_path / "again.pdf"), "--print", paper],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert again.returncode == 0, again.stderr
    assert notices.unprinted() == [] and _state(notices, waiting.serial) == "printed"
