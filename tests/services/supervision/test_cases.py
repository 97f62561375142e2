"""差评 cases: opened where ratings enter the database, deadlines over holidays and 调休 weekends, the steps, counts."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from kiosk.data import models as m
from kiosk.data.feedback import FeedbackRepository
from kiosk.data.local_store import LocalStore
from kiosk.data.outbox import OfflineFeedback, flush_outbox
from kiosk.data.statistics import to_utc
from kiosk.errors import UserError
from kiosk.services.supervision.calendar import WorkCalendar
from kiosk.services.supervision.cases import CaseService, case_counts
from tests.services.supervision.helpers import AUTUMN_2026, autumn_calendar, rate

CONTACT = "13907391234"


def cases(database) -> list[m.RatingCase]:  # type: ignore[no-untyped-def]
    with database.session() as session:
        return list(session.scalars(select(m.RatingCase).order_by(m.RatingCase.id)))


def test_a_poor_rating_or_a_comment_opens_a_case_and_a_plain_good_rating_does_not(database) -> None:
    feedback = FeedbackRepository(database, kiosk_id="lobby-1")
    feedback.add_rating(overall=5, efficiency=5, competence=5, attitude=5, contact="13800000000")
    feedback.add_rating(overall=4, efficiency=4, competence=2, attitude=4)  # 不满意 on one dimension
    feedback.add_rating(overall=5, efficiency=5, competence=5, attitude=5, comment="窗口很热情,谢谢!")
    poor = feedback.add_rating(
        overall=1, efficiency=1, competence=1, attitude=1, comment="等了一个小时", contact=CONTACT
    )
    opened = cases(database)
    assert [(c.poor, c.status) for c in opened] == [(True, "verifying"), (False, "verifying"), (True, "verifying")]
    assert opened[2].rating_uid == poor and opened[2].contact == CONTACT
    with database.session() as session:  # the contact lives on the case alone, never in the ratings table
        assert CONTACT not in str([(r.comment, r.window, r.matter_code) for r in session.scalars(select(m.Rating))])
        assert "13800000000" not in str([c.contact for c in session.scalars(select(m.RatingCase))])


def test_a_rating_delivered_from_the_outbox_opens_its_case_once_dated_from_the_rating(database, tmp_path) -> None:
    local = LocalStore(tmp_path / "local.sqlite3")
    offline = OfflineFeedback(FeedbackRepository(database, kiosk_id="village-2"), local, away=lambda: True)
    uid = offline.add_rating(overall=2, efficiency=2, competence=3, attitude=2, comment="材料没说清楚", contact=CONTACT)
    assert cases(database) == []  # nothing reached the shared database yet
    with local._transaction() as db:  # the rating was made three days before the server came back
        db.execute("UPDATE outbox SET payload = json_set(payload, '$.created_at', '2026-10-30T02:00:00')")
    report = flush_outbox(database, local)
    assert report.sent == 1
    (case,) = cases(database)
    assert (case.rating_uid, case.contact, case.created_at) == (uid, CONTACT, dt.datetime(2026, 10, 30, 2, 0))
    with local._transaction() as db:  # delivered twice (a crash before the local delete): still one case
        db.execute(
            "INSERT INTO outbox (kind, uid, payload, queued_at) VALUES ('rating', ?, ?, '')",
            (
                uid,
                '{"overall": 2, "efficiency": 2, "competence": 3, "attitude": 2, "created_at": "2026-10-30T02:00:00"}',
            ),
        )
    assert flush_outbox(database, local).sent == 1
    assert len(cases(database)) == 1
    local.close()


# Rating time (local) → the 15th working day after it, counted by hand on the 2026 calendar:
# 中秋 9/25–27 and 国庆 10/1–7 off, Sunday 9/20 and Saturday 10/10 worked.
DEADLINES = [
    pytest.param(
        dt.datetime(2026, 9, 14, 10, 0), dt.date(2026, 10, 10), id="across-both-holidays-ends-on-the-worked-saturday"
    ),
    pytest.param(dt.datetime(2026, 9, 18, 16, 30), dt.date(2026, 10, 15), id="friday-then-the-worked-sunday"),
    pytest.param(dt.datetime(2026, 9, 30, 9, 0), dt.date(2026, 10, 27), id="eve-of-national-day"),
    pytest.param(dt.datetime(2026, 10, 3, 11, 0), dt.date(2026, 10, 27), id="rated-during-the-holiday"),
    pytest.param(dt.datetime(2026, 11, 2, 8, 45), dt.date(2026, 11, 23), id="no-holiday-three-weeks"),
    pytest.param(dt.datetime(2026, 11, 2, 23, 50), dt.date(2026, 11, 23), id="late-evening-is-still-that-day"),
]


@pytest.mark.parametrize(("rated", "deadline"), DEADLINES)
def test_a_case_is_overdue_the_day_after_its_fifteenth_working_day(database, rated, deadline) -> None:
    autumn_calendar(database)
    rate(database, rated)
    (record,) = CaseService(database, clock=lambda: deadline).cases("open")
    assert record.rated_on == rated.date()
    assert record.deadline == deadline
    assert not record.overdue(deadline)
    assert record.overdue(deadline + dt.timedelta(days=1))
    day_after = deadline + dt.timedelta(days=1)
    assert [r.id for r in CaseService(database, clock=lambda: deadline).cases("overdue")] == []
    assert [r.id for r in CaseService(database, clock=lambda: day_after).cases("overdue")] == [record.id]


def test_working_days_follow_the_week_unless_the_calendar_says_otherwise() -> None:
    calendar = WorkCalendar(AUTUMN_2026)
    assert calendar.is_working_day(dt.date(2026, 9, 20))  # a Sunday worked (调休)
    assert not calendar.is_working_day(dt.date(2026, 10, 5))  # a Monday off (国庆节)
    assert calendar.is_holiday(dt.date(2026, 10, 5)) and not calendar.is_holiday(dt.date(2026, 10, 11))
    assert not calendar.is_working_day(dt.date(2026, 10, 11))  # an ordinary Sunday
    assert calendar.working_days_between(dt.date(2026, 9, 30), dt.date(2026, 10, 12)) == 4  # 8, 9, 10, 12
    assert WorkCalendar().add_working_days(dt.date(2026, 11, 2), 0) == dt.date(2026, 11, 2)


def test_a_holiday_entered_after_the_case_opened_moves_its_deadline(database) -> None:
    rate(database, dt.datetime(2026, 9, 14, 10, 0))
    service = CaseService(database, clock=lambda: dt.date(2026, 9, 15))
    assert service.cases()[0].deadline == dt.date(2026, 10, 5)  # the plain week: three weeks
    autumn_calendar(database)
    assert service.cases()[0].deadline == dt.date(2026, 10, 10)


def test_the_steps_of_a_case_from_verification_to_the_follow_up_call_are_audited(database) -> None:
    rate(database, dt.datetime(2026, 11, 2, 9, 0), comment="窗口让我跑了三趟", contact=CONTACT)
    today = [dt.date(2026, 11, 4)]
    service = CaseService(database, clock=lambda: today[0])
    (case,) = service.cases()
    with pytest.raises(UserError, match="待核实"):  # not verified yet
        service.rectify(case.id, "张管理员", rectification="已整改")
    with pytest.raises(UserError, match="请填写"):
        service.verify(case.id, "张管理员", problem="  ")
    service.verify(case.id, "张管理员", problem="未一次性告知所需材料", finding="属实", staff_code="S05")
    today[0] = dt.date(2026, 11, 10)
    service.rectify(case.id, "张管理员", rectification="对窗口人员批评教育,统一使用一次性告知单")
    today[0] = dt.date(2026, 11, 12)
    service.visit(case.id, "李主任", result="电话回访,群众表示满意", satisfied=True)
    done = service.case(case.id)
    assert (done.status, done.verified_on, done.rectified_on, done.closed_on) == (
        "visited",
        dt.date(2026, 11, 4),
        dt.date(2026, 11, 10),
        dt.date(2026, 11, 12),
    )
    assert done.staff_code == "S05" and done.on_time() is True
    history = service.history(case.id)
    assert [(h.actor, h.action, h.detail) for h in history] == [
        ("张管理员", "case.verify", "待核实 → 整改中"),
        ("张管理员", "case.rectify", "整改中 → 已整改"),
        ("李主任", "case.visit", "已整改 → 已回访"),
    ]
    assert not any(CONTACT in h.detail for h in history)
    with pytest.raises(UserError):
        service.visit(case.id, "李主任", result="again")


def test_unfounded_needs_a_reason_and_a_comment_that_asks_nothing_closes_without_rectification(database) -> None:
    rate(database, dt.datetime(2026, 11, 2, 9, 0))
    rate(database, dt.datetime(2026, 11, 3, 9, 0), level=5, comment="谢谢帮办员")
    service = CaseService(database, clock=lambda: dt.date(2026, 11, 5))
    poor, praise = service.cases()
    with pytest.raises(UserError):
        service.unfounded(poor.id, "张管理员", reason="")
    with pytest.raises(UserError, match="差评须核实"):
        service.no_action(poor.id, "张管理员", reason="表扬")
    service.unfounded(poor.id, "张管理员", reason="监控显示当日该窗口无排队")
    service.no_action(praise.id, "张管理员", reason="表扬,已转告窗口")
    assert [c.status for c in service.cases("closed")] == ["no_action", "unfounded"]
    assert service.cases("open") == []


def test_counts_give_open_overdue_closed_and_the_share_rectified_on_time(database) -> None:
    autumn_calendar(database)
    on_time = rate(database, dt.datetime(2026, 9, 14, 10, 0))  # deadline 10-10
    late = rate(database, dt.datetime(2026, 9, 30, 9, 0))  # deadline 10-27
    rate(database, dt.datetime(2026, 10, 20, 9, 0))  # open, not yet due on 11-05 (deadline 11-10)
    rate(database, dt.datetime(2026, 10, 9, 9, 0))  # deadline 10-29: overdue on 11-05
    rate(database, dt.datetime(2026, 10, 12, 9, 0), level=5, comment="很好")  # a comment, not a 差评
    today = [dt.date(2026, 10, 9)]
    service = CaseService(database, clock=lambda: today[0])
    ids = {r.rating_uid: r.id for r in service.cases("all")}
    service.verify(ids[on_time], "a", problem="p")
    service.rectify(ids[on_time], "a", rectification="r")  # 10-09 ≤ 10-10
    today[0] = dt.date(2026, 10, 28)
    service.verify(ids[late], "a", problem="p")
    service.rectify(ids[late], "a", rectification="r")  # 10-28 > 10-27
    service.visit(ids[late], "a", result="v")
    today[0] = dt.date(2026, 11, 5)
    counts = case_counts(database, today=today[0])
    # overdue: the 差评 never verified, the one rectified on time but not called back by 10-10, and the
    # comment nobody answered by its deadline (11-02)
    assert (counts.total, counts.open, counts.overdue, counts.closed) == (5, 4, 3, 1)
    assert (counts.on_time, counts.judged) == (1, 3)  # on time; late; overdue without rectification
    assert counts.by_status["rectified"] == 1 and counts.by_status["verifying"] == 3
    assert counts.on_time_share == pytest.approx(1 / 3)
    october = case_counts(
        database, today=today[0], since=to_utc(dt.datetime(2026, 10, 1)), until=to_utc(dt.datetime(2026, 11, 1))
    )
    assert october.total == 3
