"""Finding issued notices for 补打: the shared archive, and what this kiosk issued offline and still holds.

A notice issued while the shared database did not answer waits in the kiosk's outbox until it is
delivered; staff must be able to find and reprint it meanwhile (by its serial, or by its 临时编号
when it was issued provisionally), and a provisional id already delivered finds the notice under
the serial it got. Phones are masked here, once, for every list. No Qt.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import or_, select

from kiosk.data import models as m
from kiosk.data.db import UNREACHABLE, Database
from kiosk.data.offline.local_store import LocalStore
from kiosk.errors import UserError
from kiosk.services.notice_print_state import NOT_PRINTED, PENDING, PRINTED
from kiosk.services.notices import mask_phone

OFFLINE_SEARCH = "数据库暂时无法访问,现在只能找到本机离线时开出、尚未送出的告知单。"


@dataclass(frozen=True)
class IssuedSummary:
    """An issued notice as the archive list shows it (phone already masked).

    ``serial`` is the 临时编号 of a provisional notice not delivered yet; ``waiting`` says the
    notice is still in this kiosk's outbox (issued offline, not in the shared archive yet);
    ``print_state`` whether it came out of the printer (``notice_print_state``).
    """

    serial: str
    issued_at: dt.datetime
    matter_code: str
    matter_name: str
    applicant_name: str
    applicant_phone: str
    staff_code: str
    staff_name: str
    window: str
    missing_count: int
    waiting: bool = False
    print_state: str = PRINTED
    print_error: str = ""

    @property
    def printed(self) -> bool:
        """False while the notice never came out (未打印): pending or failed."""
        return self.print_state not in NOT_PRINTED


def notice_part(snapshot: dict[str, Any]) -> dict[str, Any]:
    notice = snapshot.get("notice")
    return notice if isinstance(notice, dict) else {}


def search_archive(
    database: Database,
    local: LocalStore | None,
    *,
    serial: str = "",
    date_from: dt.date | None = None,
    date_to: dt.date | None = None,
    matter: str = "",
    unprinted: bool = False,
    limit: int = 200,
) -> list[IssuedSummary]:
    """Notices newest first: ``serial`` and ``matter`` (code or part of the name) match parts; the
    dates are inclusive days of the hall's local time. Notices waiting in ``local``'s outbox come
    first; when the database does not answer they are all there is (without a local store that is
    a ``UserError``). ``unprinted``: only notices that never came out (未打印)."""
    waiting = [
        s for s in _queued(local) if _matches(s, serial, date_from, date_to, matter) and not (unprinted and s.printed)
    ]
    wanted = serial.strip()
    if local is not None and wanted:
        wanted = local.provisional_serial(wanted) or wanted  # a delivered 临时编号: its real serial
    try:
        archived = _archived(database, wanted, date_from, date_to, matter, unprinted, limit)
    except UNREACHABLE:
        if local is None:
            raise UserError(OFFLINE_SEARCH) from None
        archived = []
    return (waiting + [s for s in archived if s.serial not in {w.serial for w in waiting}])[:limit]


def _archived(
    database: Database,
    serial: str,
    date_from: dt.date | None,
    date_to: dt.date | None,
    matter: str,
    unprinted: bool,
    limit: int,
) -> list[IssuedSummary]:
    query = select(m.IssuedNotice)
    if unprinted:
        query = query.where(m.IssuedNotice.print_state.in_(NOT_PRINTED))
    if serial:
        query = query.where(m.IssuedNotice.serial.contains(serial, autoescape=True))
    if date_from:
        query = query.where(m.IssuedNotice.issued_at >= dt.datetime.combine(date_from, dt.time.min))
    if date_to:
        next_day = dt.datetime.combine(date_to + dt.timedelta(days=1), dt.time.min)
        query = query.where(m.IssuedNotice.issued_at < next_day)
    if matter.strip():
        text = matter.strip()
        query = query.where(
            or_(m.IssuedNotice.matter_code == text, m.IssuedNotice.matter_name.contains(text, autoescape=True))
        )
    return summaries_of(database, query, limit)


def summaries_of(database: Database, query: Any, limit: int = 200) -> list[IssuedSummary]:
    """The archive rows ``query`` (a select of ``IssuedNotice``) finds, newest first, as list entries."""
    query = query.order_by(m.IssuedNotice.issued_at.desc(), m.IssuedNotice.id.desc())
    with database.session() as session:
        rows = session.scalars(query.limit(limit)).all()
        return [
            _summary(
                r.serial, r.issued_at, r.applicant_phone, r.snapshot, print_state=r.print_state, error=r.print_error
            )
            for r in rows
        ]


def _queued(local: LocalStore | None) -> list[IssuedSummary]:
    if local is None:
        return []
    found = []
    for payload in reversed(local.queued_notices()):  # newest first
        provisional = payload.get("provisional") or {}
        serial = str(payload.get("serial") or provisional.get("id") or "")
        issued_at = dt.datetime.fromisoformat(str(payload["issued_at"]))
        phone = str(payload.get("applicant_phone", ""))
        state = str(payload.get("print_state", PENDING))
        error = str(payload.get("print_error", ""))
        found.append(_summary(serial, issued_at, phone, payload["snapshot"], True, print_state=state, error=error))
    return found


def _summary(
    serial: str,
    issued_at: dt.datetime,
    phone: str,
    snapshot: Any,
    waiting: bool = False,
    *,
    print_state: str = PRINTED,
    error: str = "",
) -> IssuedSummary:
    notice = notice_part(snapshot)
    return IssuedSummary(
        serial=serial,
        issued_at=issued_at,
        matter_code=str(notice.get("matter_code", "")),
        matter_name=str(notice.get("matter_name", "")),
        applicant_name=str(notice.get("applicant_name", "")),
        applicant_phone=mask_phone(phone) if phone else "",
        staff_code=str(notice.get("staff_code", "")),
        staff_name=str(notice.get("staff_name", "")),
        window=str(notice.get("window_name", ""))[:64],
        missing_count=len(notice.get("to_supply", [])),
        waiting=waiting,
        print_state=print_state or PRINTED,
        print_error=error or "",
    )


def _matches(s: IssuedSummary, serial: str, date_from: dt.date | None, date_to: dt.date | None, matter: str) -> bool:
    day = s.issued_at.date()
    text = matter.strip()
    return (
        (not serial.strip() or serial.strip() in s.serial)
        and (date_from is None or day >= date_from)
        and (date_to is None or day <= date_to)
        and (not text or text == s.matter_code or text in s.matter_name)
    )
