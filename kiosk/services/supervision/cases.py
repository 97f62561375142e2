"""差评 cases (差评整改): the steps an admin takes, their deadlines, and the counts. No Qt.

National 好差评 rules (国办发〔2019〕51号, GB/T 39735) ask that every 差评 is verified, rectified
and answered (回访) within 15 working days. A case opens by itself when its rating reaches the
shared database (``kiosk.data.rating_cases``); from there the admin moves it

    待核实 (verifying) ─ 属实 → 整改中 (rectifying) ─ 整改完成 → 已整改 (rectified) ─ 回访 → 已回访 (visited)
                      ├ 不属实 (unfounded, with the reason)
                      └ 无需整改 (no_action: a comment on a good rating that asks for nothing)

Every step is one transaction with its audit row (who, when, from which status to which — never
the resident's contact or the texts). The deadline is 15 working days after the rating's local
date, counted with the hall's calendar (``calendar.WorkCalendar``) as it stands when asked, so
holidays the admin enters late still count. A case still open after its deadline is overdue.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any, Literal

from sqlalchemy import select
from sqlalchemy.orm import Session

from kiosk.data import audit_log
from kiosk.data import models as m
from kiosk.data.db import Database
from kiosk.data.rating_cases import DIMENSIONS, sweep
from kiosk.errors import UserError
from kiosk.services.supervision.anonymise import mask_contact
from kiosk.services.supervision.calendar import CalendarStore, WorkCalendar

DEADLINE_WORKING_DAYS = 15
STATUSES = ("verifying", "rectifying", "rectified", "visited", "unfounded", "no_action")
OPEN = frozenset({"verifying", "rectifying", "rectified"})
CLOSED = frozenset({"visited", "unfounded", "no_action"})
STATUS_WORDS = {
    "verifying": "待核实",
    "rectifying": "整改中",
    "rectified": "已整改",
    "visited": "已回访",
    "unfounded": "不属实",
    "no_action": "无需整改",
}
ENTITY = "rating_case"  # the audit log's entity for cases
TEXT_LIMIT = 2000
Filter = Literal["open", "overdue", "closed", "all"]


def local_date(utc: dt.datetime) -> dt.date:
    """The hall's local date of a time stored in UTC (ratings are stamped in UTC)."""
    return utc.replace(tzinfo=dt.UTC).astimezone().date()


def today_local() -> dt.date:
    return dt.date.today()


def deadline_of(created_at: dt.datetime, calendar: WorkCalendar) -> dt.date:
    """The last day to close a case opened by a rating made at ``created_at`` (UTC)."""
    return calendar.add_working_days(local_date(created_at), DEADLINE_WORKING_DAYS)


@dataclass(frozen=True)
class CaseRecord:
    """A case as the console and the command line see it (the contact in full: the case page only)."""

    id: int
    rating_uid: str
    created_at: dt.datetime  # the rating's time, UTC
    rated_on: dt.date  # its local date
    deadline: dt.date
    status: str
    poor: bool
    levels: dict[str, int]
    comment: str
    kiosk_id: str
    window: str
    staff_code: str
    matter_code: str
    contact: str
    finding: str = ""
    problem: str = ""
    rectification: str = ""
    reason: str = ""
    visit_result: str = ""
    visit_satisfied: bool | None = None
    verified_on: dt.date | None = None
    rectified_on: dt.date | None = None
    closed_on: dt.date | None = None
    is_sample: bool = False

    @property
    def is_open(self) -> bool:
        return self.status in OPEN

    @property
    def number(self) -> str:
        """How people name the case: 差评 2026-0007 (the year of the rating, then the case id)."""
        return f"{self.rated_on.year}-{self.id:04d}"

    @property
    def masked_contact(self) -> str:
        return mask_contact(self.contact)

    def overdue(self, today: dt.date) -> bool:
        return self.is_open and today > self.deadline

    def on_time(self) -> bool | None:
        """Whether it was rectified by its deadline; None while that is not known yet (or not a 差评 to rectify)."""
        if not self.poor or self.status in ("unfounded", "no_action"):
            return None
        if self.rectified_on is not None:
            return self.rectified_on <= self.deadline
        return None

    def judged(self, today: dt.date) -> bool | None:
        """For the share rectified on time: True/False once known (rectified, or past the deadline), else None."""
        if not self.poor or self.status in ("unfounded", "no_action"):
            return None
        if self.rectified_on is not None:
            return self.rectified_on <= self.deadline
        return False if today > self.deadline else None


@dataclass(frozen=True)
class CaseCounts:
    """How many 差评 cases are open, overdue and closed — what the statistics page charts.

    ``on_time``/``judged`` give the share rectified on time: of the 差评 cases found true whose
    outcome is known (rectified, or past the deadline without it), how many were rectified by
    their deadline.
    """

    total: int = 0
    open: int = 0
    overdue: int = 0
    closed: int = 0
    unfounded: int = 0
    on_time: int = 0
    judged: int = 0
    by_status: dict[str, int] = field(default_factory=dict)

    @property
    def on_time_share(self) -> float | None:
        return self.on_time / self.judged if self.judged else None


