"""Figures for the admin's statistics page (统计) and the monthly report. No Qt.

For a period: ratings (好差评) per indicator, per window and per month with the satisfied share;
notices issued and opinions received; guides opened and checklists printed per matter (top 20);
searches and the content gap list (what residents looked for and did not find); kiosk use by
hour of day; and the 差评 cases (open, overdue, closed) through ``case_counts``.

A period is read in the hall's local time ("this month" starts on the 1st at 00:00 here). The
tables keep two clocks: ratings, opinions and usage events are stamped in UTC, issued notices in
local time (their date is printed on the notice), so each count converts the period to the clock
of its table. Counting by hour or month groups rows by their UTC hour in the database (a few
thousand groups a year, whatever the number of rows) and turns each hour into local time here,
so a day boundary is the hall's midnight and no database needs time-zone tables.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from kiosk.data import models as m
from kiosk.data.db import Database
from kiosk.data.feedback import DIMENSIONS, FeedbackRepository, RatingSummary, between
from kiosk.data.help_calls import HelpDesk, HelpFigures
from kiosk.data.repository import now as local_now
from kiosk.data.usage import PRINT, SEARCH, VIEW

MONTH, LAST_30_DAYS, YEAR, ALL = "month", "30days", "year", "all"
PERIODS = (MONTH, LAST_30_DAYS, YEAR, ALL)
LAST_MONTH = "lastmonth"  # the monthly report's period


TOP_MATTERS = 20
GAP_ROWS = 50


def to_utc(local: dt.datetime) -> dt.datetime:
    """A naive local time as the naive UTC time the record tables store."""
    return local.astimezone(dt.UTC).replace(tzinfo=None)


def to_local(utc: dt.datetime) -> dt.datetime:
    """A naive UTC time as the hall's naive local time."""
    return utc.replace(tzinfo=dt.UTC).astimezone().replace(tzinfo=None)


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

    @classmethod
    def days(cls, first: dt.date, last: dt.date) -> Period:
        """Whole local days ``first`` … ``last`` (both included)."""
        if last < first:
            raise ValueError(f"the period ends ({last}) before it starts ({first})")
        return cls(
            dt.datetime.combine(first, dt.time.min), dt.datetime.combine(last + dt.timedelta(days=1), dt.time.min)
        )

    def first_day(self) -> dt.date | None:
        return self.since.date() if self.since is not None else None

    def last_day(self) -> dt.date | None:
        """The last whole day inside the period (``until`` is the midnight after it)."""
        return (self.until - dt.timedelta(microseconds=1)).date() if self.until is not None else None


def period(name: str, at: dt.datetime) -> Period:
    """The period ``name`` (one of ``PERIODS``) as seen at the local time ``at``.

    "Last 30 days" are whole days: today and the 29 before it.
    """
    today = dt.datetime.combine(at.date(), dt.time.min)
    if name == MONTH:
        return Period(today.replace(day=1))
    if name == LAST_MONTH:
        first_of_this = today.replace(day=1)
        return Period((first_of_this - dt.timedelta(days=1)).replace(day=1), first_of_this)
    if name == LAST_30_DAYS:
        return Period(today - dt.timedelta(days=29))
    if name == YEAR:
        return Period(today.replace(month=1, day=1))
    if name == ALL:
        return Period()
    raise ValueError(f"unknown period {name!r}")


@dataclass(frozen=True)
class MatterUse:
    """How often a matter's guide was opened and its checklist printed, and notices issued for it."""

    code: str
    name: str
    views: int = 0
    prints: int = 0
    notices: int = 0


@dataclass(frozen=True)
class SearchGap:
    """Words residents searched for and found nothing (the content gap list), how often, and when last."""

    words: str
    searches: int
    last: dt.datetime  # local time


@dataclass(frozen=True)
class SearchFigures:
    """Searches residents finished; those that found nothing; of these, how many had words that
    looked personal (not kept); and the gap list."""

    total: int = 0
    found_nothing: int = 0
    words_not_kept: int = 0
    gaps: list[SearchGap] = field(default_factory=list)  # the most searched first, at most GAP_ROWS


@dataclass(frozen=True)
class MonthRatings:
    """One month's ratings: how many, and how many were 基本满意 or better per indicator."""

    month: str  # 2026-11
    total: int
    satisfied: dict[str, int]

    def share(self, dimension: str) -> float | None:
        return self.satisfied[dimension] / self.total if self.total else None


