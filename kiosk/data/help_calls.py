"""呼叫帮办: a resident taps 「呼叫工作人员」 at a kiosk; every console on the same database sees it.

A call is one ``help_calls`` row. Consoles poll for open calls every couple of seconds (on a
worker thread): it works the same on SQLite (one kiosk, the console on the same machine) and on
PostgreSQL (many kiosks, consoles on office PCs), needs no extra connection held open per console
and survives a reconnect without re-subscribing — LISTEN/NOTIFY would save at most the poll
interval. A staff member acknowledges (the kiosk then says who is coming); a call left
unacknowledged longer than the ``help_escalate_seconds`` setting is escalated on every console.
Counts and response times feed the statistics. No Qt here.
"""

from __future__ import annotations

import datetime as dt
import statistics
import uuid
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import select, update

from kiosk.data import models as m
from kiosk.data.db import Database
from kiosk.data.settings import Settings

DEFAULT_KIOSK_NAME = "大厅一体机"


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


@dataclass(frozen=True)
class HelpCallView:
    uid: str
    kiosk_name: str
    matter_name: str
    created_at: dt.datetime  # UTC, naive
    acknowledged_at: dt.datetime | None
    acknowledged_by: str

    def waited(self, now: dt.datetime) -> float:
        """Seconds since the call (until the acknowledgement, once there is one)."""
        return ((self.acknowledged_at or now) - self.created_at).total_seconds()


@dataclass(frozen=True)
class HelpFigures:
    """Calls over a period: how many, how many were answered, and how long residents waited."""

    calls: int
    answered: int
    median_seconds: float | None
    longest_seconds: float | None


def _view(row: m.HelpCall) -> HelpCallView:
    return HelpCallView(
        row.uid, row.kiosk_name, row.matter_name, row.created_at, row.acknowledged_at, row.acknowledged_by
    )


def kiosk_name(database: Database, kiosk_id: str) -> str:
    """The name the admin gave this kiosk on the floor plan page, else its name on 设备状态 (the
    heartbeat's display or host name), else 大厅一体机."""
    with database.session() as session:
        name = session.scalar(select(m.PlanPlace.name).where(m.PlanPlace.kind == "kiosk", m.PlanPlace.key == kiosk_id))
        if not (name or "").strip() and kiosk_id:
            beat = session.get(m.KioskHeartbeat, kiosk_id)
            name = (beat.display_name or beat.host_name) if beat is not None else ""
    return (name or "").strip() or DEFAULT_KIOSK_NAME


class HelpDesk:
    """Calls in, open calls out, acknowledgements, figures; one short session per call."""

    def __init__(self, database: Database, clock: Callable[[], dt.datetime] = utc_now) -> None:
        self.database = database
        self.clock = clock

    def escalate_after(self) -> float:
        try:
            return max(1.0, float(Settings(self.database).get("help_escalate_seconds")))
        except (TypeError, ValueError):
            return 180.0

    def call(self, kiosk_id: str, kiosk_name: str, matter_code: str = "", matter_name: str = "") -> str:
        """A resident asks for help; returns the call's uid (the kiosk watches it for the answer)."""
        uid = str(uuid.uuid4())
        with self.database.session() as session, session.begin():
            session.add(
                m.HelpCall(
                    uid=uid,
                    kiosk_id=kiosk_id,
                    kiosk_name=kiosk_name[:200],
                    matter_code=matter_code[:64],
                    matter_name=matter_name[:200],
                    created_at=self.clock(),
                    acknowledged_by="",
                )
            )
        return uid

    def state(self, uid: str) -> HelpCallView | None:
        with self.database.session() as session:
            row = session.scalar(select(m.HelpCall).where(m.HelpCall.uid == uid))
            return _view(row) if row is not None else None

    def open_calls(self, within_hours: int = 12) -> list[HelpCallView]:
        """Calls nobody acknowledged yet, oldest first (a call older than ``within_hours`` is stale)."""
        since = self.clock() - dt.timedelta(hours=within_hours)
        with self.database.session() as session:
            rows = session.scalars(
                select(m.HelpCall)
                .where(m.HelpCall.acknowledged_at.is_(None), m.HelpCall.created_at >= since)
                .order_by(m.HelpCall.created_at, m.HelpCall.id)
            ).all()
            return [_view(r) for r in rows]

    def acknowledge(self, uid: str, by: str) -> bool:
        """``by`` is on the way; False when someone else acknowledged it first."""
        with self.database.session() as session, session.begin():
            done = session.execute(
                update(m.HelpCall)
                .where(m.HelpCall.uid == uid, m.HelpCall.acknowledged_at.is_(None))
                .values(acknowledged_at=self.clock(), acknowledged_by=by[:200])
            )
            return bool(getattr(done, "rowcount", 0))

    def figures(self, since: dt.datetime | None, until: dt.datetime | None) -> HelpFigures:
        """Calls made in [since, until) (UTC): counts and the waits until acknowledgement."""
        query = select(m.HelpCall)
        if since is not None:
            query = query.where(m.HelpCall.created_at >= since)
        if until is not None:
            query = query.where(m.HelpCall.created_at < until)
        with self.database.session() as session:
            rows = session.scalars(query).all()
            waits = [(r.acknowledged_at - r.created_at).total_seconds() for r in rows if r.acknowledged_at]
        return HelpFigures(
            calls=len(rows),
            answered=len(waits),
            median_seconds=statistics.median(waits) if waits else None,
            longest_seconds=max(waits) if waits else None,
        )
