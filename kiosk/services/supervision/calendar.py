"""The hall's working-day calendar (工作日历): which days are working days, and counting them. No Qt.

China's working week is Monday to Friday, except where the State Council's yearly notice moves
days: public holidays (法定节假日) that fall on weekdays are days off, and some weekends are worked
in exchange (调休上班). The admin enters those days (console → 工作日历, or a CSV file); every other
day follows the week. ``WorkCalendar`` is the pure answer (no database); ``CalendarStore`` reads
and writes the ``calendar_days`` table, and with a kiosk's ``LocalStore`` keeps the last calendar
it read so that a kiosk without its database still knows tomorrow is a holiday.

This is the one place that knows the calendar: 差评 deadlines (15 working days) use it, and so can
the screen schedule (opening hours on holidays) — ``CalendarStore(database, local).calendar()``
then ``is_working_day(day)`` / ``entry(day)``.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from kiosk.data import audit_log
from kiosk.data import models as m
from kiosk.data.db import UNREACHABLE, Database

if TYPE_CHECKING:
    from kiosk.data.local_store import LocalStore

log = logging.getLogger(__name__)
DayKind = Literal["holiday", "workday"]
KINDS: tuple[DayKind, ...] = ("holiday", "workday")
KIND_WORDS: dict[DayKind, str] = {"holiday": "休", "workday": "班"}  # as the State Council's notices mark them
SNAPSHOT_KEY = "work_calendar"
NAME_LIMIT = 64


@dataclass(frozen=True, order=True)
class CalendarDay:
    """A day that differs from the usual week: a holiday (放假) or a weekend day worked (调休上班)."""

    day: dt.date
    kind: DayKind
    name: str = ""  # 春节, 国庆节 …


class WorkCalendar:
    """Working days: Monday–Friday, minus the holidays entered, plus the weekend days worked."""

    def __init__(self, days: Iterable[CalendarDay] = ()) -> None:
        self.days: dict[dt.date, CalendarDay] = {d.day: d for d in days}

    def entry(self, day: dt.date) -> CalendarDay | None:
        """The admin's entry for ``day`` (holiday or worked weekend), or None for an ordinary day."""
        return self.days.get(day)

    def is_working_day(self, day: dt.date) -> bool:
        entry = self.days.get(day)
        if entry is not None:
            return entry.kind == "workday"
        return day.weekday() < 5

    def is_holiday(self, day: dt.date) -> bool:
        """Whether ``day`` is a public holiday the admin entered (a weekend is not a holiday)."""
        entry = self.days.get(day)
        return entry is not None and entry.kind == "holiday"

    def add_working_days(self, start: dt.date, count: int) -> dt.date:
        """The ``count``-th working day after ``start`` (``start`` itself is day 0, whatever it is).

        A rating on Friday 2026-09-25 with 15 working days: the 15th working day after it.
        """
        if count < 0:
            raise ValueError("count must not be negative")
        day, left = start, count
        while left:
            day += dt.timedelta(days=1)
            if self.is_working_day(day):
                left -= 1
        return day

    def working_days_between(self, start: dt.date, end: dt.date) -> int:
        """Working days after ``start`` up to and including ``end`` (0 when ``end`` is not later)."""
        count, day = 0, start
        while day < end:
            day += dt.timedelta(days=1)
            count += self.is_working_day(day)
        return count

    def years(self) -> list[int]:
        """The years that have entries, oldest first (to tell the admin which years are entered)."""
        return sorted({d.year for d in self.days})

    def sorted_days(self) -> list[CalendarDay]:
        return sorted(self.days.values())


def calendar_from(session: Session) -> WorkCalendar:
    """The stored calendar, read in the caller's session."""
    return WorkCalendar(CalendarDay(r.day, r.kind, r.name) for r in session.scalars(select(m.CalendarDay)))  # type: ignore[arg-type]


class CalendarStore:
    """Reads and replaces the hall's calendar; one short session per call."""

    def __init__(self, database: Database, local: LocalStore | None = None) -> None:
        self.database = database
        self.local = local

    def calendar(self) -> WorkCalendar:
        """The calendar as stored; offline, the one this kiosk last read (the plain week if never)."""
        try:
            with self.database.session() as session:
                days = calendar_from(session).sorted_days()
        except UNREACHABLE:
            if self.local is None:
                raise
            return WorkCalendar(self._last_known())
        if self.local is not None:
            self.local.save(SNAPSHOT_KEY, json.dumps([[d.day.isoformat(), d.kind, d.name] for d in days]))
        return WorkCalendar(days)

    def _last_known(self) -> list[CalendarDay]:
        text = self.local.load(SNAPSHOT_KEY) if self.local is not None else None
        try:
            return [CalendarDay(dt.date.fromisoformat(day), kind, name) for day, kind, name in json.loads(text or "[]")]
        except (ValueError, TypeError):
            log.warning("the local copy of the working-day calendar is unreadable")
            return []

    def replace_year(self, year: int, days: Iterable[CalendarDay], actor: str) -> int:
        """Make ``days`` the whole of ``year``'s entries (one transaction, audited); returns how many."""
        chosen = sorted(days)
        outside = [d for d in chosen if d.day.year != year]
        if outside:
            raise ValueError(f"{outside[0].day} is not in {year}")
        return self._replace(chosen, actor, years=[year])

    def replace_all(self, days: Iterable[CalendarDay], actor: str, *, years: Iterable[int] | None = None) -> int:
        """Replace the entries of every year that ``days`` touch (or of ``years``); returns how many."""
        chosen = sorted(days)
        touched = sorted(set(years) if years is not None else {d.day.year for d in chosen})
        return self._replace(chosen, actor, years=touched)

    def _replace(self, days: list[CalendarDay], actor: str, *, years: list[int]) -> int:
        check(days)
        with self.database.session() as session:
            for year in years:
                session.execute(
                    delete(m.CalendarDay).where(
                        m.CalendarDay.day >= dt.date(year, 1, 1), m.CalendarDay.day <= dt.date(year, 12, 31)
                    )
                )
            session.add_all(m.CalendarDay(day=d.day, kind=d.kind, name=d.name) for d in days)
            holidays = sum(d.kind == "holiday" for d in days)
            detail = f"{'、'.join(map(str, years))}年:{holidays} 天放假,{len(days) - holidays} 天调休上班"
            audit_log.record(session, actor, "calendar.save", "calendar", ",".join(map(str, years)), detail)
            session.commit()
        return len(days)


def check(days: Iterable[CalendarDay]) -> None:
    """Refuse a list that names a day twice, an unknown kind or a too long name (``ValueError``)."""
    seen: set[dt.date] = set()
    for d in days:
        if d.day in seen:
            raise ValueError(f"{d.day} appears twice")
        seen.add(d.day)
        if d.kind not in KINDS:
            raise ValueError(f"{d.day}: unknown kind {d.kind!r}")
        if len(d.name) > NAME_LIMIT:
            raise ValueError(f"{d.day}: name longer than {NAME_LIMIT} characters")
