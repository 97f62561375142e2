"""What residents tell the hall at the kiosk: service ratings (好差评) and opinions on plans (预公开意见).

Both are anonymous unless the resident leaves a contact on an opinion, and both are only ever
added, never changed by the kiosk. Texts are stripped and kept to ``TEXT_LIMIT`` characters here,
whatever the screen let through, so a statistics page or an export can rely on it. No Qt.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select

from kiosk.data import convert
from kiosk.data import models as m
from kiosk.data.db import Database
from kiosk.data.rating_cases import open_case
from kiosk.data.repository import now
from kiosk.data.schema import PreDisclosureDoc

DIMENSIONS = ("overall", "efficiency", "competence", "attitude")  # 整体满意度, 服务效率, 服务水平, 服务态度
LEVELS = (5, 4, 3, 2, 1)  # 非常满意, 满意, 基本满意, 不满意, 非常不满意
TEXT_LIMIT = 500  # a rating's comment and an opinion's text
CONTACT_LIMIT = 100
STANCES = ("support", "oppose", "other")  # an opinion's 支持 / 反对 / 其他


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
    stance: str = "other"  # support, oppose, other
    adoption: str = ""  # adopted, not_adopted; "" while not yet answered
    adoption_reason: str = ""
    reviewed_by: str = ""
    reviewed_at: dt.datetime | None = None


def open_for_opinions(plan: PreDisclosureDoc, at: dt.datetime) -> bool:
    """Whether ``plan`` takes opinions at ``at``: still a plan, shown, and not past its last day."""
    if plan.status != "pre_disclosure" or not plan.in_window(at):
        return False
    return plan.opinions_until is None or at.date() <= plan.opinions_until


@dataclass(frozen=True)
class PlanOpinions:
    """A plan (预公开) as the admin's opinions page lists it, with how many opinions it has."""

    key: str
    title: str
    status: str  # pre_disclosure, published (decided), archived; "" when the plan itself is gone
    publish_from: dt.datetime | None
    opinions_until: dt.date | None
    count: int
    latest: dt.datetime | None  # when the newest opinion came (UTC)


def between(column: Any, since: dt.datetime | None, until: dt.datetime | None) -> list[Any]:
    """Conditions for ``since <= column < until`` (either end open when None)."""
    conditions = []
    if since is not None:
        conditions.append(column >= since)
    if until is not None:
        conditions.append(column < until)
    return conditions


