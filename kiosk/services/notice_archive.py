"""Issuing, archiving, reprinting and finding staff notices (告知单存档).

Serial numbers ``{hall short name}告〔YYYY〕NNNN号`` count per prefix per year and are never reused
(the prefix is the ``serial_prefix`` setting when the admin set one, else the hall's short name),
also when two kiosks share one PostgreSQL: the counter row is bumped by a single
``INSERT … ON CONFLICT DO UPDATE … RETURNING`` (PostgreSQL row lock; on SQLite the statement
takes the write lock, and it is the first statement of its transaction so WAL can never hand it a
stale snapshot). The bump and the archive row commit together, so a failed issue leaves no gap
and no half-issued number. ``NoticeService`` is what screens and the CLI call: plain objects in,
plain objects out, one short session per call.

Offline (a kiosk with a ``LocalStore`` whose shared database does not answer), ``issue`` takes the
next number of a small block this kiosk reserved in the same counter while online
(``keep_serial_block``, recorded in the audit log under the kiosk's id) and queues the notice in
the local outbox; it is archived when the database is back. A reserved number is given out by
this kiosk alone, once: numbers never repeat, and the unused rest of a block is a gap. When the
block is used up, staff are told that numbered notices must wait for the database.
"""

from __future__ import annotations

import datetime as dt
import logging
import uuid
from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, or_, select, update
from sqlalchemy.orm import Session

from kiosk.data import audit_log
from kiosk.data import models as m
from kiosk.data.db import UNREACHABLE, Database
from kiosk.data.local_store import LocalStore, SerialBlock
from kiosk.data.repository import ContentRepository
from kiosk.data.schema import HallDoc, MatterDoc, StaffDoc, WindowDoc
from kiosk.data.settings import Settings
from kiosk.errors import UserError
from kiosk.services.notice_progress import STATUSES, first_step, new_lookup_code
from kiosk.services.notices import (
    DEFAULT_CORRECTION_DAYS,
    OneTimeNotice,
    build_checklist,
    build_missing_notice,
    format_serial,
    local_now,
    mask_phone,
)

SNAPSHOT_FORMAT = 1
BLOCK_SIZE = 5  # serial numbers each kiosk holds for offline use, per prefix and year
NO_RESERVED_NUMBER = (
    "数据库暂时无法访问,本机预留的告知单编号已用完,恢复连接前不能再发放带编号的告知单。居民的材料清单仍可照常打印。"
)
log = logging.getLogger(__name__)


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


def _without_file_data(value: Any) -> Any:
    """The matter snapshot keeps file names but not the files: an archive row stays small."""
    if isinstance(value, dict):
        return {k: _without_file_data(v) for k, v in value.items() if k != "data_base64"}
    if isinstance(value, list):
        return [_without_file_data(v) for v in value]
    return value


def _notice_part(snapshot: dict[str, Any]) -> dict[str, Any]:
    notice = snapshot.get("notice")
    return notice if isinstance(notice, dict) else {}


@dataclass(frozen=True)
class IssuedSummary:
    """An archived notice as the archive list shows it (phone already masked)."""

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


