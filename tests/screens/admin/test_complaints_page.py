"""投诉登记 in the console: a complaint recorded, handled and its result published on the 监督 board, anonymised."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from kiosk.data import models as m
from kiosk.data.repository import ContentRepository
from kiosk.screens.base import Look
from kiosk.screens.supervision import SupervisionScreen
from kiosk.widgets.theme import NORMAL, STANDARD
from tests.screens.admin.supervision_console import open_console, press, save
from tests.screens.bulletin_content import shown_texts

COMPLAINANT = "赵建国 13711112222"


@pytest.fixture
def console(qtbot, sqlite_demo):  # type: ignore[no-untyped-def]
    alive: list[object] = []
    yield lambda size=(1920, 1080): open_console(qtbot, sqlite_demo, size, alive)
    QApplication.instance().setStyleSheet("")


def board_texts(qtbot, database) -> str:  # type: ignore[no-untyped-def]
    content = ContentRepository(database)
    board = SupervisionScreen(
        Look(STANDARD, NORMAL), content.hall, content.complaint_channels, content.complaint_results
    )
    qtbot.addWidget(board)
    board.resize(1920, 1080)
    board.open()
    return "\n".join(shown_texts(board))


def test_a_phone_complaint_is_recorded_handled_and_its_result_published_anonymised(qtbot, sqlite_demo, console) -> None:
    shown = console()
    page = shown.console.open_section("complaints")
    problems: dict[str, list[str]] = {}
    assert page.key == "new"  # an empty register opens on a new complaint
    press(qtbot, page.area, page.channels["电话"])
    page.received.setDate(QDate.currentDate().addDays(-3))
    page.window_box.setCurrentIndex(page.window_box.findData("W1"))
    page.complainant.setText(COMPLAINANT)
    page.summary.setPlainText("来电反映1号窗口李晓梅办理失业登记时让其多跑一趟。")
    save(qtbot, shown.console, "complaint-new", problems)
    press(qtbot, page.area, page.record_button)
    (record,) = page.records
    assert (record.channel, record.status, record.window) == ("电话", "open", "W1")
    assert record.received_on == dt.date.today() - dt.timedelta(days=3)
    assert not page.publishing.isVisible()

    page.result.setPlainText("经核实属实,已对李晓梅提醒谈话,当日为赵建国办结失业登记。")
    press(qtbot, page.area, page.close_button)
    assert page.records[0].status == "closed" and page.publishing.isVisible()
    assert "李**" in page.public_result.toPlainText() and "李晓梅" not in page.public_result.toPlainText()
    assert "赵建国" not in page.public_result.toPlainText()
    page.area.ensureWidgetVisible(page.publish_button)
    save(qtbot, shown.console, "complaint-to-publish", problems)
    page.public_summary.setPlainText("群众来电(13711112222)反映办理失业登记时多跑一趟。")  # a slip, masked anyway
    press(qtbot, page.area, page.publish_button)
    assert page.message.property("role") == "message-ok", page.message.text()
    key = page.records[0].result_key
    with sqlite_demo.session() as session:
        row = session.scalar(select(m.ComplaintResult).where(m.ComplaintResult.key == key))
        revisions = session.scalars(select(m.Revision.action).where(m.Revision.key == key)).all()
    assert (
        row is not None and row.status == "published" and revisions == ["publish"]
    )  # archived (存档) like any content
    texts = board_texts(qtbot, sqlite_demo)
    assert row.title in texts and "137****2222" in texts
    for secret in ("13711112222", "赵建国", "李晓梅"):
        assert secret not in texts
    save(qtbot, shown.console, "complaint-published", problems)

    press(qtbot, page.area, page.withdraw_button)  # taken off the board, kept (archived)
    assert row.title not in board_texts(qtbot, sqlite_demo)
    assert problems == {}


def test_a_complaint_without_content_or_in_the_future_is_refused(qtbot, sqlite_demo, console) -> None:
    page = console().console.open_section("complaints")
    press(qtbot, page.area, page.record_button)
    assert page.message.property("role") == "message-error" and "投诉内容" in page.message.text()
    page.summary.setPlainText("意见箱来信。")
    page.received.setDate(QDate.currentDate().addDays(2))
    press(qtbot, page.area, page.record_button)
    assert "不能晚于今天" in page.message.text() and page.records == []
