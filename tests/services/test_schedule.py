"""Opening hours, holidays and 调休 days: when the kiosk's screen is lit. A table of days and times."""

from __future__ import annotations

import datetime as dt

import pytest

from kiosk.services.schedule import (
    END_OF_DAY,
    ScreenSchedule,
    hall_calendar,
    hours_text,
    parse_dates,
    parse_hours,
    schedule_problems,
)

HOURS = {"1": "08:30-12:00, 14:00-17:30", "2": "08:30-12:00, 14:00-17:30", "3": "08:30-12:00, 14:00-17:30",
         "4": "08:30-12:00, 14:00-17:30", "5": "08:30-12:00, 14:00-17:30", "6": "09:00-12:00", "7": ""}  # fmt: skip
SETTINGS = {
    "screen_schedule": True,
    "opening_hours": HOURS,
    "holidays": ["2026-10-01", "2026-10-02", "2026-10-05"],
    "workdays": ["2026-09-27", "2026-10-10"],  # a Sunday and a Saturday worked for the National Day week
}


def test_hours_are_read_as_people_write_them() -> None:
    assert parse_hours("08:30-12:00, 14:00-17:30") == [(dt.time(8, 30), dt.time(12)), (dt.time(14), dt.time(17, 30))]
    assert parse_hours("14:00–24:00；8:00至12:00") == [(dt.time(8), dt.time(12)), (dt.time(14), END_OF_DAY)]
    assert parse_hours("  ") == []
    assert parse_hours("9：00～12：00") == [(dt.time(9), dt.time(12))]
    assert hours_text(parse_hours("8:00-12:00,14:00-24:00")) == "08:00-12:00, 14:00-24:00"


@pytest.mark.parametrize(
    "text", ["8点-12点", "12:00-08:00", "25:00-26:00", "08:00-08:00", "08:60-09:00", "24:30-24:40"]
)
def test_hours_that_cannot_be_read_are_refused(text: str) -> None:
    with pytest.raises(ValueError):
        parse_hours(text)


@pytest.mark.parametrize(
    ("when", "lit"),
    [
        ("2026-09-28 08:29", False),  # Monday, before opening
        ("2026-09-28 08:30", True),
        ("2026-09-28 12:30", False),  # lunch break
        ("2026-09-28 17:29", True),
        ("2026-09-28 17:30", False),
        ("2026-10-03 10:00", True),  # Saturday morning: open
        ("2026-10-03 13:00", False),
        ("2026-10-04 10:00", False),  # Sunday: closed
        ("2026-10-01 10:00", False),  # National Day, a Thursday: a holiday
        ("2026-10-05 10:00", False),  # a holiday on a Monday
        ("2026-09-27 10:00", True),  # a Sunday worked (调休): Monday's hours
        ("2026-09-27 13:00", False),
        ("2026-10-10 15:00", True),  # a Saturday worked with Monday's afternoon hours
    ],
)
def test_the_screen_is_lit_only_in_opening_hours(when: str, lit: bool) -> None:
    schedule = ScreenSchedule.from_settings(SETTINGS)
    assert schedule.is_open(dt.datetime.fromisoformat(when)) is lit


def test_switched_off_the_screen_is_always_lit_and_unreadable_hours_light_it() -> None:
    night = dt.datetime(2026, 10, 1, 3, 0)
    assert ScreenSchedule.from_settings({**SETTINGS, "screen_schedule": False}).is_open(night)
    broken = {**SETTINGS, "opening_hours": {**HOURS, "4": "all day"}, "holidays": []}
    assert ScreenSchedule.from_settings(broken).is_open(night)  # never dark by mistake
    assert schedule_problems(broken) == {"opening_hours.4": "all day"}


def test_until_midnight_means_the_whole_last_minute() -> None:
    schedule = ScreenSchedule.from_settings({**SETTINGS, "opening_hours": {"1": "20:00-24:00"}, "holidays": []})
    assert schedule.is_open(dt.datetime(2026, 9, 28, 23, 59, 59))
    assert not schedule.is_open(dt.datetime(2026, 9, 29, 0, 0))


def test_the_hall_calendar_counts_working_days_for_others_too() -> None:
    calendar = hall_calendar(SETTINGS)
    days = [dt.date(2026, 9, 26) + dt.timedelta(days=i) for i in range(16)]
    working = [d.isoformat() for d in days if calendar.is_working_day(d)]
    assert working == ["2026-09-27", "2026-09-28", "2026-09-29", "2026-09-30", "2026-10-06", "2026-10-07",
                       "2026-10-08", "2026-10-09", "2026-10-10"]  # fmt: skip
    assert hall_calendar({"holidays": ["2026-10-01", "not a date"]}).holidays == frozenset({dt.date(2026, 10, 1)})


def test_dates_are_read_from_lists_or_text_and_bad_ones_named() -> None:
    assert parse_dates("2026-10-02, 2026/10/01\n2026-10-02") == [dt.date(2026, 10, 1), dt.date(2026, 10, 2)]
    with pytest.raises(ValueError, match="十月三日"):
        parse_dates(["2026-10-01", "十月三日"])
    assert schedule_problems({**SETTINGS, "workdays": ["2026-02-30"]}) == {"workdays": "2026-02-30"}
