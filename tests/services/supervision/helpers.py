"""Building blocks for the service-loop tests: the 2026 calendar, ratings made at a given local time."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import update

from kiosk.data import models as m
from kiosk.data.feedback import FeedbackRepository
from kiosk.data.schema import BundleDoc, PreDisclosureDoc
from kiosk.data.statistics import to_utc
from kiosk.data.store import save_bundle
from kiosk.services.supervision.calendar import CalendarDay, CalendarStore
from kiosk.services.supervision.cases import CaseService
from kiosk.services.supervision.complaints import ComplaintService
from kiosk.services.supervision.decisions import DecisionService

# 国办发明电〔2025〕7号: 中秋节 9月25日至27日; 国庆节 10月1日至7日, 9月20日(周日)、10月10日(周六)上班.
AUTUMN_2026 = [
    CalendarDay(dt.date(2026, 9, 20), "workday", "国庆节调休"),
    *(CalendarDay(dt.date(2026, 9, d), "holiday", "中秋节") for d in (25, 26, 27)),
    *(CalendarDay(dt.date(2026, 10, d), "holiday", "国庆节") for d in range(1, 8)),
    CalendarDay(dt.date(2026, 10, 10), "workday", "国庆节调休"),
]


def autumn_calendar(database) -> None:  # type: ignore[no-untyped-def]
    CalendarStore(database).replace_year(2026, AUTUMN_2026, actor="test")


def rate(database, at: dt.datetime, *, level: int = 1, comment: str = "", contact: str = "", window: str = "W3") -> str:  # type: ignore[no-untyped-def]
    """A rating made at the local time ``at`` (stored in UTC, as the kiosk stores it); returns its uid."""
    uid = FeedbackRepository(database, kiosk_id="lobby-1").add_rating(
        overall=level, efficiency=level, competence=3, attitude=level, window=window, comment=comment, contact=contact
    )
    with database.session() as session:
        session.execute(update(m.Rating).where(m.Rating.uid == uid).values(created_at=to_utc(at)))
        session.execute(update(m.RatingCase).where(m.RatingCase.rating_uid == uid).values(created_at=to_utc(at)))
        session.commit()
    return uid


RESIDENT = "13599998888"  # left with a 差评
COMPLAINANT = "孙桂英 13466667777"  # a complaint by phone
OPINION_CONTACT = "石门村 周先生 13322224444"  # left with an opinion on a plan
SECRETS = ("13599998888", "孙桂英", "13466667777", "周先生", "13322224444", "5999", "6667777", "2224444")


def the_whole_loop(database) -> None:  # type: ignore[no-untyped-def]
    """A 差评 followed to the end, a complaint published, a plan decided — each with personal data in it."""
    today = dt.date.today()
    rate(database, dt.datetime.now().replace(microsecond=0), window="W3", comment="材料没讲清楚", contact=RESIDENT)
    cases = CaseService(database, clock=lambda: today)
    (case,) = cases.cases()
    cases.verify(case.id, "admin", problem=f"未一次性告知材料(群众电话{RESIDENT})", finding=f"联系{RESIDENT}核实")
    cases.rectify(case.id, "admin", rectification="统一使用一次性告知单。")
    cases.visit(case.id, "admin", result=f"已回访 {RESIDENT},满意")
    complaints = ComplaintService(database)
    cid = complaints.record("admin", channel="电话", received_on=today, summary="孙桂英来电反映排队时间长", window="W8",
                            complainant=COMPLAINANT)  # fmt: skip
    complaints.close(cid, "admin", result="已增开窗口,并电话告知孙桂英")
    suggested = complaints.suggested_result(cid)
    complaints.publish_result(cid, "admin", title=suggested.title, summary=suggested.summary, result=suggested.result)
    now = dt.datetime.now().replace(microsecond=0)
    plan = PreDisclosureDoc(key="P1", title="方案", plan="方案正文", publish_from=now - dt.timedelta(days=9),
                            opinions_until=today - dt.timedelta(days=1))  # fmt: skip
    with database.session() as session:
        save_bundle(session, BundleDoc(pre_disclosures=[plan]), actor="t")
        session.commit()
    uid = FeedbackRepository(database).add_opinion(
        "P1", "周先生建议周末开放", OPINION_CONTACT, at=now - dt.timedelta(days=3)
    )
    decisions = DecisionService(database)
    decisions.mark(uid, "adopted", "已采纳", "admin")
    decisions.publish_decision(
        "P1", "admin", decision="周末开放", summary=decisions.suggested_summary("P1"), changes=""
    )
