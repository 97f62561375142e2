"""Figures for the admin's statistics page (统计): ratings, notices issued and opinions in a period. No Qt.

A period is read in the hall's local time ("this month" starts on the 1st at 00:00 here). The
tables keep two clocks: ratings and opinions are stamped in UTC, issued notices in local time
(their date is printed on the notice), so each count converts the period to the clock of its table.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import func, select

from kiosk.data import models as m
from kiosk.data.db import Database
from kiosk.data.feedback import FeedbackRepository, RatingSummary, between
from kiosk.data.help_calls import HelpDesk, HelpFigures
from kiosk.data.repository import now as local_now

MONTH, LAST_30_DAYS, YEAR, ALL = "month", "30days", "year", "all"
PERIODS = (MONTH, LAST_30_DAYS, YEAR, ALL)


def to_utc(local: dt.datetime) -> dt.datetime:
    """A naive local time as the naive UTC time the record tables store."""
    return local.astimezone(dt.UTC).replace(tzinfo=None)


@dataclass(frozen=True)
class Period:
    """From ``since`` (inclusive) up to before ``until``, naive local times; None leaves that end open."""

    since: dt.datetime | None = None
    until: dt.datetime | None = None

    def utc(self) -> tuple[dt.datetime | None, dt.datetime | None]:
        return (
            to_utc(self.since) if self.since is not None else None,
            to_utc(self.until) if self.until is not None else None,
        )


def period(name: str, at: dt.datetime) -> Period:
    """The period ``name`` (one of ``PERIODS``) as seen at the local time ``at``.

    "Last 30 days" are whole days: today and the 29 before it.
    """
    today = dt.datetime.combine(at.date(), dt.time.min)
    if name == MONTH:
        return Period(today.replace(day=1))
    if name == LAST_30_DAYS:
        return Period(today - dt.timedelta(days=29))
    if name == YEAR:
        return Period(today.replace(month=1, day=1))
    if name == ALL:
        return Period()
    raise ValueError(f"unknown period {name!r}")


@dataclass(frozen=True)
class HallFigures:
    """Everything the statistics page shows for one period."""

    period: Period
    ratings: RatingSummary
    by_window: dict[str, RatingSummary]  # window code ("" when none was named) → its ratings
    notices_issued: int
    opinions: int
    help_calls: HelpFigures | None = None  # 呼叫帮办: calls, answered, waits until a staff member acknowledged


class HallStatistics:
    """Counts over a period, each in one short session; ``clock`` gives the hall's local time."""

    def __init__(self, database: Database, clock: Callable[[], dt.datetime] = local_now) -> None:
        self.database = database
        self.feedback = FeedbackRepository(database)
        self.clock = clock

    def period(self, name: str) -> Period:
        return period(name, self.clock())

    def notices_issued(self, span: Period) -> int:
        """Missing-materials notices (一次性告知单) archived in ``span``."""
        conditions = between(m.IssuedNotice.issued_at, span.since, span.until)  # local time, as printed
        with self.database.session() as session:
            return int(session.scalar(select(func.count()).select_from(m.IssuedNotice).where(*conditions)) or 0)

    def opinions(self, span: Period) -> int:
        """Opinions on plans (预公开意见) received in ``span``, on any plan."""
        conditions = between(m.Opinion.created_at, *span.utc())
        with self.database.session() as session:
            return int(session.scalar(select(func.count()).select_from(m.Opinion).where(*conditions)) or 0)

    def figures(self, name: str) -> HallFigures:
        """The figures of the period ``name`` (one of ``PERIODS``), as of now."""
        span = self.period(name)
        since, until = span.utc()
        return HallFigures(
            period=span,
            ratings=self.feedback.rating_summary(since=since, until=until),
            by_window=self.feedback.ratings_by_window(since=since, until=until),
            notices_issued=self.notices_issued(span),
            opinions=self.opinions(span),
            help_calls=HelpDesk(self.database).figures(since, until),
        )
