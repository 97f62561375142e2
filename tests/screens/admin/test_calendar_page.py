"""工作日历 in the console: days added and removed, a weekday refused as a worked weekend, CSV in and out."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from kiosk.data import models as m
from kiosk.services.supervision.calendar import CalendarStore
from kiosk.services.supervision.calendar_file import read_csv
from tests.screens.admin.helpers import click
from tests.screens.admin.supervision_console import open_console, save

THIS_YEAR = dt.date.today().year


@pytest.fixture
def page(qtbot, sqlite_demo):  # type: ignore[no-untyped-def]
    alive: list[object] = []
    shown = open_console(qtbot, sqlite_demo, (1920, 1080), alive)
    yield shown.console.open_section("calendar")
    QApplication.instance().setStyleSheet("")


def test_days_are_added_changed_and_removed_and_a_weekday_cannot_be_a_worked_weekend(qtbot, sqlite_demo, page) -> None:
    assert page.warning.isVisible() and str(THIS_YEAR) in page.warning.text()  # nothing entered yet
    page.date.setDate(QDate(THIS_YEAR, 10, 1))
    page.name.setText("国庆节")
    click(qtbot, page.save_button)
    oct_1 = dt.date(THIS_YEAR, 10, 1)
    assert CalendarStore(sqlite_demo).calendar().is_holiday(oct_1)
    assert page.rows.keys() == [oct_1.isoformat()]
    weekday = next(dt.date(THIS_YEAR, 9, d) for d in range(1, 8) if dt.date(THIS_YEAR, 9, d).weekday() == 1)
    page.date.setDate(QDate(weekday.year, weekday.month, weekday.day))
    click(qtbot, page.kinds["workday"])
    click(qtbot, page.save_button)
    assert page.message.property("role") == "message-error" and page.rows.keys() == [oct_1.isoformat()]
    saturday = weekday + dt.timedelta(days=4)
    page.date.setDate(QDate(saturday.year, saturday.month, saturday.day))
    page.name.setText("国庆节调休")
    click(qtbot, page.save_button)
    assert CalendarStore(sqlite_demo).calendar().is_working_day(saturday)
    save(qtbot, page.window(), "calendar")
    page.choose(oct_1.isoformat())
    assert page.name.text() == "国庆节" and page.kinds["holiday"].isChecked()
    click(qtbot, page.remove_button)
    assert page.rows.keys() == [saturday.isoformat()]
    with sqlite_demo.session() as session:
        details = session.scalars(select(m.AuditEntry.detail).where(m.AuditEntry.action == "calendar.save")).all()
    assert len(details) == 3


def test_a_calendar_csv_with_mistakes_is_refused_whole_and_a_good_one_replaces_its_years(
    qtbot, sqlite_demo, page, tmp_path: Path
) -> None:
    CalendarStore(sqlite_demo).replace_year(2026, [], actor="t")
    bad = tmp_path / "bad.csv"
    bad.write_text("日期,类型,名称\n2026-10-01,休,国庆节\n2026/10/02,休,国庆节\n2026-10-05,放,国庆节\n2026-10-01,休,重复\n",
                   encoding="utf-8")  # fmt: skip
    page.import_from(bad)
    text = page.message.text()
    assert page.message.property("role") == "message-error"
    assert "第3行 日期" in text and "第4行 类型" in text and "第5行 日期" in text and "与第 2 行重复" in text
    assert CalendarStore(sqlite_demo).calendar().days == {}
    good = tmp_path / "good.csv"
    good.write_bytes(
        "日期,类型,名称\n2026-10-01,休,国庆节\n2026-10-10,班,国庆节调休\n".encode("gb18030")
    )  # Excel's GBK
    page.import_from(good)
    assert page.message.property("role") == "message-ok"
    calendar = CalendarStore(sqlite_demo).calendar()
    assert calendar.is_holiday(dt.date(2026, 10, 1)) and calendar.is_working_day(dt.date(2026, 10, 10))
    folder = tmp_path / "usb"
    folder.mkdir()
    page.export_to(folder)
    (written,) = folder.glob("calendar-*.csv")
    assert written.read_bytes().startswith(b"\xef\xbb\xbf")
    assert read_csv(written) == read_csv(good)