class NoticeService:
    """Builds, issues, reprints and searches one-time notices for screens and the CLI."""

    def __init__(
        self,
        database: Database,
        *,
        kiosk_id: str = "",
        local: LocalStore | None = None,
        content: ContentRepository | None = None,
        correction_days: int = DEFAULT_CORRECTION_DAYS,
        clock: Callable[[], dt.datetime] = local_now,
    ) -> None:
        """``local``: the kiosk's store, for issuing offline (its id is the ``kiosk_id`` unless one
        is given); ``content``: the kiosk's repository, so that its snapshot serves here too."""
        self.database = database
        self.local = local
        self.content = content or ContentRepository(database, local)
        self.kiosk_id = kiosk_id or (local.kiosk_id if local is not None else "")
        self.correction_days = correction_days
        self.clock = clock

    # -- lookups ---------------------------------------------------------------------------

    def matter(self, code: str) -> MatterDoc:
        found = self.content.matter(code)
        if found is None:
            raise UserError(f"没有编码为 {code!r} 的事项")
        return found

    def _hall(self) -> HallDoc:
        hall = self.content.hall()
        if hall is None:
            raise UserError("数据库里还没有大厅信息（名称、简称），无法生成告知单；请先导入内容或运行 kiosk demo")
        return hall

    def _window(self, code: str) -> WindowDoc | None:
        windows = self.content.windows()
        return next((w for w in windows if code in (w.code, w.name)), None) if code else None

    def _department_name(self, code: str) -> str:
        return next((d.name for d in self.content.departments() if d.code == code), "")

    def _staff(self, code: str) -> StaffDoc:
        found = next((s for s in self.content.staff() if s.code == code), None)
        if found is None:
            raise UserError(f"没有工号为 {code!r} 的在岗工作人员")
        return found

    # -- building --------------------------------------------------------------------------

    def checklist(self, matter_code: str, answers: Mapping[str, str] | None = None) -> OneTimeNotice:
        """The resident's checklist for these 情形 answers (no serial, not archived)."""
        return self.checklist_for(self.matter(matter_code), answers)

    def checklist_for(self, matter: MatterDoc, answers: Mapping[str, str] | None = None) -> OneTimeNotice:
        """The checklist of a matter document as given (the guide on screen, or an admin's draft preview)."""
        return build_checklist(
            matter,
            answers or {},
            hall=self._hall(),
            window=self._window(matter.window),
            department_name=self._department_name(matter.department),
            at=self.clock(),
        )

    def draft_missing(
        self,
        matter_code: str,
        answers: Mapping[str, str] | None = None,
        *,
        received: Collection[int],
        reasons: Mapping[int, str] | None = None,
        staff_code: str = "",
        applicant_name: str = "",
        applicant_phone: str = "",
    ) -> OneTimeNotice:
        """A staff notice to preview; it gets its serial only from ``issue``."""
        matter = self.matter(matter_code)
        staff = self._staff(staff_code) if staff_code else None
        window = (self._window(staff.window) if staff else None) or self._window(matter.window)
        return build_missing_notice(
            matter,
            answers or {},
            hall=self._hall(),
            received=received,
            reasons=reasons,
            staff=staff,
            window=window,
            department_name=self._department_name(matter.department),
            applicant_name=applicant_name,
            applicant_phone=applicant_phone,
            correction_days=self.correction_days,
            at=self.clock(),
        )

    # -- archive ---------------------------------------------------------------------------

    def issue(self, draft: OneTimeNotice) -> OneTimeNotice:
        """Give a staff notice its serial and archive it, in one transaction; returns the notice to print.

        Offline with a local store: a reserved number, and the notice waits in the outbox.
        """
        if not draft.is_staff_notice:
            raise ValueError("resident checklists are not numbered or archived")
        matter = self.content.matter(draft.matter_code)
        matter_snapshot = _without_file_data(matter.model_dump(mode="json")) if matter else None
        at = self.clock()
        try:
            prefix = self.serial_prefix(draft.hall_short_name)
            with self.database.session() as session, session.begin():
                number = allocate_number(session, prefix, at.year)
                notice, row = self._numbered(draft, matter_snapshot, at, prefix, number)
                session.add(m.IssuedNotice(**row))
            return notice
        except UNREACHABLE:
            if self.local is None:
                raise
            log.warning("the database does not answer: issuing from this kiosk's reserved serial numbers")

        def queue(prefix: str, number: int) -> tuple[str, str, dict[str, Any], OneTimeNotice]:
            notice, row = self._numbered(draft, matter_snapshot, at, prefix, number)
            return row["uid"], notice.serial, {**row, "issued_at": at.isoformat()}, notice

        issued = self.local.issue_offline(at.year, queue)
        if issued is None:
            raise UserError(NO_RESERVED_NUMBER)
        return issued

    def _numbered(
        self, draft: OneTimeNotice, matter: Any, at: dt.datetime, prefix: str, number: int
    ) -> tuple[OneTimeNotice, dict[str, Any]]:
        """The notice with its serial, and its archive row's values (``IssuedNotice`` columns)."""
        serial = format_serial(prefix, at.year, number)
        notice = draft.model_copy(update={"serial": serial, "issued_at": at, "lookup_code": new_lookup_code()})
        row = {
            "uid": str(uuid.uuid4()),
            "serial": notice.serial,
            "year": at.year,
            "number": number,
            "kind": notice.kind,
            "matter_code": notice.matter_code,
            "matter_name": notice.matter_name,
            "issued_at": at,
            "staff_code": notice.staff_code,
            "window": notice.window_name[:64],
            "applicant_name": notice.applicant_name,
            "applicant_phone": notice.applicant_phone,
            "snapshot": {"format": SNAPSHOT_FORMAT, "notice": notice.model_dump(mode="json"), "matter": matter},
            "kiosk_id": self.kiosk_id,
            "lookup_code": notice.lookup_code,
            "progress": STATUSES[0],
            "progress_log": first_step(at, notice.staff_code),
        }
        return notice, row

    def keep_serial_block(self, size: int = BLOCK_SIZE) -> SerialBlock | None:
        """While online: make sure this kiosk holds an unused block of numbers for this year and prefix.

        A block kept from before stays while none of it was used and the prefix and year still
        fit; otherwise a new one is reserved in the shared counter (the rest of the old one is a
        gap) with an audit row naming the kiosk. None without a local store.
        """
        if self.local is None:
            return None
        prefix = self.serial_prefix(self._hall().short_name)
        year = self.clock().year
        block = self.local.serial_block()
        if block is not None and (block.prefix, block.year) == (prefix, year) and not block.touched:
            return block
        with self.database.session() as session, session.begin():
            numbers = allocate_block(session, prefix, year, size)
            first, last = format_serial(prefix, year, numbers[0]), format_serial(prefix, year, numbers[-1])
            detail = f"本机离线备用编号 {first} 至 {last}"
            audit_log.record(session, f"kiosk:{self.kiosk_id}", "serial.reserve", "notice_serial", prefix, detail)
        self.local.set_serial_block(prefix, year, numbers[0], numbers[-1])
        return self.local.serial_block()

    def serial_prefix(self, hall_short_name: str) -> str:
        """The ``serial_prefix`` setting when the admin set one, else the hall's short name."""
        return str(Settings(self.database).get("serial_prefix") or "").strip() or hall_short_name

    def reprint(self, serial: str) -> OneTimeNotice:
        """The archived notice exactly as issued, except the applicant's phone, which is masked.

        A notice issued offline and not yet sent is found in the local outbox.
        """
        try:
            with self.database.session() as session:
                snapshot = session.scalar(
                    select(m.IssuedNotice.snapshot).where(m.IssuedNotice.serial == serial.strip())
                )
        except UNREACHABLE:
            if self.local is None:
                raise
            snapshot = None
        if snapshot is None and self.local is not None:
            queued = self.local.queued_notice(serial)
            snapshot = queued["snapshot"] if queued else None
        if snapshot is None:
            raise UserError(f"没有编号为 {serial!r} 的告知单")
        notice = OneTimeNotice.model_validate(snapshot["notice"])
        return notice.model_copy(update={"applicant_phone": mask_phone(notice.applicant_phone)})

    def search(
        self,
        *,
        serial: str = "",
        date_from: dt.date | None = None,
        date_to: dt.date | None = None,
        matter: str = "",
        limit: int = 200,
    ) -> list[IssuedSummary]:
        """Archived notices, newest first: ``serial`` and ``matter`` (code or part of the name) match
        parts; the dates are inclusive days of the hall's local time."""
        query = select(m.IssuedNotice).order_by(m.IssuedNotice.issued_at.desc(), m.IssuedNotice.id.desc())
        if serial.strip():
            query = query.where(m.IssuedNotice.serial.contains(serial.strip(), autoescape=True))
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
        with self.database.session() as session:
            rows = session.scalars(query.limit(limit)).all()
            return [
                IssuedSummary(
                    serial=r.serial,
                    issued_at=r.issued_at,
                    matter_code=r.matter_code,
                    matter_name=r.matter_name,
                    applicant_name=r.applicant_name,
                    applicant_phone=mask_phone(r.applicant_phone) if r.applicant_phone else "",
                    staff_code=r.staff_code,
                    staff_name=str(_notice_part(r.snapshot).get("staff_name", "")),
                    window=r.window,
                    missing_count=len(_notice_part(r.snapshot).get("to_supply", [])),
                )
                for r in rows
            ]