def count_cases(records: Iterable[CaseRecord], today: dt.date) -> CaseCounts:
    total = open_ = overdue = closed = unfounded = on_time = judged = 0
    by_status = dict.fromkeys(STATUSES, 0)
    for r in records:
        total += 1
        by_status[r.status] += 1
        open_ += r.is_open
        overdue += r.overdue(today)
        closed += r.status in CLOSED
        unfounded += r.status == "unfounded"
        verdict = r.judged(today)
        if verdict is not None:
            judged += 1
            on_time += verdict
    return CaseCounts(total, open_, overdue, closed, unfounded, on_time, judged, by_status)


def load_records(
    session: Session,
    calendar: WorkCalendar,
    *,
    since: dt.datetime | None = None,
    until: dt.datetime | None = None,
    case_id: int | None = None,
) -> list[CaseRecord]:
    """Cases with their ratings, optionally of ratings made from ``since`` up to before ``until`` (UTC)."""
    query: Any = select(m.RatingCase, m.Rating).outerjoin(m.Rating, m.Rating.uid == m.RatingCase.rating_uid)
    if since is not None:
        query = query.where(m.RatingCase.created_at >= since)
    if until is not None:
        query = query.where(m.RatingCase.created_at < until)
    if case_id is not None:
        query = query.where(m.RatingCase.id == case_id)
    records = []
    for case, rating in session.execute(query.order_by(m.RatingCase.id)).tuples():
        levels = {d: int(getattr(rating, d)) for d in DIMENSIONS} if rating is not None else {}
        records.append(
            CaseRecord(
                id=case.id,
                rating_uid=case.rating_uid,
                created_at=case.created_at,
                rated_on=local_date(case.created_at),
                deadline=deadline_of(case.created_at, calendar),
                status=case.status,
                poor=case.poor,
                levels=levels,
                comment=rating.comment if rating is not None else "",
                kiosk_id=rating.kiosk_id if rating is not None else "",
                window=case.window,
                staff_code=case.staff_code,
                matter_code=case.matter_code,
                contact=case.contact,
                finding=case.finding,
                problem=case.problem,
                rectification=case.rectification,
                reason=case.reason,
                visit_result=case.visit_result,
                visit_satisfied=case.visit_satisfied,
                verified_on=case.verified_on,
                rectified_on=case.rectified_on,
                closed_on=case.closed_on,
                is_sample=case.is_sample,
            )
        )
    return records


def sort_for(records: list[CaseRecord], which: Filter, today: dt.date) -> list[CaseRecord]:
    """Open cases by deadline (the most urgent first); closed ones newest first; "all": open, then closed."""
    open_ = sorted((r for r in records if r.is_open), key=lambda r: (r.deadline, r.id))
    closed = sorted(
        (r for r in records if not r.is_open), key=lambda r: (r.closed_on or dt.date.min, r.id), reverse=True
    )
    if which == "open":
        return open_
    if which == "overdue":
        return [r for r in open_ if r.overdue(today)]
    if which == "closed":
        return closed
    return open_ + closed


def case_counts(
    database: Database,
    *,
    today: dt.date | None = None,
    since: dt.datetime | None = None,
    until: dt.datetime | None = None,
) -> CaseCounts:
    """Open, overdue and closed 差评 cases (and the share rectified on time) for the statistics page.

    ``since``/``until`` (UTC, as ``Period.utc()`` gives them) keep the cases of ratings made in that
    period; ``today`` (the hall's local date) decides what is overdue.
    """
    calendar = CalendarStore(database).calendar()
    with database.session() as session:
        records = load_records(session, calendar, since=since, until=until)
    return count_cases(records, today or today_local())


def _text(value: str, what: str, *, required: bool = True) -> str:
    text = value.replace("\r\n", "\n").strip()
    if required and not text:
        raise UserError(f"请填写{what}")
    if len(text) > TEXT_LIMIT:
        raise UserError(f"{what}太长(最多 {TEXT_LIMIT} 字)")
    return text