@dataclass(frozen=True)
class CaseCounts:
    """差评 cases (issue 13's 差评整改): opened in the period and still open, open and past their
    deadline now, closed in the period."""

    open: int
    overdue: int
    closed: int
    on_time_share: float | None = None  # of the 差评 found true and decided, the share rectified in time


CaseCounter = Callable[["Period"], CaseCounts | None]


@dataclass(frozen=True)
class HallFigures:
    """Everything the statistics page shows for one period."""

    period: Period
    ratings: RatingSummary
    by_window: dict[str, RatingSummary]  # window code ("" when none was named) → its ratings
    notices_issued: int
    opinions: int
    help_calls: HelpFigures | None = None  # 呼叫帮办: calls, answered, waits until a staff member acknowledged


@dataclass(frozen=True)
class HallReport:
    """Everything the statistics page, its exports and the monthly report show for one period."""

    period: Period
    ratings: RatingSummary
    by_window: dict[str, RatingSummary]  # window code ("" when none was named) → its ratings
    by_month: list[MonthRatings]  # oldest first
    notices_issued: int
    opinions: int
    views: int
    prints: int
    matters: list[MatterUse]  # the most used first, at most TOP_MATTERS
    searches: SearchFigures
    hours: list[int]  # 24 counts: every view, print and search by the local hour it happened in
    cases: CaseCounts | None  # None: the 差评 cases are not available in this version
    window_names: dict[str, str] = field(default_factory=dict)
    hall_name: str = ""
    help_calls: HelpFigures | None = None  # 呼叫帮办: calls, answered, waits until a staff member acknowledged


def no_cases(_span: Period) -> CaseCounts | None:
    """The 差评 case counts until the case workflow (issue 13, engineer u13a) is wired in."""
    return None


def _hour_bucket(session: Session, column: Any) -> Any:
    """The row's UTC hour, as the database can group by it. SQLite keeps a time as text
    (``2026-05-01 08:23:11.000000``): its first 13 characters are the hour, cheaper than strftime."""
    if session.get_bind().dialect.name == "postgresql":
        return func.date_trunc("hour", column)
    return func.substr(column, 1, 13)


def _as_datetime(value: Any) -> dt.datetime:
    if isinstance(value, dt.datetime):
        return value
    text = str(value)
    return dt.datetime.fromisoformat(text + ":00" if len(text) == 13 else text)


