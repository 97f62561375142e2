"""Building blocks for the service-loop tests: the 2026 calendar, ratings made at a given local time."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import update

from kiosk.data import models as m
from kiosk.data.feedback import FeedbackRepository
from kiosk.data.statistics import to_utc
from kiosk.services.supervision.calendar import CalendarDay, CalendarStore

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
