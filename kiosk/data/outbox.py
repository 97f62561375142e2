"""What a kiosk takes while its shared database does not answer (离线暂存), and sending it once it does.

Ratings and opinions are queued in the kiosk's ``LocalStore`` (issued notices are queued by
``NoticeService.issue``, batches of usage counts by ``usage.UsageRecorder``), each under the uid
it will have in the shared database, so the resident sees the usual thank-you page. ``flush_outbox``
writes each item in its own transaction with
``INSERT … ON CONFLICT (uid) DO NOTHING`` and forgets it locally only after that commit: a kiosk
switched off between the two sends it again next time, and the second insert does nothing.
Nothing is ever dropped: an item the database refuses stays queued and is logged. No Qt.
"""

from __future__ import annotations

import datetime as dt
import logging
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from kiosk.data import models as m
from kiosk.data import usage
from kiosk.data.db import UNREACHABLE, Database
from kiosk.data.feedback import (
    CONTACT_LIMIT,
    LEVELS,
    TEXT_LIMIT,
    FeedbackRepository,
    OpinionsClosed,
    clean_text,
)
from kiosk.data.feedback import open_for_opinions as _open_for_opinions
from kiosk.data.local_store import LocalStore, OutboxItem
from kiosk.data.repository import now
from kiosk.data.schema import PreDisclosureDoc
from kiosk.errors import UserError

log = logging.getLogger(__name__)

# kind → the shared table, and the payload's one time field (an ISO string in the outbox)
KINDS: dict[str, tuple[Any, str]] = {
    "rating": (m.Rating, "created_at"),
    "opinion": (m.Opinion, "created_at"),
    "notice": (m.IssuedNotice, "issued_at"),
}


def _utc_now() -> str:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None).isoformat()  # as models.utcnow stores it


class OfflineFeedback:
    """``FeedbackRepository.add_rating``/``add_opinion``, queued locally when the shared database does not answer.

    The uid is chosen here and given to the online attempt too, so that an insert whose commit
    reached the server but whose answer did not is not stored twice by the outbox later.
    ``plans`` (the kiosk's ``ContentRepository.pre_disclosures``, which answers from its snapshot
    offline) lets an opinion be refused offline for a plan that the kiosk knows to be closed;
    ``away`` (its ``database_away``) says the database just timed out: then the resident's tap
    goes straight to the outbox instead of waiting for another timeout.
    """

    def __init__(
        self,
        feedback: FeedbackRepository,
        local: LocalStore,
        plans: Callable[[], list[PreDisclosureDoc]] | None = None,
        away: Callable[[], bool] = lambda: False,
    ) -> None:
        self.feedback = feedback
        self.local = local
        self.plans = plans
        self.away = away

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
        levels = {"overall": overall, "efficiency": efficiency, "competence": competence, "attitude": attitude}
        uid = str(uuid.uuid4())
        if self.away():
            _check_levels(levels)
        else:
            try:  # the levels are checked there before the database is asked: a ValueError is never queued
                return self.feedback.add_rating(
                    **levels, window=window, matter_code=matter_code, comment=comment, uid=uid
                )
            except UNREACHABLE:
                log.warning("the database does not answer: the rating waits in the local outbox")
        payload = {
            **levels,
            "matter_code": matter_code.strip()[:64],
            "window": window.strip()[:64],
            "comment": clean_text(comment, TEXT_LIMIT),
            "kiosk_id": self.feedback.kiosk_id,
            "created_at": _utc_now(),
        }
        self.local.queue("rating", uid, payload)
        return uid

    def add_opinion(self, key: str, text: str, contact: str = "", *, at: dt.datetime | None = None) -> str:
        uid = str(uuid.uuid4())
        if self.away():
            if not clean_text(text, TEXT_LIMIT):
                raise ValueError("an opinion needs some text")
        else:
            try:  # an empty text is refused there before the database is asked
                return self.feedback.add_opinion(key, text, contact, at=at, uid=uid)
            except UNREACHABLE:
                log.warning("the database does not answer: the opinion waits in the local outbox")
        self._check_open(key, at or now())
        payload = {
            "pre_disclosure_key": key,
            "text": clean_text(text, TEXT_LIMIT),
            "contact": clean_text(contact, CONTACT_LIMIT),
            "kiosk_id": self.feedback.kiosk_id,
            "created_at": _utc_now(),
        }
        self.local.queue("opinion", uid, payload)
        return uid

    def _check_open(self, key: str, when: dt.datetime) -> None:
        if self.plans is None:
            return
        try:
            plans = self.plans()
        except UserError:  # the plans were never read: the resident saw the plan, so take the opinion
            return
        plan = next((p for p in plans if p.key == key), None)
        if plan is None or not _open_for_opinions(plan, when):
            raise OpinionsClosed(f"pre-disclosure {key!r} takes no opinions at {when:%Y-%m-%d %H:%M}")


def _check_levels(levels: dict[str, int]) -> None:
    """``FeedbackRepository.add_rating``'s check, for a rating that does not ask the database first."""
    for dimension, level in levels.items():
        if isinstance(level, bool) or not isinstance(level, int) or level not in LEVELS:
            raise ValueError(f"{dimension} must be 1 … 5, not {level!r}")


@dataclass(frozen=True)
class FlushReport:
    """How a flush went: ``sent`` items written (or found already there), ``kept`` still queued."""

    sent: int
    kept: int
    reachable: bool  # False when the database stopped answering during the flush


def insert_once(session: Session, item: OutboxItem) -> None:
    """Insert the item's row unless a row with its uid is there already (inside the caller's transaction).

    A batch of usage counts (``usage.OUTBOX_KIND``) is many rows under one uid (``usage_batches``).
    """
    if item.kind == usage.OUTBOX_KIND:
        usage.deliver_outbox_batch(session, item.uid, item.payload)
        return
    model, time_field = KINDS[item.kind]
    values = dict(item.payload)
    values["uid"] = item.uid
    values[time_field] = dt.datetime.fromisoformat(values[time_field])
    if session.get_bind().dialect.name == "postgresql":
        from sqlalchemy.dialects import postgresql

        statement: Any = postgresql.insert(model).values(**values).on_conflict_do_nothing(index_elements=["uid"])
    else:
        from sqlalchemy.dialects import sqlite

        statement = sqlite.insert(model).values(**values).on_conflict_do_nothing(index_elements=["uid"])
    session.execute(statement)


def flush_outbox(database: Database, local: LocalStore) -> FlushReport:
    """Write everything queued to the shared database, oldest first, one transaction per item."""
    items = local.outbox()
    sent = 0
    kept = 0
    for item in items:
        try:
            with database.session() as session, session.begin():
                insert_once(session, item)
        except UNREACHABLE:
            return FlushReport(sent, len(items) - sent, reachable=False)
        except (SQLAlchemyError, KeyError, ValueError):  # refused (a serial used twice?): kept, never dropped
            log.exception("outbox item %s (%s) was refused by the database; it stays queued", item.id, item.kind)
            kept += 1
            continue
        local.remove(item.id)  # after the commit: a crash in between is a harmless second insert
        sent += 1
    return FlushReport(sent, kept, reachable=True)
