"""What residents tell the hall at the kiosk: service ratings (好差评) and opinions on plans (预公开意见).

Both are anonymous unless the resident leaves a contact on an opinion, and both are only ever
added, never changed by the kiosk. Texts are stripped and kept to ``TEXT_LIMIT`` characters here,
whatever the screen let through, so a statistics page or an export can rely on it. No Qt.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from sqlalchemy import func, select

from kiosk.data import convert
from kiosk.data import models as m
from kiosk.data.db import Database
from kiosk.data.repository import now
from kiosk.data.schema import PreDisclosureDoc

DIMENSIONS = ("overall", "efficiency", "competence", "attitude")  # 整体满意度, 服务效率, 服务水平, 服务态度
LEVELS = (5, 4, 3, 2, 1)  # 非常满意, 满意, 基本满意, 不满意, 非常不满意
TEXT_LIMIT = 500  # a rating's comment and an opinion's text
CONTACT_LIMIT = 100


class OpinionsClosed(ValueError):
    """The plan is not (or no longer) open for opinions: unknown, decided, hidden or past its date."""


def clean_text(text: str, limit: int) -> str:
    """``text`` without surrounding blanks, cut to ``limit`` characters (Windows line ends made plain)."""
    return text.replace("\r\n", "\n").strip()[:limit].rstrip()


@dataclass(frozen=True)
class RatingSummary:
    """How many ratings gave each level on each dimension: ``counts["attitude"][5]`` are the 非常满意."""

    total: int
    counts: dict[str, dict[int, int]]

    def satisfied_share(self, dimension: str) -> float | None:
        """The share rated 基本满意 or better (the usual 满意率), or None when nobody has rated yet."""
        if not self.total:
            return None
        return sum(n for level, n in self.counts[dimension].items() if level >= 3) / self.total


@dataclass(frozen=True)
class OpinionRecord:
    """An opinion as the admin reads it."""

    uid: str
    pre_disclosure_key: str
    text: str
    contact: str
    created_at: dt.datetime
    kiosk_id: str


def open_for_opinions(plan: PreDisclosureDoc, at: dt.datetime) -> bool:
    """Whether ``plan`` takes opinions at ``at``: still a plan, shown, and not past its last day."""
    if plan.status != "pre_disclosure" or not plan.in_window(at):
        return False
    return plan.opinions_until is None or at.date() <= plan.opinions_until


class FeedbackRepository:
    """Stores ratings and opinions (one short session per call) and summarises the ratings."""

    def __init__(self, database: Database, *, kiosk_id: str = "") -> None:
        self.database = database
        self.kiosk_id = kiosk_id

    def add_rating(
        self,
        *,
        overall: int,
        efficiency: int,
        competence: int,
        attitude: int,
        window: str = "",
        matter_code: str = "",
        comment: str = "",
    ) -> str:
        """Store one anonymous rating; returns its uid. Every dimension must be a level 1 … 5."""
        levels = {"overall": overall, "efficiency": efficiency, "competence": competence, "attitude": attitude}
        for dimension, level in levels.items():
            if isinstance(level, bool) or not isinstance(level, int) or level not in LEVELS:
                raise ValueError(f"{dimension} must be 1 … 5, not {level!r}")
        uid = str(uuid.uuid4())
        with self.database.session() as session:
            session.add(
                m.Rating(
                    uid=uid,
                    matter_code=matter_code.strip()[:64],
                    window=window.strip()[:64],
                    comment=clean_text(comment, TEXT_LIMIT),
                    kiosk_id=self.kiosk_id,
                    **levels,
                )
            )
            session.commit()
        return uid

    def rating_summary(self, *, since: dt.datetime | None = None, until: dt.datetime | None = None) -> RatingSummary:
        """Counts per dimension per level (every level present, 0 when none), optionally for ratings
        stored from ``since`` up to before ``until`` (UTC, as ``created_at`` is stored)."""
        conditions = []
        if since is not None:
            conditions.append(m.Rating.created_at >= since)
        if until is not None:
            conditions.append(m.Rating.created_at < until)
        counts: dict[str, dict[int, int]] = {d: dict.fromkeys(LEVELS, 0) for d in DIMENSIONS}
        with self.database.session() as session:
            total = session.scalar(select(func.count()).select_from(m.Rating).where(*conditions)) or 0
            for dimension in DIMENSIONS:
                column = getattr(m.Rating, dimension)
                for level, n in session.execute(select(column, func.count()).where(*conditions).group_by(column)):
                    counts[dimension][int(level)] = int(n)
        return RatingSummary(int(total), counts)

    def add_opinion(self, key: str, text: str, contact: str = "", *, at: dt.datetime | None = None) -> str:
        """Store a resident's opinion on the plan ``key``; returns its uid.

        Refused with ``OpinionsClosed`` when the plan does not take opinions (any more), and with
        ``ValueError`` when the text is empty.
        """
        body = clean_text(text, TEXT_LIMIT)
        if not body:
            raise ValueError("an opinion needs some text")
        when = at or now()
        uid = str(uuid.uuid4())
        with self.database.session() as session:
            row = session.scalar(select(m.PreDisclosure).where(m.PreDisclosure.key == key))
            if row is None or not open_for_opinions(convert.simple_doc(PreDisclosureDoc, row), when):
                raise OpinionsClosed(f"pre-disclosure {key!r} takes no opinions at {when:%Y-%m-%d %H:%M}")
            session.add(
                m.Opinion(
                    uid=uid,
                    pre_disclosure_key=key,
                    text=body,
                    contact=clean_text(contact, CONTACT_LIMIT),
                    kiosk_id=self.kiosk_id,
                )
            )
            session.commit()
        return uid

    def opinions(self, key: str) -> list[OpinionRecord]:
        """The opinions on the plan ``key``, oldest first."""
        query = (
            select(m.Opinion).where(m.Opinion.pre_disclosure_key == key).order_by(m.Opinion.created_at, m.Opinion.id)
        )
        with self.database.session() as session:
            return [
                OpinionRecord(r.uid, r.pre_disclosure_key, r.text, r.contact, r.created_at, r.kiosk_id)
                for r in session.scalars(query)
            ]
