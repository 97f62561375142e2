"""Opening a 差评 case (差评整改) where a rating enters the shared database. No Qt.

A rating reaches the shared database in two ways: straight from the kiosk (``FeedbackRepository
.add_rating``) or later from a kiosk's outbox (``outbox.insert_once``). Both call ``open_case``
in the same transaction as the rating's insert, so a case exists exactly when its rating does —
never from a screen, never twice. ``sweep`` opens what an older program version may have left
without a case; it is idempotent (one case per rating uid).

What opens a case: any dimension rated 不满意 or 非常不满意 (a 差评), or any rating with a typed
comment (a comment that asks for nothing is closed as 无需整改). The resident's contact is kept
only on the case, and only when the rating opens one; the ratings table never holds it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from kiosk.data import models as m

DIMENSIONS = ("overall", "efficiency", "competence", "attitude")
POOR_LEVEL = 2  # 不满意; 非常不满意 is 1


def is_poor(levels: Mapping[str, Any]) -> bool:
    """Whether any dimension is 不满意 or 非常不满意 (a 差评)."""
    return any(int(levels[d]) <= POOR_LEVEL for d in DIMENSIONS)


def opens_case(levels: Mapping[str, Any], comment: str) -> bool:
    return is_poor(levels) or bool(comment.strip())


def open_case(
    session: Session,
    *,
    uid: str,
    created_at: dt.datetime,
    levels: Mapping[str, Any],
    comment: str = "",
    window: str = "",
    matter_code: str = "",
    contact: str = "",
    is_sample: bool = False,
) -> m.RatingCase | None:
    """Add the case of the rating ``uid`` to the caller's transaction when the rating calls for one.

    Called right after the rating's own insert, so the rating's uid is new and so is the case.
    """
    if not opens_case(levels, comment):
        return None
    case = m.RatingCase(
        rating_uid=uid,
        created_at=created_at,
        poor=is_poor(levels),
        status="verifying",
        window=window,
        matter_code=matter_code,
        contact=contact.strip()[:200],
        is_sample=is_sample,
    )
    session.add(case)
    session.flush()
    return case


def sweep(session: Session) -> int:
    """Open the cases missing for ratings that call for one (inside the caller's transaction)."""
    has_case = select(m.RatingCase.rating_uid)
    calls_for_one = or_(m.Rating.comment != "", *(getattr(m.Rating, d) <= POOR_LEVEL for d in DIMENSIONS))
    rows = session.scalars(select(m.Rating).where(calls_for_one, m.Rating.uid.not_in(has_case)))
    opened = 0
    for rating in rows:
        levels = {d: getattr(rating, d) for d in DIMENSIONS}
        case = open_case(
            session,
            uid=rating.uid,
            created_at=rating.created_at,
            levels=levels,
            comment=rating.comment,
            window=rating.window,
            matter_code=rating.matter_code,
            is_sample=rating.is_sample,
        )
        opened += case is not None
    return opened
