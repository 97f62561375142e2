"""Statistics (统计): ratings per window, plans with their opinion counts, and counts over a period."""

from __future__ import annotations

import datetime as dt
import uuid

import pytest
from sqlalchemy import update

from kiosk.data import models as m
from kiosk.data.feedback import FeedbackRepository
from kiosk.data.schema import BundleDoc, PreDisclosureDoc
from kiosk.data.statistics import ALL, LAST_30_DAYS, MONTH, PERIODS, YEAR, HallStatistics, Period, period, to_utc
from kiosk.data.store import save_bundle

NOW = dt.datetime(2026, 11, 26, 10, 0)  # local time
# One local moment in each period and none of the smaller ones: this month, the 30 days, this year, before.
IN_MONTH = dt.datetime(2026, 11, 1, 0, 30)
IN_30_DAYS = dt.datetime(2026, 10, 28, 9, 0)
IN_YEAR = dt.datetime(2026, 1, 1, 0, 0)
BEFORE = dt.datetime(2025, 12, 31, 23, 59)


def rate(database, levels: tuple[int, int, int, int], *, window: str = "", at: dt.datetime | None = None) -> str:  # type: ignore[no-untyped-def]
    """A rating through the repository, stamped at the local time ``at`` (stored in UTC, as the kiosk does)."""
    overall, efficiency, competence, attitude = levels
    uid = FeedbackRepository(database).add_rating(
        overall=overall, efficiency=efficiency, competence=competence, attitude=attitude, window=window
    )
    if at is not None:
        with database.session() as session:
            session.execute(update(m.Rating).where(m.Rating.uid == uid).values(created_at=to_utc(at)))
            session.commit()
    return uid


def plans(database, *docs: PreDisclosureDoc) -> None:  # type: ignore[no-untyped-def]
    with database.session() as session:
        save_bundle(session, BundleDoc(pre_disclosures=list(docs)), actor="test")
        session.commit()


def opinion(database, key: str, text: str, at: dt.datetime) -> None:  # type: ignore[no-untyped-def]
    uid = FeedbackRepository(database).add_opinion(key, text, at=NOW)
    with database.session() as session:
        session.execute(update(m.Opinion).where(m.Opinion.uid == uid).values(created_at=to_utc(at)))
        session.commit()


def issue(database, at: dt.datetime, number: int) -> None:  # type: ignore[no-untyped-def]
    """An archived notice issued at the local time ``at`` (notices are stamped in local time)."""
    with database.session() as session:
        session.add(
            m.IssuedNotice(
                uid=str(uuid.uuid4()), serial=f"青石便民告〔{at.year}〕{number:04d}号", year=at.year, number=number,
                kind="missing", matter_code="M1", matter_name="事项", issued_at=at, snapshot={},
            )
        )  # fmt: skip
        session.commit()


def test_ratings_by_window_count_each_window_and_the_unnamed_ones_apart(database) -> None:
    rate(database, (5, 5, 4, 4), window="W2")
    rate(database, (3, 2, 1, 5), window="W2")
    rate(database, (1, 1, 1, 1), window="W1")
    rate(database, (4, 4, 4, 4))
    by_window = FeedbackRepository(database).ratings_by_window()
    assert list(by_window) == ["", "W1", "W2"]
    assert [s.total for s in by_window.values()] == [1, 1, 2]
    w2 = by_window["W2"]
    assert w2.counts["overall"] == {5: 1, 4: 0, 3: 1, 2: 0, 1: 0}
    assert w2.counts["efficiency"] == {5: 1, 4: 0, 3: 0, 2: 1, 1: 0}
    assert w2.counts["attitude"] == {5: 1, 4: 1, 3: 0, 2: 0, 1: 0}
    assert w2.satisfied_share("overall") == 1.0 and w2.satisfied_share("competence") == 0.5
    assert by_window["W1"].satisfied_share("overall") == 0.0
    assert by_window[""].counts["competence"][4] == 1


