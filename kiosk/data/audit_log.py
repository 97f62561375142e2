"""The audit log (审计日志): writing a row inside the caller's transaction, reading it a page at a time.

A row is written in the same transaction as the change it describes, so the log can never claim
a change that was rolled back, nor miss one that was committed. It says who, when and what —
never a PIN, a hash or a resident's personal data.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kiosk.data import models as m


def record(session: Session, actor: str, action: str, entity: str = "", key: str = "", detail: str = "") -> None:
    """Add an audit row to the caller's transaction (not committed here)."""
    session.add(m.AuditEntry(actor=actor[:64], action=action[:64], entity=entity[:32], key=key[:64], detail=detail))


@dataclass(frozen=True)
class AuditRow:
    """One line of the audit log as the viewer shows it."""

    at: dt.datetime
    actor: str
    action: str
    entity: str
    key: str
    detail: str


@dataclass(frozen=True)
class AuditPage:
    rows: list[AuditRow]
    total: int
    offset: int
    limit: int


def page(session: Session, *, action: str = "", entity: str = "", offset: int = 0, limit: int = 50) -> AuditPage:
    """Newest first, optionally only one action and/or one entity."""
    query = select(m.AuditEntry)
    if action:
        query = query.where(m.AuditEntry.action == action)
    if entity:
        query = query.where(m.AuditEntry.entity == entity)
    total = session.scalar(select(func.count()).select_from(query.subquery())) or 0
    rows = session.scalars(query.order_by(m.AuditEntry.at.desc(), m.AuditEntry.id.desc()).offset(offset).limit(limit))
    return AuditPage([AuditRow(r.at, r.actor, r.action, r.entity, r.key, r.detail) for r in rows], total, offset, limit)


def actions(session: Session) -> list[str]:
    """The actions that occur in the log, for the viewer's filter."""
    return sorted(session.scalars(select(m.AuditEntry.action).distinct()))


def entities(session: Session) -> list[str]:
    return sorted(e for e in session.scalars(select(m.AuditEntry.entity).distinct()) if e)
