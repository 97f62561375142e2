"""差评整改 in the console: open cases by deadline, overdue in red, a case followed to the public board anonymised."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QApplication

from kiosk.data.repository import ContentRepository
from kiosk.screens.admin.supervision_parts import ALERT
from kiosk.screens.base import Look
from kiosk.screens.supervision import SupervisionScreen
from kiosk.services.supervision.cases import CaseService
from kiosk.widgets.theme import NORMAL, STANDARD
from tests.screens.admin.helpers import click
from tests.screens.admin.supervision_console import open_console, press, save
from tests.screens.bulletin_content import shown_texts
from tests.services.supervision.helpers import rate

CONTACT = "13912345678"
STAFF_NAME = "王志强"  # S03, 1号窗口 in the demo hall


@pytest.fixture
def console(qtbot, sqlite_demo):  # type: ignore[no-untyped-def]
    alive: list[object] = []
    yield lambda size=(1920, 1080): open_console(qtbot, sqlite_demo, size, alive)
    QApplication.instance().setStyleSheet("")


def test_open_cases_are_listed_by_deadline_and_the_overdue_one_is_red(qtbot, sqlite_demo, console) -> None:
    now = dt.datetime.now().replace(microsecond=0)
    rate(sqlite_demo, now - dt.timedelta(hours=1), window="W1", comment="等了很久")
    rate(sqlite_demo, now - dt.timedelta(days=40), window="W8")  # long past its 15 working days
    rate(sqlite_demo, now - dt.timedelta(days=3), level=5)  # a good rating without a comment: no case
    page = console().console.open_section("cases")
    assert [r.rated_on for r in page.records] == [(now - dt.timedelta(days=40)).date(), now.date()]
    model = page.rows.model_
    assert [bool(model.item(i).data(ALERT)) for i in range(model.rowCount())] == [True, False]
    assert page.filters["overdue"].text().endswith("(1)") and page.filters["open"].text().endswith("(2)")
    click(qtbot, page.filters["overdue"])
    assert len(page.records) == 1 and page.records[0].overdue(dt.date.today())
    assert page.detail.deadline.property("role") == "alert"


def test_a_case_is_followed_from_the_rating_to_the_public_board_anonymised(qtbot, sqlite_demo, console) -> None:
    rate(sqlite_demo, dt.datetime.now().replace(microsecond=0), window="W1", comment="态度差", contact=CONTACT)
    shown = console()
    page = shown.console.open_section("cases")
    detail = page.detail
    (record,) = page.records
    assert CONTACT in detail.contact.text()  # the case page is the one place it is shown in full
    problems: dict[str, list[str]] = {}
    save(qtbot, shown.console, "case-to-verify", problems)

    detail.problem.setPlainText(f"窗口工作人员{STAFF_NAME}解释政策不耐心,群众(电话{CONTACT})不满意。")
    detail.finding.setPlainText("查看监控,属实。")
    detail.combos["staff"].setCurrentIndex(detail.combos["staff"].findData("S03"))
    press(qtbot, page.area, detail.buttons["verify"])
    assert page.records[0].status == "rectifying" and page.records[0].staff_code == "S03"
    detail.rectification.setPlainText(f"对{STAFF_NAME}进行提醒谈话,组织窗口人员学习服务规范。")
    press(qtbot, page.area, detail.buttons["rectify"])
    detail.visit.setPlainText(f"电话回访{CONTACT},群众表示满意。")
    save(qtbot, shown.console, "case-to-call-back", problems)
    press(qtbot, page.area, detail.buttons["visit_yes"])
    assert page.records == []  # no open case left
    click(qtbot, page.filters["closed"])
    closed = CaseService(sqlite_demo).case(record.id)
    assert closed.status == "visited" and closed.on_time() is True
    assert "139****5678" in detail.preview.text() and CONTACT not in detail.preview.text()
    assert [line.split(" · ")[2] for line in detail.history.text().splitlines()[1:]] == [
        "case.verify 待核实 → 整改中",
        "case.rectify 整改中 → 已整改",
        "case.visit 已整改 → 已回访",
    ]
    save(qtbot, shown.console, "case-closed", problems)

    board = SupervisionScreen(
        Look(STANDARD, NORMAL),
        lambda: None,
        lambda: [],
        lambda: [],
        ContentRepository(sqlite_demo).supervision_board,
    )
    qtbot.addWidget(board)
    board.resize(1920, 1080)
    board.open()
    texts = "\n".join(shown_texts(board))
    assert "窗口工作人员王**解释政策不耐心" in texts and "对王**进行提醒谈话" in texts
    assert CONTACT not in texts and STAFF_NAME not in texts and "查看监控" not in texts and "电话回访" not in texts
    assert "100%" in texts
    assert problems == {}


def test_a_refused_step_says_why_and_changes_nothing(qtbot, sqlite_demo, console) -> None:
    rate(sqlite_demo, dt.datetime.now().replace(microsecond=0), comment="")
    page = console().console.open_section("cases")
    detail = page.detail
    detail.reason.setPlainText("")
    press(qtbot, page.area, detail.buttons["unfounded"])
    assert detail.message.isVisible() and detail.message.property("role") == "message-error"
    assert "理由" in detail.message.text()
    assert page.records[0].status == "verifying"
    assert "no_action" not in detail.buttons  # a 差评 cannot be closed as "nothing to do"
