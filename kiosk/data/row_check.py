"""One bad row hides one item: reading content row by row when a whole read cannot be decoded.

A kiosk runs for months on content typed by people and imported from dirty county data, and the
database accepts more than the documents do (SQLite keeps text in an integer column, a JSON column
can hold broken JSON, a hand edit can leave a date that is not a date). Such a row must cost the
resident that one item, never the whole section, and never the idle loop that reads notices.

So every content read goes through ``load_rows`` (decoding: dates, JSON, integers) and
``convert_rows`` (the document's own checks: lengths, vocabularies). The fast path reads the whole
query as before; only when it fails is the same query read again one id at a time, and each row
that cannot be read or converted is skipped and reported to a ``BadRows`` collector (logged once).
What the collector holds is what u9b's 设备状态 page and the console's quality check list
(``kiosk.services.health_log.hidden_items``). Errors of the database itself (unreachable, locked)
are not a bad row and propagate as before. No Qt here.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
import threading
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, TypeVar

from sqlalchemy import Select, select
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session
from sqlalchemy.orm.util import identity_key

from kiosk.data.db import UNREACHABLE

log = logging.getLogger(__name__)
T = TypeVar("T")
D = TypeVar("D")
# Errors that mean "the database itself did not answer": never a bad row.
DATABASE_ERRORS: tuple[type[BaseException], ...] = (*UNREACHABLE, DBAPIError)
PROBLEM_CHARS = 300


@dataclass(frozen=True)
class BadRow:
    """A content row the kiosk could not show (hidden from the screens until it is fixed)."""

    table: str
    row_id: int
    key: str  # its code/key when it could be read, else ""
    problem: str  # one line: the exception type and the start of its message
    seen_at: dt.datetime = field(default_factory=lambda: dt.datetime.now().replace(microsecond=0), compare=False)

    def describe(self) -> str:
        what = f"{self.table} #{self.row_id}" + (f" ({self.key})" if self.key else "")
        return f"{what}: {self.problem}"


def problem_text(exc: BaseException) -> str:
    """One line for a person: exception type and the start of its message (never 50,000 characters)."""
    text = " ".join(str(exc).split())
    text = re.sub(r"\s*For further information visit \S+", "", text)  # pydantic's link, on every line
    if len(text) > PROBLEM_CHARS:
        text = text[:PROBLEM_CHARS] + "…"
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


class BadRows:
    """The rows hidden by the reads of one repository, by (table, row id); thread-safe.

    A full read of a table replaces what is known of that table (a fixed row disappears from the
    list at the next read); a read of single items replaces only those items.
    """

    def __init__(self) -> None:
        self._rows: dict[tuple[str, int], BadRow] = {}
        self._lock = threading.Lock()

    def report(self, table: str, found: Iterable[BadRow], *, ids: Iterable[int] | None = None) -> None:
        """The outcome of one read of ``table``: all of it (``ids`` None) or only the rows ``ids``."""
        found = list(found)
        with self._lock:
            stale = [k for k in self._rows if k[0] == table] if ids is None else [(table, i) for i in ids]
            known = {k: self._rows.pop(k) for k in stale if k in self._rows}
            for bad in found:
                key = (bad.table, bad.row_id)
                before = known.get(key)
                if before is None or before.problem != bad.problem:
                    log.warning("hidden from the kiosk, until it is fixed: %s", bad.describe())
                    self._rows[key] = bad
                else:
                    self._rows[key] = before  # keep when it was first seen; log once

    def items(self) -> list[BadRow]:
        with self._lock:
            return sorted(self._rows.values(), key=lambda b: (b.table, b.row_id))

    def __len__(self) -> int:
        with self._lock:
            return len(self._rows)


def _key_of(row: Any) -> str:
    for name in ("code", "key"):
        try:
            value = row.get(name) if isinstance(row, dict) else getattr(row, name, None)
        except Exception:  # an attribute that cannot be decoded either
            value = None
        if isinstance(value, str):
            return value[:64]
    return ""


def _raw_key(session: Session, table: Any, row_id: int) -> str:
    """The code/key of a row that could not be loaded, read as a bare column (it usually can be)."""
    for name in ("code", "key"):
        column = getattr(table, name, None)
        if column is None:
            continue
        try:
            value = session.scalar(select(column).where(table.id == row_id))
        except DATABASE_ERRORS:
            raise
        except Exception:
            return ""
        return str(value)[:64] if value is not None else ""
    return ""


def load_rows(session: Session, query: Select[Any], table: Any, found: list[BadRow]) -> list[Any]:
    """The ORM objects of ``query`` (a select of ``table``), skipping rows that cannot be decoded.

    Rows that fail are appended to ``found``. Database errors propagate.
    """
    try:
        return list(session.scalars(query))
    except DATABASE_ERRORS:
        raise
    except Exception:  # a value the column type cannot decode: read again, row by row
        session.expunge_all()  # half-loaded objects must not answer the reads below
    ids = list(session.scalars(query.with_only_columns(table.id)))
    rows: list[Any] = []
    name = str(table.__tablename__)
    for row_id in ids:
        try:
            rows.extend(session.scalars(query.where(table.id == row_id).execution_options(populate_existing=True)))
        except DATABASE_ERRORS:
            raise
        except Exception as exc:
            half = session.identity_map.get(identity_key(table, row_id))
            if half is not None:
                session.expunge(half)
            found.append(BadRow(name, int(row_id), _raw_key(session, table, row_id), problem_text(exc)))
    return rows


def convert_rows(rows: Sequence[Any], convert: Callable[[Any], D], table: str, found: list[BadRow]) -> list[D]:
    """``convert(row)`` for every row; a row whose conversion raises is skipped and appended to ``found``."""
    docs = []
    for row in rows:
        try:
            docs.append(convert(row))
        except DATABASE_ERRORS:
            raise
        except Exception as exc:
            found.append(BadRow(table, int(getattr(row, "id", 0) or 0), _key_of(row), problem_text(exc)))
    return docs


def read_table(
    session: Session, query: Select[Any], table: Any, convert: Callable[[Any], D], bad: BadRows | None
) -> list[D]:
    """``load_rows`` then ``convert_rows`` for a whole-table read, reporting the outcome to ``bad``."""
    found: list[BadRow] = []
    docs = convert_rows(load_rows(session, query, table, found), convert, str(table.__tablename__), found)
    if bad is not None:
        bad.report(str(table.__tablename__), found)
    return docs
