"""Notice serial numbers (告知单编号) ``{prefix}告〔YYYY〕NNNN号``: counted per prefix and year, never reused.

The counter row is bumped by a single ``INSERT … ON CONFLICT DO UPDATE … RETURNING`` (PostgreSQL
row lock; on SQLite the statement takes the write lock, and it is the first statement of its
transaction so WAL can never hand it a stale snapshot). Callers commit the archive row in the same
transaction, so a failed issue leaves no gap and no half-issued number. Here rather than in
``services`` because the outbox (``data.offline``) numbers provisional notices on delivery. No Qt.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from kiosk.data import models as m
from kiosk.errors import UserError


def format_serial(prefix: str, year: int, number: int) -> str:
    return f"{prefix}告〔{year}〕{number:04d}号"


def allocate_number(session: Session, prefix: str, year: int) -> int:
    """Take the next serial number for ``prefix`` and ``year`` inside the caller's transaction.

    Call it first in a fresh transaction (see the module docstring for why) and commit the
    archive row in the same transaction. A counter that fell behind the archive — a restored
    backup, a hand edit — is moved past the highest number already issued instead of repeating it.
    """
    return allocate_block(session, prefix, year, 1).start


def allocate_block(session: Session, prefix: str, year: int, count: int) -> range:
    """Take the next ``count`` serial numbers at once (``allocate_number``'s rules, one statement)."""
    serials = m.NoticeSerial
    bump = {"last_number": serials.last_number + count}
    dialect = session.get_bind().dialect.name
    if dialect == "postgresql":
        from sqlalchemy.dialects import postgresql

        pg = postgresql.insert(serials).values(prefix=prefix, year=year, last_number=count)
        upsert: Any = pg.on_conflict_do_update(index_elements=["prefix", "year"], set_=bump)
    elif dialect == "sqlite":
        from sqlalchemy.dialects import sqlite

        lite = sqlite.insert(serials).values(prefix=prefix, year=year, last_number=count)
        upsert = lite.on_conflict_do_update(index_elements=["prefix", "year"], set_=bump)
    else:  # pragma: no cover - db.resolve_url admits only these two
        raise UserError(f"不支持的数据库类型 {dialect}")
    first = int(session.execute(upsert.returning(serials.last_number)).scalar_one()) - count + 1
    highest = session.scalar(
        select(func.max(m.IssuedNotice.number)).where(
            m.IssuedNotice.year == year, m.IssuedNotice.serial.startswith(f"{prefix}告〔{year}〕", autoescape=True)
        )
    )
    if highest is not None and highest >= first:
        first = highest + 1
        session.execute(
            update(serials).where(serials.prefix == prefix, serials.year == year).values(last_number=first + count - 1)
        )
    return range(first, first + count)