class CaseService:
    """The admin's steps on cases, each one committed transaction with its audit row."""

    def __init__(self, database: Database, clock: Callable[[], dt.date] = today_local) -> None:
        self.database = database
        self.clock = clock
        self.calendars = CalendarStore(database)

    def today(self) -> dt.date:
        return self.clock()

    def calendar(self) -> WorkCalendar:
        return self.calendars.calendar()

    def cases(self, which: Filter = "open") -> list[CaseRecord]:
        """The cases of one filter, in the order the console lists them (opening any a rating left without one)."""
        calendar = self.calendar()
        with self.database.session() as session:
            if sweep(session):
                session.commit()
            records = load_records(session, calendar)
        return sort_for(records, which, self.today())

    def counts(self) -> CaseCounts:
        with self.database.session() as session:
            records = load_records(session, self.calendar())
        return count_cases(records, self.today())

    def case(self, case_id: int) -> CaseRecord:
        with self.database.session() as session:
            found = load_records(session, self.calendar(), case_id=case_id)
        if not found:
            raise UserError(f"没有编号为 {case_id} 的案件")
        return found[0]

    def history(self, case_id: int) -> list[audit_log.AuditRow]:
        """Who did what to the case and when, oldest first."""
        with self.database.session() as session:
            rows = session.scalars(
                select(m.AuditEntry)
                .where(m.AuditEntry.entity == ENTITY, m.AuditEntry.key == str(case_id))
                .order_by(m.AuditEntry.at, m.AuditEntry.id)
            )
            return [audit_log.AuditRow(r.at, r.actor, r.action, r.entity, r.key, r.detail) for r in rows]

    # --- the steps --------------------------------------------------------------------------------

    def verify(
        self,
        case_id: int,
        actor: str,
        *,
        problem: str,
        finding: str = "",
        window: str | None = None,
        staff_code: str | None = None,
        matter_code: str | None = None,
    ) -> None:
        """属实: the complaint holds; ``problem`` (what was wrong, for publication) is needed. → 整改中."""
        values: dict[str, Any] = {
            "problem": _text(problem, "反映的问题(公示用)"),
            "finding": _text(finding, "核实情况", required=False),
            "verified_on": self.today(),
        }
        values.update(self._concerned(window, staff_code, matter_code))
        self._step(case_id, actor, "case.verify", {"verifying"}, "rectifying", values)

    def unfounded(self, case_id: int, actor: str, *, reason: str, finding: str = "") -> None:
        """不属实: closed, with the reason (kept inside, never published)."""
        values = {
            "reason": _text(reason, "不属实的理由"),
            "finding": _text(finding, "核实情况", required=False),
            "verified_on": self.today(),
            "closed_on": self.today(),
        }
        self._step(case_id, actor, "case.unfounded", {"verifying"}, "unfounded", values)

    def no_action(self, case_id: int, actor: str, *, reason: str) -> None:
        """无需整改: a comment on a good rating that asks for nothing (a 差评 must be verified instead)."""
        if self.case(case_id).poor:
            raise UserError("差评须核实:属实则整改,不属实请说明理由")
        values = {"reason": _text(reason, "说明"), "verified_on": self.today(), "closed_on": self.today()}
        self._step(case_id, actor, "case.no_action", {"verifying"}, "no_action", values)

    def rectify(self, case_id: int, actor: str, *, rectification: str) -> None:
        """整改完成: what was done (for publication). → 已整改, dated today (the on-time measure)."""
        values = {"rectification": _text(rectification, "整改情况(公示用)"), "rectified_on": self.today()}
        self._step(case_id, actor, "case.rectify", {"rectifying"}, "rectified", values)

    def visit(self, case_id: int, actor: str, *, result: str, satisfied: bool | None = None) -> None:
        """回访: how the resident took it (or that no contact was left). → 已回访, closed."""
        values = {"visit_result": _text(result, "回访情况"), "visit_satisfied": satisfied, "closed_on": self.today()}
        self._step(case_id, actor, "case.visit", {"rectified"}, "visited", values)

    def edit(
        self,
        case_id: int,
        actor: str,
        *,
        window: str | None = None,
        staff_code: str | None = None,
        matter_code: str | None = None,
        finding: str | None = None,
        problem: str | None = None,
        rectification: str | None = None,
    ) -> None:
        """Change the window/staff/matter concerned or correct a text, without changing the status."""
        values: dict[str, Any] = self._concerned(window, staff_code, matter_code)
        for name, value, what in (
            ("finding", finding, "核实情况"),
            ("problem", problem, "反映的问题"),
            ("rectification", rectification, "整改情况"),
        ):
            if value is not None:
                values[name] = _text(value, what, required=False)
        if values:
            self._step(case_id, actor, "case.edit", set(STATUSES), None, values)

    @staticmethod
    def _concerned(window: str | None, staff_code: str | None, matter_code: str | None) -> dict[str, Any]:
        values = {"window": window, "staff_code": staff_code, "matter_code": matter_code}
        return {k: v.strip()[:64] for k, v in values.items() if v is not None}

    def _step(
        self, case_id: int, actor: str, action: str, allowed: set[str], to: str | None, values: dict[str, Any]
    ) -> None:
        with self.database.session() as session:
            case = session.get(m.RatingCase, case_id, with_for_update=True)
            if case is None:
                raise UserError(f"没有编号为 {case_id} 的案件")
            if case.status not in allowed:
                raise UserError(f"案件当前为「{STATUS_WORDS[case.status]}」,不能做这一步")
            before = case.status
            changed = [name for name, value in values.items() if getattr(case, name) != value]
            if to is None and not changed:
                return
            for name, value in values.items():
                setattr(case, name, value)
            if to is not None:
                case.status = to
                detail = f"{STATUS_WORDS[before]} → {STATUS_WORDS[to]}"
            else:
                detail = "修改:" + "、".join(changed) if changed else "无改动"
            audit_log.record(session, actor, action, ENTITY, str(case_id), detail)
            session.commit()