def test_ratings_by_window_keep_to_the_period_and_are_empty_without_ratings(database) -> None:
    feedback = FeedbackRepository(database)
    assert feedback.ratings_by_window() == {}
    rate(database, (5, 5, 5, 5), window="W1", at=IN_MONTH)
    rate(database, (2, 2, 2, 2), window="W1", at=BEFORE)
    rate(database, (2, 2, 2, 2), window="W3", at=BEFORE)
    since = to_utc(dt.datetime(2026, 11, 1))
    recent = feedback.ratings_by_window(since=since)
    assert list(recent) == ["W1"] and recent["W1"].total == 1 and recent["W1"].counts["overall"][5] == 1
    older = feedback.ratings_by_window(until=since)
    assert {w: s.total for w, s in older.items()} == {"W1": 1, "W3": 1}


def test_every_plan_is_listed_newest_first_with_its_opinion_count(database) -> None:
    plans(
        database,
        PreDisclosureDoc(key="old", title="去年的方案", status="archived", publish_from=dt.datetime(2025, 3, 1)),
        PreDisclosureDoc(key="open", title="危房改造名单", publish_from=NOW - dt.timedelta(days=6)),
        PreDisclosureDoc(key="decided", title="已正式发布", status="published", publish_from=dt.datetime(2026, 6, 1)),
        PreDisclosureDoc(key="undated", title="没有日期的方案"),
    )
    feedback = FeedbackRepository(database)
    feedback.add_opinion("open", "第一条", at=NOW)
    feedback.add_opinion("open", "第二条", at=NOW)
    feedback.add_opinion("undated", "一条", at=NOW)
    with database.session() as session:  # an opinion whose plan key was changed since
        session.add(m.Opinion(uid=str(uuid.uuid4()), pre_disclosure_key="renamed", text="旧键的意见"))
        session.commit()
    listed = feedback.plans_with_opinions()
    assert [p.key for p in listed] == ["open", "decided", "old", "undated", "renamed"]
    assert [p.count for p in listed] == [2, 0, 0, 1, 1]
    assert [p.status for p in listed] == ["pre_disclosure", "published", "archived", "pre_disclosure", ""]
    assert listed[0].title == "危房改造名单" and listed[0].latest is not None and listed[1].latest is None
    assert listed[-1].title == "renamed"


def test_the_periods_start_at_local_midnight() -> None:
    assert period(MONTH, NOW) == Period(dt.datetime(2026, 11, 1))
    assert period(LAST_30_DAYS, NOW) == Period(dt.datetime(2026, 10, 28))
    assert period(YEAR, NOW) == Period(dt.datetime(2026, 1, 1))
    assert period(ALL, NOW) == Period()
    assert Period().utc() == (None, None)
    with pytest.raises(ValueError):
        period("week", NOW)


def test_the_figures_of_each_period_count_only_what_happened_in_it(database) -> None:
    plans(database, PreDisclosureDoc(key="open", title="危房改造名单"))
    for number, at in enumerate((IN_MONTH, IN_30_DAYS, IN_YEAR, BEFORE), start=1):
        rate(database, (5, 4, 3, 2), window="W1", at=at)
        opinion(database, "open", f"意见{number}", at)
        issue(database, at, number)
    rate(database, (1, 1, 1, 1), at=IN_MONTH)
    issue(database, dt.datetime(2025, 11, 30, 23, 59), 99)  # the last minute of another year's November
    statistics = HallStatistics(database, clock=lambda: NOW)
    found = {name: statistics.figures(name) for name in PERIODS}
    assert {n: f.ratings.total for n, f in found.items()} == {MONTH: 2, LAST_30_DAYS: 3, YEAR: 4, ALL: 5}
    assert {n: f.notices_issued for n, f in found.items()} == {MONTH: 1, LAST_30_DAYS: 2, YEAR: 3, ALL: 5}
    assert {n: f.opinions for n, f in found.items()} == {MONTH: 1, LAST_30_DAYS: 2, YEAR: 3, ALL: 4}
    month = found[MONTH]
    assert month.period == Period(dt.datetime(2026, 11, 1))
    assert month.ratings.counts["overall"] == {5: 1, 4: 0, 3: 0, 2: 0, 1: 1}
    assert {w: s.total for w, s in month.by_window.items()} == {"": 1, "W1": 1}
    assert found[ALL].by_window["W1"].counts["attitude"][2] == 4


def test_an_empty_database_has_all_zero_figures(database) -> None:
    figures = HallStatistics(database, clock=lambda: NOW).figures(ALL)
    assert (figures.ratings.total, figures.notices_issued, figures.opinions, figures.by_window) == (0, 0, 0, {})
    assert figures.ratings.satisfied_share("overall") is None