def _summary(total: int, rows: Iterable[tuple[str, Any, Any]]) -> RatingSummary:
    """A summary from (dimension, level, count) rows; every level present, 0 when none."""
    counts: dict[str, dict[int, int]] = {d: dict.fromkeys(LEVELS, 0) for d in DIMENSIONS}
    for dimension, level, n in rows:
        counts[dimension][int(level)] = int(n)
    return RatingSummary(int(total), counts)


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
        contact: str = "",
        uid: str = "",
    ) -> str:
        """Store one anonymous rating; returns its uid (``uid`` when given: the offline outbox's). Every
        dimension must be a level 1 … 5.

        A 差评 or a rating with a comment opens its case (差评整改) in the same transaction; the
        resident's ``contact`` is kept on that case only (and dropped when no case opens).
        """
        levels = {"overall": overall, "efficiency": efficiency, "competence": competence, "attitude": attitude}
        for dimension, level in levels.items():
            if isinstance(level, bool) or not isinstance(level, int) or level not in LEVELS:
                raise ValueError(f"{dimension} must be 1 … 5, not {level!r}")
        uid = uid or str(uuid.uuid4())
        with self.database.session() as session:
            rating = m.Rating(
                uid=uid,
                created_at=m.utcnow(),
                matter_code=matter_code.strip()[:64],
                window=window.strip()[:64],
                comment=clean_text(comment, TEXT_LIMIT),
                kiosk_id=self.kiosk_id,
                **levels,
            )
            session.add(rating)
            session.flush()
            open_case(
                session,
                uid=uid,
                created_at=rating.created_at,
                levels=levels,
                comment=rating.comment,
                window=rating.window,
                matter_code=rating.matter_code,
                contact=clean_text(contact, CONTACT_LIMIT),
            )
            session.commit()
        return uid

    def rating_summary(self, *, since: dt.datetime | None = None, until: dt.datetime | None = None) -> RatingSummary:
        """Counts per dimension per level (every level present, 0 when none), optionally for ratings
        stored from ``since`` up to before ``until`` (UTC, as ``created_at`` is stored)."""
        conditions = between(m.Rating.created_at, since, until)
        rows: list[tuple[str, Any, Any]] = []
        with self.database.session() as session:
            total = session.scalar(select(func.count()).select_from(m.Rating).where(*conditions)) or 0
            for dimension in DIMENSIONS:
                column = getattr(m.Rating, dimension)
                query = select(column, func.count()).where(*conditions).group_by(column)
                rows += [(dimension, level, n) for level, n in session.execute(query)]
        return _summary(total, rows)

    def ratings_by_window(
        self, *, since: dt.datetime | None = None, until: dt.datetime | None = None
    ) -> dict[str, RatingSummary]:
        """``rating_summary`` per window code, in code order; ratings that named no window are under ``""``.

        Only windows that were rated in the period appear.
        """
        conditions = between(m.Rating.created_at, since, until)
        rows: dict[str, list[tuple[str, Any, Any]]] = {}
        with self.database.session() as session:
            query = select(m.Rating.window, func.count()).where(*conditions).group_by(m.Rating.window)
            totals = {str(window): int(n) for window, n in session.execute(query)}
            for dimension in DIMENSIONS:
                column = getattr(m.Rating, dimension)
                query = select(m.Rating.window, column, func.count()).where(*conditions)
                for window, level, n in session.execute(query.group_by(m.Rating.window, column)):
                    rows.setdefault(str(window), []).append((dimension, level, n))
        return {window: _summary(totals[window], rows.get(window, [])) for window in sorted(totals)}

    def add_opinion(
        self,
        key: str,
        text: str,
        contact: str = "",
        *,
        stance: str = "other",
        at: dt.datetime | None = None,
        uid: str = "",
    ) -> str:
        """Store a resident's opinion on the plan ``key``; returns its uid (``uid`` when given).

        ``stance`` is 支持/反对/其他 (``support``/``oppose``/``other``). Refused with ``OpinionsClosed``
        when the plan does not take opinions (any more), and with ``ValueError`` when the text is
        empty or the stance unknown.
        """
        body = clean_text(text, TEXT_LIMIT)
        if not body:
            raise ValueError("an opinion needs some text")
        if stance not in STANCES:
            raise ValueError(f"stance must be one of {STANCES}, not {stance!r}")
        when = at or now()
        uid = uid or str(uuid.uuid4())
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
                    stance=stance,
                )
            )
            session.commit()
        return uid

    def plans_with_opinions(self) -> list[PlanOpinions]:
        """Every plan whatever its status (still open, decided, archived), with its number of opinions.

        Newest first: by the time the plan is shown from; plans without that date (shown since they
        were saved) follow, the most recently added first. Opinions whose plan is gone (its key
        changed) are not lost: their key is listed last, as its own title.
        """
        counts = select(m.Opinion.pre_disclosure_key, func.count(), func.max(m.Opinion.created_at)).group_by(
            m.Opinion.pre_disclosure_key
        )
        with self.database.session() as session:
            opinions = {str(key): (int(n), latest) for key, n, latest in session.execute(counts)}
            rows = list(session.scalars(select(m.PreDisclosure)))
        rows.sort(key=lambda r: r.id, reverse=True)
        rows.sort(key=lambda r: r.publish_from or dt.datetime.min, reverse=True)
        plans = [
            PlanOpinions(r.key, r.title, r.status, r.publish_from, r.opinions_until, *opinions.pop(r.key, (0, None)))
            for r in rows
        ]
        gone = sorted(opinions.items(), key=lambda item: item[1][1], reverse=True)
        return plans + [PlanOpinions(key, key, "", None, None, n, latest) for key, (n, latest) in gone]

    def opinions(self, key: str) -> list[OpinionRecord]:
        """The opinions on the plan ``key``, oldest first."""
        query = (
            select(m.Opinion).where(m.Opinion.pre_disclosure_key == key).order_by(m.Opinion.created_at, m.Opinion.id)
        )
        with self.database.session() as session:
            return [
                OpinionRecord(
                    r.uid,
                    r.pre_disclosure_key,
                    r.text,
                    r.contact,
                    r.created_at,
                    r.kiosk_id,
                    r.stance,
                    r.adoption,
                    r.adoption_reason,
                    r.reviewed_by,
                    r.reviewed_at,
                )
                for r in session.scalars(query)
            ]
