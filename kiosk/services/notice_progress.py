"""办件进度: the status of an archived missing-materials notice, kept by window staff, looked up by residents.

Staff move a notice through ``待补正 → 已补齐 → 已受理 → 已办结``; every change is dated and
audited. A resident looks a notice up at the kiosk by the 10-digit 查询码 printed under its serial
(and in its QR code). The serial alone is not enough: serials are numbered in order, so anyone
could guess the next one; the 查询码 is random (10^10 possibilities), so a guessed code finds
nothing. A lookup shows only the notice's own progress: the matter, the dates and what is still
missing — never the applicant's name or phone. ``LookupLimiter`` slows down anyone who tries codes
one after the other. No Qt here.
"""

from __future__ import annotations

import datetime as dt
import re
import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import select

from kiosk.data import audit_log
from kiosk.data import models as m
from kiosk.data.db import Database
from kiosk.errors import UserError
from kiosk.services.notices import local_now

STATUSES = ("待补正", "已补齐", "已受理", "已办结")
CODE_DIGITS = 10


def new_lookup_code() -> str:
    """A random 10-digit 查询码 (never starting with 0, so it is never read as a shorter number)."""
    return str(secrets.randbelow(9 * 10 ** (CODE_DIGITS - 1)) + 10 ** (CODE_DIGITS - 1))


def spaced(code: str) -> str:
    """``1234567890`` → ``1234 5678 90``: easier to read off paper and type."""
    return " ".join(code[i : i + 4] for i in range(0, len(code), 4))


def first_step(at: dt.datetime, by: str) -> list[dict[str, str]]:
    """The history of a notice just issued: 待补正 since its issue."""
    return [{"status": STATUSES[0], "at": at.isoformat(timespec="minutes"), "by": by}]


@dataclass(frozen=True)
class ProgressStep:
    status: str
    at: dt.datetime


@dataclass(frozen=True)
class NoticeProgress:
    """What a resident may see of a notice: nothing that names or reaches the applicant."""

    serial: str
    matter_name: str
    issued_at: dt.datetime
    status: str
    steps: tuple[ProgressStep, ...]
    missing: tuple[str, ...]  # what is still to supply (empty once 已补齐 or later)
    correction_deadline: str
    window_name: str


def _steps(row: m.IssuedNotice) -> tuple[ProgressStep, ...]:
    steps = []
    for item in row.progress_log or first_step(row.issued_at, row.staff_code):
        try:
            steps.append(ProgressStep(str(item["status"]), dt.datetime.fromisoformat(str(item["at"]))))
        except (KeyError, ValueError):
            continue
    return tuple(steps)


def _view(row: m.IssuedNotice) -> NoticeProgress:
    notice = row.snapshot.get("notice") if isinstance(row.snapshot, dict) else None
    notice = notice if isinstance(notice, dict) else {}
    to_supply = notice.get("to_supply") or []
    missing = tuple(str(item.get("name", "")) for item in to_supply if isinstance(item, dict))
    return NoticeProgress(
        serial=row.serial,
        matter_name=row.matter_name,
        issued_at=row.issued_at,
        status=row.progress,
        steps=_steps(row),
        missing=missing if row.progress == STATUSES[0] else (),
        correction_deadline=str(notice.get("correction_deadline", "")),
        window_name=str(notice.get("window_name", "")),
    )


def digits_of(text: str) -> str:
    return re.sub(r"\D", "", text)


class ProgressBook:
    """Looks notices up by 查询码 (residents) and moves their status (staff); one session per call."""

    def __init__(self, database: Database, clock: Callable[[], dt.datetime] = local_now) -> None:
        self.database = database
        self.clock = clock

    def lookup(self, code: str) -> NoticeProgress | None:
        """The notice whose 查询码 is ``code`` (spaces ignored), or None. Only a whole code matches."""
        code = digits_of(code)
        if len(code) != CODE_DIGITS:
            return None
        with self.database.session() as session:
            row = session.scalar(select(m.IssuedNotice).where(m.IssuedNotice.lookup_code == code))
            return _view(row) if row is not None else None

    def of_serial(self, serial: str) -> NoticeProgress | None:
        """Staff: the progress of the notice numbered ``serial``."""
        with self.database.session() as session:
            row = session.scalar(select(m.IssuedNotice).where(m.IssuedNotice.serial == serial.strip()))
            return _view(row) if row is not None else None

    def set_status(self, serial: str, status: str, actor: str) -> NoticeProgress:
        """Staff at the window: the notice is now ``status`` (dated now, written to the audit log)."""
        if status not in STATUSES:
            raise UserError(f"未知的办件状态 {status!r}:可选 {'、'.join(STATUSES)}")
        at = self.clock()
        with self.database.session() as session, session.begin():
            row = session.scalar(select(m.IssuedNotice).where(m.IssuedNotice.serial == serial.strip()))
            if row is None:
                raise UserError(f"没有编号为 {serial!r} 的告知单")
            if row.progress == status:
                return _view(row)
            log = list(row.progress_log or first_step(row.issued_at, row.staff_code))
            log.append({"status": status, "at": at.isoformat(timespec="minutes"), "by": actor})
            row.progress_log = log
            row.progress = status
            audit_log.record(session, actor, "notice.progress", "issued_notice", row.serial[:64], status)
            session.flush()
            return _view(row)


class LookupLimiter:
    """Rate limiting of resident lookups on one kiosk: after ``misses`` wrong codes within
    ``window`` seconds, no lookup for ``pause`` seconds (doubling while the misses go on)."""

    def __init__(
        self, misses: int = 5, window: float = 600.0, pause: float = 60.0, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self.misses, self.window, self.pause, self.clock = misses, window, pause, clock
        self._misses: list[float] = []
        self._blocked_until = 0.0
        self._strikes = 0

    def wait_seconds(self) -> int:
        """Seconds until the next lookup is allowed (0: now)."""
        return max(0, int(self._blocked_until - self.clock() + 0.999))

    def missed(self) -> None:
        now = self.clock()
        self._misses = [t for t in self._misses if now - t < self.window] + [now]
        if len(self._misses) >= self.misses:
            self._strikes += 1
            self._blocked_until = now + self.pause * 2 ** (self._strikes - 1)
            self._misses = []

    def found(self) -> None:
        self._misses = []
        self._strikes = 0
