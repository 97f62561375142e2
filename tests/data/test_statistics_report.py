"""The statistics report over a busy half year (10,000 ratings, 100,000 views, 2,000 searches) agrees
with counts made by hand from the generated rows, on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Iterator

import pytest

from kiosk.data.statistics import TOP_MATTERS, HallStatistics, Period
from tests import statistics_data


@pytest.fixture
def china_time(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The hall's clock at UTC+8, so local days and UTC days differ (POSIX TZ: no tz data needed)."""
    monkeypatch.setenv("TZ", "CST-8")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


@pytest.fixture
def busy(database, china_time):  # type: ignore[no-untyped-def]
    data = statistics_data.generate()
    started = time.perf_counter()
    statistics_data.store(database, data)
    print(
        f"\nstored {len(data.ratings)} ratings and {len(data.events)} events in {time.perf_counter() - started:.1f} s"
    )
    return database, data


@pytest.mark.parametrize(
    ("first", "last"),
    [
        (dt.date(2026, 5, 1), dt.date(2026, 10, 31)),  # everything
        (dt.date(2026, 8, 1), dt.date(2026, 8, 31)),  # one month: its first and last local hours count
        (dt.date(2026, 9, 15), dt.date(2026, 9, 15)),  # one day
    ],
)
def test_the_report_matches_counts_made_by_hand(busy, first: dt.date, last: dt.date) -> None:
    database, data = busy
    want = statistics_data.expected(data, first, last)
    started = time.perf_counter()
    report = HallStatistics(database).report(Period.days(first, last))
    print(f"report {first} … {last}: {time.perf_counter() - started:.3f} s")

    assert report.ratings.total == want["ratings"]
    for dimension, counts in want["levels"].items():  # type: ignore[attr-defined]
        assert report.ratings.counts[dimension] == {level: counts.get(level, 0) for level in (5, 4, 3, 2, 1)}
    assert {w: s.total for w, s in report.by_window.items()} == dict(want["windows"])  # type: ignore[call-overload]
    assert [(r.month, r.total, *r.satisfied.values()) for r in report.by_month] == [
        (month, *sums)
        for month, sums in sorted(want["months"].items())  # type: ignore[attr-defined]
    ]

    views, prints, notices = want["views"], want["prints"], want["notices"]
    assert report.views == sum(views.values()) and report.prints == sum(prints.values())  # type: ignore[attr-defined]
    assert report.notices_issued == sum(notices.values())  # type: ignore[attr-defined]
    by_hand = sorted(
        set(views) | set(prints) | set(notices),  # type: ignore[call-overload]
        key=lambda c: (-views[c], -prints[c], -notices[c], c),  # type: ignore[index]
    )[:TOP_MATTERS]
    assert [(u.code, u.views, u.prints, u.notices) for u in report.matters] == [
        (c, views[c], prints[c], notices[c])
        for c in by_hand  # type: ignore[index]
    ]
    assert report.matters[0].name == f"事项{report.matters[0].code}" or report.matters[0].notices == 0

    searches = report.searches
    assert (searches.total, searches.found_nothing, searches.words_not_kept) == (
        want["searches"], want["found_nothing"], want["words_not_kept"],
    )  # fmt: skip
    assert {g.words: g.searches for g in searches.gaps} == dict(want["gaps"])  # type: ignore[call-overload]
    assert "13912345678" not in {g.words for g in searches.gaps}, "a phone number typed is never listed"
    assert [g.searches for g in searches.gaps] == sorted((g.searches for g in searches.gaps), reverse=True)
    assert report.hours == [want["hours"].get(h, 0) for h in range(24)]  # type: ignore[attr-defined]


def test_a_period_of_days_is_whole_local_days_and_refuses_an_end_before_its_start() -> None:
    span = Period.days(dt.date(2026, 2, 1), dt.date(2026, 2, 28))
    assert span == Period(dt.datetime(2026, 2, 1), dt.datetime(2026, 3, 1))
    assert (span.first_day(), span.last_day()) == (dt.date(2026, 2, 1), dt.date(2026, 2, 28))
    with pytest.raises(ValueError):
        Period.days(dt.date(2026, 3, 2), dt.date(2026, 3, 1))


def test_an_empty_database_gives_an_empty_report(database) -> None:
    report = HallStatistics(database).report(Period())
    assert (report.ratings.total, report.views, report.prints, report.matters, report.by_month) == (0, 0, 0, [], [])
    assert report.hours == [0] * 24 and report.searches.total == 0 and report.cases is None
