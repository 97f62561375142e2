"""Whether an issued staff notice came out of the printer (未打印), and finding those that did not.

A serial is taken and the notice archived *before* it is printed (the number must be on the
paper), so a crash, a kill or a printer fault between the two leaves an archived notice nobody
has. Each archive row therefore carries a print state: ``pending`` from the moment the number is
taken, ``printed`` (paper) or ``saved`` (a PDF in a folder or a file) only when the print backend
reports success, ``failed`` when it reports a failure. Pending and failed are 未打印: the staff are
offered them at their next sign-in and 补打 shows the state. ``PrintStates`` is the part of
``NoticeService`` that records and finds them; a notice still waiting in the offline outbox gets
its state there and carries it to the archive.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from sqlalchemy import or_, select, update

from kiosk.data import models as m
from kiosk.data.db import UNREACHABLE, Database
from kiosk.data.offline.local_store import LocalStore

if TYPE_CHECKING:
    from kiosk.services.notice_archive import IssuedSummary

log = logging.getLogger(__name__)
# Print states of an issued notice (``IssuedNotice.print_state``): only a print backend's success
# makes a notice printed (paper) or saved (a PDF in a folder or a file); until then it is pending,
# and a failure the backend reported makes it failed. Pending and failed are 未打印.
PENDING, PRINTED, SAVED, FAILED = "pending", "printed", "saved", "failed"
NOT_PRINTED = (PENDING, FAILED)
UNPRINTED_DAYS = 30  # how far back the sign-in offer looks for notices that never came out
DISK_FULL = "本机磁盘已满,告知单没有发放(没有占用编号),请管理员清理磁盘后再试。"


class PrintStates:
    """Print-state bookkeeping of ``NoticeService`` (which provides the attributes below)."""

    database: Database
    local: LocalStore | None
    clock: Callable[[], dt.datetime]

    def _archived(self, serial: str) -> tuple[dict[str, Any], str]:  # provided by NoticeService
        raise NotImplementedError

    def _summaries(self, query: Any, limit: int = 200) -> list[IssuedSummary]:  # provided by NoticeService
        raise NotImplementedError

    def print_state(self, serial: str) -> str:
        """``pending``, ``printed``, ``saved`` or ``failed`` (see ``PENDING``…)."""
        return self._archived(serial)[1]

    def mark_printed(self, serial: str, *, saved: bool = False) -> None:
        """The print backend reported success: paper (``saved`` False) or a PDF kept in a folder or file."""
        state = SAVED if saved else PRINTED
        self._set_print_state(serial, state, "", dt.datetime.now(dt.UTC).replace(tzinfo=None, microsecond=0))

    def mark_failed(self, serial: str, message: str) -> None:
        """The print backend reported a failure: the notice stays 未打印, with the reason. A notice
        that did come out once stays printed (a failed reprint changes nothing)."""
        self._set_print_state(serial, FAILED, message[:300], None, only_if_not_printed=True)

    def _set_print_state(
        self, serial: str, state: str, error: str, at: dt.datetime | None, *, only_if_not_printed: bool = False
    ) -> None:
        values: dict[str, Any] = {"print_state": state, "print_error": error}
        if at is not None:
            values["printed_at"] = at
        query = update(m.IssuedNotice).where(m.IssuedNotice.serial == serial.strip())
        if only_if_not_printed:
            query = query.where(m.IssuedNotice.print_state.in_(NOT_PRINTED))
        queued = {**values, "printed_at": at.isoformat()} if at is not None else values
        if self.local is not None and self.local.amend_queued_notice(serial, queued):
            return  # still in the outbox: it goes to the archive with its print state
        try:
            with self.database.session() as session, session.begin():
                session.execute(query.values(**values))
        except UNREACHABLE:
            log.warning("the print state of %s (%s) could not be recorded: the database does not answer", serial, state)

    def unprinted(self, *, kiosk_id: str = "", staff_code: str = "", days: int = UNPRINTED_DAYS) -> list[IssuedSummary]:
        """Notices of the last ``days`` that never came out (未打印), newest first: issued at this kiosk
        or by this staff member (either, when both are given; all when neither)."""
        since = self.clock() - dt.timedelta(days=days)
        query = select(m.IssuedNotice).where(
            m.IssuedNotice.print_state.in_(NOT_PRINTED), m.IssuedNotice.issued_at >= since
        )
        mine = []
        if kiosk_id:
            mine.append(m.IssuedNotice.kiosk_id == kiosk_id)
        if staff_code:
            mine.append(m.IssuedNotice.staff_code == staff_code)
        if mine:
            query = query.where(or_(*mine))
        return self._summaries(query)


def disk_full(exc: BaseException) -> bool:
    """Whether a database error says the disk (or the database's size limit) is full (SQLITE_FULL)."""
    return "database or disk is full" in str(getattr(exc, "orig", exc)).lower()
