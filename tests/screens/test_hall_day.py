"""The kiosk's day: dark outside opening hours, awake on a touch, chrome that shifts, the urgent banner."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QLabel

from kiosk.data import models as m
from kiosk.data.settings import Settings
from kiosk.screens.hall_day import SHIFTS
from kiosk.screens.night import NightScreen
from kiosk.services.schedule import ScreenSchedule
from tests.screens.conftest import tap
from tests.screens.test_screenshots import distinct_colours

SHOTS = Path(__file__).resolve().parents[2] / "screenshots"
WEEKDAYS = {str(d): "08:30-17:30" for d in range(1, 6)} | {"6": "", "7": ""}
EVENING = dt.datetime(2026, 9, 29, 21, 0)  # a Tuesday
MORNING = dt.datetime(2026, 9, 30, 9, 0)
URGENT = "明日停水:大厅上午暂停办理业务"


def _schedule(shell, now: dt.datetime) -> None:  # type: ignore[no-untyped-def]
    shell.day.clock = lambda: now
    shell.apply_settings({"screen_schedule": True, "opening_hours": WEEKDAYS, "holidays": [], "workdays": []})


def test_after_closing_time_a_resting_kiosk_goes_dark_and_wakes_in_the_morning(qtbot, shell) -> None:
    _schedule(shell, MORNING)
    assert not shell.day.showing_night()
    shell.day.clock = lambda: EVENING
    shell.day.tick()  # the half-minute check
    night = shell.layers.currentWidget()
    assert isinstance(night, NightScreen) and shell.showing() == "night"
    assert night.hall.text() == shell.header.hall.text() and ":" in night.clock.text()
    first = night.block.pos()
    for _ in range(5):
        night.drift()
        if night.block.pos() != first:
            break
    assert night.block.pos() != first  # the clock does not stand still
    assert night.rect().contains(night.block.geometry())
    shell.day.clock = lambda: MORNING
    shell.day.tick()
    assert shell.layers.currentWidget() is shell.main and shell.current[0] == "home"


def test_a_touch_at_night_shows_the_kiosk_and_the_next_idle_period_dims_it_again(qtbot, shell) -> None:
    _schedule(shell, EVENING)
    night = shell.layers.currentWidget()
    assert isinstance(night, NightScreen)
    tap(qtbot, night, QPoint(300, 300))
    assert shell.layers.currentWidget() is shell.main and shell.current[0] == "home"
    shell.on_idle()  # idle at home at night: dark again, never the bright attract loop
    assert shell.day.showing_night()
    shell.on_idle()  # and it stays dark through later idle periods
    assert shell.day.showing_night()
    shell.day.clock = lambda: MORNING
    shell.go_home()
    shell.on_idle()
    assert shell.layers.currentWidget() is shell.screens["attract"]  # by day: the attract loop


def test_someone_using_the_kiosk_at_closing_time_is_not_interrupted(qtbot, shell) -> None:
    _schedule(shell, MORNING)
    shell.go("notices")
    shell.day.clock = lambda: EVENING
    shell.day.tick()
    assert shell.layers.currentWidget() is shell.main and shell.current[0] == "notices"
    shell.idle_reset()
    shell.day.tick()
    assert shell.day.showing_night()


def test_the_picture_moves_a_few_pixels_every_hour(qtbot, shell) -> None:
    logo, tile = shell.header.logo, shell.screens["home"].tiles["services"]
    origin = logo.mapTo(shell, QPoint(0, 0)), tile.mapTo(shell, QPoint(0, 0))
    moves = []
    for _ in SHIFTS:
        shell.day.shift()
        qtbot.wait(10)
        now = logo.mapTo(shell, QPoint(0, 0)), tile.mapTo(shell, QPoint(0, 0))
        moves.append(tuple((n - o).toTuple() for n, o in zip(now, origin, strict=True)))
    assert len(set(moves)) == len(SHIFTS)  # a new place every hour
    assert all(abs(dx) <= 4 and abs(dy) <= 8 for move in moves for dx, dy in move)  # a few pixels only
    assert shell.header.geometry().left() == 0 and shell.header.width() == shell.width()  # the bar itself stays


def _urgent(database, *, priority: str = "紧急") -> None:  # type: ignore[no-untyped-def]
    with database.session() as session:
        session.add(m.Notice(key="water", title=URGENT, body="因管网检修，明日上午停水。", priority=priority, sort=99))
        session.commit()


def test_an_urgent_notice_is_a_banner_on_every_screen_and_first_in_the_attract_loop(qtbot, shell) -> None:
    assert not shell.banner.isVisible()
    _urgent(shell.content.database)
    shell.content_changed(Settings(shell.content.database).all)  # what the kiosk's content watch does
    shell.go_home()
    assert shell.banner.isVisible() and URGENT in shell.banner.text.text()
    for name in ("services", "staff", "rating"):
        shell.go(name)
        assert shell.banner.isVisible()
    tap(qtbot, shell.banner)
    assert shell.current[0] == "notices"
    shell.go_home()
    shell.show_attract()
    attract = shell.screens["attract"]
    assert attract.current_title() == URGENT and attract.kind_label.text() == "紧急通知"


def test_an_ordinary_notice_makes_no_banner(qtbot, shell) -> None:
    _urgent(shell.content.database, priority="普通")
    shell.content_changed(Settings(shell.content.database).all)  # what the kiosk's content watch does
    shell.go_home()
    assert not shell.banner.isVisible()


def test_the_night_screen_and_the_banner_are_saved_for_review(qtbot, shell) -> None:
    _urgent(shell.content.database)
    shell.content_changed(Settings(shell.content.database).all)  # what the kiosk's content watch does
    shell.go_home()
    folder = SHOTS / "hall-day"
    folder.mkdir(parents=True, exist_ok=True)
    for size in ((1920, 1080), (1080, 1920)):
        for name, language, elder in (("zh", "zh_CN", False), ("en", "en", False), ("elder", "zh_CN", True)):
            shell.set_language(language)
            shell.set_elder(elder)
            shell.resize(*size)
            shell.day.clock = lambda: MORNING
            shell.go("services")
            qtbot.wait(30)
            image = shell.grab().toImage()
            assert (image.width(), image.height()) == size
            banner = shell.banner.text
            assert banner.width() >= banner.minimumSizeHint().width()
            image.save(str(folder / f"banner-{name}-{size[0]}x{size[1]}.png"))
            _schedule(shell, EVENING)
            shell.go_home()
            shell.day.tick()
            night = shell.day.night
            assert night is not None and shell.layers.currentWidget() is night
            qtbot.wait(30)
            image = shell.grab().toImage()
            assert distinct_colours(image) >= 2
            assert night.rect().contains(night.block.geometry())
            image.save(str(folder / f"night-{name}-{size[0]}x{size[1]}.png"))
            shell.day.clock = lambda: MORNING
            shell.day.tick()
    shell.set_elder(False)
    assert all(label.text() for label in shell.day.night.findChildren(QLabel))  # type: ignore[union-attr]


def test_the_schedule_setting_reaches_the_kiosk_from_the_database(qtbot, sqlite_demo) -> None:
    from kiosk.app import build_shell
    from kiosk.data.settings import Settings

    Settings(sqlite_demo).update({"screen_schedule": True, "opening_hours": WEEKDAYS, "holidays": ["2026-10-01"]})
    shell = build_shell(sqlite_demo, "zh_CN")
    qtbot.addWidget(shell)
    assert shell.day.schedule.enabled and dt.date(2026, 10, 1) in shell.day.schedule.calendar.holidays
    assert shell.day.schedule == ScreenSchedule.from_settings(Settings(sqlite_demo).all())
    from PySide6.QtWidgets import QApplication

    QApplication.instance().setStyleSheet("")
    shell.services["translator"].set_language("en")
