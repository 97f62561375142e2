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
next number of a block this kiosk reserved in the same counter while online (``keep_serial_block``,
``serial_block_size`` numbers, recorded in the audit log under the kiosk's id) and queues the
notice in the local outbox; it is archived when the database is back. A reserved number is given
out by this kiosk alone, once: numbers never repeat, and the unused rest of a block is a gap.
When the block is used up the notice is not refused and no number is invented: it prints under a
provisional id (临时编号 …, 待联网后补号), and delivery gives it the next real serial
(``data.offline.outbox``); 补打 then prints it with that serial, found by either.
"""

from __future__ import annotations

import datetime as dt
import logging
import uuid
from collections.abc import Callable, Collection, Mapping
from typing import Any

from sqlalchemy import select

from kiosk.data import audit_log
from kiosk.data import models as m
from kiosk.data.db import UNREACHABLE, Database
from kiosk.data.offline.local_store import LocalStore, SerialBlock
from kiosk.data.repository import ContentRepository
from kiosk.data.schema import Answers, HallDoc, MatterDoc, StaffDoc, WindowDoc
from kiosk.data.serials import allocate_block
from kiosk.data.serials import allocate_number as allocate_number  # re-exported for callers of the archive
from kiosk.data.settings import Settings
from kiosk.errors import UserError
from kiosk.services.notice_print_state import (  # NOT_PRINTED re-exported for the command line
    DISK_FULL,
    PENDING,
    PRINTED,
    PrintStates,
    disk_full,
)
from kiosk.services.notice_print_state import (
    NOT_PRINTED as NOT_PRINTED,
)
from kiosk.services.notice_progress import STATUSES, first_step, new_lookup_code
from kiosk.services.notice_search import IssuedSummary as IssuedSummary  # re-exported for the 补打 page
from kiosk.services.notice_search import search_archive, summaries_of
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
OFFLINE_ARCHIVE = "数据库暂时无法访问:现在只能补打本机离线时开出、尚未送出的告知单,其余的等连接恢复后再补打。"
log = logging.getLogger(__name__)


def _without_file_data(value: Any) -> Any:
    """The matter snapshot keeps file names but not the files: an archive row stays small."""
    if isinstance(value, dict):
        return {k: _without_file_data(v) for k, v in value.items() if k != "data_base64"}
    if isinstance(value, list):
        return [_without_file_data(v) for v in value]
    return value


class NoticeService(PrintStates):
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

    def checklist(self, matter_code: str, answers: Answers | None = None) -> OneTimeNotice:
        """The resident's checklist for these 情形 answers (no serial, not archived)."""
        return self.checklist_for(self.matter(matter_code), answers)

    def checklist_for(self, matter: MatterDoc, answers: Answers | None = None) -> OneTimeNotice:
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
        answers: Answers | None = None,
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
        # The line timed out a moment ago: the clerk is not made to wait for another timeout.
        if self.local is None or not self.content.database_away():
            try:
                prefix = self.serial_prefix(draft.hall_short_name)
                with self.database.session() as session, session.begin():
                    number = allocate_number(session, prefix, at.year)
                    notice, row = self._numbered(draft, matter_snapshot, at, prefix, number)
                    session.add(m.IssuedNotice(**row))
                return notice
            except UNREACHABLE as exc:
                if disk_full(exc):  # the transaction was rolled back: no number taken, nothing archived
                    raise UserError(DISK_FULL) from None
                if self.local is None:
                    raise
        assert self.local is not None
        log.warning("the database does not answer: issuing from this kiosk's reserved serial numbers")

        def queue(prefix: str, number: int) -> tuple[str, str, dict[str, Any], OneTimeNotice]:
            notice, row = self._numbered(draft, matter_snapshot, at, prefix, number)
            return row["uid"], notice.serial, {**row, "issued_at": at.isoformat()}, notice

        issued = self.local.issue_offline(at.year, queue)
        if issued is not None:
            return issued
        log.warning("no reserved serial number left: the notice is issued under a provisional id")
        prefix = self._offline_prefix(draft.hall_short_name, at.year)

        def provisional(provisional_id: str) -> tuple[str, dict[str, Any], OneTimeNotice]:
            notice, row = self._numbered(draft, matter_snapshot, at, prefix, 0, provisional_id=provisional_id)
            payload = {**row, "issued_at": at.isoformat(), "provisional": {"id": provisional_id, "prefix": prefix}}
            return row["uid"], payload, notice

        return self.local.issue_provisional(provisional)

    def _offline_prefix(self, hall_short_name: str, year: int) -> str:
        """The prefix a provisional notice will be numbered under: the block's, else the last known setting."""
        block = self.local.serial_block() if self.local is not None else None
        if block is not None and block.year == year:
            return block.prefix
        known = Settings(self.database, self.local).last_known()
        return str(known.get("serial_prefix") or "").strip() or hall_short_name

    def _numbered(
        self,
        draft: OneTimeNotice,
        matter: Any,
        at: dt.datetime,
        prefix: str,
        number: int,
        *,
        provisional_id: str = "",
    ) -> tuple[OneTimeNotice, dict[str, Any]]:
        """The notice with its serial (none yet with a ``provisional_id``), and its archive row's values
        (``IssuedNotice`` columns). Every notice gets its random 查询码 (办件进度) here, offline too."""
        serial = "" if provisional_id else format_serial(prefix, at.year, number)
        notice = draft.model_copy(
            update={
                "serial": serial,
                "provisional_id": provisional_id,
                "issued_at": at,
                "lookup_code": new_lookup_code(),
            }
        )
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
            "print_state": PENDING,  # 未打印 until a print backend reports success (mark_printed)
            "lookup_code": notice.lookup_code,
            "progress": STATUSES[0],
            "progress_log": first_step(at, notice.staff_code),
        }
        return notice, row

    def keep_serial_block(self, size: int | None = None) -> SerialBlock | None:
        """While online: make sure this kiosk holds an unused block of numbers for this year and prefix.

        ``size`` defaults to the ``serial_block_size`` setting. A block kept from before stays while
        none of it was used, the prefix and year still fit and it is not smaller than ``size``;
        otherwise a new one is reserved in the shared counter (the rest of the old one is a gap)
        with an audit row naming the kiosk. Size 0 holds no block (every offline notice is
        provisional). None without a local store, or with size 0.
        """
        if self.local is None:
            return None
        if size is None:
            size = int(Settings(self.database).get("serial_block_size"))
        if size <= 0:
            self.local.clear_serial_block()
            return None
        prefix = self.serial_prefix(self._hall().short_name)
        year = self.clock().year
        block = self.local.serial_block()
        fits = (
            block is not None and (block.prefix, block.year) == (prefix, year) and block.last - block.first + 1 >= size
        )
        if block is not None and fits and not block.touched:
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

        A notice issued offline and not yet sent is found in the local outbox (by its serial or
        provisional id); a provisional id already delivered finds the notice under its real serial.
        A notice that never came out (未打印) is masked too: the archive keeps the number, the paper need not.
        """
        snapshot, _state = self._archived(serial)
        notice = OneTimeNotice.model_validate(snapshot["notice"])
        return notice.model_copy(update={"applicant_phone": mask_phone(notice.applicant_phone)})

    def _archived(self, serial: str) -> tuple[dict[str, Any], str]:
        """The archived snapshot and print state of a notice, by serial (or 临时编号), from the shared
        archive or this kiosk's outbox."""
        wanted = serial.strip()
        if self.local is not None:
            wanted = self.local.provisional_serial(wanted) or wanted
        unreachable = False
        row = None
        try:
            with self.database.session() as session:
                row = session.execute(
                    select(m.IssuedNotice.snapshot, m.IssuedNotice.print_state).where(m.IssuedNotice.serial == wanted)
                ).first()
        except UNREACHABLE:
            if self.local is None:
                raise
            unreachable = True
        if row is not None:
            return dict(row[0]), str(row[1])
        queued = self.local.queued_notice(wanted) if self.local is not None else None
        if queued is None:
            raise UserError(OFFLINE_ARCHIVE if unreachable else f"没有编号为 {serial.strip()!r} 的告知单")
        return dict(queued["snapshot"]), str(queued.get("print_state", PRINTED))

    def search(
        self,
        *,
        serial: str = "",
        date_from: dt.date | None = None,
        date_to: dt.date | None = None,
        matter: str = "",
        unprinted: bool = False,
        limit: int = 200,
    ) -> list[IssuedSummary]:
        """Archived notices, newest first, and those issued here offline that wait to be delivered
        (first); ``unprinted``: only 未打印. See ``notice_search.search_archive``."""
        return search_archive(
            self.database,
            self.local,
            serial=serial,
            date_from=date_from,
            date_to=date_to,
            matter=matter,
            unprinted=unprinted,
            limit=limit,
        )

    def _summaries(self, query: Any, limit: int = 200) -> list[IssuedSummary]:
        return summaries_of(self.database, query, limit)
