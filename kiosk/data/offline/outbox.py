"""What a kiosk takes while its shared database does not answer (离线暂存), and sending it once it does.

Ratings and opinions are queued in the kiosk's ``LocalStore`` (issued notices are queued by
``NoticeService.issue``), each under the uid it will have in the shared database, so the resident
sees the usual thank-you page. ``flush_outbox`` writes each item in its own transaction with
``INSERT … ON CONFLICT (uid) DO NOTHING`` and forgets it locally only after that commit: a kiosk
switched off (kill -9, a power cut) or cut off again between the two sends it again next time, and
the second insert does nothing — every item arrives exactly once. Nothing is ever dropped: an item
the database refuses stays queued and is logged.

A provisional notice (issued offline after the reserved numbers ran out) gets its real serial in
its delivery transaction: the counter is bumped and the row inserted together; when the uid is
there already (delivered before a crash) the transaction is rolled back, so the bump is undone
and the serial it got the first time is what the kiosk remembers. No Qt.
"""

from __future__ import annotations

import datetime as dt
import logging
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from kiosk.data import audit_log
from kiosk.data import models as m
from kiosk.data.db import UNREACHABLE, Database
from kiosk.data.feedback import (
    CONTACT_LIMIT,
    LEVELS,
    STANCES,
    TEXT_LIMIT,
    FeedbackRepository,
    OpinionsClosed,
    clean_text,
)
from kiosk.data.feedback import open_for_opinions as _open_for_opinions
from kiosk.data.offline.local_store import LocalStore, OutboxItem
from kiosk.data.rating_cases import open_case
from kiosk.data.repository import now
from kiosk.data.schema import PreDisclosureDoc
from kiosk.data.serials import allocate_number, format_serial
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
        contact: str = "",
    ) -> str:
        levels = {"overall": overall, "efficiency": efficiency, "competence": competence, "attitude": attitude}
        uid = str(uuid.uuid4())
        if self.away():
            _check_levels(levels)
        else:
            try:  # the levels are checked there before the database is asked: a ValueError is never queued
                return self.feedback.add_rating(
                    **levels, window=window, matter_code=matter_code, comment=comment, contact=contact, uid=uid
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
        if contact.strip():  # kept for the case the rating opens on delivery (insert_once), never in ratings
            payload["contact"] = clean_text(contact, CONTACT_LIMIT)
        self.local.queue("rating", uid, payload)
        return uid

    def add_opinion(
        self, key: str, text: str, contact: str = "", *, stance: str = "other", at: dt.datetime | None = None
    ) -> str:
        uid = str(uuid.uuid4())
        if self.away():
            if not clean_text(text, TEXT_LIMIT):
                raise ValueError("an opinion needs some text")
            if stance not in STANCES:
                raise ValueError(f"stance must be one of {STANCES}, not {stance!r}")
        else:
            try:  # an empty text or unknown stance is refused there before the database is asked
                return self.feedback.add_opinion(key, text, contact, stance=stance, at=at, uid=uid)
            except UNREACHABLE:
                log.warning("the database does not answer: the opinion waits in the local outbox")
        self._check_open(key, at or now())
        payload = {
            "pre_disclosure_key": key,
            "text": clean_text(text, TEXT_LIMIT),
            "contact": clean_text(contact, CONTACT_LIMIT),
            "kiosk_id": self.feedback.kiosk_id,
            "created_at": _utc_now(),
            "stance": stance,
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
    numbered: tuple[tuple[str, str], ...] = ()  # (临时编号, the serial it got) for provisional notices


def insert_once(session: Session, item: OutboxItem) -> None:
    """Insert the item's row unless a row with its uid is there already (inside the caller's transaction).

    A rating that is really inserted opens its case (差评整改) in the same transaction, as one
    stored online does; its deadline counts from the rating's own time, not from the delivery.
    """
    model, time_field = KINDS[item.kind]
    values = dict(item.payload)
    contact = str(values.pop("contact", "")) if item.kind == "rating" else ""
    values["uid"] = item.uid
    values[time_field] = dt.datetime.fromisoformat(values[time_field])
    if isinstance(values.get("printed_at"), str):  # a notice printed while it waited (its print state)
        values["printed_at"] = dt.datetime.fromisoformat(values["printed_at"])
    # RETURNING says whether the row was really inserted (psycopg reports no rowcount for this statement)
    inserted = session.execute(_statement(session, model, values).returning(model.uid)).first() is not None
    if inserted and item.kind == "rating":
        open_case(
            session,
            uid=item.uid,
            created_at=values[time_field],
            levels=values,
            comment=str(values.get("comment", "")),
            window=str(values.get("window", "")),
            matter_code=str(values.get("matter_code", "")),
            contact=contact,
        )


def _statement(session: Session, model: Any, values: dict[str, Any]) -> Any:
    """``INSERT … ON CONFLICT (uid) DO NOTHING`` in the session's dialect."""
    if session.get_bind().dialect.name == "postgresql":
        from sqlalchemy.dialects import postgresql

        return postgresql.insert(model).values(**values).on_conflict_do_nothing(index_elements=["uid"])
    from sqlalchemy.dialects import sqlite

    return sqlite.insert(model).values(**values).on_conflict_do_nothing(index_elements=["uid"])


def number_provisional(session: Session, item: OutboxItem) -> str:
    """Give a provisional notice its serial and archive it; returns the serial (the earlier one when it
    was delivered before). Runs its own transaction on ``session``: the counter bump first (see
    ``serials``), the insert, the audit row; rolled back when the uid is there already."""
    values = dict(item.payload)
    provisional = values.pop("provisional")
    prefix, year = str(provisional["prefix"]), int(values["year"])
    try:
        number = allocate_number(session, prefix, year)
        serial = format_serial(prefix, year, number)
        snapshot = dict(values["snapshot"])
        snapshot["notice"] = {**snapshot["notice"], "serial": serial}
        values.update(uid=item.uid, serial=serial, number=number, snapshot=snapshot)
        values["issued_at"] = dt.datetime.fromisoformat(values["issued_at"])
        if isinstance(values.get("printed_at"), str):  # printed while it waited (its print state)
            values["printed_at"] = dt.datetime.fromisoformat(values["printed_at"])
        inserted = session.execute(_statement(session, m.IssuedNotice, values).returning(m.IssuedNotice.id)).first()
        if inserted is None:  # delivered before (the kiosk stopped before forgetting it): undo the bump
            session.rollback()
            earlier = session.scalar(select(m.IssuedNotice.serial).where(m.IssuedNotice.uid == item.uid))
            session.commit()
            return str(earlier)
        detail = f"临时编号 {provisional['id']} 补号为 {serial}"
        audit_log.record(
            session, f"kiosk:{values.get('kiosk_id', '')}", "notice.number", "issued_notice", serial, detail
        )
        session.commit()
    except BaseException:
        session.rollback()
        raise
    return serial


def flush_outbox(database: Database, local: LocalStore) -> FlushReport:
    """Write everything queued to the shared database, oldest first, one transaction per item."""
    items = local.outbox()
    sent = 0
    kept = 0
    numbered: list[tuple[str, str]] = []
    for item in items:
        provisional = item.payload.get("provisional") if item.kind == "notice" else None
        try:
            if provisional:
                with database.session() as session:
                    serial = number_provisional(session, item)
            else:
                with database.session() as session, session.begin():
                    insert_once(session, item)
        except UNREACHABLE:
            return FlushReport(sent, len(items) - sent, reachable=False, numbered=tuple(numbered))
        except (SQLAlchemyError, KeyError, ValueError):  # refused (a serial used twice?): kept, never dropped
            log.exception("outbox item %s (%s) was refused by the database; it stays queued", item.id, item.kind)
            kept += 1
            continue
        # after the commit: a crash in between is a harmless second insert (or a rolled-back numbering)
        if provisional:
            local.delivered_provisional(item.id, str(provisional["id"]), serial)
            numbered.append((str(provisional["id"]), serial))
        else:
            local.remove(item.id)
        sent += 1
    return FlushReport(sent, kept, reachable=True, numbered=tuple(numbered))


class Outbox:
    """This kiosk's outbox as the command line and the health report see it: count, list, deliver."""

    def __init__(self, local: LocalStore, database: Database | None = None) -> None:
        self.local = local
        self.database = database

    def pending_count(self) -> int:
        """How many items wait (one count on the local file; never asks the shared database)."""
        return self.local.pending_count()

    def items(self) -> list[OutboxItem]:
        return self.local.outbox()

    def deliver(self) -> FlushReport:
        """Send everything now (``flush_outbox``); needs the shared database."""
        if self.database is None:
            raise ValueError("delivering needs the shared database")
        return flush_outbox(self.database, self.local)
