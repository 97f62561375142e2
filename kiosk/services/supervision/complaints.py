"""The complaints register (投诉登记): complaints from every channel, handled, and their results published. No Qt.

The seed asks that 「公众投诉方式、投诉电话及投诉的处理结果」 be public. Complaints arrive by phone,
the box, e-mail, letter, the website or in person; the admin records each one (channel, date,
matter or window, what was said, who complained — staff-only), closes it with how it was handled,
and publishes the result. Publishing writes a 投诉处理结果 (``complaint_result``) through the
ordinary content publishing (revision, audit), so results published from the register and those
typed into the 投诉处理结果 editor are one list on the 监督 board, in exports and in history. The
published texts are anonymised (``anonymise``) against the complainant and every staff name.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Literal, get_args

from sqlalchemy import select

from kiosk.data import audit_log
from kiosk.data import models as m
from kiosk.data.db import Database
from kiosk.data.editing import PublishRefused, archive, publish
from kiosk.data.schema import ChannelKind, ComplaintResultDoc
from kiosk.errors import UserError
from kiosk.services.supervision.anonymise import anonymise, mask_contact

CHANNELS: tuple[str, ...] = get_args(ChannelKind)  # 电话, 举报箱, 邮箱, 网站, 来访, 信函
STATUS_WORDS = {"open": "受理中", "closed": "已办结"}
ENTITY = "complaint"
TEXT_LIMIT = 5000
Filter = Literal["open", "closed", "all"]


def today_local() -> dt.date:
    return dt.date.today()


@dataclass(frozen=True)
class ComplaintRecord:
    """A complaint as the console shows it (the complainant in full: the complaint page only)."""

    id: int
    channel: str
    received_on: dt.date
    matter_code: str
    window: str
    complainant: str
    summary: str
    status: str
    result: str
    handled_on: dt.date | None
    result_key: str
    is_sample: bool = False

    @property
    def number(self) -> str:
        return f"{self.received_on.year}-{self.id:04d}"

    @property
    def masked_complainant(self) -> str:
        return mask_contact(self.complainant)


def _record(row: m.Complaint) -> ComplaintRecord:
    return ComplaintRecord(
        row.id,
        row.channel,
        row.received_on,
        row.matter_code,
        row.window,
        row.complainant,
        row.summary,
        row.status,
        row.result,
        row.handled_on,
        row.result_key,
        row.is_sample,
    )


def _text(value: str, what: str, *, required: bool = True, limit: int = TEXT_LIMIT) -> str:
    text = value.replace("\r\n", "\n").strip()
    if required and not text:
        raise UserError(f"请填写{what}")
    if len(text) > limit:
        raise UserError(f"{what}太长(最多 {limit} 字)")
    return text


class ComplaintService:
    """Record, handle and publish complaints; each step one transaction with its audit row."""

    def __init__(self, database: Database, clock: Callable[[], dt.date] = today_local) -> None:
        self.database = database
        self.clock = clock

    def complaints(self, which: Filter = "all") -> list[ComplaintRecord]:
        """Open ones first, the longest waiting first; then closed ones, the newest first."""
        with self.database.session() as session:
            rows = [_record(r) for r in session.scalars(select(m.Complaint))]
        open_ = sorted((r for r in rows if r.status == "open"), key=lambda r: (r.received_on, r.id))
        closed = sorted((r for r in rows if r.status != "open"), key=lambda r: (r.received_on, r.id), reverse=True)
        return {"open": open_, "closed": closed, "all": open_ + closed}[which]

    def complaint(self, complaint_id: int) -> ComplaintRecord:
        with self.database.session() as session:
            row = session.get(m.Complaint, complaint_id)
            if row is None:
                raise UserError(f"没有编号为 {complaint_id} 的投诉")
            return _record(row)

    def record(
        self,
        actor: str,
        *,
        channel: str,
        received_on: dt.date,
        summary: str,
        matter_code: str = "",
        window: str = "",
        complainant: str = "",
    ) -> int:
        """Register a complaint as received; returns its id."""
        values = self._checked(channel, received_on, summary, matter_code, window, complainant)
        with self.database.session() as session:
            row = m.Complaint(**values, status="open")
            session.add(row)
            session.flush()
            audit_log.record(session, actor, "complaint.record", ENTITY, str(row.id), f"{channel} {received_on}")
            session.commit()
            return row.id

    def update(
        self,
        complaint_id: int,
        actor: str,
        *,
        channel: str,
        received_on: dt.date,
        summary: str,
        matter_code: str = "",
        window: str = "",
        complainant: str = "",
    ) -> None:
        values = self._checked(channel, received_on, summary, matter_code, window, complainant)
        self._change(complaint_id, actor, "complaint.edit", values)

    def close(self, complaint_id: int, actor: str, *, result: str, handled_on: dt.date | None = None) -> None:
        """办结: how it was handled (kept inside; what is published is written when publishing)."""
        values = {"result": _text(result, "处理结果"), "handled_on": handled_on or self.clock(), "status": "closed"}
        self._change(complaint_id, actor, "complaint.close", values)

    def _checked(
        self, channel: str, received_on: dt.date, summary: str, matter_code: str, window: str, complainant: str
    ) -> dict[str, Any]:
        if channel not in CHANNELS:
            raise UserError(f"投诉渠道应为:{'、'.join(CHANNELS)}")
        if received_on > self.clock():
            raise UserError("受理日期不能晚于今天")
        return {
            "channel": channel,
            "received_on": received_on,
            "summary": _text(summary, "投诉内容"),
            "matter_code": matter_code.strip()[:64],
            "window": window.strip()[:64],
            "complainant": _text(complainant, "投诉人", required=False, limit=200),
        }

    def _change(self, complaint_id: int, actor: str, action: str, values: dict[str, Any]) -> None:
        with self.database.session() as session:
            row = session.get(m.Complaint, complaint_id, with_for_update=True)
            if row is None:
                raise UserError(f"没有编号为 {complaint_id} 的投诉")
            before = row.status
            for name, value in values.items():
                setattr(row, name, value)
            detail = f"{STATUS_WORDS[before]} → {STATUS_WORDS[row.status]}" if before != row.status else ""
            audit_log.record(session, actor, action, ENTITY, str(complaint_id), detail)
            session.commit()

    # --- publishing -------------------------------------------------------------------------------

    def names_to_hide(self, record: ComplaintRecord) -> list[str]:
        """The complainant and every staff member's name: never in a published text."""
        with self.database.session() as session:
            staff = list(session.scalars(select(m.StaffMember.name)))
        return [record.complainant, *staff]

    def suggested_result(self, complaint_id: int, subject: str = "") -> ComplaintResultDoc:
        """What publishing would say, anonymised, for the admin to edit first (once published: what it says)."""
        record = self.complaint(complaint_id)
        names = self.names_to_hide(record)
        about = subject or record.window or record.matter_code
        title = f"关于群众反映{about}相关问题的处理结果" if about else "关于群众投诉的处理结果"
        summary, result = anonymise(record.summary, names), anonymise(record.result, names)
        if record.result_key:  # published before: what the board says (or said) is the starting point
            with self.database.session() as session:
                row = session.scalar(select(m.ComplaintResult).where(m.ComplaintResult.key == record.result_key))
                if row is not None:
                    title, summary, result = row.title, row.summary, row.result
        return ComplaintResultDoc(
            key=record.result_key or self._new_key(record),
            title=title,
            received_on=record.received_on,
            summary=summary,
            result=result,
        )

    def _new_key(self, record: ComplaintRecord) -> str:
        with self.database.session() as session:
            taken = set(session.scalars(select(m.ComplaintResult.key)))
        key, n = f"TS{record.received_on.year}-R{record.id:04d}", 1
        while key in taken:
            n += 1
            key = f"TS{record.received_on.year}-R{record.id:04d}-{n}"
        return key

    def publish_result(self, complaint_id: int, actor: str, *, title: str, summary: str, result: str) -> str:
        """Publish the handling result on the 监督 board (anonymised again, whatever was typed); returns its key."""
        record = self.complaint(complaint_id)
        if record.status != "closed":
            raise UserError("投诉办结后才能公开处理结果")
        names = self.names_to_hide(record)
        suggested = self.suggested_result(complaint_id)
        doc = ComplaintResultDoc(
            key=suggested.key,
            title=_text(anonymise(title, names), "标题", limit=200),
            received_on=record.received_on,
            summary=anonymise(_text(summary, "情况摘要"), names),
            result=anonymise(_text(result, "处理结果"), names),
        )
        with self.database.session() as session:
            try:
                publish(session, "complaint_result", doc, actor)
            except PublishRefused as exc:
                raise UserError(exc.message) from None
            row = session.get(m.Complaint, complaint_id)
            assert row is not None
            row.result_key = doc.key
            audit_log.record(session, actor, "complaint.publish", ENTITY, str(complaint_id), doc.key)
            session.commit()
        return doc.key

    def withdraw_result(self, complaint_id: int, actor: str) -> None:
        """Take the published result off the board (archived, 存档); the register keeps the complaint."""
        record = self.complaint(complaint_id)
        if not record.result_key:
            raise UserError("这条投诉的处理结果还没有公开")
        with self.database.session() as session:
            archive(session, "complaint_result", record.result_key, actor)
            audit_log.record(session, actor, "complaint.withdraw", ENTITY, str(complaint_id), record.result_key)
            session.commit()

    def is_published(self, record: ComplaintRecord) -> bool:
        if not record.result_key:
            return False
        with self.database.session() as session:
            status = session.scalar(select(m.ComplaintResult.status).where(m.ComplaintResult.key == record.result_key))
        return status == "published"