class HallStatistics:
    """Counts over a period, each in one short session; ``clock`` gives the hall's local time.

    ``cases`` counts the 差评 cases of a period (``no_cases`` until the case workflow is wired).
    """

    def __init__(
        self, database: Database, clock: Callable[[], dt.datetime] = local_now, cases: CaseCounter = no_cases
    ) -> None:
        self.database = database
        self.feedback = FeedbackRepository(database)
        self.clock = clock
        self.cases = cases

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

    # --- the whole report ---------------------------------------------------------------------

    def report(self, span: Period) -> HallReport:
        """Every figure of ``span`` (a handful of grouped queries, whatever the number of rows)."""
        since, until = span.utc()
        usage = self._usage(span)
        ratings, by_window = self.feedback.rating_summaries(since=since, until=until)
        return HallReport(
            period=span,
            ratings=ratings,
            by_window=by_window,
            by_month=self.ratings_by_month(span),
            notices_issued=self.notices_issued(span),
            opinions=self.opinions(span),
            views=usage["views"],
            prints=usage["prints"],
            matters=usage["matters"],
            searches=self.searches(span),
            hours=usage["hours"],
            cases=self.cases(span),
            window_names=self.window_names(),
            hall_name=self.hall_name(),
            help_calls=HelpDesk(self.database).figures(since, until),
        )

    def window_names(self) -> dict[str, str]:
        with self.database.session() as session:
            return dict(session.execute(select(m.Window.code, m.Window.name)).tuples().all())

    def first_day(self) -> dt.date | None:
        """The local day of the oldest rating or counted use (what "all" starts with), or None."""
        with self.database.session() as session:
            times = [
                session.scalar(select(func.min(m.Rating.created_at))),
                session.scalar(select(func.min(m.UsageEvent.at))),
            ]
            issued = session.scalar(select(func.min(m.IssuedNotice.issued_at)))
        days = [to_local(_as_datetime(t)).date() for t in times if t is not None]
        if issued is not None:
            days.append(_as_datetime(issued).date())
        return min(days, default=None)

    def hall_name(self) -> str:
        with self.database.session() as session:
            return str(session.scalar(select(m.Hall.name).limit(1)) or "")

    def ratings_by_month(self, span: Period) -> list[MonthRatings]:
        """Per local calendar month: the number of ratings and the satisfied ones per indicator."""
        conditions = between(m.Rating.created_at, *span.utc())
        totals: dict[str, list[int]] = {}
        with self.database.session() as session:
            bucket = _hour_bucket(session, m.Rating.created_at)
            satisfied = [func.sum(case((getattr(m.Rating, d) >= 3, 1), else_=0)) for d in DIMENSIONS]
            query = select(bucket, func.count(), *satisfied).where(*conditions).group_by(bucket)
            for hour, count, *ok in session.execute(query):
                month = f"{to_local(_as_datetime(hour)):%Y-%m}"
                sums = totals.setdefault(month, [0] * (1 + len(DIMENSIONS)))
                for i, value in enumerate((count, *ok)):
                    sums[i] += int(value or 0)
        return [
            MonthRatings(month, sums[0], dict(zip(DIMENSIONS, sums[1:], strict=True)))
            for month, sums in sorted(totals.items())
        ]

    def _usage(self, span: Period) -> dict[str, Any]:
        """Views and prints per matter (with notices issued), and all events by local hour of day."""
        conditions = between(m.UsageEvent.at, *span.utc())
        per_matter: dict[str, dict[str, int]] = {}
        hours = [0] * 24
        with self.database.session() as session:
            query = (
                select(m.UsageEvent.matter_code, m.UsageEvent.kind, func.count())
                .where(m.UsageEvent.kind.in_((VIEW, PRINT)), *conditions)
                .group_by(m.UsageEvent.matter_code, m.UsageEvent.kind)
            )
            for code, kind, n in session.execute(query):
                per_matter.setdefault(str(code), {})[str(kind)] = int(n)
            notices = between(m.IssuedNotice.issued_at, span.since, span.until)
            issued = (
                select(m.IssuedNotice.matter_code, func.count()).where(*notices).group_by(m.IssuedNotice.matter_code)
            )
            for code, n in session.execute(issued):
                per_matter.setdefault(str(code), {})["notice"] = int(n)
            bucket = _hour_bucket(session, m.UsageEvent.at)
            for hour, n in session.execute(select(bucket, func.count()).where(*conditions).group_by(bucket)):
                hours[to_local(_as_datetime(hour)).hour] += int(n)
            names = self._matter_names(session, per_matter)
        use = [
            MatterUse(code, names.get(code, code), c.get(VIEW, 0), c.get(PRINT, 0), c.get("notice", 0))
            for code, c in per_matter.items()
        ]
        use.sort(key=lambda u: (-u.views, -u.prints, -u.notices, u.code))
        return {
            "views": sum(u.views for u in use),
            "prints": sum(u.prints for u in use),
            "matters": use[:TOP_MATTERS],
            "hours": hours,
        }

    @staticmethod
    def _matter_names(session: Session, codes: dict[str, Any]) -> dict[str, str]:
        """Matters by their name now; one no longer in the guide by the name its last notice printed."""
        names = dict(
            session.execute(
                select(m.ServiceMatter.code, m.ServiceMatter.name).where(m.ServiceMatter.code.in_(list(codes)))
            )
            .tuples()
            .all()
        )
        missing = [c for c in codes if c not in names]
        if missing:
            query = select(m.IssuedNotice.matter_code, m.IssuedNotice.matter_name).where(
                m.IssuedNotice.matter_code.in_(missing)
            )
            for code, name in session.execute(query):
                names.setdefault(str(code), str(name))
        return names

    def searches(self, span: Period) -> SearchFigures:
        """How many searches, how many found nothing, and what those were looking for."""
        conditions = [m.UsageEvent.kind == SEARCH, *between(m.UsageEvent.at, *span.utc())]
        with self.database.session() as session:
            nothing = m.UsageEvent.found == 0
            total, found_nothing, unkept = session.execute(
                select(
                    func.count(),
                    func.sum(case((nothing, 1), else_=0)),
                    func.sum(case((nothing & (m.UsageEvent.words == ""), 1), else_=0)),
                ).where(*conditions)
            ).one()
            searches = func.count().label("searches")
            query = (
                select(m.UsageEvent.words, searches, func.max(m.UsageEvent.at))
                .where(*conditions, m.UsageEvent.found == 0, m.UsageEvent.words != "")
                .group_by(m.UsageEvent.words)
                .order_by(searches.desc(), m.UsageEvent.words)
                .limit(GAP_ROWS)
            )
            gaps = [SearchGap(str(w), int(n), to_local(_as_datetime(last))) for w, n, last in session.execute(query)]
        return SearchFigures(int(total or 0), int(found_nothing or 0), int(unkept or 0), gaps)
