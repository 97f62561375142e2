"""Versions scheduled to go live later (定时发布), kept apart from what the kiosk shows.

Publishing "at a date" used to write the new version into the content tables with a future start,
so a published item vanished from the kiosk until its new version began. Now the scheduled
version waits in ``pending_revisions`` (one per item) and the content tables keep the live one.
``editing.apply_due`` publishes a version once its time has come — called by the kiosk's reads and
its content watch, and by the editors — so whichever asks first after the time makes it live,
exactly once (the pending row is deleted in the same transaction that publishes it; a second
kiosk doing the same finds nothing left to delete). No Qt.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from kiosk.data import models as m


@dataclass(frozen=True)
class Scheduled:
    """A version waiting to go live: which item, from when, who scheduled it, and its content."""

    id: int
    entity: str
    key: str
    start_at: dt.datetime
    actor: str
    data: dict[str, Any]


def _from_row(row: m.PendingRevision) -> Scheduled:
    return Scheduled(row.id, row.entity, row.key, row.start_at, row.actor, dict(row.data))


def put(session: Session, entity: str, key: str, data: dict[str, Any], start_at: dt.datetime, actor: str) -> None:
    """Schedule ``data`` as the item's next version from ``start_at``, replacing an earlier schedule."""
    drop(session, entity, key)
    session.add(m.PendingRevision(entity=entity, key=key, data=data, start_at=start_at, actor=actor))
    session.flush()


def drop(session: Session, entity: str, key: str) -> bool:
    """Forget the item's scheduled version; False when there was none."""
    gone = session.execute(
        delete(m.PendingRevision).where(m.PendingRevision.entity == entity, m.PendingRevision.key == key)
    )
    return bool(getattr(gone, "rowcount", 0))


def claim(session: Session, pending_id: int) -> bool:
    """Take a due version out of the table to publish it; False when another kiosk took it first."""
    gone = session.execute(delete(m.PendingRevision).where(m.PendingRevision.id == pending_id))
    return bool(getattr(gone, "rowcount", 0))


def of_item(session: Session, entity: str, key: str) -> Scheduled | None:
    row = session.scalar(
        select(m.PendingRevision).where(m.PendingRevision.entity == entity, m.PendingRevision.key == key)
    )
    return _from_row(row) if row is not None else None


def of_kind(session: Session, entity: str) -> dict[str, Scheduled]:
    """Every scheduled version of a kind, by key."""
    rows = session.scalars(select(m.PendingRevision).where(m.PendingRevision.entity == entity))
    return {row.key: _from_row(row) for row in rows}


def due(session: Session, now: dt.datetime) -> list[Scheduled]:
    """Versions whose start has come, oldest start first."""
    rows = session.scalars(
        select(m.PendingRevision)
        .where(m.PendingRevision.start_at <= now)
        .order_by(m.PendingRevision.start_at, m.PendingRevision.id)
    )
    return [_from_row(row) for row in rows]


def next_start(session: Session) -> dt.datetime | None:
    """When the next scheduled version is due, or None when nothing is scheduled."""
    value = session.scalar(select(func.min(m.PendingRevision.start_at)))
    return value if isinstance(value, dt.datetime) else None
